/// What a work report says about itself: the line that names it, the congress session it was
/// delivered to, the speaker's office, the delivery date and the year its targets are for.
///
/// Reports copied from the web often carry the place nowhere but in the session line
/// (`——2026年1月27日在陕西省第十四届人民代表大会第四次会议上`) and the speaker's line
/// (`陕西省省长 赵刚`, `天津市代市长`, `凌海市人民政府市长`), and their year only in the heading
/// of the year's work (`2025年工作的总体要求`): a report delivered on 2024-12-20 is on 2025.
enum ReportHeader {
  /// The line naming the report (`2022年锦州市凌河区政府工作报告`), cut before `——`; else the
  /// first line.
  static func title(in lines: ArraySlice<SourceLine>) -> String {
    let named = lines.first {
      $0.text.utf8Contains("政府工作报告") && $0.text.count <= 60 && !$0.text.utf8HasPrefix("——")
    }
    guard let line = named ?? lines.first else { return "" }
    var text = line.text
    if let dash = text.utf8Bounds(of: "——") { text = String(text[..<dash.lowerBound]) }
    if text.hasPrefix("《"), text.hasSuffix("》") { text = String(text.dropFirst().dropLast()) }
    return text.count <= 40 ? text : String(text.prefix(40))
  }

  /// The date and the places of the session line: `在锦州市凌河区第十九届人民代表大会…` gives
  /// `["锦州市", "凌河区"]`.
  static func session(in lines: ArraySlice<SourceLine>) -> (date: String?, places: [String])? {
    for line in lines where line.text.utf8Contains("人民代表大会") && line.text.utf8Contains("会议") {
      var text = Substring(line.text)
      if let dash = text.utf8Bounds(of: "——") { text = text[dash.upperBound...] }
      while text.hasPrefix("—") || text.hasPrefix("-") { text = text.dropFirst() }
      let date = MetadataParser.isoDate(String(text), wholeLine: false)
      guard let at = text.utf8Bounds(of: "日在") ?? text.utf8Bounds(of: "在") else {
        return (date, [])
      }
      let rest = text[at.upperBound...]
      let end =
        rest.utf8Bounds(of: "第")?.lowerBound ?? rest.utf8Bounds(of: "人民代表大会")?.lowerBound
      let places = end.map { JurisdictionName.places(atStartOf: String(rest[..<$0])) } ?? []
      return (date, places)
    }
    return nil
  }

  private static let offices = ["省长", "市长", "区长", "县长", "州长", "旗长", "盟长", "主席"]

  /// The places of the speaker's line: `陕西省省长赵刚` gives `["陕西省"]`.
  static func speakerPlaces(in lines: ArraySlice<SourceLine>) -> [String] {
    for line in lines where line.text.count <= 30 {
      for office in offices {
        guard let range = line.text.utf8Bounds(of: office) else { continue }
        var before = String(line.text[..<range.lowerBound])
        for word in ["代", "人民政府", "政府"] where before.hasSuffix(word) {
          before.removeLast(word.count)
        }
        let places = JurisdictionName.places(atStartOf: before)
        if !places.isEmpty, places.joined() == before { return places }
      }
    }
    return []
  }

  private static let workHeadings = [
    "工作总体要求", "工作的总体要求", "政府工作的总体要求", "政府工作总体要求", "主要工作安排", "重点工作",
    "工作安排", "主要预期目标", "主要目标", "经济社会发展的主要", "工作任务", "政府工作",
  ]

  /// The year of the year's work: the latest `YYYY年` that a heading of the year's work
  /// follows (`2025年工作的总体要求`), never one of a review (`2024年工作回顾`).
  static func workYear(in lines: ArraySlice<SourceLine>) -> Int? {
    var latest: Int?
    for line in lines where line.text.utf8Contains("年") {
      let utf8 = Array(line.text.utf8)
      var i = 0
      while i + 7 <= utf8.count {
        guard Byte.isDigit(utf8[i]), i == 0 || !Byte.isDigit(utf8[i - 1]),
          utf8[i + 1...i + 3].allSatisfy(Byte.isDigit), utf8[i + 4...i + 6].elementsEqual("年".utf8)
        else {
          i += 1
          continue
        }
        let year = utf8[i..<i + 4].reduce(0) { $0 * 10 + Int($1 - Byte.zero) }
        let after = String(decoding: utf8[(i + 7)...].prefix(36), as: UTF8.self)
        let rest = after.hasPrefix("的") ? String(after.dropFirst()) : after
        if (1949...2100).contains(year), workHeadings.contains(where: { rest.hasPrefix($0) }),
          !rest.prefix(8).contains("回顾"), !rest.prefix(8).contains("完成")
        {
          latest = max(latest ?? year, year)
        }
        i += 7
      }
    }
    return latest
  }
}
