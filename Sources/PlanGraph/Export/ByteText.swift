/// Text assembled as UTF-8 bytes, for the writers of large text files (DOT, GraphML).
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
}
