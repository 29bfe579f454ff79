/// Writes tables as RFC 4180 CSV: UTF-8, CRLF-free (LF line ends), header first.
///
/// Fields holding `,`, `"`, or a line break are quoted with `"` doubled inside. Text cells and
/// header names that start with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed
/// with `'`, so a spreadsheet never runs them as formulas; numeric cells are written as they are.
public struct CSVWriter: Sendable {
  /// Whether to start with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
  public var byteOrderMark: Bool

  /// Creates a writer.
  public init(byteOrderMark: Bool = false) { self.byteOrderMark = byteOrderMark }

  /// The CSV text of `table`.
  public func string(for table: Table) -> String {
    String(decoding: bytes(for: table), as: UTF8.self)
  }

  /// The CSV bytes of `table`, built in one buffer.
  public func bytes(for table: Table) -> [UInt8] {
    var output = headerBytes(table.header)
    output.reserveCapacity(64 * (table.rows.count + 1))
    appendRows(of: table, to: &output)
    return output
  }

  /// The header line alone (with the byte-order mark when asked for): the start of a file
  /// whose rows are streamed with `appendRows(of:to:)`.
  public func headerBytes(_ header: [String]) -> [UInt8] {
    var output: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    for (index, name) in header.enumerated() {
      if index > 0 { output.append(0x2C) }
      Self.append(name, guarding: true, to: &output)
    }
    output.append(0x0A)
    return output
  }

  /// Appends the rows of `table` as CSV lines, without its header.
  public func appendRows(of table: Table, to output: inout [UInt8]) {
    var numbers = NumberTextCache()
    for row in table.rows {
      for (index, cell) in row.enumerated() {
        if index > 0 { output.append(0x2C) }
        Self.appendCell(cell, to: &output, numbers: &numbers)
      }
      output.append(0x0A)
    }
  }

  /// Appends one cell as `appendRows` writes it: text quoted and guarded, numbers as they are
  /// (through `numbers`, the texts of the table's numbers so far).
  static func appendCell<Output: ByteOutput & ~Copyable>(
    _ cell: Table.Cell, to output: inout Output, numbers: inout NumberTextCache
  ) {
    switch cell {
    case .text(let text): append(text, guarding: true, to: &output)
    case .empty: break
    case .integer(let value): ByteText.appendDecimal(value, to: &output)
    case .boolean(let value): ByteText.appendBoolean(value, to: &output)
    case .number(let value): numbers.append(value, to: &output)
    }
  }

  /// Appends a text cell given as UTF-8 bytes.
  static func appendField<Output: ByteOutput & ~Copyable>(
    utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout Output
  ) {
    append(bytes, guarding: true, to: &output)
  }

  /// Appends the text cell `first`, `separator` and `second` joined, without joining them.
  static func appendJoinedField<Output: ByteOutput & ~Copyable>(
    _ first: String, _ separator: UInt8, _ second: String, to output: inout Output
  ) {
    first.withUTF8Bytes { head in
      second.withUTF8Bytes { tail in
        let quoted = needsQuotes(head) || isSpecial(separator) || needsQuotes(tail)
        if quoted { output.append(0x22) }
        if isFormulaStart(head.first ?? separator) { output.append(0x27) }
        appendBody(head, quoted: quoted, to: &output)
        output.append(separator)
        if quoted && separator == 0x22 { output.append(0x22) }
        appendBody(tail, quoted: quoted, to: &output)
        if quoted { output.append(0x22) }
      }
    }
  }

  /// Text prefixed with `'` if a spreadsheet would read it as a formula.
  public static func guarded(_ text: String) -> String {
    guard let first = text.utf8.first, isFormulaStart(first) else { return text }
    return "'" + text
  }

  private static func isFormulaStart(_ byte: UInt8) -> Bool {
    byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
  }

  private static func append<Output: ByteOutput & ~Copyable>(
    _ text: String, guarding: Bool, to output: inout Output
  ) {
    text.withUTF8Bytes { append($0, guarding: guarding, to: &output) }
  }

  /// Whether `bytes` hold a comma, quote or line break.
  private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    ByteScan.contains(bytes, below: 0x2D, orEqualTo: 0x2C, where: isSpecial)
  }

  private static func isSpecial(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
  }

  /// One cell's bytes: quoted when they hold a comma, quote or line break, quotes doubled.
  private static func append<Output: ByteOutput & ~Copyable>(
    _ bytes: UnsafeBufferPointer<UInt8>, guarding: Bool, to output: inout Output
  ) {
    let needsQuotes = Self.needsQuotes(bytes)
    if needsQuotes { output.append(0x22) }
    if guarding, let first = bytes.first, isFormulaStart(first) { output.append(0x27) }
    appendBody(bytes, quoted: needsQuotes, to: &output)
    if needsQuotes { output.append(0x22) }
  }

  /// A field's bytes inside or outside quotes: inside, each quote is doubled.
  ///
  /// Most quoted cells are task texts quoted for their commas, with no quote in them: the
  /// runs between quotes are found with `memchr` and copied whole, not a byte at a time.
  private static func appendBody<Output: ByteOutput & ~Copyable>(
    _ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool, to output: inout Output
  ) {
    guard quoted else { return output.append(contentsOf: bytes) }
    var start = 0
    while let quote = ByteScan.firstOffset(of: 0x22, in: bytes, from: start) {
      // Up to and with the quote, then the quote again.
      let end = quote + 1
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
      output.append(0x22)
      start = end
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
  }
}
