import PlanGraph
import Testing

@Suite("Canonical order on bytes")
struct CanonicalOrderTests {
  /// Names from the bundled plans, and text that NFC changes or that combines: a CJK
  /// compatibility ideograph (U+F900 → U+8C48), é precomposed and decomposed, U+2000 (→ U+2002),
  /// a CJK tone mark (U+302A), a kana voicing mark (U+3099), Hangul.
  static let names = [
    "市发展和改革局", "市财政局", "市东东东财政局", "锦州市", "海城市", "辽宁省", "刘兴达", "各有关部门",
    "各镇（街道）", "市公安局、市交通局", "Made in China 2025", "", "市", "市发展和改革委员会",
    "\u{F900}市", "\u{8C48}市", "caf\u{E9}", "cafe\u{301}", "a\u{2000}b", "a\u{2002}b", "市\u{302A}",
    "か\u{3099}", "が", "한국", "市“十四五”规划", "——市政府", "ＡＢＣ市", "ABC市",
  ]

  @Test("sortsBefore answers as String's < does, for every pair")
  func matchesStringOrder() {
    for left in Self.names {
      for right in Self.names {
        #expect(left.sortsBefore(right) == (left < right), "\(left) vs \(right)")
      }
    }
  }

  @Test("canonicalOrder is negative, zero or positive as String's < and == say, for every pair")
  func threeWay() {
    var equalPairs = 0
    for left in Self.names {
      for right in Self.names {
        let expected = left < right ? -1 : left == right ? 0 : 1
        #expect(left.canonicalOrder(right) == expected, "\(left) vs \(right)")
        if expected == 0 { equalPairs += 1 }
      }
    }
    // Each name with itself, and four pairs of canonically equal spellings both ways: café,
    // U+F900 and U+8C48, U+2000 and U+2002, か + U+3099 and が.
    #expect(equalPairs == Self.names.count + 8)
  }

  @Test("Actor keys sort as their jurisdictions, names and kinds do")
  func actorKeys() {
    let keys = Self.names.flatMap { name in
      ["锦州市", "\u{F900}市"].map { ActorKey(jurisdiction: $0, name: name, kind: .unit) }
    }
    let sorted = keys.sorted()
    let expected = keys.sorted {
      ($0.jurisdiction, $0.name, $0.kind.rawValue) < ($1.jurisdiction, $1.name, $1.kind.rawValue)
    }
    #expect(sorted.map(\.name) == expected.map(\.name))
    #expect(sorted.map(\.jurisdiction) == expected.map(\.jurisdiction))
  }
}
