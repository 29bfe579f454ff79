import Glibc

/// Input bytes decoded to valid UTF-8, with what was found on the way.
public struct DecodedText: Sendable {
  /// Valid UTF-8 bytes without a byte-order mark.
  public var bytes: [UInt8]
  /// The encoding the input was read in.
  public var encoding: TextEncoding
  /// Original line numbers of the lines that held bytes invalid in `encoding`; each such byte
  /// became U+FFFD.
  public var linesWithInvalidBytes: [Int]
  /// How many bytes were invalid.
  public var invalidByteCount: Int
  /// How many NUL and other control bytes the input held (a sign of a binary file).
  public var controlByteCount: Int
}

/// Turns input bytes into valid UTF-8: UTF-8 with or without a BOM, GB18030/GBK, UTF-16.
///
/// Detection: a UTF-8 or UTF-16 byte-order mark decides; otherwise valid UTF-8 is UTF-8;
/// otherwise the bytes are tried as GB18030 through the C library's `iconv`, and whichever
/// reading has fewer invalid bytes wins. Invalid bytes never stop decoding: each becomes
/// U+FFFD and its line is reported.
public enum TextDecoder {
  /// Decodes `bytes`, detecting the encoding unless one is given.
  /// - Parameters:
  ///   - bytes: The input exactly as read.
  ///   - encoding: The encoding to use, or `nil` to detect it.
  /// - Returns: Valid UTF-8 bytes and what was found.
  /// - Throws: `PlanGraphError.conversionUnavailable` when `iconv` lacks the encoding.
  public static func decode(_ bytes: [UInt8], as encoding: TextEncoding? = nil)
    throws(PlanGraphError) -> DecodedText
  {
    let controls = countControlBytes(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]), encoding == nil || encoding == .utf8 {
      return repairingUTF8(Array(bytes.dropFirst(3)), controls: controls)
    }
    if (bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]))
      && (encoding == nil || encoding == .utf16)
    {
      var decoded = try IconvConverter.convert(bytes, from: "UTF-16")
      decoded.encoding = .utf16
      decoded.controlByteCount = 0
      return decoded
    }
    switch encoding {
    case .utf8?:
      return repairingUTF8(bytes, controls: controls)
    case .gb18030?:
      var decoded = try IconvConverter.convert(bytes, from: "GB18030")
      decoded.controlByteCount = controls
      return decoded
    case .utf16?:
      var decoded = try IconvConverter.convert(bytes, from: "UTF-16")
      decoded.encoding = .utf16
      return decoded
    case nil:
      if let valid = validUTF8(bytes, controls: controls) { return valid }
      // Invalid UTF-8 is found before it is repaired: a GB18030 file is read by iconv, and
      // its UTF-8 repair, most of it U+FFFD, would be thrown away. The invalid bytes are
      // counted only until they outnumber GB18030's: a clean GB18030 file stops at the first.
      var gb = try IconvConverter.convert(bytes, from: "GB18030")
      gb.controlByteCount = controls
      let invalid = invalidUTF8Offsets(bytes, limit: gb.invalidByteCount + 1)
      return gb.invalidByteCount < invalid.count
        ? gb : repaired(bytes, invalidOffsets: invalid, controls: controls)
    }
  }

  private static func countControlBytes(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer(ByteScan.controlByteCount)
  }

  /// Validates UTF-8, replacing each invalid sequence with U+FFFD.
  static func repairingUTF8(_ bytes: [UInt8], controls: Int) -> DecodedText {
    validUTF8(bytes, controls: controls)
      ?? repaired(bytes, invalidOffsets: invalidUTF8Offsets(bytes), controls: controls)
  }

  /// `bytes` read as UTF-8 if they are valid UTF-8.
  private static func validUTF8(_ bytes: [UInt8], controls: Int) -> DecodedText? {
    guard bytes.withUnsafeBufferPointer(UTF8Validation.isValid) else { return nil }
    return DecodedText(
      bytes: bytes, encoding: .utf8, linesWithInvalidBytes: [], invalidByteCount: 0,
      controlByteCount: controls)
  }

  /// The offsets of the bytes that begin no well-formed UTF-8 sequence, ascending: the first
  /// `limit` of them.
  private static func invalidUTF8Offsets(_ bytes: [UInt8], limit: Int = .max) -> [Int] {
    bytes.withUnsafeBufferPointer { p in
      var invalid: [Int] = []
      var i = 0
      while i < p.count && invalid.count < limit {
        if p[i] < 0x80 {
          i += 1
          continue
        }
        let length = UTF8Validation.sequenceLength(p, at: i)
        if length == 0 { invalid.append(i) }
        i += max(length, 1)
      }
      return invalid
    }
  }

  /// `bytes` with the byte at each of `invalidOffsets` replaced by U+FFFD.
  private static func repaired(_ bytes: [UInt8], invalidOffsets: [Int], controls: Int)
    -> DecodedText
  {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 2 * invalidOffsets.count)
    var start = 0
    for offset in invalidOffsets {
      output += bytes[start..<offset]
      output += [0xEF, 0xBF, 0xBD]
      start = offset + 1
    }
    output += bytes[start...]
    return DecodedText(
      bytes: output, encoding: .utf8,
      linesWithInvalidBytes: lineNumbers(of: invalidOffsets, in: bytes),
      invalidByteCount: invalidOffsets.count, controlByteCount: controls)
  }

  /// The distinct 1-based line numbers on which byte `offsets` (ascending) fall, counting
  /// LF, CRLF and CR as one line end each, as `TextNormalizer` does.
  static func lineNumbers(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
    var lines: [Int] = []
    var line = 1
    var position = 0
    for offset in offsets {
      while position < offset && position < bytes.count {
        let b = bytes[position]
        if b == Byte.carriageReturn
          || (b == Byte.lineFeed && (position == 0 || bytes[position - 1] != Byte.carriageReturn))
        {
          line += 1
        }
        position += 1
      }
      if lines.last != line { lines.append(line) }
    }
    return lines
  }
}

/// The rules of well-formed UTF-8 (Unicode Table 3-7).
enum UTF8Validation {
  /// The length of the sequence that `lead` starts in text already known to be UTF-8 (a
  /// `String`'s bytes), read from the lead byte alone; 1 for a byte that starts none.
  @inline(__always)
  static func length(ledBy lead: UInt8) -> Int {
    lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
  }

  /// Whether `p` is well-formed UTF-8 throughout.
  ///
  /// The standard library's validation (`String(validating:)`, which also copies the bytes
  /// into a string) decodes every scalar. Here a run of ASCII is passed over eight bytes at a
  /// time, and a three-byte character led by E1–EC or EE–EF (every CJK ideograph and most
  /// punctuation: its two continuation bytes may be any) is checked by one masked compare of
  /// a 32-bit load. Every other lead (E0, ED, two- and four-byte sequences, stray bytes) goes
  /// through `sequenceLength`, Table 3-7 in full.
  static func isValid(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = p.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let n = p.count
    var i = 0
    while i < n {
      let lead = p[i]
      if lead < 0x80 {
        i += 1
        while i + 8 <= n,
          raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          i += 8
        }
        continue
      }
      if i + 4 <= n {
        // Lead 1110xxxx and two bytes 10xxxxxx, read little-endian; E0 and ED bound their
        // second byte more narrowly, so they take the full rules below.
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)
        if word & 0x00C0_C0F0 == 0x0080_80E0 && lead != 0xE0 && lead != 0xED {
          i += 3
          continue
        }
      }
      let length = sequenceLength(p, at: i)
      guard length > 0 else { return false }
      i += length
    }
    return true
  }

  /// The length of the well-formed sequence starting at `i`, or 0 if it is ill-formed.
  static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b0 = p[i]
    let n = p.count
    func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      i + k < n && p[i + k] >= low && p[i + k] <= high
    }
    switch b0 {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }
}
