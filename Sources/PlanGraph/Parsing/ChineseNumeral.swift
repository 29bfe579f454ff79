/// Reads the Chinese numerals of headings, 一 to 九十九, from UTF-8 bytes.
///
/// A numeral is read character by character as `Character` would split the text (a numeral
/// followed by a combining mark is not a numeral), but on bytes: every numeral is three bytes,
/// and only a character followed by a rare scalar is handed to `Character` to decide.
enum ChineseNumeral {
  /// The numeral that starts `bytes[start...]`: its value (nil when the run of numeral
  /// characters there is not one, such as `十十` or more than three characters) and the offset
  /// where the run ends (`start` when no numeral starts there).
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int?, end: Int)
  {
    // Digits as read, 10 standing for 十 (most lines start with none, and build no array).
    var read: [Int] = []
    var end = start
    while let digit = digit(in: bytes, at: end), Self.isWholeCharacter(bytes, at: end, width: 3) {
      read.append(digit)
      end += 3
    }
    guard (1...3).contains(read.count) else { return (nil, end) }
    if let ten = read.firstIndex(of: 10) {
      // `十二`, `二十`, `二十三`: at most one digit before 十 and one after it.
      let high = ten == 0 ? 1 : read[0]
      let low = ten == read.count - 1 ? 0 : read[ten + 1]
      guard low != 10, ten <= 1, read.count - ten <= 2 else { return (nil, end) }
      return (high * 10 + low, end)
    }
    guard read.count == 1, read[0] > 0 else { return (nil, end) }
    return (read[0], end)
  }

  /// The numeral that starts `bytes[start...]` when `marker` (the UTF-8 bytes of one scalar)
  /// follows it as a whole character, as in `一、`, `(二)` and `三是`: its value and the offset
  /// after the marker.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before marker: [UInt8])
    -> (value: Int, end: Int)?
  {
    let numeral = read(bytes, from: start)
    guard let value = numeral.value, starts(bytes, at: numeral.end, with: marker) else {
      return nil
    }
    return (value, numeral.end + marker.count)
  }

  /// The digit of the numeral character whose bytes start at `offset` (10 for 十), or nil.
  private static func digit(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    guard offset + 3 <= bytes.count else { return nil }
    let lead = bytes[offset]
    guard lead == 0xE3 || (lead >= 0xE4 && lead <= 0xE9) else { return nil }
    let scalar =
      UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
      | UInt32(bytes[offset + 2] & 0x3F)
    switch scalar {
    case 0x4E00: return 1  // 一
    case 0x4E8C: return 2  // 二
    case 0x4E09: return 3  // 三
    case 0x56DB: return 4  // 四
    case 0x4E94: return 5  // 五
    case 0x516D: return 6  // 六
    case 0x4E03: return 7  // 七
    case 0x516B: return 8  // 八
    case 0x4E5D: return 9  // 九
    case 0x3007, 0x96F6: return 0  // 〇 零
    case 0x5341: return 10  // 十
    default: return nil
    }
  }

  /// Whether the scalar of `width` bytes at `offset` is a whole character.
  ///
  /// Nothing that joins it (a combining mark, a joiner) may follow. Before ASCII, CJK
  /// ideographs (lead bytes E4–E9) or the end there is always a break after a scalar that
  /// is not a prepended mark (no numeral or punctuation read here is); any other next scalar
  /// is left to `Character`.
  static func isWholeCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, width: Int)
    -> Bool
  {
    let next = offset + width
    guard next < bytes.count else { return true }
    let lead = bytes[next]
    if lead < 0x80 || (lead >= 0xE4 && lead <= 0xE9) { return true }
    // Whether a break falls between two scalars depends on those two alone, so the scalar and
    // the next one's bytes (a cut one decodes as U+FFFD, which joins nothing) decide it.
    let pair = String(decoding: bytes[offset..<min(bytes.count, next + 4)], as: UTF8.self)
    return pair.first!.unicodeScalars.count == 1
  }

  /// Whether `bytes[offset...]` starts with `character`, the UTF-8 bytes of one scalar, as a
  /// whole character.
  private static func starts(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, with character: [UInt8]
  ) -> Bool {
    guard offset + character.count <= bytes.count else { return false }
    for index in character.indices where bytes[offset + index] != character[index] {
      return false
    }
    return isWholeCharacter(bytes, at: offset, width: character.count)
  }
}
