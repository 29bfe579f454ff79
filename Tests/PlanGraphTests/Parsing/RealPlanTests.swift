import PlanGraph
import PlanGraphTestSupport
import Testing

/// Facts about the three real plans, each verified by reading the document.
@Suite("Real plans")
struct RealPlanTests {
  static func parse(_ fixture: Fixture) throws -> Document {
    try DocumentParser().parse(path: fixture.path)
  }

  static func count(_ document: Document, _ role: Role) -> Int {
    document.tasks.flatMap(\.assignments).filter { $0.role == role }.count
  }

  @Test("Task counts: 158 / 102 / 228", arguments: zip(Fixture.plans, [102, 158, 228]))
  func taskCounts(fixture: Fixture, tasks: Int) throws {
    let document = try Self.parse(fixture)
    #expect(document.kind == .plan)
    #expect(document.tasks.count == tasks)
    #expect(document.tasks.map(\.number) == Array(1...tasks))
    #expect(!document.diagnostics.containsErrors)
  }

  @Test("Jinzhou 2025: assignments by role and tasks without a leader")
  func jinzhouRoles() throws {
    let document = try Self.parse(.jinzhou2025)
    #expect(Self.count(document, .leadLeader) == 176)
    #expect(Self.count(document, .supervisingLeader) == 1)
    #expect(Self.count(document, .leadUnit) == 204)
    #expect(Self.count(document, .responsibleUnit) == 424)
    let noLeader = document.tasks.filter { !$0.assignments.contains { $0.role.isLeaderRole } }
    #expect(noLeader.count == 17)
    #expect(document.plan?.sections.count == 9)
    #expect(document.plan?.sections.first?.title == "今年经济社会发展的主要预期目标")
    #expect(document.plan?.sections.last?.subsections.map(\.title).last == "恪守清正廉洁。")
  }

  @Test("Jinzhou 2025: eight leaders with their task counts")
  func jinzhouLeaders() throws {
    let plan = try #require(try Self.parse(.jinzhou2025).plan)
    let leaders = plan.assignees(of: .leader).map(\.name)
    #expect(leaders.count == 8)
    var counts: [String: Int] = [:]
    for assignment in plan.assignments where assignment.assignee.kind == .leader {
      counts[assignment.assignee.name, default: 0] += 1
    }
    #expect(counts["刘希明"] == 45)
    #expect(counts["缪徵阁"] == 40)
    #expect(counts["王晓科"] == 10)
    #expect(counts["张猛"] == 5)
    let supervised = plan.tasks.filter { $0.names("王晓科", in: [.supervisingLeader]) }
    #expect(supervised.map(\.number) == [140])
  }

  @Test("Lead-unit counts: 市发展改革委 29, 省发展改革委 55, 市发展和改革局 16")
  func leadUnitCounts() throws {
    #expect(try Self.parse(.jinzhou2025).plan?.tasks(ledBy: "市发展改革委").count == 29)
    #expect(try Self.parse(.liaoning2024).plan?.tasks(ledBy: "省发展改革委").count == 55)
    #expect(try Self.parse(.haicheng2023).plan?.tasks(ledBy: "市发展和改革局").count == 16)
  }

  @Test("Jinzhou 2025 task 1: open list, collective after the comma")
  func openList() throws {
    let task = try #require(try Self.parse(.jinzhou2025).tasks.first)
    let responsible = task.assignments.filter { $0.role == .responsibleUnit }
    #expect(responsible.map(\.assignee.name) == ["市工业和信息化局", "市农业农村局", "市商务局", "各县(市)区人民政府(管委会)"])
    #expect(responsible.map(\.openList) == [true, true, true, false])
    #expect(responsible.map(\.assignee.kind) == [.unit, .unit, .unit, .collective])
    #expect(task.text == "地区生产总值增长6%。")
  }

  @Test("Jinzhou 2025: lead units split on both 、 and ,")
  func mixedSeparators() throws {
    let task = try #require(try Self.parse(.jinzhou2025).tasks.first { $0.number == 10 })
    #expect(task.assignees(in: .leadUnit).map(\.name) == ["市发展改革委", "市交通运输局", "市商务局", "锦州经开区管委会"])
    #expect(task.assignees(in: .leadLeader).map(\.name) == ["刘希明", "李金兵", "缪徵阁", "宋晓东"])
  }

  @Test("Jinzhou 2025: bracketed lists stay one collective; suffix ellipsis expands")
  func bracketsAndEllipsis() throws {
    let plan = try #require(try Self.parse(.jinzhou2025).plan)
    let task146 = try #require(plan.tasks.first { $0.number == 146 })
    #expect(
      task146.assignees(in: .responsibleUnit).first
        == Assignee(name: "市安全生产委员会(市防灾减灾救灾委员会、市消防安全委员会)成员单位", kind: .collective))
    let districts = plan.tasks.first { $0.assignments.contains { $0.writtenAs == "古塔区" } }
    let leads = try #require(districts).assignees(in: .leadUnit).map(\.name)
    #expect(leads == ["古塔区人民政府", "凌河区人民政府", "太和区人民政府"])
  }

  @Test("Jinzhou 2025: 98.76个乡镇… is task 98; the last line, without a newline, is read")
  func decimalLikeTaskAndLastTask() throws {
    let document = try Self.parse(.jinzhou2025)
    let task98 = try #require(document.tasks.first { $0.number == 98 })
    #expect(task98.text == "76个乡镇所在地行政村全面实施精细化管理。")
    #expect(task98.line == 415)
    let last = try #require(document.tasks.last)
    #expect(
      last.assignees(in: .responsibleUnit).map(\.name) == ["市政府各部门", "市直各单位", "各县(市)区人民政府(管委会)"])
    #expect(last.assignments.first?.line == 650)
    #expect(!document.diagnostics.contains { $0.code == .taskWithoutFields })
  }

  @Test("Metadata of the three plans")
  func metadata() throws {
    let jinzhou = try Self.parse(.jinzhou2025).metadata
    #expect(jinzhou.jurisdiction == "锦州市")
    #expect(jinzhou.level == .city)
    #expect(jinzhou.year == 2025)
    #expect(jinzhou.issuedOn == "2025-01-25")
    #expect(jinzhou.title == "2025年市《政府工作报告》任务分解和责任分工方案")
    #expect(jinzhou.documentNumber == nil)
    let haicheng = try Self.parse(.haicheng2023).metadata
    #expect(haicheng.jurisdiction == "海城市")
    #expect(haicheng.year == 2023)
    #expect(haicheng.issuedOn == "2023-03-17")
    #expect(haicheng.level == .county)
    #expect(haicheng.parentJurisdiction == "鞍山市")
    let liaoning = try Self.parse(.liaoning2024).metadata
    #expect(liaoning.jurisdiction == "辽宁省")
    #expect(liaoning.level == .province)
    #expect(liaoning.year == 2024)
    #expect(liaoning.issuedOn == "2024-02-05")
    #expect(liaoning.documentNumber == "辽政发〔2024〕3号")
    #expect(liaoning.title == "2024年省《政府工作报告》重点工作分工方案")
  }

  @Test("No task text holds a field label, a footer or closing remarks", arguments: Fixture.plans)
  func cleanTaskText(fixture: Fixture) throws {
    let document = try Self.parse(fixture)
    let forbidden = FieldLabel.all.map(\.text) + ["附件", "责任编辑", "今年是中华人民共和国成立75周年", "高度重视抓好落实"]
    for task in document.tasks {
      for word in forbidden {
        #expect(!task.text.contains(word), "task \(task.number) contains \(word)")
      }
    }
  }

  @Test("Liaoning 2024: padded names, closing remarks, damaged names kept")
  func liaoning() throws {
    let document = try Self.parse(.liaoning2024)
    let plan = try #require(document.plan)
    #expect(plan.assignees(of: .leader).count == 8)
    #expect(plan.assignees(of: .leader).map(\.name).contains("王健"))
    #expect(plan.tasks(naming: "王健", as: .leadLeader).count == 68)
    #expect(plan.tasks.last?.text == "建设更严要求的廉洁政府。")
    #expect(plan.sections.count == 10)
    #expect(plan.assignments.contains { $0.assignee.name == "虎扑体育海关" })
    #expect(
      plan.assignments.contains { $0.assignee.name == "省政府各单位" && $0.assignee.kind == .collective })
    #expect(document.diagnostics.contains { $0.code == .closingText && $0.location.line == 950 })
  }

  @Test("Haicheng 2023: 各 distributes, 等 splits, prefix ellipsis, near-duplicate leaders")
  func haicheng() throws {
    let document = try Self.parse(.haicheng2023)
    let plan = try #require(document.plan)
    #expect(plan.sections.count == 11)
    #expect(Self.count(document, .leadLeader) == 126)
    #expect(Self.count(document, .leadUnit) == 130)
    #expect(Self.count(document, .responsibleUnit) == 406)
    let first = try #require(plan.tasks.first)
    #expect(
      first.assignees(in: .responsibleUnit) == [
        Assignee(name: "各有关部门", kind: .collective), Assignee(name: "各开发区", kind: .collective),
        Assignee(name: "各镇(街道)", kind: .collective),
      ])
    let leaders = plan.assignees(of: .leader).map(\.name)
    #expect(leaders.count == 13)
    #expect(leaders.contains("刘哲") && leaders.contains("王威") && leaders.contains("王巍"))
    let nearDuplicates = document.diagnostics.filter { $0.code == .nearDuplicateLeader }
    #expect(nearDuplicates.contains { $0.message.contains("'王威'") && $0.message.contains("'王巍'") })
    let commerce = plan.assignments.first { $0.writtenAs == "商务局" }
    #expect(commerce?.assignee.name == "市商务局")
    #expect(commerce?.line == 191)
    let power = plan.assignments.filter { $0.writtenAs == "海城供电公司等各有关部门" }
    #expect(
      power.map(\.assignee) == [
        Assignee(name: "海城供电公司", kind: .unit), Assignee(name: "各有关部门", kind: .collective),
      ])
    #expect(power.map(\.openList) == [true, false])
    #expect(document.diagnostics.contains { $0.code == .closingText && $0.location.line == 459 })
  }
}

@Suite("Bare place names in the real plans")
struct BarePlaceNameTests {
  @Test("Liaoning names every city government in full; Haicheng names its towns")
  func cities() throws {
    let liaoning = try DocumentParser().parse(path: Fixture.liaoning2024.path)
    let names = liaoning.plan!.assignments.map(\.assignee.name)
    #expect(names.filter { $0 == "大连市人民政府" }.count == 22)
    #expect(names.filter { $0 == "丹东市人民政府" }.count == 19)
    for bare in ["大连", "丹东", "锦州", "营口", "盘锦", "葫芦岛", "鞍山", "铁岭"] {
      #expect(!names.contains(bare), "\(bare)")
    }
    let haicheng = try DocumentParser().parse(path: Fixture.haicheng2023.path)
    let task = try #require(haicheng.tasks.first { $0.number == 83 })
    #expect(task.names("西四镇") && task.names("牛庄镇") && task.names("岔沟镇"))
  }
}
