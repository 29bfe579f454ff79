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

  @Test("Ellipsis over bare place names: the level and agency written once after the last")
  func barePlaces() {
    // Liaoning 2024, line 197.
    #expect(
      Self.names("大连、丹东、锦州、营口、盘锦、葫芦岛市人民政府") == [
        "大连市人民政府", "丹东市人民政府", "锦州市人民政府", "营口市人民政府", "盘锦市人民政府", "葫芦岛市人民政府",
      ])
    // Haicheng 2023, line 372: an open list of towns.
    let towns = AssigneeListSplitter.split("西四、牛庄、岔沟等镇(街道)", role: .responsibleUnit)
    #expect(towns.map(\.name) == ["西四镇", "牛庄镇", "岔沟镇", "镇(街道)"])
    #expect(towns.map(\.writtenAs) == ["西四", "牛庄", "岔沟等镇(街道)", "岔沟等镇(街道)"])
    #expect(towns.prefix(3).allSatisfy { $0.openList })
    // Agencies and places that carry a level word are left as they are.
    #expect(Self.names("省农科院、大连市人民政府") == ["省农科院", "大连市人民政府"])
    #expect(Self.names("锦州海关、葫芦岛市人民政府") == ["锦州海关", "葫芦岛市人民政府"])
    #expect(
      Self.names("鞍山、铁岭、盘锦市人民政府,省发展改革委") == [
        "鞍山市人民政府", "铁岭市人民政府", "盘锦市人民政府", "省发展改革委",
      ])
  }

  @Test("Leader titles: every office ending, and names that end like one but are not")
  func leaderTitles() {
    let titles = ["省长", "副市长", "分管副区长", "县长", "州长", "旗长", "市政府秘书长", "自治区主席", "副总理"]
    #expect(titles.filter(LeaderTitle.isTitle) == titles)
    // Agencies, a collective, and a name of more than ten characters.
    let others = ["市财政局", "市长江办", "各分管副市长", "市人民政府办公室主任秘书长", "市长"]
    #expect(others.filter(LeaderTitle.isTitle) == ["市长"])
  }

  @Test("Leader names: collectives recognised")
  func leaders() {
    let items = AssigneeListSplitter.split("刘希明、各分管副市长", role: .leadLeader)
    #expect(items.map(\.kind) == [.leader, .collective])
  }

  @Test("Collectives by their first words or a group word anywhere; one agency otherwise")
  func collectives() {
    let collective = [
      "各县(市)区人民政府", "有关单位", "相关部门", "其他成员单位", "全市各级", "全省", "全区", "全县", "市政府有关部门",
      "市安全生产委员会成员单位", "省直各单位", "各", "市各直属机构", "相关",
    ]
    let single = [
      "市财政局", "市发展改革委", "省有色金属局", "全国人大代表联络站", "相", "其", "市",
      "", "国家税务总局各市税务局",
    ]
    #expect(collective.filter(AssigneeListSplitter.isCollective) == collective)
    #expect(single.filter(AssigneeListSplitter.isCollective) == ["国家税务总局各市税务局"])
  }

  @Test("Lists in brackets and quotes, separators at the ends, odd characters between names")
  func separatorsEverywhere() {
    #expect(
      Self.names("、市财政局,;市“放管服”改革领导小组办公室、【市数据局】、《市志》编委会、〔市政务办〕,") == [
        "市财政局", "市“放管服”改革领导小组办公室", "【市数据局】", "《市志》编委会", "〔市政务办〕",
      ])
    #expect(Self.names("市网信办🈶、市委宣传部 。,市教育局.") == ["市网信办🈶", "市委宣传部", "市教育局"])
    #expect(Self.names("") == [])
  }
}
