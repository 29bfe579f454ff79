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
    // Each cell's width is measured once, for the column's width and for its padding.
    let cellWidths = cells.map { $0.map(Self.width(of:)) }
    var widths = [Int](repeating: 0, count: table.header.count)
    for row in cellWidths {
      for (i, width) in row.enumerated() { widths[i] = max(widths[i], width) }
    }
    var numeric = rightAligned
    for column in table.header.indices
    where table.rows.contains(where: { Self.isNumber($0[column]) }) {
      numeric.insert(column)
    }
    // Built as bytes: the padding is ASCII spaces, and a line's trailing spaces are cut by
    // bytes (`trimmingTrailingSpaces`), not by stepping back through its characters.
    var text: [UInt8] = []
    var line: [UInt8] = []
    for (index, row) in cells.enumerated() {
      line.removeAll(keepingCapacity: true)
      for (column, cell) in row.enumerated() {
        if column > 0 { line += [0x20, 0x20] }
        let pad = widths[column] - cellWidths[index][column]
        if numeric.contains(column) {
          line += repeatElement(0x20, count: pad)
          line += cell.utf8
        } else {
          line += cell.utf8
          line += repeatElement(0x20, count: pad)
        }
      }
      text += Self.trimmingTrailingSpaces(line)
      text.append(0x0A)
      if index == 0 {
        for (column, width) in widths.enumerated() {
          if column > 0 { text += [0x20, 0x20] }
          text += repeatElement(UInt8(ascii: "-"), count: width)
        }
        text.append(0x0A)
      }
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// `line` without the spaces that end it, as dropping its last characters while they are
  /// a space would leave it.
  ///
  /// A space is a character of its own unless a prepended mark (Arabic's U+0600 number sign,
  /// and a few others) stands before it and takes it into its character: then that space is
  /// kept, so a line whose text before its last spaces is not plainly CJK or below U+0600 is
  /// trimmed by its characters.
  static func trimmingTrailingSpaces(_ line: [UInt8]) -> ArraySlice<UInt8> {
    var end = line.count
    while end > 0, line[end - 1] == 0x20 { end -= 1 }
    // Nothing cut, or nothing left.
    guard end > 0, end < line.count else { return line[..<end] }
    let last = line.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[..<end]).lastScalar }
    if let last, Self.endsCharacter(last) { return line[..<end] }
    let text = String(decoding: line, as: UTF8.self)
    var kept = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] != " " { kept = next }
      index = next
    }
    return line[..<text.utf8.distance(from: text.startIndex, to: kept)]
  }

  /// Whether `scalar` is one no following space joins into a character: below U+0600 (where
  /// no prepended mark is), or in the CJK, Hangul and full-width blocks.
  private static func endsCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x600, 0x2E80...0xD7A3, 0xF900...0xFFEF, 0x20000...0x3FFFD: true
    default: false
    }
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
  static func twoDecimals(_ value: Double) -> String {
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
      // Below U+0300 nothing is a combining mark, and the CJK ideographs of U+4E00–U+9FFF
      // are all letters: only the others are looked up.
      if v < 0x300 {
        width += 1
        continue
      }
      if (0x4E00...0x9FFF).contains(v) {
        width += 2
        continue
      }
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
