/// Named UTF-8 bytes and byte sequences the hot loops compare against.
enum Byte {
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let tab: UInt8 = 0x09
  static let space: UInt8 = 0x20
  static let period: UInt8 = 0x2E
  static let colon: UInt8 = 0x3A
  static let comma: UInt8 = 0x2C
  static let semicolon: UInt8 = 0x3B
  static let leftParenthesis: UInt8 = 0x28
  static let rightParenthesis: UInt8 = 0x29
  static let zero: UInt8 = 0x30
  static let nine: UInt8 = 0x39

  /// Whether `byte` is an ASCII letter or digit.
  @inline(__always)
  static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  /// Whether `byte` is an ASCII digit.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }
}
