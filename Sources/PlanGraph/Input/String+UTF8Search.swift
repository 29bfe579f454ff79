/// Byte-level substring tests. Canonical text is compared as UTF-8 bytes: no Unicode
/// normalization or Foundation bridging in the hot paths (Foundation's `contains` costs
/// microseconds per call on Linux).
///
/// Every name of every task passes through these many times, so they read the strings' own
/// contiguous storage (no copy, no retain) and search it a word at a time (`ByteScan`).
extension String {
  /// Whether the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes.
  func utf8Contains(_ needle: String) -> Bool {
    utf8Range(of: needle) != nil
  }

  /// Whether the byte `byte` occurs in this string's UTF-8 bytes (by the C library's `memchr`,
  /// through `ByteScan.firstOffset(of:in:from:)`; `utf8.contains` walks the view one index at
  /// a time).
  public func utf8Contains(byte: UInt8) -> Bool {
    withUTF8Bytes { ByteScan.firstOffset(of: byte, in: $0, from: 0) != nil }
  }

  /// The byte offset of the first occurrence of `needle`, if any.
  func utf8Range(of needle: String) -> Int? {
    withBytes(of: needle) { h, n in h.offset(of: n) }
  }

  /// Whether this string's UTF-8 bytes start with `prefix`'s.
  func utf8HasPrefix(_ prefix: String) -> Bool {
    withBytes(of: prefix) { h, n in h.hasPrefix(n) }
  }

  /// Whether this string's UTF-8 bytes end with `suffix`'s.
  func utf8HasSuffix(_ suffix: String) -> Bool {
    withUTF8Bytes { $0.hasSuffix(utf8Of: suffix) }
  }

  /// This string without its first `count` UTF-8 bytes, which should end where a scalar does
  /// (after an ASCII mark): the rest is copied without validating its bytes again; when they
  /// do not, it is decoded and repaired.
  func droppingUTF8Prefix(_ count: Int) -> String {
    let rest = utf8.dropFirst(count)
    return String(rest) ?? String(decoding: rest, as: UTF8.self)
  }

  /// The last Unicode scalar, decoded from the end of the UTF-8 bytes (the scalar view's
  /// `last` steps its index back through the view's machinery).
  var lastScalar: Unicode.Scalar? { withUTF8Bytes(\.lastScalar) }

  /// The number of Unicode scalars: the bytes that are not continuation bytes.
  var scalarCount: Int { withUTF8Bytes(\.scalarCount) }

  /// Whether this string and `other` have the same UTF-8 bytes.
  public func utf8Equals(_ other: String) -> Bool {
    utf8.count == other.utf8.count && utf8HasPrefix(other)
  }

  /// The fields between `separator` bytes, empty ones kept (`a\t\tb` has three).
  ///
  /// The separator is an ASCII byte, so the cuts fall between whole characters.
  func utf8Fields(separatedBy separator: UInt8) -> [String] {
    withUTF8Bytes { bytes in
      var fields: [String] = []
      var start = 0
      for index in bytes.indices where bytes[index] == separator {
        fields.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        start = index + 1
      }
      fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return fields
    }
  }

  /// This string without the white space at either end: the scalars with Unicode's
  /// `White_Space` property (spaces of every width, tabs, line breaks), the set Foundation's
  /// `whitespacesAndNewlines` names.
  func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(Substring(scalars[first...last]))
  }

  /// Calls `body` with this string's UTF-8 bytes, copying them only when the string is not
  /// stored as contiguous UTF-8 (a bridged one).
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }

  /// Calls `body` with this string's and `other`'s UTF-8 bytes (see `withUTF8Bytes`).
  private func withBytes<Result>(
    of other: String,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    withUTF8Bytes { h in other.withUTF8Bytes { n in body(h, n) } }
  }
}

extension StringProtocol {
  /// The bounds of the first occurrence of `needle`'s UTF-8 bytes, as indices of this string;
  /// nil for an empty needle.
  ///
  /// The byte search the parse path uses where Foundation's `range(of:)` would compare
  /// characters through `NSString` (tens of microseconds a call on Linux). Text is canonical,
  /// so equal characters have equal bytes.
  func utf8Bounds(of needle: String) -> Range<Index>? {
    guard !needle.isEmpty else { return nil }
    let contiguous = utf8.withContiguousStorageIfAvailable { bytes in
      needle.withUTF8Bytes { bytes.offset(of: $0) }
    }
    guard let offset = contiguous ?? String(self).utf8Range(of: needle) else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
  }
}

extension String {
  /// This string with every occurrence of `target`'s UTF-8 bytes replaced by `replacement`'s,
  /// left to right and without overlaps, as Foundation's `replacingOccurrences(of:with:)` of
  /// canonical text.
  func utf8Replacing(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    return withUTF8Bytes { bytes in
      target.withUTF8Bytes { needle in
        guard var found = bytes.offset(of: needle) else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var start = 0
        while true {
          result += bytes[start..<found]
          result += replacement.utf8
          start = found + needle.count
          let rest = UnsafeBufferPointer(rebasing: bytes[start...])
          guard let next = rest.offset(of: needle) else { break }
          found = start + next
        }
        result += bytes[start...]
        return String(decoding: result, as: UTF8.self)
      }
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first occurrence of `needle` in these bytes
  /// (`ByteScan.firstOffset(of:in:)`), 0 for an empty needle.
  func offset(of needle: UnsafeBufferPointer<UInt8>) -> Int? {
    ByteScan.firstOffset(of: needle, in: self)
  }

  /// The offset of the first occurrence of `needle`'s UTF-8 bytes in these bytes.
  func offset(utf8Of needle: String) -> Int? {
    needle.withUTF8Bytes { offset(of: $0) }
  }

  /// Whether `needle`'s UTF-8 bytes occur in these bytes.
  func contains(utf8Of needle: String) -> Bool {
    offset(utf8Of: needle) != nil
  }

  /// The last scalar of these valid UTF-8 bytes, decoded from their end; nil when empty.
  var lastScalar: Unicode.Scalar? {
    var start = count - 1
    while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(at: start)?.scalar
  }

  /// The scalar whose bytes start at `index` of these valid UTF-8 bytes, and the offset just
  /// after it; nil when `index` is outside them or the scalar's bytes run past their end.
  func scalar(at index: Int) -> (scalar: Unicode.Scalar, end: Int)? {
    guard index >= 0, index < count else { return nil }
    let width = UTF8Validation.length(ledBy: self[index])
    guard index + width <= count else { return nil }
    // The lead's payload bits, then six from each continuation byte.
    var value = UInt32(self[index]) & (width == 1 ? 0x7F : 0x7F >> width)
    for offset in 1..<width { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
    return Unicode.Scalar(value).map { ($0, index + width) }
  }

  /// The number of scalars these UTF-8 bytes encode: the bytes that are not continuation
  /// bytes (10xxxxxx).
  var scalarCount: Int { count { $0 & 0xC0 != 0x80 } }

  /// Whether these bytes start with `prefix`'s UTF-8 bytes.
  func hasPrefix(utf8Of prefix: String) -> Bool {
    prefix.withUTF8Bytes { hasPrefix($0) }
  }

  /// Whether these bytes start with the bytes of `prefix`.
  @inline(__always)
  func hasPrefix(_ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
    prefix.count <= count
      && (prefix.isEmpty || ByteScan.equal(baseAddress!, prefix.baseAddress!, count: prefix.count))
  }

  /// Whether these bytes end with `suffix`'s UTF-8 bytes.
  func hasSuffix(utf8Of suffix: String) -> Bool {
    suffix.withUTF8Bytes { n in
      n.count <= count
        && (n.count == 0
          || ByteScan.equal(baseAddress! + (count - n.count), n.baseAddress!, count: n.count))
    }
  }
}
