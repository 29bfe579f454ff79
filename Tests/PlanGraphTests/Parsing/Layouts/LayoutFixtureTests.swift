import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// The plan written in six layouts and four Word and Excel files (Fixtures/formats/), each
/// read in depth.
///
/// The expected values are read from the plan in make_formats.py.
@Suite("One plan in every layout")
struct LayoutFixtureTests {
  static func parse(_ fixture: Fixture) throws -> Document {
    try DocumentParser().parse(path: fixture.path)
  }

  static func assignments(_ task: PlanTask) -> [String] {
    task.assignments.map {
      "\($0.role.rawValue) \($0.assignee.kind.rawValue) \($0.assignee.name)\($0.openList ? " open" : "")"
    }
  }

  @Test("Layout, place, year, tasks and assignments", arguments: Fixture.twins)
  func counts(fixture: Fixture) throws {
    let document = try Self.parse(fixture)
    let expected: [String: PlanLayout] = [
      "twin-field-lines.txt": .fieldLines, "twin-hybrid.txt": .fieldLines,
      "twin-labelled.txt": .inline, "twin-mixed.txt": .mixed, "twin-table.csv": .table,
      "twin-table.tsv": .table, "twin-word-paragraphs.docx": .fieldLines,
      "twin-word-numbered.docx": .fieldLines, "twin-word-table.docx": .table,
      "twin-table.xlsx": .table, "twin-page-gbk.html": .fieldLines,
      "twin-page-table.html": .table, "twin-page-dump.html": .fieldLines,
    ]
    let name = String(fixture.relativePath.split(separator: "/").last!)
    #expect(document.plan?.layout == expected[name])
    #expect(document.kind == .plan)
    #expect(document.metadata.jurisdiction == "太和区")
    #expect(document.metadata.parentJurisdiction == "锦州市")
    #expect(document.metadata.year == 2024)
    #expect(document.metadata.title == "锦州市太和区2024年《政府工作报告》重点任务分解方案")
    #expect(document.tasks.count == 22)
    #expect(document.tasks.map(\.number) == Array(1...22))
    #expect(document.plan?.sections.map(\.title) == ["经济社会发展主要预期目标", "重点工作任务"])
    #expect(document.plan?.sections[1].subsections.count == 4)
    let roles = Dictionary(grouping: document.plan!.assignments, by: \.role).mapValues(\.count)
    #expect(roles == [.leadLeader: 22, .leadUnit: 23, .responsibleUnit: 59])
    #expect(document.diagnostics.filter { $0.severity != .note }.isEmpty)
  }

  @Test("Every assignment of tasks 2, 8 and 15", arguments: Fixture.twins)
  func chosenTasks(fixture: Fixture) throws {
    let tasks = try Self.parse(fixture).tasks
    // 2. 牵头领导:丁玲 牵头单位:区财政局 责任单位:区税务局,各街道、乡镇
    #expect(
      Self.assignments(tasks[1]) == [
        "lead_leader leader 丁玲", "lead_unit unit 区财政局", "responsible_unit unit 区税务局",
        "responsible_unit collective 各街道", "responsible_unit collective 各乡镇",
      ])
    // 8. 责任单位:区财政局、凌西、兴隆等街道: towns named bare take the class after 等.
    #expect(
      Self.assignments(tasks[7]) == [
        "lead_leader leader 王立军", "lead_unit unit 区住建局",
        "responsible_unit unit 区财政局 open", "responsible_unit unit 凌西街道 open",
        "responsible_unit unit 兴隆街道 open", "responsible_unit collective 街道",
      ])
    // 15. 区农业农村局、区体育局、营盘、钟屯等乡.
    #expect(
      Self.assignments(tasks[14]) == [
        "lead_leader leader 王立军", "lead_unit unit 区文旅局",
        "responsible_unit unit 区农业农村局 open", "responsible_unit unit 区体育局 open",
        "responsible_unit unit 营盘乡 open", "responsible_unit unit 钟屯乡 open",
        "responsible_unit collective 乡",
      ])
    // 9 has two lead units; 12 resolves 体育局 to the 区体育局 named in task 15.
    #expect(tasks[8].assignees(in: .leadUnit).map(\.name) == ["区住建局", "区交通局"])
    #expect(tasks[11].assignees(in: .responsibleUnit).map(\.name).contains("区体育局"))
    // 3 pads its leader's name in the field-line copy: 王 立 军.
    #expect(tasks[2].assignees(in: .leadLeader).map(\.name) == ["王立军"])
  }

  @Test("Deadlines as written and as dates", arguments: Fixture.twins)
  func deadlines(fixture: Fixture) throws {
    let tasks = try Self.parse(fixture).tasks
    let read = [0, 1, 5, 10, 12, 13].map { (tasks[$0].deadlineText, tasks[$0].deadline) }
    #expect(read.map(\.0) == ["2024年12月底前", "年底前", "长期坚持", "2024年6月底前", "2024年第三季度", "年内持续推进"])
    #expect(read.map(\.1) == ["2024-12-31", "2024-12-31", nil, "2024-06-30", "2024-09-30", nil])
    #expect(tasks.allSatisfy { $0.deadlineText != nil })
  }

  @Test("The six layouts give the same tasks and assignments")
  func twinsAgree() throws {
    let documents = try Fixture.twins.map(Self.parse)
    func shape(_ document: Document) -> [String] {
      document.tasks.map { task in
        let headings = document.plan!.headings(of: task)
        return "\(task.number)|\(headings.section)|\(headings.subsection)|\(task.text)|"
          + "\(task.deadlineText ?? "")|\(task.deadline ?? "")|"
          + Self.assignments(task).joined(separator: ";") + "|"
          + task.assignments.map(\.writtenAs).joined(separator: ";")
      }
    }
    let first = shape(documents[0])
    for (fixture, document) in zip(Fixture.twins, documents).dropFirst() {
      #expect(shape(document) == first, "\(fixture.relativePath)")
    }
  }
}
