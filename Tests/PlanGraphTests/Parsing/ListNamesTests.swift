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

  @Test("Ellipsis resolves the same with names read before, and its names join the table")
  func ellipsisWithSharedNames() {
    var names = AssigneeListSplitter.Names()
    let lists = [
      "大连、丹东、葫芦岛市人民政府", "西四、牛庄、岔沟等镇(街道)", "省政府各部门、各单位", "各开发区、镇(街道)",
      "古塔区、凌河区、太和区人民政府", "大连、丹东、葫芦岛市人民政府", "丹东、镇(街道)",
    ]
    for _ in 0..<2 {
      for list in lists {
        let shared = AssigneeListSplitter.split(list, role: .responsibleUnit, names: &names)
        #expect(shared == AssigneeListSplitter.split(list, role: .responsibleUnit))
      }
    }
    #expect(names.table.id(of: "丹东市人民政府") != nil)
    #expect(names.table.id(of: "省政府各单位") != nil)
    // `丹东` was completed where it stood in a list, not everywhere: alone before a
    // collective it stays as written.
    #expect(
      AssigneeListSplitter.split("丹东、镇(街道)", role: .responsibleUnit, names: &names).map(\.name)
        == ["丹东", "镇(街道)"])
  }
}
