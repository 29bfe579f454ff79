import CMemmem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Word-at-a-time scans of UTF-8 bytes: for the few ASCII bytes a writer must escape, and
/// for a word in a line.
///
/// Chinese text is all bytes of 0x80 and above, so a writer's escape test passes over eight
/// bytes at once and looks at single bytes only in a word that may hold one.
enum ByteScan {
  /// Whether any byte of `bytes` satisfies `isSpecial`.
  ///
  /// Every byte `isSpecial` accepts must be below `limit` (at most 0x80) or equal to `other`:
  /// a word holding neither is passed over without calling it.
  @inline(__always)
  static func contains(
    _ bytes: UnsafeBufferPointer<UInt8>, below limit: UInt8, orEqualTo other: UInt8,
    where isSpecial: (UInt8) -> Bool
  ) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = ones &* UInt64(limit)
    let equal = ones &* UInt64(other)
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let matches = word ^ equal
      // Set when a byte is below `limit`, or (for `matches`) zero: never missed.
      if (word &- below) & ~word & highs != 0 || (matches &- ones) & ~matches & highs != 0 {
        for byte in bytes[index..<index + 8] where isSpecial(byte) { return true }
      }
      index += 8
    }
    for byte in bytes[index...] where isSpecial(byte) { return true }
    return false
  }

  /// Whether the `count` bytes at `a` and at `b` are equal, as `memcmp(a, b, count) == 0`.
  ///
  /// Names, marks and labels are mostly 16 bytes or shorter: those are compared as two
  /// overlapping words (or bytes, below four) in place, which costs less than the call.
  @inline(__always)
  static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
    if count > 16 { return memcmp(a, b, count) == 0 }
    if count >= 8 {
      return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
        && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
          == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
    if count >= 4 {
      return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
        && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    for offset in 0..<count
    where a.load(fromByteOffset: offset, as: UInt8.self)
      != b.load(fromByteOffset: offset, as: UInt8.self)
    {
      return false
    }
    return true
  }

  /// The offset of the first occurrence of `needle` in `haystack`; 0 for an empty needle.
  ///
  /// The parser looks for short words (下达, 经济增长, 牵头) in clauses and names of a few
  /// dozen bytes, tens of times each: the C library's `memmem` spends more setting up its
  /// skip table than such a search takes. Here eight bytes at a time are tested for the
  /// needle's last byte (a continuation byte in Chinese, one of 64, so seldom there by
  /// chance), and only where it is are the bytes before it compared. Haystacks longer than
  /// `longHaystack` still go to `memmem`, whose skips win there.
  static func firstOffset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    let length = needle.count
    guard length > 0 else { return 0 }
    guard length <= haystack.count, let base = haystack.baseAddress,
      let word = needle.baseAddress
    else { return nil }
    if haystack.count > longHaystack {
      return memmem(base, haystack.count, word, length).map {
        UnsafeRawPointer($0) - UnsafeRawPointer(base)
      }
    }
    let lead = length - 1
    let ones: UInt64 = 0x0101_0101_0101_0101
    let last = ones &* UInt64(word[lead])
    /// Whether the needle ends at `end`.
    @inline(__always) func endsAt(_ end: Int) -> Bool {
      lead == 0 || ByteScan.equal(base + (end - lead), word, count: lead)
    }
    // `end` is where the needle's last byte would stand.
    var end = lead
    while end + 8 <= haystack.count {
      let bytes = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self) ^ last
      // A high bit for every zero byte, the lowest first; a few higher ones may be set
      // without being zero (a borrow), and are then turned down by `endsAt`.
      var zeros = (bytes &- ones) & ~bytes & 0x8080_8080_8080_8080
      while zeros != 0 {
        let at = end + zeros.trailingZeroBitCount >> 3
        if endsAt(at) { return at - lead }
        zeros &= zeros - 1
      }
      end += 8
    }
    while end < haystack.count {
      if base[end] == word[lead] && endsAt(end) { return end - lead }
      end += 1
    }
    return nil
  }

  /// A high bit for each byte of the eight in `word` that is `byte`, exactly: no borrow from
  /// one byte's test sets the next one's bit.
  @inline(__always)
  private static func highBits(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let bytes = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return ~(((bytes & low) &+ low) | bytes | low)
  }

  /// How many bytes of `bytes` are `open` less how many are `close` (two ASCII bytes), eight
  /// bytes at a time: a word of Chinese text, every byte 0x80 or above, is passed over at once.
  static func balance(of open: UInt8, _ close: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var balance = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & ~low != ~low {
        balance +=
          highBits(of: word, equalTo: open).nonzeroBitCount
          - highBits(of: word, equalTo: close).nonzeroBitCount
      }
      index += 8
    }
    for byte in bytes[index...] { balance += byte == open ? 1 : byte == close ? -1 : 0 }
    return balance
  }

  /// The offset of the first byte at or after `start` that is `a` or `a + 1`, or `b` or
  /// `b + 1` (`a` and `b` even), eight bytes at a time.
  ///
  /// Brackets come in such pairs: `(` and `)` are 0x28 and 0x29, and `【` and `】` end in 0x90
  /// and 0x91. A line of Chinese text holds a few: the bytes between are passed over a word at
  /// a time instead of a character at a time.
  static func firstOffset(
    ofPair a: UInt8, orPair b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var index = start
    while index + 8 <= bytes.count {
      // The low bit cleared, each pair is one value.
      let word =
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0xFEFE_FEFE_FEFE_FEFE
      let found = highBits(of: word, equalTo: a) | highBits(of: word, equalTo: b)
      // The first byte in memory is the word's lowest (little-endian).
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] & 0xFE == a || bytes[index] & 0xFE == b { return index }
      index += 1
    }
    return nil
  }

  /// How many bytes of `bytes` are control characters other than tab, line feed and carriage
  /// return, eight bytes at a time: a word with no byte below 0x20 (most of a text: a line
  /// feed every line or so) is passed over at once.
  static func controlByteCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let ones: UInt64 = 0x0101_0101_0101_0101
    @inline(__always) func isControl(_ byte: UInt8) -> Bool {
      byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
    var count = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      // Whether some byte is below 0x20: exact for the word as a whole (Bit Twiddling Hacks,
      // "hasless"), though not byte by byte, so the bytes are then counted one at a time.
      if (word &- ones &* 0x20) & ~word & (ones &* 0x80) != 0 {
        for offset in index..<(index + 8) where isControl(bytes[offset]) { count += 1 }
      }
      index += 8
    }
    for offset in index..<bytes.count where isControl(bytes[offset]) { count += 1 }
    return count
  }

  /// Whether any byte of `bytes` is an ASCII digit, eight bytes at a time.
  static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low: UInt64 = ones &* 127
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      // A byte b with 0x2F < b < 0x3A sets its high bit (Bit Twiddling Hacks, "hasbetween"):
      // exact for every byte, those of 0x80 and above included.
      let masked = word & low
      let between =
        (ones &* (127 + 0x3A) &- masked) & ~word & (masked &+ ones &* (127 - 0x2F))
        & (ones &* 128)
      if between != 0 { return true }
      index += 8
    }
    for byte in bytes[index...] where Byte.isDigit(byte) { return true }
    return false
  }

  /// The haystack length above which `firstOffset(of:in:)` leaves the search to `memmem`.
  static let longHaystack = 4096
}

/// A few words looked for together in one pass over a text's bytes: the search `NeedleSet`
/// makes for one to four needles.
///
/// Eight bytes at a time are tested for every word's last byte at once, and only where one
/// stands are the bytes before it compared: `ByteScan.firstOffset(of:in:)` for each word
/// would read the whole text once per word.
struct WordSearch: Sendable {
  private let words: [[UInt8]]
  /// Each word's last byte, repeated in every byte of a word; a fourth word's place holds
  /// the first's again when there are three or fewer.
  private let lastBytes: (UInt64, UInt64, UInt64, UInt64)

  /// A search for one to four `words`, none of them empty.
  init(_ words: [String]) {
    precondition((1...4).contains(words.count), "WordSearch takes one to four words")
    self.words = words.map { Array($0.utf8) }
    let lasts = self.words.map { 0x0101_0101_0101_0101 &* UInt64($0[$0.count - 1]) }
    let padded = lasts + Array(repeating: lasts[0], count: 4 - lasts.count)
    lastBytes = (padded[0], padded[1], padded[2], padded[3])
  }

  /// A high bit for each byte of the eight at `start` that is some word's last byte (and, by
  /// a borrow, a few that are not: `endsAt` turns those down).
  @inline(__always)
  private func candidates(at start: UnsafePointer<UInt8>) -> UInt64 {
    let word = UnsafeRawPointer(start).loadUnaligned(as: UInt64.self)
    @inline(__always) func zeros(_ bytes: UInt64) -> UInt64 {
      (bytes &- 0x0101_0101_0101_0101) & ~bytes & 0x8080_8080_8080_8080
    }
    return zeros(word ^ lastBytes.0) | zeros(word ^ lastBytes.1) | zeros(word ^ lastBytes.2)
      | zeros(word ^ lastBytes.3)
  }

  /// Whether any of the words occurs in `text`.
  func containsAny(in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress else { return false }
    var index = 0
    while index + 8 <= text.count {
      var zeros = candidates(at: base + index)
      while zeros != 0 {
        if endsAt(index + zeros.trailingZeroBitCount >> 3, in: base) { return true }
        zeros &= zeros - 1
      }
      index += 8
    }
    guard index < text.count else { return false }
    guard text.count >= 8 else {
      for end in index..<text.count where endsAt(end, in: base) { return true }
      return false
    }
    // The last eight bytes, less those the words above already covered.
    let start = text.count - 8
    var zeros = candidates(at: base + start) & ~((1 << UInt64(8 * (index - start))) &- 1)
    while zeros != 0 {
      if endsAt(start + zeros.trailingZeroBitCount >> 3, in: base) { return true }
      zeros &= zeros - 1
    }
    return false
  }

  /// Whether a word ends at `end` (its last byte is there).
  private func endsAt(_ end: Int, in base: UnsafePointer<UInt8>) -> Bool {
    for word in words
    where word.count <= end + 1 && word[word.count - 1] == base[end]
      && ByteScan.equal(base + (end + 1 - word.count), word, count: word.count)
    {
      return true
    }
    return false
  }
}
