import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Target comparison")
struct TargetComparisonTests {
  static func compare(_ fixtures: [Fixture], order: TargetComparison.Order = .year) throws
    -> TargetComparison
  {
    let documents = try fixtures.map { try DocumentParser().parse(path: $0.path) }
    return TargetComparison(
      documents, vocabulary: DocumentParser.Options().vocabulary, order: order)
  }

  static func deltas(_ comparison: TargetComparison) -> [String: Double] {
    var result: [String: Double] = [:]
    for change in comparison.changes {
      if let delta = change.delta { result[change.indicator] = delta }
    }
    return result
  }

  @Test("Haicheng 2023 -> Jinzhou 2025")
  func haichengToJinzhou() throws {
    let comparison = try Self.compare([.jinzhou2025, .haicheng2023])
    #expect(comparison.documents.map(\.id) == ["haicheng-2023-plan", "jinzhou-2025-plan"])
    let deltas = Self.deltas(comparison)
    #expect(deltas["gdp"] == -0.5)
    #expect(deltas["general_budget_revenue"] == -3)
    #expect(deltas["fixed_asset_investment"] == -7)
    #expect(deltas["retail_sales"] == -3)
    #expect(deltas["industrial_value_added"] == 1)
    let gdp = try #require(comparison.changes.first { $0.indicator == "gdp" })
    #expect(gdp.from.target.qualifier == .atLeast && gdp.to.target.qualifier == .point)
    #expect(gdp.direction == "lowered" && !gdp.acrossLevels)
    #expect(deltas["new_urban_jobs"] == 11_000)  // 6000人 -> 1.7万人, in 人
  }

  @Test("Jinzhou 2019 report -> Jinzhou 2025 plan")
  func jinzhouYears() throws {
    let comparison = try Self.compare([.jinzhou2025, Fixture.reports[0]])
    let deltas = Self.deltas(comparison)
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

  @Test("Province -> city -> district: gaps and binding values under 就高不就低")
  func levels() throws {
    let comparison = try Self.compare(
      [Fixture.reports[1], .jinzhou2025, .liaoning2024], order: .level)
    #expect(
      comparison.documents.map(\.id) == [
        "liaoning-2024-plan", "jinzhou-2025-plan", "linghe-2022-report",
      ])
    let gdp = comparison.changes.filter { $0.indicator == "gdp" }
    #expect(gdp.map(\.delta) == [0.5, 0.5])
    #expect(gdp.map(\.bindingValue) == [6, 6.5])
    #expect(gdp.allSatisfy { $0.acrossLevels })
    let jobs = try #require(comparison.changes.first { $0.indicator == "new_urban_jobs" })
    #expect(jobs.delta == nil && jobs.direction == "not_comparable")
  }
}
