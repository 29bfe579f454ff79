extension Table {
  /// The table as GitHub-flavoured Markdown; numeric columns right-aligned, `|` escaped.
  /// - Parameter decimals: Digits after the point for real numbers.
  /// - Returns: The Markdown text, ending with a line break.
  public func markdown(decimals: Int = 3) -> String {
    func text(_ cell: Cell) -> String {
      switch cell {
      case .number(let value):
        let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
        return Table.format((value * scale).rounded() / scale)
      default:
        return cell.plainText.utf8Replacing("|", with: "\\|").utf8Replacing("\n", with: " ")
      }
    }
    let numeric = header.indices.map { column in
      rows.contains { row in
        switch row[column] {
        case .integer, .number: true
        default: false
        }
      }
    }
    var lines = ["| " + header.joined(separator: " | ") + " |"]
    lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
    for row in rows { lines.append("| " + row.map(text).joined(separator: " | ") + " |") }
    return lines.joined(separator: "\n") + "\n"
  }
}
