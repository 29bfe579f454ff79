#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Word-at-a-time scans of UTF-8 bytes for the few ASCII bytes a writer must escape.
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
}
