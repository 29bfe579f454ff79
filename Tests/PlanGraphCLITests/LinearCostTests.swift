import Foundation
import PlanGraphTestSupport
import Testing

/// Parse time and memory grow linearly, pathological inputs included.
///
/// Ten times the input may cost at most 25 times as much (linear is 10, quadratic 100). Sizes here are a tenth of the
/// benchmark's (`plangraph-bench --linear`, release: a 20 MB line, 10,000 nested brackets,
/// 100,000 tasks, a million names), which CI also runs.
@Suite("Linear cost", .serialized)
struct LinearCostTests {
  @Test("Ten times the input costs about ten times", arguments: PathologicalInput.allCases)
  func linear(input: PathologicalInput) throws {
    let folder = NSTemporaryDirectory() + "plangraph-linear-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let cost = LinearCost.measure(
      input, binary: CommandRunner.binary.path, folder: folder, divisor: 10)
    #expect(cost.one.status != -1 && cost.ten.status != -1)
    // Exit statuses are 0 or 1 (a pathological plan may earn errors), never a crash.
    #expect([0, 256].contains(cost.one.status) && [0, 256].contains(cost.ten.status))
    #expect(cost.timeRatio < 25, "time ×\(cost.timeRatio)")
    #expect(cost.memoryRatio < 25, "memory ×\(cost.memoryRatio)")
  }
}
