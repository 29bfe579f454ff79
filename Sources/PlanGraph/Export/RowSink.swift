/// Where a table's rows go as they are made: kept as a `Table`, or encoded as CSV at once.
///
/// A table builder written once against `RowSink` serves both the in-memory `Table` that
/// notebooks, tests and the database read, and the corpus export, which needs only the CSV
/// bytes and so never builds the table's rows of cells.
public protocol RowSink: ~Copyable {
  /// Adds the next cell of the current row.
  mutating func append(_ cell: Table.Cell)
  /// Adds the next cell as the text `first`, `separator` and `second` joined; `separator` is
  /// an ASCII byte (`:` in Gephi's ids).
  mutating func appendJoined(_ first: String, _ separator: UInt8, _ second: String)
  /// Adds the next cell as the text whose UTF-8 bytes are `bytes`.
  mutating func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>)
  /// Adds `count` empty cells (none when `count` is 0).
  mutating func appendEmpty(_ count: Int)
  /// Adds the next cell as `prepared`'s text, already encoded where the sink encodes.
  mutating func append(prepared: PreparedText)
  /// Ends the current row.
  mutating func endRow()
}

extension RowSink where Self: ~Copyable {
  /// Adds `count` empty cells, one at a time.
  public mutating func appendEmpty(_ count: Int) {
    for _ in 0..<max(0, count) { append(.empty) }
  }

  /// Adds `prepared`'s text as a text cell.
  public mutating func append(prepared: PreparedText) { append(.text(prepared.text)) }
}

/// A text cell written in many rows (a document's id, a task's id, an actor's name), with its
/// CSV bytes made once.
///
/// A CSV cell is scanned for commas, quotes and line breaks, and for a leading formula
/// character, each time it is written; a responsibility table writes its document's id and
/// its actors' names in every row. `CSVRows` copies the bytes made here instead, the same
/// bytes `CSVWriter` makes for `.text(text)`.
public struct PreparedText: Sendable {
  /// The cell's text.
  public let text: String
  /// The cell as `CSVWriter` writes it.
  let csv: [UInt8]

  /// Prepares `text`.
  public init(_ text: String) {
    self.text = text
    var sink = ByteSink()
    text.withUTF8Bytes { CSVWriter.appendField(utf8: $0, to: &sink) }
    csv = sink.array
  }
}

/// Rows kept as a `Table`.
public struct TableRows: RowSink {
  /// The table so far: every ended row.
  public private(set) var table: Table
  private var row: [Table.Cell] = []

  /// Starts an empty table with `header`.
  public init(header: [String]) {
    table = Table(header: header)
    row.reserveCapacity(header.count)
  }

  /// The table that `fill` writes, with `header`.
  public static func table(header: [String], _ fill: (inout TableRows) -> Void) -> Table {
    var rows = TableRows(header: header)
    fill(&rows)
    return rows.table
  }

  /// Adds the next cell of the current row.
  public mutating func append(_ cell: Table.Cell) { row.append(cell) }

  /// Adds the next cell as the text `first`, `separator` and `second` joined.
  public mutating func appendJoined(_ first: String, _ separator: UInt8, _ second: String) {
    row.append(.text(first + String(UnicodeScalar(separator)) + second))
  }

  /// Adds the next cell as the text whose UTF-8 bytes are `bytes`.
  public mutating func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    row.append(.text(String(decoding: bytes, as: UTF8.self)))
  }

  /// Ends the current row; it must have one cell per column.
  public mutating func endRow() {
    table.append(row)
    row.removeAll(keepingCapacity: true)
  }
}

/// Rows encoded as CSV lines as they are made, without a header: the bytes
/// `CSVWriter.appendRows(of:to:)` writes for the same table.
public struct CSVRows: RowSink, ~Copyable {
  private var sink = ByteSink()
  private var atRowStart = true
  private var numbers = NumberTextCache()

  /// Starts with no rows.
  public init() {}

  /// The CSV lines so far (a copy).
  public var bytes: [UInt8] { sink.array }

  /// Adds the next cell of the current row.
  public mutating func append(_ cell: Table.Cell) {
    if !atRowStart { sink.append(0x2C) }
    atRowStart = false
    CSVWriter.appendCell(cell, to: &sink, numbers: &numbers)
  }

  /// Adds the next cell as the text `first`, `separator` and `second` joined.
  public mutating func appendJoined(_ first: String, _ separator: UInt8, _ second: String) {
    if !atRowStart { sink.append(0x2C) }
    atRowStart = false
    CSVWriter.appendJoinedField(first, separator, second, to: &sink)
  }

  /// Adds the next cell as the text whose UTF-8 bytes are `bytes`.
  public mutating func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    if !atRowStart { sink.append(0x2C) }
    atRowStart = false
    CSVWriter.appendField(utf8: bytes, to: &sink)
  }

  /// Adds `prepared`'s CSV bytes as the next cell.
  public mutating func append(prepared: PreparedText) {
    if !atRowStart { sink.append(0x2C) }
    atRowStart = false
    prepared.csv.withUnsafeBufferPointer { sink.append(contentsOf: $0) }
  }

  /// Adds `count` empty cells: their commas.
  public mutating func appendEmpty(_ count: Int) {
    guard count > 0 else { return }
    sink.append(repeating: 0x2C, count: atRowStart ? count - 1 : count)
    atRowStart = false
  }

  /// Ends the current row.
  public mutating func endRow() {
    sink.append(0x0A)
    atRowStart = true
  }
}
