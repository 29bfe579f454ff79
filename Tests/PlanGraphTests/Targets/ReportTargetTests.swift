import PlanGraph
import PlanGraphTestSupport
import Testing

/// Headline targets as reports copied from government sites write them; every value below was
/// read from the fixture's line.
@Suite("Report targets in every phrasing")
struct ReportTargetTests {
  static func document(_ id: String) throws -> Document {
    let fixture = try #require(Fixture.webReports.first { $0.documentID == id })
    return try DocumentParser().parse(path: fixture.path)
  }

  static func gdp(_ document: Document) throws -> Target {
    try #require(document.targets.first { $0.indicator == "gdp" && $0.measure == .growth })
  }

  @Test("主要目标是 with no 预期, on the line after a heading (凌海 2025, line 18)")
  func mainTargets() throws {
    let document = try Self.document("linghai-2025-report")
    let gdp = try Self.gdp(document)
    #expect(gdp.value == 6 && gdp.qualifier == .atLeast && gdp.line == 18)
    #expect(gdp.text == "地区生产总值增长6%以上")
    #expect(
      TargetExtractionTests.rows(document.targets) == [
        "gdp growth 6% at_least", "general_budget_revenue growth 6% point",
        "industrial_value_added growth 8% point", "fixed_asset_investment growth 10% point",
        "retail_sales growth 6% point", "new_urban_jobs level 3500人 point",
      ])
  }

  @Test("A stretch goal: 增长5.5%以上、力争达到6% (河南 2025)")
  func stretch() throws {
    let document = try Self.document("henan-2025-report")
    let gdp = try Self.gdp(document)
    #expect(gdp.value == 5.5 && gdp.qualifier == .atLeast && gdp.stretch == 6)
    #expect(gdp.line == 20 && gdp.sentence?.hasPrefix("今年全省经济社会发展的主要目标是") == true)
    // 力争达到6% is the stretch, not a target of its own.
    #expect(document.targets.filter { $0.indicator == "gdp" }.count == 1)
  }

  @Test("Estimates of last year and past average rates are never targets (河南 2025)")
  func estimatesExcluded() throws {
    let document = try Self.document("henan-2025-report")
    // Line 12: 预计全省生产总值增长5.1%; line 13: 三年年均增长5.2%.
    #expect(!document.targets.contains { $0.value == 5.1 || $0.value == 5.2 })
    #expect(!document.targets.contains { $0.line == 12 || $0.line == 13 })
    #expect(!document.targets.contains { $0.measure == .averageGrowth })
  }

  @Test("预期目标是 with an ASCII hyphen range; the five-year goals kept apart (河南 2026)")
  func expectedTargetsAndHyphenRange() throws {
    let document = try Self.document("henan-2026-report")
    let gdp = try Self.gdp(document)
    #expect(gdp.value == 4.5 && gdp.valueHigh == 5 && gdp.qualifier == .range && gdp.line == 21)
    #expect(gdp.comparableValue == 4.75)
    let fiveYear = document.targets.filter { $0.measure == .averageGrowth }
    #expect(
      TargetExtractionTests.rows(fiveYear) == [
        "gdp average_growth 5% at_least", "industrial_value_added average_growth 6% about",
      ])
    #expect(fiveYear.allSatisfy { $0.line == 19 })
    // Line 13, 十四五时期…年均增长5.3%, is a review.
    #expect(!document.targets.contains { $0.value == 5.3 })
  }

  @Test("A marker split from its sentence across lines; the better-result flag (陕西 2026)")
  func splitSentence() throws {
    let document = try Self.document("shaanxi-2026-report")
    let gdp = try Self.gdp(document)
    #expect(gdp.value == 5 && gdp.qualifier == .about && gdp.line == 23)
    #expect(gdp.seeksBetterResult && gdp.stretch == nil)
    #expect(gdp.sentence?.hasPrefix("今年全省经济社会发展的主要预期目标是:地区生产总值增长5%左右") == true)
    #expect(document.targets.filter { $0.seeksBetterResult }.count == 1)
    // 五年来…年均增长5.4% (line 13) is a review; 今后五年…年均增长5%左右 (line 19) a goal.
    let fiveYear = document.targets.filter { $0.measure == .averageGrowth }
    #expect(TargetExtractionTests.rows(fiveYear) == ["gdp average_growth 5% about"])
    #expect(fiveYear.first?.line == 19)
  }

  @Test("A (一)…(六) list after 主要预期目标: each item on its own line (天津 2025)")
  func numberedList() throws {
    let document = try Self.document("tianjin-2025-report")
    #expect(
      TargetExtractionTests.rows(document.targets) == [
        "gdp growth 5% about", "general_budget_revenue growth 2% point",
        "new_urban_jobs level 35万人 at_least", "surveyed_unemployment share 5.5% at_most",
        "cpi growth 2% about", "disposable_income relative - relative",
      ])
    #expect(document.targets.map(\.line) == [18, 19, 20, 20, 21, 22])
    #expect(document.targets.first?.text == "全市生产总值增长5%左右")
  }

  @Test("No marker: 地区生产总值按增长5%安排 (天津 2026)")
  func arranged() throws {
    let document = try Self.document("tianjin-2026-report")
    let gdp = try Self.gdp(document)
    #expect(gdp.value == 5 && gdp.qualifier == .point && gdp.line == 16)
    #expect(document.targets.count == 5)
    // Line 9: 预计全市生产总值增长5.2%左右.
    #expect(!document.targets.contains { $0.value == 5.2 })
  }

  @Test("主要预期目标是 on one line, with 左右 (陕西 2025)")
  func aboutTarget() throws {
    let document = try Self.document("shaanxi-2025-report")
    let gdp = try Self.gdp(document)
    #expect(gdp.value == 5.5 && gdp.qualifier == .about && gdp.line == 20)
    #expect(!gdp.seeksBetterResult)
  }

  @Test(
    "Ranges with every dash, tilde and 至",
    arguments: ["4.5%—5%", "4.5—5%", "4.5-5%", "4.5%－5%", "4.5%~5%", "4.5～5%", "4.5%至5%"])
  func ranges(_ range: String) throws {
    let parser = TargetClauseParser(vocabulary: DocumentParser.Options().vocabulary)
    let target = try #require(parser.target(in: "地区生产总值增长" + range, line: 1))
    #expect(target.indicator == "gdp" && target.measure == .growth)
    #expect(target.value == 4.5 && target.valueHigh == 5 && target.qualifier == .range)
  }
}

extension ReportTargetTests {
  @Test(
    "Other ways provinces name GDP growth",
    arguments: [
      ("全省经济增长5.5%左右", 5.5, Target.Qualifier.about),
      ("经济增速保持在5%左右", 5, .about),
      ("全年经济增长目标为5%以上", 5, .atLeast),
      ("生产总值增长6%", 6, .point),
    ])
  func gdpWording(_ clause: String, _ value: Double, _ qualifier: Target.Qualifier) throws {
    let parser = TargetClauseParser(vocabulary: DocumentParser.Options().vocabulary)
    let target = try #require(parser.target(in: clause, line: 1))
    #expect(target.indicator == "gdp" && target.measure == .growth)
    #expect(target.value == value && target.qualifier == qualifier)
  }

  @Test("The better-result flag inside the target's own clause")
  func betterResultInClause() throws {
    let text = "今年全省经济社会发展的主要预期目标是:地区生产总值增长5%以上并力争更好;城镇新增就业40万人。\n"
    let document = DocumentParser().parse(text, path: "x-report.txt")
    let gdp = try #require(document.targets.first { $0.indicator == "gdp" })
    #expect(gdp.seeksBetterResult && gdp.value == 5 && gdp.qualifier == .atLeast)
  }
}
