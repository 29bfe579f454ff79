/// A rectangular table with a header row: what every CSV export is built from.
public struct Table: Hashable, Sendable {
  /// One value in a table.
  public enum Cell: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Text; guarded against spreadsheet formula injection when written to CSV.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A real number, written in the shortest form that reads back to the same value.
    case number(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// Nothing.
    case empty

    /// Creates a text cell.
    public init(stringLiteral value: String) { self = .text(value) }

    /// Creates an integer cell.
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// Text, or empty for `nil`.
    public static func optional(_ text: String?) -> Cell { text.map { .text($0) } ?? .empty }

    /// An integer, or empty for `nil`.
    public static func optional(_ value: Int?) -> Cell { value.map { .integer($0) } ?? .empty }

    /// The cell as plain text, without CSV quoting or guarding.
    public var plainText: String {
      switch self {
      case .text(let text): text
      case .integer(let value): String(value)
      case .number(let value): Table.format(value)
      case .boolean(let value): value ? "true" : "false"
      case .empty: ""
      }
    }
  }

  /// The column names.
  public var header: [String]
  /// The rows, each as long as the header.
  public var rows: [[Cell]]

  /// Creates a table.
  public init(header: [String], rows: [[Cell]] = []) {
    self.header = header
    self.rows = rows
  }

  /// Appends a row; it must have one cell per column.
  public mutating func append(_ row: [Cell]) {
    precondition(
      row.count == header.count, "row has \(row.count) cells for \(header.count) columns")
    rows.append(row)
  }

  /// The values of a column by name, as plain text.
  public func column(_ name: String) -> [String] {
    guard let index = header.firstIndex(of: name) else { return [] }
    return rows.map { $0[index].plainText }
  }

  /// Formats a real number: integers without a fraction, others in shortest round-trip form,
  /// never in exponent notation for values a table shows.
  public static func format(_ value: Double) -> String {
    var bytes: [UInt8] = []
    appendFormatted(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `format(value)`'s bytes; whole numbers need no `String` on the way.
  static func appendFormatted<Output: ByteOutput & ~Copyable>(
    _ value: Double, to output: inout Output
  ) {
    if value.isNaN { return }
    if isWrittenAsInteger(value) { return ByteText.appendDecimal(Int(value), to: &output) }
    fractionText(value).withUTF8Bytes { output.append(contentsOf: $0) }
  }

  /// Whether `format` writes `value` as an integer's digits, without a `String`.
  static func isWrittenAsInteger(_ value: Double) -> Bool {
    value == value.rounded() && abs(value) < 1e15
  }

  /// `format(value)` for a value that is not NaN and not written as an integer.
  static func fractionText(_ value: Double) -> String {
    let text = value.description
    return text.utf8Contains(byte: 0x65) ? fixedPoint(value) : text
  }

  /// `value` without exponent notation, for values whose shortest form has one.
  private static func fixedPoint(_ value: Double) -> String {
    // Beyond Int's range every Double is whole: its digits come from its exponent form.
    if abs(value) >= 0x1p63 { return (value < 0 ? "-" : "") + String(wholeDigitsOf: abs(value)) }
    var fixed = String(format17: value)
    while fixed.hasSuffix("0") { fixed.removeLast() }
    return fixed
  }
}

extension String {
  /// A fixed-point rendering with 17 digits after the point (for very small values).
  fileprivate init(format17 value: Double) {
    var digits = ""
    var remainder = abs(value)
    let sign = value < 0 ? "-" : ""
    let whole = remainder.rounded(.towardZero)
    remainder -= whole
    for _ in 0..<17 {
      remainder *= 10
      let digit = Int(remainder.rounded(.towardZero))
      digits.append(String(digit))
      remainder -= Double(digit)
    }
    self = "\(sign)\(Int(whole)).\(digits)"
  }

  /// The digits of a whole `value` of 2^63 or more, from its shortest form `d.ddde+NN`.
  fileprivate init(wholeDigitsOf value: Double) {
    let text = value.description
    guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...])
    else {
      self = text
      return
    }
    let digits = text[..<e].filter { $0 != "." }
    self = digits + String(repeating: "0", count: Swift.max(0, exponent + 1 - digits.count))
  }
}
