/// Writes tables as RFC 4180 CSV: UTF-8, CRLF-free (LF line ends), header first.
///
/// Fields holding `,`, `"`, or a line break are quoted with `"` doubled inside. Text cells
/// that start with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with `'`, so a
/// spreadsheet never runs them as formulas; numeric cells are written as they are.
public struct CSVWriter: Sendable {
  /// Whether to start with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
  public var byteOrderMark: Bool

  /// Creates a writer.
  public init(byteOrderMark: Bool = false) { self.byteOrderMark = byteOrderMark }

  /// The CSV text of `table`.
  public func string(for table: Table) -> String {
    var output = byteOrderMark ? "\u{FEFF}" : ""
    output += table.header.map(Self.quoted).joined(separator: ",") + "\n"
    for row in table.rows {
      output += row.map(Self.field).joined(separator: ",") + "\n"
    }
    return output
  }

  /// A cell as a CSV field.
  static func field(_ cell: Table.Cell) -> String {
    switch cell {
    case .text(let text): quoted(guarded(text))
    default: cell.plainText
    }
  }

  /// Text prefixed with `'` if a spreadsheet would read it as a formula.
  public static func guarded(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
  }

  private static func quoted(_ text: String) -> String {
    let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
