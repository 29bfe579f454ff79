/// Byte-level substring tests. Canonical text is compared as UTF-8 bytes: no Unicode
/// normalization or Foundation bridging in the hot paths (Foundation's `contains` costs
/// microseconds per call on Linux).
extension String {
  /// Whether the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes.
  func utf8Contains(_ needle: String) -> Bool {
    utf8Range(of: needle) != nil
  }

  /// The byte offset of the first occurrence of `needle`, if any.
  func utf8Range(of needle: String) -> Int? {
    var haystack = self
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n -> Int? in
        guard n.count > 0, n.count <= h.count else { return n.isEmpty ? 0 : nil }
        let first = n[0]
        var i = 0
        let last = h.count - n.count
        while i <= last {
          if h[i] == first {
            var j = 1
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }

  /// Whether this string's UTF-8 bytes start with `prefix`'s.
  func utf8HasPrefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }

  /// Whether this string's UTF-8 bytes end with `suffix`'s.
  func utf8HasSuffix(_ suffix: String) -> Bool {
    let count = suffix.utf8.count
    guard count <= utf8.count else { return false }
    return utf8.suffix(count).elementsEqual(suffix.utf8)
  }
}
