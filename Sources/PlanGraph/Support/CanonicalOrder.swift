import Glibc

extension String {
  /// Whether this string sorts before `other` under `String`'s `<`, decided on the UTF-8
  /// bytes when both are plainly in NFC.
  ///
  /// `String`'s `<` orders the canonical (NFC) forms by code point. For a string marked NFC
  /// it compares bytes, but a string made from bytes is marked so only when it is ASCII, so
  /// every comparison of two Chinese names checks normalization character by character
  /// (some 300 instructions a name). Text made only of characters that NFC never changes and
  /// that never combine (ASCII, CJK ideographs, common CJK and general punctuation, full-width
  /// forms) is already NFC, and its code point order is its byte order; anything else takes
  /// `<`. The answer is always `<`'s.
  public func sortsBefore(_ other: String) -> Bool {
    isPlainNFC && other.isPlainNFC ? compareUTF8(other) < 0 : self < other
  }

  /// `String`'s order between this string and `other`: negative when it sorts before,
  /// zero when the two are `==`, positive after; decided on the bytes as `sortsBefore` is.
  ///
  /// A sort on several keys needs this three-way answer for each name: whether the names
  /// are equal (go on to the next key) or which comes first.
  public func canonicalOrder(_ other: String) -> Int {
    if isPlainNFC && other.isPlainNFC { return compareUTF8(other).signum() }
    return self < other ? -1 : self == other ? 0 : 1
  }

  /// Whether `String`'s `<` between this string and any other such string is the order of
  /// their UTF-8 bytes (see `sortsBefore`): a test made once per string before a sort.
  var isPlainNFC: Bool { withUTF8Bytes(Self.isPlainNFC) }

  /// The order of the two strings' UTF-8 bytes, as `memcmp` gives it: negative when this
  /// string's bytes come first, zero when they are equal.
  func compareUTF8(_ other: String) -> Int {
    withUTF8Bytes { left in
      other.withUTF8Bytes { right in
        let common = Swift.min(left.count, right.count)
        if common > 0 {
          let order = memcmp(left.baseAddress!, right.baseAddress!, common)
          if order != 0 { return Int(order) }
        }
        return left.count - right.count
      }
    }
  }

  /// The first 16 UTF-8 bytes as two big-endian words, zeros past the end: where two
  /// strings' words differ, they order as the strings' bytes do (`compareUTF8`); where they
  /// are equal, the strings must be compared whole.
  var leadingUTF8Words: (UInt64, UInt64) {
    withUTF8Bytes { bytes in
      var words: (UInt64, UInt64) = (0, 0)
      withUnsafeMutableBytes(of: &words) { target in
        target.copyMemory(
          from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(16)))
      }
      return (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1))
    }
  }

  /// Whether every character of `bytes` is one NFC leaves alone and that never combines:
  /// ASCII, U+2010–U+2027, U+3000–U+3029, U+3030–U+303F, U+4000–U+9FFF, U+FF01–U+FF5E.
  static func isPlainNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      guard i + 2 < n else { return false }
      let second = bytes[i + 1]
      let third = bytes[i + 2]
      switch lead {
      case 0xE4...0xE9: break
      case 0xE3 where second == 0x80 && !(0xAA...0xAF).contains(third): break
      case 0xE2 where second == 0x80 && (0x90...0xA7).contains(third): break
      case 0xEF where (second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0x9E):
        break
      default: return false
      }
      i += 3
    }
    return true
  }
}
