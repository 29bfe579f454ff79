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

  /// The offset of the first `byte` in `bytes` at or after `start` (the C library's `memchr`).
  static func firstOffset(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
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

  /// The offset of the first `(` or `)`, or of the last byte of the first `【` or `】`, at or
  /// after `start`, sixteen places at a time.
  ///
  /// A line of Chinese text holds a few brackets: the bytes between are passed over a block at
  /// a time. `【` and `】` are E3 80 90 and E3 80 91, and their last byte is tested together
  /// with the two before it: 0x90 or 0x91 also ends one character in 32 (逐 is E9 80 90), and
  /// such a byte taken for a bracket cost a return and a new scan.
  static func firstBracketEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    /// Whether a bracket ends at `index`.
    @inline(__always) func endsBracket(_ index: Int) -> Bool {
      let byte = bytes[index] & 0xFE
      return byte == 0x28
        || byte == 0x90 && index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE3
    }
    var index = start
    // The vectors read the two bytes before each place: the first two places, and all of a
    // text shorter than two bytes and a block, are tested one at a time.
    guard bytes.count >= 18 else {
      while index < bytes.count {
        if endsBracket(index) { return index }
        index += 1
      }
      return nil
    }
    while index < 2 {
      if endsBracket(index) { return index }
      index += 1
    }
    return bracketVectors.withUnsafeBufferPointer { vectors -> Int? in
      let v = vectors.baseAddress!
      while index + 16 <= bytes.count {
        if let place = firstPlace(in: bracketEnds(at: base + index, v)) { return index + place }
        index += 16
      }
      guard index < bytes.count else { return nil }
      // The last sixteen places, less those the blocks above tested (one to fifteen of them).
      let last = bytes.count - 16
      let lanes = clearingFirst(index - last, of: bracketEnds(at: base + last, v))
      return firstPlace(in: lanes).map { last + $0 }
    }
  }

  /// The first of the sixteen places `lanes` marks (two words of eight bytes, 0xFF at a
  /// marked place), 0 to 15, or nil when it marks none.
  @inline(__always)
  static func firstPlace(in lanes: SIMD2<UInt64>) -> Int? {
    // The first byte in memory is the lowest lane (little-endian).
    if lanes[0] != 0 { return lanes[0].trailingZeroBitCount >> 3 }
    if lanes[1] != 0 { return 8 + lanes[1].trailingZeroBitCount >> 3 }
    return nil
  }

  /// `lanes`, sixteen places as two words of eight bytes, with the first `count` places
  /// cleared (`count` from 0 to 15): those of a text's last, overlapping block that the blocks
  /// before it tested.
  @inline(__always)
  static func clearingFirst(_ count: Int, of lanes: SIMD2<UInt64>) -> SIMD2<UInt64> {
    var lanes = lanes
    if count >= 8 {
      lanes[0] = 0
      lanes[1] &= ~((1 << UInt64(8 * (count - 8))) &- 1)
    } else {
      lanes[0] &= ~((1 << UInt64(8 * count)) &- 1)
    }
    return lanes
  }

  /// The sixteen places from `block` (at least two bytes into its text) where a bracket
  /// ends, as two words of eight bytes, each 0xFF at such a place and 0 elsewhere; `v` holds
  /// `bracketVectors`.
  @inline(__always)
  private static func bracketEnds(
    at block: UnsafePointer<UInt8>, _ v: UnsafePointer<SIMD16<UInt8>>
  ) -> SIMD2<UInt64> {
    let bytes = UnsafeRawPointer(block).loadUnaligned(as: SIMD16<UInt8>.self)
    let one = UnsafeRawPointer(block - 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let two = UnsafeRawPointer(block - 2).loadUnaligned(as: SIMD16<UInt8>.self)
    let pairs = bytes & v[0]
    let found = (pairs .== v[1]) .| ((pairs .== v[2]) .& (one .== v[3]) .& (two .== v[4]))
    return unsafeBitCast(found, to: SIMD2<UInt64>.self)
  }

  /// The vectors `bracketEnds` compares with, each one byte in every lane.
  ///
  /// They are the mask that makes the last bytes of a pair of brackets one value, that value
  /// for `(` and `)` and for `【` and `】`, and the two bytes before the latter's. They are read
  /// from memory: with constant vectors the compiler tests the sixteen lanes one by one.
  private static let bracketVectors: [SIMD16<UInt8>] = [0xFE, 0x28, 0x90, 0x80, 0xE3].map {
    SIMD16(repeating: $0)
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
/// Sixteen places at a time are tested for every word's last two bytes at once (two vector
/// comparisons per word), and only where a word's two stand are the bytes before them
/// compared: `ByteScan.firstOffset(of:in:)` for each word would read the whole text once per
/// word. Two bytes, not one, because a Chinese character's last byte ends one character in
/// 64 (【's 0x90, 扫's 0xAB), while its last two end a few characters in the text at most.
struct WordSearch: Sendable {
  private let words: [[UInt8]]
  /// Three vectors per word: its last byte, the byte before it and a mask, each in every lane.
  ///
  /// The byte before is 0 and the mask 0 for a word of one byte (the byte before a place is
  /// not compared), 0xFF otherwise; a fourth word's place holds the first's again when there
  /// are three or fewer. In an array, so that a copy of the search (a `NeedleSet` hands it
  /// out) is two references, not twelve vectors.
  private let vectors: [SIMD16<UInt8>]

  /// A search for one to four `words`, none of them empty.
  init(_ words: [String]) {
    precondition((1...4).contains(words.count), "WordSearch takes one to four words")
    self.words = words.map { Array($0.utf8) }
    let padded = self.words + Array(repeating: self.words[0], count: 4 - self.words.count)
    vectors = padded.flatMap { word -> [SIMD16<UInt8>] in
      [
        SIMD16(repeating: word[word.count - 1]),
        SIMD16(repeating: word.count > 1 ? word[word.count - 2] : 0),
        SIMD16(repeating: word.count > 1 ? 0xFF : 0),
      ]
    }
  }

  /// The sixteen places from `end` where some word's last two bytes end (its only byte, for
  /// a word of one), as two words of eight bytes each 0xFF at such a place and 0 elsewhere;
  /// `end` is at least 1; `v` holds `vectors`.
  @inline(__always)
  private static func candidates(
    endingFrom end: UnsafePointer<UInt8>, _ v: UnsafePointer<SIMD16<UInt8>>
  ) -> SIMD2<UInt64> {
    let block = UnsafeRawPointer(end).loadUnaligned(as: SIMD16<UInt8>.self)
    let before = UnsafeRawPointer(end - 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let found =
      (block .== v[0]) .& (before & v[2] .== v[1]) .| (block .== v[3]) .& (before & v[5] .== v[4])
      .| (block .== v[6]) .& (before & v[8] .== v[7]) .| (block .== v[9])
      .& (before & v[11] .== v[10])
    return unsafeBitCast(found, to: SIMD2<UInt64>.self)
  }

  /// Whether a word ends at one of the places `lanes` marks (a byte 0xFF for each), counted
  /// from `start`.
  @inline(__always)
  private func endsAt(_ lanes: UInt64, from start: Int, in base: UnsafePointer<UInt8>) -> Bool {
    var lanes = lanes
    while lanes != 0 {
      if endsAt(start + lanes.trailingZeroBitCount >> 3, in: base) { return true }
      lanes &= ~(0xFF << UInt64(lanes.trailingZeroBitCount & ~7))
    }
    return false
  }

  /// Whether a word ends at one of the sixteen places `lanes` marks, counted from `start`.
  @inline(__always)
  private func endsAt(_ lanes: SIMD2<UInt64>, from start: Int, in base: UnsafePointer<UInt8>)
    -> Bool
  {
    guard lanes[0] | lanes[1] != 0 else { return false }
    return endsAt(lanes[0], from: start, in: base) || endsAt(lanes[1], from: start + 8, in: base)
  }

  /// Whether any of the words occurs in `text`.
  func containsAny(in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress else { return false }
    // The vectors read the byte before each place: a text of 16 bytes or fewer, and the
    // first place of a longer one, are tested a place at a time.
    guard text.count > 16 else {
      for end in 0..<text.count where endsAt(end, in: base) { return true }
      return false
    }
    if endsAt(0, in: base) { return true }
    return vectors.withUnsafeBufferPointer { vectors in
      let v = vectors.baseAddress!
      var index = 1
      while index + 16 <= text.count {
        if endsAt(Self.candidates(endingFrom: base + index, v), from: index, in: base) {
          return true
        }
        index += 16
      }
      guard index < text.count else { return false }
      // The last sixteen places, less those the blocks above already tested (at most fifteen).
      let start = text.count - 16
      let lanes = ByteScan.clearingFirst(
        index - start, of: Self.candidates(endingFrom: base + start, v))
      return endsAt(lanes, from: start, in: base)
    }
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
