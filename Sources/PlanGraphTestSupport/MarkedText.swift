/// Text with markers `1️⃣` … `9️⃣` placed where a test expects something, and the line each
/// marker stood on.
public struct MarkedText: Sendable {
  /// The text with the markers removed.
  public var text: String
  /// The 1-based line of each marker, by marker number.
  public var lines: [Int: Int]

  /// Reads markers out of `marked`.
  public init(_ marked: String) {
    let markers = (1...9).map { "\($0)\u{FE0F}\u{20E3}" }
    var lines: [Int: Int] = [:]
    var output: [String] = []
    for (index, line) in marked.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var line = String(line)
      for (number, marker) in markers.enumerated() where line.contains(marker) {
        lines[number + 1] = index + 1
        line = line.replacingOccurrences(of: marker, with: "")
      }
      output.append(line)
    }
    self.text = output.joined(separator: "\n")
    self.lines = lines
  }
}
