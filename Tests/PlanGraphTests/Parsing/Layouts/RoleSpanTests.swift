import Testing

@testable import PlanGraph

@Suite("Role spans")
struct RoleSpanTests {
  @Test("A span kept as the rest of its line reads, compares and hashes as its text")
  func restOfLine() {
    let line = "牵头单位:市发展改革委、市财政局"
    let start = "牵头单位:".utf8.count
    var kept = RoleSpan(role: .leadUnit, restOf: line, from: start, line: 7, column: 15)
    let made = RoleSpan(role: .leadUnit, text: "市发展改革委、市财政局", line: 7, column: 15)
    #expect(start == 13)
    #expect(kept.text == "市发展改革委、市财政局")
    #expect(kept.withTextBytes { Array($0) } == Array("市发展改革委、市财政局".utf8))
    #expect(kept == made && Set([kept, made]).count == 1)
    #expect(kept != RoleSpan(role: .responsibleUnit, text: kept.text, line: 7, column: 15))
    #expect(kept != RoleSpan(role: .leadUnit, text: "市发展改革委", line: 7, column: 15))
    kept.text = "市税务局"
    #expect(kept.text == "市税务局" && kept.withTextBytes { $0.count } == 12)
  }

  @Test("Field lists wrapped over lines by a separator or an open bracket")
  func wrappedLists() {
    let document = DocumentParser().parse(
      """
      1.推进数字政府建设。
      牵头单位:市政府办公室(市大数据
      管理局)、市财政局
      责任单位:各县(市)区人民政府、
      市直有关部门
      2.加强财政管理。
      牵头单位:市财政局
      3.优化营商环境。
      牵头单位:市发展改革委、
      市政府办公室(市大
      数据
      管理局)、市营商环境
      建设局
      此后各项任务按季度调度。
      """, path: "wrapped.txt")
    let first = document.tasks[0]
    #expect(first.assignees(in: .leadUnit).map(\.name) == ["市政府办公室(市大数据管理局)", "市财政局"])
    #expect(first.assignees(in: .responsibleUnit).map(\.name) == ["各县(市)区人民政府", "市直有关部门"])
    #expect(first.assignments.map(\.line) == [2, 2, 4, 4])
    #expect(document.tasks[1].assignees(in: .leadUnit).map(\.name) == ["市财政局"])
    // Wrapped first by a separator, then by a bracket left open over two lines, then by a
    // name cut after the bracket closed (no separator, no open bracket: that line ends it).
    #expect(
      document.tasks[2].assignees(in: .leadUnit).map(\.name) == [
        "市发展改革委", "市政府办公室(市大数据管理局)", "市营商环境",
      ])
    #expect(document.diagnostics.contains { $0.code == .closingText && $0.location.line == 13 })
  }
}
