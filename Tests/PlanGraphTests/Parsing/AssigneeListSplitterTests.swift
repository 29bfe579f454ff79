import PlanGraph
import Testing

/// The list-splitting rules of design.md, one by one.
@Suite("Assignee list splitter")
struct AssigneeListSplitterTests {
  static func names(_ value: String, _ role: Role = .responsibleUnit) -> [String] {
    AssigneeListSplitter.split(value, role: role).map(\.name)
  }

  @Test("Splits on 、 , ; but never inside brackets")
  func brackets() {
    #expect(
      Self.names("市安全生产委员会(市防灾减灾救灾委员会、市消防安全委员会)成员单位,市财政局") == [
        "市安全生产委员会(市防灾减灾救灾委员会、市消防安全委员会)成员单位", "市财政局",
      ])
    #expect(Self.names("省公安厅(省边海防办);省财政厅") == ["省公安厅(省边海防办)", "省财政厅"])
  }

  @Test("等 closes an open list; words with 等 stay whole")
  func deng() {
    let items = AssigneeListSplitter.split("市税务局、锦州海关等", role: .responsibleUnit)
    #expect(items.map(\.name) == ["市税务局", "锦州海关"])
    #expect(items.allSatisfy { $0.openList })
    #expect(Self.names("市中等职业学校、市教育局") == ["市中等职业学校", "市教育局"])
    let tail = AssigneeListSplitter.split("海城供电公司等各有关部门", role: .responsibleUnit)
    #expect(tail.map(\.kind) == [.unit, .collective])
  }

  @Test("Ellipsis: shared suffix, shared owner, distributed 各")
  func ellipsis() {
    #expect(Self.names("古塔区、凌河区、太和区人民政府") == ["古塔区人民政府", "凌河区人民政府", "太和区人民政府"])
    #expect(Self.names("各开发区、镇(街道)") == ["各开发区", "各镇(街道)"])
    #expect(Self.names("省政府各部门、各单位") == ["省政府各部门", "省政府各单位"])
  }

  @Test("Leader names: collectives recognised")
  func leaders() {
    let items = AssigneeListSplitter.split("刘希明、各分管副市长", role: .leadLeader)
    #expect(items.map(\.kind) == [.leader, .collective])
  }
}
