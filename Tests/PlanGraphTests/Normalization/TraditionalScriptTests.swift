import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// Plans and reports in traditional characters (Fixtures/formats/make_traditional.py): read by
/// the same vocabulary, names kept as written beside their simplified form.
@Suite("Traditional characters")
struct TraditionalScriptTests {
  static func parse(_ name: String) throws -> Document {
    try DocumentParser().parse(path: Fixture("formats/" + name).path)
  }

  @Test("The shipped table maps the words plans are read by")
  func table() {
    let script = ChineseScript.shipped
    #expect(script.count == 4105 + 4)
    #expect(script.simplified("牽頭單位") == "牵头单位")
    #expect(script.simplified("按職責分工負責") == "按职责分工负责")
    #expect(script.simplified("各有關部門") == "各有关部门")
    #expect(script.simplified("主要預期目標:國內生產總值") == "主要预期目标:国内生产总值")
    #expect(script.simplified("市发展改革委") == "市发展改革委")
  }

  @Test("A table is read line by line: one scalar each side of a tab, the rest passed over")
  func tableText() {
    // CRLF and LF lines, a comment, a blank line, a line with a third column, one whose
    // sides are two characters, one with no tab, and a last line with no line break.
    let text =
      "# traditional\tsimplified\r\n國\t国\r\n\r\n門\t门\n關\t关\t!\n職責\t职责\n"
      + "負\n#頭\t头\n𠁞\t𠀾\n單\t单"
    let script = ChineseScript(parsing: text)
    #expect(script.count == 4 + 4)
    #expect(script.simplified("國門關職責負頭𠁞單「」") == "国门關職責負頭𠀾单“”")
  }

  @Test("An inline plan in traditional characters gives its simplified twin's tasks")
  func inlineTwin() throws {
    let simplified = try Self.parse("state-council-inline.txt")
    let traditional = try Self.parse("state-council-traditional.txt")
    #expect(traditional.script == .traditional && simplified.script == nil)
    #expect(traditional.tasks.count == 17)
    #expect(traditional.tasks.map(\.text) == simplified.tasks.map(\.text))
    #expect(
      traditional.tasks.map { $0.assignments.map(\.assignee) }
        == simplified.tasks.map { $0.assignments.map(\.assignee) })
    #expect(traditional.plan?.assignments.count == 48)
    let first = try #require(traditional.tasks.first)
    #expect(first.textAsWritten == "培育壯大新型消費,實施數字消費、綠色消費、健康消費促進政策。")
    let lead = try #require(first.assignments.first { $0.assignee.name == "国家发展改革委" })
    #expect(lead.assignee.name == "国家发展改革委" && lead.nameAsWritten == "國家發展改革委")
    #expect(traditional.metadata.title == "國務院關於落實《政府工作報告》重點工作分工的意見")
    #expect(traditional.metadata.documentNumber == "國發〔2024〕6號")
    // The tables other documents are matched by use the simplified names.
    let rows = ExportContract.assignmentsTable([traditional]).rows
    #expect(
      rows[1].map(\.plainText).suffix(6) == [
        "國家發展改革委", "unit", "lead_unit", "false", "國家發展改革委", "国家发展改革委",
      ])
    let tasks = ExportContract.tasksTable([traditional]).rows
    #expect(tasks[0][5].plainText == "培育壯大新型消費,實施數字消費、綠色消費、健康消費促進政策。")
    #expect(tasks[0][7].plainText == "商務部、國家發展改革委")
  }

  @Test("Field labels in traditional characters: the field-lines twin's tasks and names")
  func fieldLines() throws {
    let simplified = try Self.parse("twin-field-lines.txt")
    let traditional = try Self.parse("twin-traditional.txt")
    #expect(traditional.plan?.layout == .fieldLines)
    #expect(traditional.tasks.count == 22)
    #expect(
      traditional.tasks.map { $0.assignments.map(\.assignee) }
        == simplified.tasks.map { $0.assignments.map(\.assignee) })
    #expect(traditional.tasks.map(\.deadline) == simplified.tasks.map(\.deadline))
    #expect(traditional.metadata.jurisdiction == "太和区" && traditional.metadata.year == 2024)
    #expect(traditional.tasks[0].deadlineText == "2024年12月底前")
    #expect(
      traditional.tasks[1].assignments.map { $0.nameAsWritten ?? $0.assignee.name } == [
        "丁玲", "區財政局", "區稅務局", "各街道", "各鄉鎮",
      ])
  }

  @Test("A report in traditional characters: place, year and its GDP target")
  func report() throws {
    let document = try Self.parse("shaanxi-2026-traditional.txt")
    #expect(document.kind == .report && document.script == .traditional)
    #expect(document.metadata.jurisdictionCode == "610000" && document.metadata.year == 2026)
    let gdp = try #require(
      document.targets.first { $0.indicator == "gdp" && $0.measure == .growth })
    #expect(gdp.value == 5 && gdp.qualifier == .about && gdp.line == 23 && gdp.seeksBetterResult)
    #expect(gdp.text == "地區生產總值增長5%左右")
  }

  @Test("A cover notice in traditional characters gives no tasks")
  func notice() throws {
    let document = try Self.parse("traditional-notice.txt")
    #expect(document.script == .traditional && document.tasks.isEmpty)
    #expect(document.diagnostics.contains { $0.code == .coverNotice })
  }

  @Test("Text is tallied as it is normalized, as its lines would be after")
  func tallyWhileNormalizing() throws {
    // 國家 and 發展 lead; the full-width comma and letters become ASCII and the byte-order
    // mark goes (none counted); 㐀 (U+3400), 𠀾 (four bytes) and ￥ count as Han characters,
    // the corner brackets (below U+3400) do not; 國, 發 and 單 are the traditional ones.
    let text = "國家\u{3000}發展，ＡＢ１２\u{FEFF}\n㐀𠀾￥「單」 位\r\n\n"
    let (lines, tally) = TextNormalizer.lines(
      fromUTF8: Array(text.utf8), tallyingScriptBy: .shipped)
    #expect(lines.map(\.text) == ["國家發展,AB12", "㐀𠀾￥「單」位"])
    #expect(tally.han == 9)
    #expect(tally.traditional == 3)
    #expect(tally.script == .simplified)
    #expect(ChineseScript.shipped.tally(of: lines) == tally)
    // Every bundled document and every text twin: the same lines and the same counts as
    // normalizing first and judging the lines after.
    let names =
      (Fixture.plans + Fixture.reports).map(\.relativePath) + [
        "formats/state-council-traditional.txt", "formats/twin-traditional.txt",
        "formats/shaanxi-2026-traditional.txt", "formats/traditional-notice.txt",
        "formats/twin-field-lines.txt",
      ]
    var scripts: [ChineseScript.Script] = []
    for name in names {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture(name).path)))
      let read = TextNormalizer.lines(fromUTF8: bytes, tallyingScriptBy: .shipped)
      let lines = TextNormalizer.lines(fromUTF8: bytes)
      #expect(read.lines == lines, "\(name)")
      #expect(read.tally == ChineseScript.shipped.tally(of: lines), "\(name)")
      scripts.append(read.tally.script)
    }
    #expect(
      scripts == Array(repeating: .simplified, count: 5) + Array(repeating: .traditional, count: 4)
        + [.simplified])
  }
}
