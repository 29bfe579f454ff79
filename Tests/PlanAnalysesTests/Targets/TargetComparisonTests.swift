import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Target comparison: like with like")
struct TargetComparisonTests {
  static let vocabulary = DocumentParser.Options().vocabulary

  static func parse(_ fixtures: [Fixture]) throws -> [Document] {
    try fixtures.map { try DocumentParser().parse(path: $0.path) }
  }

  static func compare(
    _ fixtures: [Fixture], relations: Set<TargetComparison.Relation> = [.years]
  ) throws -> TargetComparison {
    TargetComparison(try parse(fixtures), vocabulary: vocabulary, relations: relations)
  }

  static func deltas(_ changes: [TargetComparison.Change]) -> [String: Double] {
    var result: [String: Double] = [:]
    for change in changes {
      if let delta = change.delta { result[change.indicator] = delta }
    }
    return result
  }

  @Test("Haicheng 2023 and Jinzhou 2025: two places of one province, never a change")
  func haichengBesideJinzhou() throws {
    // By year alone, two unrelated places give nothing.
    #expect(try Self.compare([.jinzhou2025, .haicheng2023]).pairs.isEmpty)
    let comparison = try Self.compare([.jinzhou2025, .haicheng2023], relations: [.places])
    let pair = try #require(comparison.pairs.first)
    #expect(comparison.pairs.count == 1 && pair.relation == .places && pair.sameProvince)
    #expect(pair.from.label == "海城市2023" && pair.to.label == "锦州市2025")
    #expect(pair.caption == "海城市2023 and 锦州市2025: different places, same province")
    let deltas = Self.deltas(pair.changes)
    #expect(deltas["gdp"] == -0.5)
    #expect(deltas["general_budget_revenue"] == -3)
    #expect(deltas["fixed_asset_investment"] == -7)
    #expect(deltas["retail_sales"] == -3)
    #expect(deltas["industrial_value_added"] == 1)
    let gdp = try #require(pair.changes.first { $0.indicator == "gdp" })
    #expect(gdp.from.target.qualifier == .atLeast && gdp.to.target.qualifier == .point)
    #expect(gdp.direction == "lower" && !gdp.acrossLevels)
    // 6000人 in a county against 1.7万人 in a city is no gap.
    let jobs = try #require(pair.changes.first { $0.indicator == "new_urban_jobs" })
    #expect(jobs.delta == nil && jobs.direction == "not_comparable")
  }

  @Test("Jinzhou 2019 report -> Jinzhou 2025 plan: one division code, 210700")
  func jinzhouYears() throws {
    let comparison = try Self.compare([.jinzhou2025, Fixture.reports[0]])
    let pair = try #require(comparison.pairs.first)
    #expect(comparison.pairs.count == 1 && pair.relation == .years)
    #expect(pair.from.place.code == "210700" && pair.to.place.code == "210700")
    #expect(TargetTables.caption(comparison.pairs) == "锦州市 (210700): 2019 → 2025")
    let deltas = Self.deltas(comparison.changes)
    #expect(deltas["gdp"] == -0.6)
    #expect(deltas["general_budget_revenue"] == -2)
    #expect(deltas["fixed_asset_investment"] == 0)
    #expect(deltas["industrial_value_added"] == 3)
    #expect(deltas["retail_sales"] == 2)
    #expect(deltas["cpi"] == -0.5)
    #expect(
      comparison.changes.first { $0.indicator == "fixed_asset_investment" }?.direction
        == "unchanged")
    let cpi = try #require(comparison.changes.first { $0.indicator == "cpi" })
    #expect(cpi.from.target.qualifier == .atMost && cpi.to.target.qualifier == .atMost)
  }

  @Test("By level: a place against the nearest place above it, same year or the year before")
  func levels() throws {
    let all = Fixture.plans + Fixture.reports + Fixture.webReports
    let comparison = try Self.compare(all, relations: [.levels])
    // 锦州 2025 under 辽宁 2024; 凌海 2025 under 锦州 2025. 凌河 2022 has no 锦州 document of
    // 2021 or 2022, 海城 none of 鞍山, and 辽宁's documents are later than 2023.
    #expect(
      comparison.pairs.map { "\($0.from.label)>\($0.to.label)" } == [
        "辽宁省2024>锦州市2025", "锦州市2025>凌海市2025",
      ])
    let gdp = comparison.changes.filter { $0.indicator == "gdp" }
    #expect(gdp.map(\.delta) == [0.5, 0])
    #expect(gdp.map(\.bindingValue) == [6, 6])
    #expect(gdp.allSatisfy { $0.acrossLevels && $0.relation == .levels })
    let jobs = try #require(comparison.changes.first { $0.indicator == "new_urban_jobs" })
    #expect(jobs.delta == nil && jobs.direction == "not_comparable")
    let revenue = comparison.changes.filter { $0.indicator == "general_budget_revenue" }
    #expect(revenue.map(\.bindingValue) == [5, 6])
  }

  @Test("A corpus of provinces: each one's own 2025 -> 2026, never two provinces")
  func provinces() throws {
    let all = Fixture.plans + Fixture.reports + Fixture.webReports
    let comparison = try Self.compare(all, relations: [.years, .levels])
    for change in comparison.changes where change.relation == .years {
      #expect(
        change.from.document.metadata.jurisdictionCode
          == change.to.document.metadata.jurisdictionCode)
    }
    let gdp = comparison.changes.filter { $0.indicator == "gdp" && $0.relation == .years }
    #expect(
      gdp.map { "\($0.from.document.id)>\($0.to.document.id) \($0.delta ?? .nan)" } == [
        "tianjin-2025-report>tianjin-2026-report 0.0",
        "jinzhou-2019-report>jinzhou-2025-plan -0.6",
        "henan-2025-report>henan-2026-report -0.75",
        "shaanxi-2025-report>shaanxi-2026-report -0.5",
      ])
    let henan = try #require(gdp.first { $0.from.document.id == "henan-2025-report" })
    #expect(henan.from.target.stretch == 6 && henan.to.target.qualifier == .range)
  }

  @Test("A plan and a report of one place and year: the report's value, the plan's flagged")
  func planAndReport() throws {
    let plan = try DocumentParser().parse(path: Fixture.jinzhou2025.path)
    var report = Document(
      id: "jinzhou-2025-report", source: "jinzhou-2025-report.txt", kind: .report,
      metadata: plan.metadata)
    let gdp = try #require(plan.targets.first { $0.indicator == "gdp" })
    var reportGDP = gdp
    reportGDP.value = 6.5
    reportGDP.qualifier = .atLeast
    report.targets = [reportGDP]
    let earlier = try DocumentParser().parse(path: Fixture.reports[0].path)
    let comparison = TargetComparison(
      [plan, report, earlier], vocabulary: Self.vocabulary, relations: [.years])
    #expect(comparison.panel.entries.map(\.documents.count) == [1, 2])
    let change = try #require(comparison.changes.first { $0.indicator == "gdp" })
    #expect(change.to.document.id == "jinzhou-2025-report" && change.delta == -0.1)
    #expect(change.conflicts.map(\.document.id) == ["jinzhou-2025-plan"])
    // Indicators the report does not set still come from the plan.
    let revenue = try #require(
      comparison.changes.first { $0.indicator == "general_budget_revenue" })
    #expect(revenue.to.document.id == "jinzhou-2025-plan" && revenue.conflicts.isEmpty)
    let row = try #require(
      TargetTables.changes(comparison).rows.first { $0[0] == "gdp" })
    #expect(row.last == "jinzhou-2025-plan=6%")
  }

  @Test("Places above, from the division code's digits")
  func ancestors() throws {
    func place(_ code: String) -> TargetPanel.Place {
      var metadata = DocumentMetadata()
      metadata.jurisdictionCode = code
      return TargetPanel.Place(Document(id: "x", source: "x", kind: .report, metadata: metadata))
    }
    #expect(place("210703").ancestorCodes == ["210700", "210000"])
    #expect(place("210700").ancestorCodes == ["210000"])
    #expect(place("210000").ancestorCodes == [])
    #expect(place("210703001").ancestorCodes == ["210703", "210700", "210000"])
    #expect(place("120101").ancestorCodes == ["120100", "120000"])
    #expect(place("210381").provinceCode == "210000")
  }
}
