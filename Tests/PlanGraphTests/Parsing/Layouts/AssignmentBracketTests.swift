import PlanGraph
import Testing

@Suite("Assignment brackets and deadlines")
struct AssignmentBracketTests {
  static func spans(_ content: String) -> [String] {
    AssignmentBracket.read(content, line: 1)?.spans.map { "\($0.role.rawValue):\($0.text)" } ?? []
  }

  @Test("Inline roles, with names before a comma sharing the next clause's role")
  func inline() {
    #expect(
      Self.spans("国家发展改革委、财政部牵头,各地区、各相关部门按职责分工负责,年内持续推进") == [
        "lead_unit:国家发展改革委、财政部", "responsible_unit:各地区、各相关部门",
      ])
    #expect(AssignmentBracket.read("省发改委牵头,省财政厅配合,2024年6月底前完成", line: 1)?.deadline == "2024年6月底前完成")
    #expect(
      Self.spans("区发改局牵头,区税务局,各街道、乡镇配合") == ["lead_unit:区发改局", "responsible_unit:区税务局,各街道、乡镇"])
    #expect(Self.spans("由市委组织部牵头") == ["lead_unit:市委组织部"])
    #expect(Self.spans("省发改委、省工业和信息化厅等负责") == ["responsible_unit:省发改委、省工业和信息化厅等"])
  }

  @Test("Labelled fields with ; ； , or ， between them")
  func labelled() {
    #expect(
      Self.spans("责任领导:杜新国、丁玲;牵头单位:区发改局;责任单位:区财政局、区农业农村局") == [
        "lead_leader:杜新国、丁玲", "lead_unit:区发改局", "responsible_unit:区财政局、区农业农村局",
      ])
    #expect(Self.spans("牵头单位:市委组织部,配合单位:市人社局") == ["lead_unit:市委组织部", "responsible_unit:市人社局"])
    #expect(AssignmentBracket.read("牵头单位:区教育局,完成时限:2024年8月底前", line: 1)?.deadline == "2024年8月底前")
  }

  @Test("Brackets that assign nobody are text")
  func notAssignments() {
    #expect(AssignmentBracket.read("含", line: 1) == nil)
    #expect(AssignmentBracket.read("GDP", line: 1) == nil)
    #expect(AssignmentBracket.brackets(in: "地区生产总值(GDP)增长6%(市发展改革委牵头)", line: 1).count == 1)
  }

  @Test("Deadlines: month ends, quarters, year ends; open-ended phrases have no date")
  func dates() {
    #expect(DeadlineParser.date("2024年6月底前", year: nil) == "2024-06-30")
    #expect(DeadlineParser.date("2月底前", year: 2024) == "2024-02-29")
    #expect(DeadlineParser.date("9月15日前", year: 2025) == "2025-09-15")
    #expect(DeadlineParser.date("年底前", year: 2025) == "2025-12-31")
    #expect(DeadlineParser.date("第一季度", year: 2025) == "2025-03-31")
    #expect(DeadlineParser.date("上半年", year: 2025) == "2025-06-30")
    #expect(DeadlineParser.date("长期坚持", year: 2025) == nil)
    #expect(DeadlineParser.date("年内持续推进", year: 2025) == nil)
    #expect(DeadlineParser.date("年底前", year: nil) == nil)
    // Found by the fuzzer: a long run of digits overflowed.
    #expect(DeadlineParser.date("99999999999999999999999年6月底前", year: 2024) == "2024-06-30")
  }
}
