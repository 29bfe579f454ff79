#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// A fixed list of strings looked for together in one pass over a text's UTF-8 bytes.
///
/// A list of thirty marks tested with `utf8Contains` is thirty `memmem` calls per line; here
/// each byte position is tested once, against only the needles that start with its two bytes
/// (found through a table of all 65,536 byte pairs). Only offsets where a character starts are
/// tested: the text is a `String` and each needle whole characters, so a match that `memmem`
/// finds starts at one of them. A list of one to four needles is searched for instead by
/// their last bytes, eight bytes at a time (`WordSearch`): a line that holds none of them,
/// the usual case, is passed over a word at a time instead of a character at a time.
struct NeedleSet: Sendable, Hashable {
  /// The needles, in the order given.
  let needles: [String]
  private let bytes: [[UInt8]]
  /// For each first byte pair, 1 + its group in `groups`, or 0.
  private let slots: [UInt16]
  /// Needle indexes by first byte pair, in list order.
  private let groups: [[Int]]
  /// Needles shorter than two bytes, tested one by one.
  private let short: [Int]
  /// The search `containsAny` makes when there are one to four needles, none empty.
  private let fewWords: WordSearch?

  /// A set of `needles`.
  init(_ needles: [String]) {
    self.needles = needles
    bytes = needles.map { Array($0.utf8) }
    var slots = [UInt16](repeating: 0, count: 65_536)
    var groups: [[Int]] = []
    var short: [Int] = []
    for (index, needle) in bytes.enumerated() {
      guard needle.count >= 2 else {
        short.append(index)
        continue
      }
      let pair = Int(needle[0]) << 8 | Int(needle[1])
      if slots[pair] == 0 {
        groups.append([])
        slots[pair] = UInt16(groups.count)
      }
      groups[Int(slots[pair]) - 1].append(index)
    }
    self.slots = slots
    self.groups = groups
    self.short = short
    fewWords =
      (1...4).contains(needles.count) && !needles.contains(where: \.isEmpty)
      ? WordSearch(needles) : nil
  }

  /// Whether any needle occurs in `text`.
  func containsAny(in text: String) -> Bool {
    text.withUTF8Bytes { containsAny(in: $0) }
  }

  /// Whether any needle occurs in `text`, the UTF-8 bytes of whole characters.
  func containsAny(in text: UnsafeBufferPointer<UInt8>) -> Bool {
    // Called in place through the optional: binding it would retain its arrays.
    if let found = fewWords?.containsAny(in: text) { return found }
    var found = false
    scan(text) { _ in
      found = true
      return false
    }
    return found
  }

  /// Whether `text`, the UTF-8 bytes of whole characters, starts with any needle: one look at
  /// the needles that start with its first two bytes.
  func anyIsPrefix(of text: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in short where bytes[index].isEmpty || text.first == bytes[index][0] {
      return true
    }
    guard text.count >= 2, let base = text.baseAddress else { return false }
    let slot = slots[Int(text[0]) << 8 | Int(text[1])]
    guard slot != 0 else { return false }
    for index in groups[Int(slot) - 1] {
      let needle = bytes[index]
      if needle.count <= text.count, ByteScan.equal(base, needle, count: needle.count) {
        return true
      }
    }
    return false
  }

  /// Whether two or more of the needles occur in `text` (one found twice is one): the scan
  /// stops at the second.
  func containsTwoOrMore(in text: String) -> Bool {
    var first: Int?
    var two = false
    text.withUTF8Bytes { text in
      scan(text) { index in
        if let first, first != index {
          two = true
          return false
        }
        first = index
        return true
      }
    }
    return two
  }

  /// The index of the longest needle that occurs in `text` (in bytes; the first in list order
  /// among the longest), if any: `matches(in:)` without the list of them.
  func longestMatch(in text: String) -> Int? {
    var best: Int?
    text.withUTF8Bytes { text in
      scan(text) { index in
        if let current = best {
          let (length, bestLength) = (bytes[index].count, bytes[current].count)
          if length > bestLength || (length == bestLength && index < current) { best = index }
        } else {
          best = index
        }
        return true
      }
    }
    return best
  }

  /// Calls `found` with the index of each needle found (a needle may come more than once),
  /// until it returns false.
  private func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Bool) {
    for index in short {
      let needle = bytes[index]
      if needle.isEmpty || text.contains(needle[0]) {
        if !found(index) { return }
      }
    }
    guard text.count >= 2, let base = text.baseAddress else { return }
    slots.withUnsafeBufferPointer { slots in
      // A needle is whole characters, so it can only start where a character does: the
      // offsets step from one character's first byte to the next.
      var offset = 0
      while offset < text.count - 1 {
        let lead = text[offset]
        let slot = slots[Int(lead) << 8 | Int(text[offset + 1])]
        if slot != 0 {
          for index in groups[Int(slot) - 1] {
            let needle = bytes[index]
            guard needle.count <= text.count - offset,
              ByteScan.equal(base + offset, needle, count: needle.count)
            else { continue }
            if !found(index) { return }
          }
        }
        offset += UTF8Validation.length(ledBy: lead)
      }
    }
  }

  /// Whether the two sets hold the same needles in the same order.
  static func == (lhs: NeedleSet, rhs: NeedleSet) -> Bool { lhs.needles == rhs.needles }

  /// Hashes the needles.
  func hash(into hasher: inout Hasher) { hasher.combine(needles) }
}
