import Foundation

/// Compares output with a golden file under `Fixtures/expected/`, byte for byte.
///
/// With `PLANGRAPH_RECORD=1` in the environment the golden file is rewritten and the
/// comparison reports a failure anyway, so that a recording run can never pass.
public enum GoldenFile {
  /// Whether this run records golden files.
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["PLANGRAPH_RECORD"] == "1"
  }

  /// `nil` when `actual` equals the golden file at `Fixtures/expected/<name>`, else a message
  /// naming the first differing line.
  public static func mismatch(_ actual: String, name: String) -> String? {
    let url = Fixture.folder.appendingPathComponent("expected").appendingPathComponent(name)
    if isRecording {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url, options: .atomic)
      return "recorded \(name); unset PLANGRAPH_RECORD and run again"
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "no golden file \(name); record it with PLANGRAPH_RECORD=1 swift test"
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected == actual { return nil }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, e.count) {
      let left = index < e.count ? String(e[index]) : "<end of file>"
      let right = index < a.count ? String(a[index]) : "<end of file>"
      if left != right {
        return "\(name) differs at line \(index + 1):\n  expected: \(left)\n  actual:   \(right)"
      }
    }
    return "\(name) differs"
  }
}
