extension Gazetteer {
  /// How often a text names a division, for documents that say their place nowhere else.
  public struct Mention: Sendable, Hashable {
    /// The division named.
    public var division: Division
    /// How many times its full or short name occurs.
    public var count: Int
  }

  /// The division `texts` name most often, when it stands out: named at least three times and
  /// more than twice as often as any other of the same levels.
  ///
  /// Only the `levels` given count (a report that says 全市 is a city's or a county-level
  /// city's), and only names that mean one division among those levels. At each position the
  /// longest name wins, so 锦州市 is one mention of 锦州市, not also of 锦州; short names that
  /// are everyday words (`ordinaryWords`: 资源, 振兴) are not counted.
  public func mostNamed(in texts: [String], levels: Set<AdministrativeLevel>) -> Mention? {
    var counts: [Int: Int] = [:]
    for text in texts {
      // Read by Unicode scalar: a candidate is a run of 2 to 5 scalars, cut from the bytes
      // (a place name is never a combining sequence).
      let bytes = Array(text.utf8)
      var offsets = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
      let count = offsets.count
      offsets.append(bytes.count)
      bytes.withUnsafeBufferPointer { bytes in
        var start = 0
        while start + 1 < count {
          // No name starts with these two characters: none of the four lengths is looked up.
          let bit = Self.openingBit(
            UnsafeBufferPointer(rebasing: bytes[offsets[start]..<offsets[start + 2]]))
          guard openings[bit >> 6] & 1 << UInt64(bit & 63) != 0 else {
            start += 1
            continue
          }
          var matched = 0
          for length in stride(from: min(5, count - start), through: 2, by: -1) {
            // Looked up by its bytes; a `String` is made only for a name found.
            let run = UnsafeBufferPointer(
              rebasing: bytes[offsets[start]..<offsets[start + length]])
            guard let id = names.id(ofUTF8: run) else { continue }
            matched = length
            if ordinaryWords.contains(String(decoding: run, as: UTF8.self)) { break }
            let fitting = divisionsByName[id].filter { levels.contains(divisions[$0].level) }
            if fitting.count == 1 { counts[fitting[0], default: 0] += 1 }
            break
          }
          start += max(1, matched)
        }
      }
    }
    let ranked = counts.sorted {
      $0.value != $1.value ? $0.value > $1.value : divisions[$0.key].code < divisions[$1.key].code
    }
    guard let best = ranked.first, best.value >= 3 else { return nil }
    if ranked.count > 1, ranked[1].value * 2 >= best.value { return nil }
    return Mention(division: divisions[best.key], count: best.value)
  }

  /// The levels a document's own words point to: `全省` a province, `全市` a city or a
  /// county-level city, `全区` a district or an autonomous region, `全县`/`全旗` a county.
  public static func levels(namedBy texts: [String]) -> Set<AdministrativeLevel> {
    var counts: [String: Int] = [:]
    for text in texts {
      for word in ["全省", "全市", "全区", "全县", "全旗"] where text.utf8Contains(word) {
        counts[word, default: 0] += 1
      }
    }
    switch counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
    case "全省"?: return [.province]
    case "全市"?: return [.province, .city, .county]
    case "全区"?: return [.district, .province]
    case "全县"?, "全旗"?: return [.county]
    default: return Set(AdministrativeLevel.allCases)
    }
  }
}
