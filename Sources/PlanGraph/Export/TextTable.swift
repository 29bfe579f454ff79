/// Renders a table as aligned plain text for a terminal, measuring display width: CJK and
/// full-width characters take two columns, combining marks none.
public struct TextTable: Sendable {
  /// Columns to right-align (numbers).
  public var rightAligned: Set<Int>

  /// Creates a renderer; by default numeric cells are right-aligned.
  public init(rightAligned: Set<Int> = []) { self.rightAligned = rightAligned }

  /// The table as text: header, a rule, rows; two spaces between columns.
  public func string(for table: Table) -> String {
    let cells = [table.header] + table.rows.map { $0.map(Self.display) }
    var widths = [Int](repeating: 0, count: table.header.count)
    for row in cells {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], Self.width(of: cell)) }
    }
    var numeric = rightAligned
    for column in table.header.indices
    where table.rows.contains(where: { Self.isNumber($0[column]) }) {
      numeric.insert(column)
    }
    var lines: [String] = []
    for (index, row) in cells.enumerated() {
      let padded = row.enumerated().map { column, cell -> String in
        let pad = String(repeating: " ", count: widths[column] - Self.width(of: cell))
        return numeric.contains(column) ? pad + cell : cell + pad
      }
      lines.append(String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()))
      if index == 0 {
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func display(_ cell: Table.Cell) -> String {
    if case .number(let value) = cell { return twoDecimals(value) }
    return cell.plainText
  }

  private static func isNumber(_ cell: Table.Cell) -> Bool {
    switch cell {
    case .integer, .number: true
    default: false
    }
  }

  /// Two decimals for display.
  private static func twoDecimals(_ value: Double) -> String {
    let scaled = (value * 100).rounded() / 100
    var text = "\(scaled)"
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      text += String(repeating: "0", count: max(0, 2 - decimals))
    } else {
      text += ".00"
    }
    return text
  }

  /// The number of terminal columns `text` takes.
  public static func width(of text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if scalar.properties.generalCategory == .nonspacingMark || v == 0x200B { continue }
      let wide =
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
        || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
      width += wide ? 2 : 1
    }
    return width
  }
}
