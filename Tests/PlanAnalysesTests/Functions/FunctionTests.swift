import Foundation
import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

/// Function classes on the bundled plans, with values read from the plans.
@Suite("Agency functions in the analyses")
struct FunctionTests {
  @Test("Every unit of the three plans has a function; none falls to other")
  func everyUnit() throws {
    var names = Set<String>()
    for fixture in Fixture.plans {
      let document = try DocumentParser().parse(path: fixture.path)
      for assignee in document.plan!.assignees(of: .unit) { names.insert(assignee.name) }
    }
    #expect(names.count == 185)
    let table = AgencyFunctions.shipped
    let other = names.filter { table.function(of: $0).id == AgencyFunctions.otherID }.sorted()
    // The list of names that fall to `other` is kept deliberate (and short): none today.
    #expect(other == [])
    let expected: [String: String] = [
      "市发展改革委": "development_reform", "市发展和改革局": "development_reform",
      "省发展改革委": "development_reform", "市财政局(金融局)": "finance",
      "鞍山市生态环境局海城分局": "ecology_environment", "国网辽宁省电力有限公司": "state_enterprises",
      "中国人民银行锦州市分行": "finance_regulation", "团市委": "people_organizations",
      "市委组织部": "party_organization", "省委统战部": "party_united_front",
      "市委市政府信访局": "petitions", "虎扑体育海关": "customs", "镇(街道)": "lower_government",
      "锦州高新区管委会": "lower_government", "市水务集团": "state_enterprises",
      "省数据局(省营商局)": "data", "市消防救援大队": "emergency_management",
    ]
    for (name, id) in expected { #expect(table.function(of: name).id == id, "\(name)") }
    #expect(table.function(of: "市政府有关部门").id == "other")
    #expect(table.function(of: "各县(市)区人民政府(管委会)").id == "lower_government")
  }

  @Test("发展改革 leads 29 of 锦州 2025's 158 tasks and 16 of 海城 2023's 102")
  func developmentReformShare() throws {
    let jinzhou = FunctionLoad.compute(try DocumentParser().parse(path: Fixture.jinzhou2025.path))
    let haicheng = FunctionLoad.compute(
      try DocumentParser().parse(path: Fixture.haicheng2023.path))
    let a = try #require(jinzhou.first { $0.function == "development_reform" })
    let b = try #require(haicheng.first { $0.function == "development_reform" })
    #expect(a.leadTasks == 29 && a.units == 1 && a.totalTasks == 41)
    #expect(a.shareOfTasksLed == 0.183544)
    #expect(b.leadTasks == 16 && b.shareOfTasksLed == 0.156863)
    // The function leads most in both plans.
    #expect(jinzhou.first?.function == "development_reform")
    #expect(haicheng.first?.function == "development_reform")
  }

  @Test("Load changes within one place pair renamed agencies by function")
  func loadChanges() throws {
    var text = Fixture.jinzhou2025.text
    text = text.replacingOccurrences(of: "2025年市《", with: "2024年市《")
    text = text.replacingOccurrences(of: "市发展改革委", with: "市发改局")
    let first = try #require(text.range(of: "牵头单位:市商务局\n"))
    text.replaceSubrange(first, with: "牵头单位:市发改局\n")
    let earlier = DocumentParser().parse(text, path: "jinzhou-2024-variant.txt")
    let later = try DocumentParser().parse(path: Fixture.jinzhou2025.path)
    #expect(earlier.metadata.year == 2024 && earlier.metadata.jurisdiction == "锦州市")
    let records = [PlaceLoadRecord(PlanAnalysis(later)), PlaceLoadRecord(PlanAnalysis(earlier))]
    let table = LoadChanges.table(records)
    // The corpus export's path: the same CSV, written without the table.
    for csv in [CSVWriter(), CSVWriter(byteOrderMark: true)] {
      #expect(LoadChanges.csvBytes(records, csv: csv) == csv.bytes(for: table))
    }
    #expect(table.rows.count > 40)
    func row(_ unit: String) -> [String: String]? {
      table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0.map(\.plainText))) }
        .first { $0["to_unit"] == unit }
    }
    let reform = try #require(row("市发展改革委"))
    #expect(reform["from_unit"] == "市发改局")
    #expect(reform["match"] == "renamed")
    #expect(reform["from_doc"] == "jinzhou-2024-variant" && reform["to_doc"] == "jinzhou-2025-plan")
    #expect(reform["from_lead_tasks"] == "30" && reform["to_lead_tasks"] == "29")
    #expect(reform["lead_change"] == "-1")
    #expect(reform["jurisdiction_code"] == "210700")
    let commerce = try #require(row("市商务局"))
    #expect(commerce["match"] == "same_name" && commerce["lead_change"] == "1")
    // The biggest changes come first.
    #expect(table.rows.first.map { abs(Int($0[11].plainText)!) } == 1)
  }

  @Test("The function network counts each task once per pair, across plans")
  func network() throws {
    var network = FunctionNetwork()
    for fixture in Fixture.plans {
      network.merge(FunctionNetwork(try DocumentParser().parse(path: fixture.path)))
    }
    #expect(network.pairs.first?.a == "development_reform")
    #expect(network.pairs.first?.b == "lower_government")
    #expect(network.pairs.first?.sharedTasks == 156)
    #expect(network.tasks["development_reform"] == 24 + 41 + 93)
  }

  @Test("Networks read with different function tables merge by id")
  func networksOfTwoTables() throws {
    let plan = try DocumentParser().parse(path: Fixture.plans[0].path)
    // A table that knows two functions only: everything else is `other`.
    let small = try AgencyFunctions(
      parsing: "finance\t财政\tfinance\t财政\ndevelopment_reform\t发展改革\treform\t发展和改革|发改\n",
      path: "small.tsv")
    let shipped = FunctionNetwork(plan)
    let narrow = FunctionNetwork(plan, functions: small)
    var merged = shipped
    merged.merge(narrow)
    #expect(
      merged.sharedTasks == shipped.sharedTasks.merging(narrow.sharedTasks, uniquingKeysWith: +))
    #expect(merged.tasks == shipped.tasks.merging(narrow.tasks, uniquingKeysWith: +))
    #expect(narrow.tasks.keys.sorted() == ["development_reform", "finance", "other"])
    #expect(merged.tasks["finance"] == 2 * shipped.tasks["finance"]!)
    var twice = shipped
    twice.merge(shipped)
    #expect(twice.pairs.first?.sharedTasks == 2 * shipped.pairs.first!.sharedTasks)
  }
}
