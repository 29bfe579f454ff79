/// Text assembled as UTF-8 bytes, for the writers of large text files (DOT, GraphML, CSV, JSON).
///
/// Appending one `String` to another checks the grapheme boundary at each join, which for
/// Chinese names costs hundreds of instructions a time; bytes are copied.
struct ByteText {
  private(set) var bytes: [UInt8] = []

  /// Appends the parts.
  mutating func add(_ parts: String...) {
    for part in parts { bytes.append(contentsOf: part.utf8) }
  }

  /// Appends the parts and a line break.
  mutating func line(_ parts: String...) {
    for part in parts { bytes.append(contentsOf: part.utf8) }
    bytes.append(0x0A)
  }

  /// The text.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// `true` and `false`, as JSON and CSV write them.
  static let trueBytes = Array("true".utf8)
  static let falseBytes = Array("false".utf8)

  /// Appends `true` or `false`.
  static func appendBoolean<Output: ByteOutput & ~Copyable>(_ value: Bool, to output: inout Output)
  {
    (value ? trueBytes : falseBytes).withUnsafeBufferPointer { output.append(contentsOf: $0) }
  }

  /// Appends `value` in decimal, as `String(value)` spells it, without building the string.
  static func appendDecimal<Output: ByteOutput & ~Copyable>(_ value: Int, to output: inout Output) {
    if value < 0 { output.append(0x2D) }
    var magnitude = value.magnitude
    // Digits come out last first; 20 hold any Int's magnitude.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var count = 0
      repeat {
        digits[count] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { output.append(digits[index]) }
    }
  }
}
