import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Load distribution, sections and portfolios")
struct DistributionTests {
  static func analysis(_ fixture: Fixture) throws -> PlanAnalysis {
    PlanAnalysis(try DocumentParser().parse(path: fixture.path))
  }

  @Test("Gini on textbook values")
  func gini() {
    #expect(LoadDistribution.gini([1, 1, 1, 1]) == 0)
    #expect(LoadDistribution.gini([0, 0, 0, 4]) == 0.75)
    #expect(LoadDistribution.gini([]) == 0)
  }

  @Test("Jinzhou 2025: 41 units lead 204 tasks; the top 5 hold 95 of them; Gini 0.5533")
  func jinzhou() throws {
    let d = try Self.analysis(.jinzhou2025).distribution
    #expect(d.leadingUnits == 41)
    #expect(d.leadAssignments == 204)
    #expect(d.topFiveShare == 95.0 / 204.0)
    // Σ|x_i − x_j| / (2 n² x̄), computed independently in Python from unit_load.csv.
    #expect(abs(d.gini - 0.553323768531803) < 1e-12)
  }

  @Test("Jinzhou 2025: 市发展改革委 by section, lead/total")
  func sections() throws {
    let analysis = try Self.analysis(.jinzhou2025)
    let breakdown = try #require(
      SectionBreakdown.compute(analysis.graph).first { $0.unit.name == "市发展改革委" })
    #expect(breakdown.leadTasksBySection == [1: 5, 2: 5, 3: 6, 4: 4, 5: 6, 6: 2, 8: 1])
    #expect(breakdown.tasksBySection == [1: 6, 2: 6, 3: 8, 4: 7, 5: 8, 6: 2, 8: 4])
    let table = SectionBreakdown.table(
      SectionBreakdown.compute(analysis.graph), plan: try #require(analysis.document.plan))
    let row = try #require(table.rows.first { $0.first == .text("市发展改革委") })
    #expect(row[1] == .text("5/6"))
    #expect(row[7] == .empty)
  }

  @Test("Jinzhou 2025: 刘希明's portfolio is led by 市发展改革委 (28 of 45 tasks)")
  func portfolio() throws {
    let portfolios = try Self.analysis(.jinzhou2025).portfolios
    let liu = try #require(portfolios.first { $0.leader.name == "刘希明" })
    #expect(liu.tasks == 45)
    #expect(liu.units.prefix(3).map(\.unit) == ["市发展改革委", "市商务局", "市人力资源社会保障局"])
    #expect(liu.units.first?.tasks == 28)
  }

  @Test("Row checks: Jinzhou has 17 tasks with no leader")
  func rowChecks() throws {
    let document = try DocumentParser().parse(path: Fixture.jinzhou2025.path)
    let checks = ResponsibilityMatrix.diagnostics(for: document)
    let noLeader = checks.filter { $0.code == .noLeader }.count
    let onlyCollectives = checks.filter { $0.code == .onlyCollectives }.count
    let noLeadUnit = checks.filter { $0.code == .noLeadUnit }.count
    // Tasks 147, 149–156 and 158 name only collectives; the other 7 without a leader (17, 23,
    // 32, 71, 74, 99, 141) name lead units such as 市委组织部 (checked against tasks.csv).
    #expect(onlyCollectives == 10)
    #expect(noLeader == 7)
    #expect(checks.filter { $0.code == .noLeader }.map(\.location.line).count == 7)
    #expect(noLeadUnit == 0)
    #expect(checks.allSatisfy { $0.severity == .note })
  }
}
