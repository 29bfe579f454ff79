import PlanGraph
import PlanGraphTestSupport
import Testing

/// The State Council-style inline plan (Fixtures/formats/state-council-inline.txt).
@Suite("Inline layout")
struct InlineReaderTests {
  static func document() throws -> Document {
    try DocumentParser().parse(path: Fixture.stateCouncilInline.path)
  }

  @Test("Seventeen tasks; preamble and closing requirements are not tasks")
  func tasks() throws {
    let document = try Self.document()
    #expect(document.kind == .plan)
    #expect(document.plan?.layout == .inline)
    #expect(document.metadata.year == 2024)
    #expect(document.tasks.count == 17)
    #expect(document.plan?.sections.count == 3)
    #expect(!document.tasks.contains { $0.text.contains("切实履职尽责") || $0.text.contains("分工提出") })
    #expect(document.tasks[0].text == "培育壮大新型消费,实施数字消费、绿色消费、健康消费促进政策。")
    // 一是…二是…三是… in one paragraph are three tasks.
    #expect(
      document.tasks[5...7].map(\.text) == [
        "稳步推进城市更新和城镇老旧小区改造。一是加快城中村改造", "推进地下管网建设", "完善社区服务设施",
      ])
    // Unnumbered paragraphs that end in a bracket are tasks too.
    #expect(document.tasks[8].text.hasPrefix("实施制造业重点产业链高质量发展行动"))
    #expect(document.tasks.map(\.number) == Array(1...17))
  }

  @Test("牵头 leads, 负责/配合/参与 share, 等 opens the list, a time phrase is the deadline")
  func roles() throws {
    let tasks = try Self.document().tasks
    func names(_ task: PlanTask, _ role: Role) -> [String] { task.assignees(in: role).map(\.name) }
    #expect(names(tasks[0], .leadUnit) == ["商务部", "国家发展改革委"])
    #expect(names(tasks[0], .responsibleUnit) == ["各地区", "各相关部门"])
    #expect(tasks[0].assignees(in: .responsibleUnit).allSatisfy { $0.kind == .collective })
    #expect(tasks[0].deadlineText == "年内持续推进" && tasks[0].deadline == nil)
    #expect(tasks[1].deadlineText == "2024年6月底前出台实施方案")
    #expect(tasks[1].deadline == "2024-06-30")
    #expect(names(tasks[2], .leadUnit).isEmpty)
    #expect(names(tasks[2], .responsibleUnit) == ["国家发展改革委", "民政部", "商务部"])
    #expect(tasks[2].assignments.allSatisfy { $0.openList })
    #expect(names(tasks[10], .responsibleUnit) == ["科技部", "中国民航局"])
    #expect(names(tasks[16], .responsibleUnit) == ["各相关部门"])
    // A leader named by office is a leader.
    #expect(tasks[15].assignees(in: .leadLeader) == [Assignee(name: "国务院分管副总理", kind: .leader)])
    #expect(tasks[7].deadline == "2024-12-31")
  }
}
