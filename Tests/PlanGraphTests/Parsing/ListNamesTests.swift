import Testing

@testable import PlanGraph

/// The names a plan's lists share (`AssigneeListSplitter.Names`): the kind read once per name
/// and role must be the kind a fresh split reads.
@Suite("List names")
struct ListNamesTests {
  @Test("A name keeps one kind per role, read as a fresh split reads it")
  func kindPerRole() {
    var names = AssigneeListSplitter.Names()
    func kinds(_ value: String, _ role: Role) -> [Assignee.Kind] {
      let shared = AssigneeListSplitter.split(value, role: role, names: &names).map(\.kind)
      #expect(shared == AssigneeListSplitter.split(value, role: role).map(\.kind))
      return shared
    }
    // 分管 and 领导 make a collective among leaders; among units the name is one agency.
    #expect(kinds("市政府分管领导、市财政局", .responsibleUnit) == [.unit, .unit])
    #expect(kinds("市政府分管领导", .leadLeader) == [.collective])
    #expect(kinds("市政府分管领导、各县(市)区政府", .leadUnit) == [.unit, .collective])
    #expect(kinds("张三、市政府分管领导", .leadLeader) == [.leader, .collective])
    #expect(
      kinds("市财政局等各有关部门、各县(市)区政府", .responsibleUnit) == [
        .unit, .collective, .collective,
      ])
    // Five items as written (the one with 等 among them) and the collective cut from it:
    // 市财政局, its head, was written alone before.
    #expect(names.table.count == 6)
    #expect(names.table.id(of: "各有关部门") == 5)
    #expect(names.table.id(of: "市财政局等各有关部门") == 4)
  }
}
