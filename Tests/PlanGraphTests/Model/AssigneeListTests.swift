import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("A plan's assignees")
struct AssigneeListTests {
  static func task(_ number: Int, _ names: [(String, Assignee.Kind)]) -> PlanTask {
    PlanTask(
      id: "t\(number)", number: number, text: "任务\(number)", line: number,
      assignments: names.map { name, kind in
        Assignment(
          assignee: Assignee(name: name, kind: kind),
          role: kind == .leader ? .leadLeader : .leadUnit,
          writtenAs: name, line: number)
      })
  }

  @Test("Distinct by name within a kind, sorted; the same text in other bytes is one assignee")
  func distinctAndSorted() {
    // 市café局 twice in its composed and decomposed forms: equal as strings, not as bytes;
    // the first written is the one kept.
    let composed = "市caf\u{E9}局"
    let decomposed = "市cafe\u{301}局"
    let plan = TaskPlan(tasks: [
      Self.task(1, [("市发展改革委", .unit), ("王健", .leader), ("市财政局", .unit)]),
      Self.task(2, [("市财政局", .unit), (decomposed, .unit), ("各县(市)区人民政府", .collective)]),
      Self.task(3, [("市发展改革委", .unit), (composed, .unit), ("王健", .leader), ("市财政局", .leader)]),
    ])
    let units = plan.assignees(of: .unit)
    #expect(units.map(\.name) == ["市caf\u{E9}局", "市发展改革委", "市财政局"].sorted())
    #expect(units.count == 3)
    #expect(units.contains { Array($0.name.utf8) == Array(decomposed.utf8) })
    #expect(!units.contains { Array($0.name.utf8) == Array(composed.utf8) })
    #expect(plan.assignees(of: .leader).map(\.name) == ["市财政局", "王健"].sorted())
    #expect(plan.assignees(of: .collective).map(\.name) == ["各县(市)区人民政府"])
    // Counted in one pass by bytes, the units' two forms of 市café局 are still one.
    #expect(plan.assigneeCounts() == [.leader: 2, .unit: 3, .collective: 1])
  }

  @Test("The real plans' assignees of each kind are the set of them sorted as strings")
  func realPlans() throws {
    var checked = 0
    for fixture in Fixture.plans {
      let plan = try #require(try DocumentParser().parse(path: fixture.path).plan)
      for kind in Assignee.Kind.allCases {
        let expected = Set(plan.assignments.map(\.assignee).filter { $0.kind == kind }).sorted()
        #expect(plan.assignees(of: kind) == expected, "\(fixture) \(kind)")
        #expect(plan.assigneeCounts()[kind] == expected.count, "\(fixture) \(kind)")
        checked += expected.count
      }
    }
    // Leaders, units and collectives of the three plans.
    #expect(checked == 267)
  }
}
