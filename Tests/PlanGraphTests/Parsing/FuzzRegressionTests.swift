import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// Every input the fuzzer (Fuzz/run.sh) ever failed on, read again as every kind of input.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let folder = Fixture.root.appendingPathComponent("Fuzz/regressions").path

  static var inputs: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test("The regression inputs are there")
  func present() {
    #expect(Self.inputs.contains("timeout-labelled-tail-quadratic"))
    #expect(Self.inputs.contains("crash-deadline-digits-overflow"))
  }

  @Test("Each regression input reads as text, CSV and TSV", arguments: inputs)
  func reads(name: String) throws {
    let bytes = [UInt8](FileManager.default.contents(atPath: Self.folder + "/" + name) ?? Data())
    #expect(!bytes.isEmpty)
    for path in ["\(name).txt", "\(name).csv", "\(name).tsv"] {
      let document = try DocumentParser().parse(bytes: bytes, path: path)
      #expect(document.id == name)
    }
  }
}
