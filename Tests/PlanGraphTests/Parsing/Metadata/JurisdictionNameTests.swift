import PlanGraph
import PlanGraphTestSupport
import Testing

/// Place names read from a text's start by scalars, as the reader that stepped through its
/// characters read them (kept here as the reference).
@Suite("Jurisdiction names")
struct JurisdictionNameTests {
  /// The reader before: `Character`s, with `Character.isNumber`.
  static func reference(_ text: String) -> [String] {
    let levels: [Character] = ["省", "市", "区", "县"]
    var places: [String] = []
    var current = ""
    for character in text.prefix(16) {
      if "《“(,。:;、 ".contains(character) || character.isNumber { break }
      current.append(character)
      if levels.contains(character) {
        guard current.count >= 2 else { break }
        places.append(current)
        current = ""
      } else if current.count > 6 {
        break
      }
    }
    return places
  }

  @Test(
    "Titles, session lines and speakers' places",
    arguments: [
      ("锦州市凌河区政府工作报告", ["锦州市", "凌河区"]),
      ("辽宁省锦州市太和区2024年重点任务分解方案", ["辽宁省", "锦州市", "太和区"]),
      ("陕西省", ["陕西省"]), ("市", []), ("海城市人民政府", ["海城市"]),
      ("内蒙古自治区鄂尔多斯市", ["内蒙古自治区", "鄂尔多斯市"]), ("一区一策", []), ("新区", ["新区"]),
      ("三门峡市", []), ("《锦州市》", []), ("锦州市 凌河区", ["锦州市"]),
      ("黑龙江省大兴安岭地区漠河市", ["黑龙江省", "大兴安岭地区", "漠河市"]),
    ])
  func places(text: String, expected: [String]) {
    #expect(JurisdictionName.places(atStartOf: text) == expected)
    #expect(JurisdictionName.places(atStartOf: text) == Self.reference(text))
  }

  @Test("Every line of every shipped document, and generated starts, read as the reference")
  func everyLine() {
    var lines: [String] = []
    for fixture in Fixture.plans + Fixture.reports + Fixture.webReports {
      lines += TextNormalizer.lines(fromUTF8: fixture.bytes).map(\.text)
    }
    let pieces = [
      "锦州", "市", "省", "区", "县", "凌河", "2024", "年", "一", "十", "(", ",", "《", "“", "、", " ", "a",
      "政府", "自治", "第", "〇", "两",
    ]
    var random = SeededRandom(seed: 0x1234_5678_9ABC_DEF1)
    for _ in 0..<3_000 {
      lines.append((0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined())
    }
    var found = 0
    for line in lines {
      let places = JurisdictionName.places(atStartOf: line)
      #expect(places == Self.reference(line), "\(line)")
      found += places.count
    }
    #expect(lines.count > 4_000 && found == 219)
  }

  @Test("Levels from the last character")
  func levels() {
    #expect(JurisdictionName.level(of: "凌西街道") == .township)
    #expect(JurisdictionName.level(of: "营盘乡") == .township)
    #expect(JurisdictionName.level(of: "辽宁省") == .province)
    #expect(JurisdictionName.level(of: "锦州市") == .city)
    #expect(JurisdictionName.level(of: "太和区") == .district)
    #expect(JurisdictionName.level(of: "额济纳旗") == .county)
    #expect(JurisdictionName.level(of: "") == nil && JurisdictionName.level(of: "国务院") == nil)
  }
}
