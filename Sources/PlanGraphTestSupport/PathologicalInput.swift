import Foundation

/// Generated inputs at the edges of what a plan can be, at any scale, for checking that parse
/// time and memory grow linearly with the input.
public enum PathologicalInput: String, CaseIterable, Sendable {
  /// One line of text, 2 MB × scale (20 MB at scale 10).
  case longLine = "a long line"
  /// Brackets nested 1,000 × scale deep in a task's text and its lead unit.
  case nestedBrackets = "nested brackets"
  /// 10,000 × scale tasks with their field lines.
  case manyTasks = "many tasks"
  /// One 责任单位 list of 100,000 × scale names.
  case longList = "a long list of names"

  /// The input's UTF-8 bytes at `scale` (1, or 10 for ten times as much), every size divided
  /// by `divisor` (the test suite's debug build reads a tenth of what the benchmark reads).
  public func bytes(scale: Int, divisor: Int = 1) -> [UInt8] {
    let scale = max(1, scale)
    let divisor = max(1, divisor)
    var text = "重点任务分解方案\n"
    switch self {
    case .longLine:
      let sentence = "推进高质量发展,"
      text +=
        "1." + String(repeating: sentence, count: 2_000_000 * scale / divisor / sentence.utf8.count)
      text += "\n牵头单位:市发改委\n"
    case .nestedBrackets:
      let depth = 1_000 * scale / divisor
      let open = String(repeating: "(", count: depth)
      let close = String(repeating: ")", count: depth)
      text += "1.推进\(open)项目\(close)建设。\n牵头单位:市发改委\(open)办\(close)\n"
      text += "2.扩大消费\(open)。(市商务局牵头)\n"
    case .manyTasks:
      for number in 1...(10_000 * scale / divisor) {
        text += "\(number).推进第\(number)个项目建设,地区生产总值增长6%。\n牵头领导:张三\n牵头单位:市发改委\n"
        text += "责任单位:市财政局、市统计局等,各县(市)区人民政府\n"
      }
    case .longList:
      text += "1.推进项目建设。\n牵头单位:市发改委\n责任单位:"
      text += (0..<(100_000 * scale / divisor)).map { "市第\($0)局" }.joined(separator: "、") + "\n"
    }
    return Array(text.utf8)
  }
}

/// How parse cost grows from an input to ten times that input, measured on the `plangraph`
/// binary in child processes (CPU time and peak memory from the kernel), each less a baseline
/// run on a one-task plan so that process start-up does not count.
public struct LinearCost: Sendable {
  /// The input measured.
  public var input: PathologicalInput
  /// The run on the one-task plan.
  public var baseline: ChildRun
  /// The run at scale 1.
  public var one: ChildRun
  /// The run at scale 10.
  public var ten: ChildRun

  /// CPU time at 10× over CPU time at 1× (10 is linear; 1× is floored at 0.05 s).
  public var timeRatio: Double {
    (ten.cpuSeconds - baseline.cpuSeconds) / max(one.cpuSeconds - baseline.cpuSeconds, 0.05)
  }

  /// Memory above the baseline at 10× over that at 1× (1× is floored at 8 MB).
  public var memoryRatio: Double {
    Double(ten.peakBytes - baseline.peakBytes)
      / Double(max(one.peakBytes - baseline.peakBytes, 8 << 20))
  }

  /// Runs `binary check FILE` on the baseline and on `input` at scales 1 and 10.
  public static func measure(
    _ input: PathologicalInput, binary: String, folder: String, divisor: Int = 1
  ) -> LinearCost {
    func run(_ name: String, _ bytes: [UInt8]) -> ChildRun {
      let path = folder + "/" + name
      _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
      defer { try? FileManager.default.removeItem(atPath: path) }
      return ChildRun.run([binary, "check", path])
    }
    let baseline = run(
      "baseline.txt", Array("方案\n1.推进项目建设。\n牵头单位:市发改委\n".utf8))
    let one = run("one.txt", input.bytes(scale: 1, divisor: divisor))
    let ten = run("ten.txt", input.bytes(scale: 10, divisor: divisor))
    return LinearCost(input: input, baseline: baseline, one: one, ten: ten)
  }
}
