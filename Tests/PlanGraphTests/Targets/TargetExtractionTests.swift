import PlanGraph
import PlanGraphTestSupport
import Testing

/// Every target of the plans' section 一 and of both reports' headline sentences, with its
/// qualifier, as read from the documents.
@Suite("Target extraction")
struct TargetExtractionTests {
  static func rows(_ targets: [Target]) -> [String] {
    targets.map {
      "\($0.indicator) \($0.measure.rawValue) \($0.value.map { Table.format($0) } ?? "-")\($0.unit) \($0.qualifier.rawValue)"
    }
  }

  static func sectionOne(_ fixture: Fixture) throws -> [String] {
    let document = try DocumentParser().parse(path: fixture.path)
    let ids = Set(document.tasks.filter { $0.sectionNumber == 1 }.map(\.id))
    return rows(document.targets.filter { $0.taskID.map(ids.contains) ?? false })
  }

  @Test("Jinzhou 2025, section 一")
  func jinzhou() throws {
    #expect(
      try Self.sectionOne(.jinzhou2025) == [
        "gdp growth 6% point", "general_budget_revenue growth 5% point",
        "industrial_value_added growth 8% point",
        "fixed_asset_investment growth 8% point", "retail_sales growth 7% point",
        "foreign_trade growth 6% point",
        "cpi growth 3% at_most", "disposable_income relative - relative",
        "energy_intensity decline 3% at_least",
      ])
  }

  @Test("Haicheng 2023, section 一 (task 7, 不低于全市平均水平, sets no number)")
  func haicheng() throws {
    #expect(
      try Self.sectionOne(.haicheng2023) == [
        "gdp growth 6.5% at_least", "general_budget_revenue growth 8% at_least",
        "fixed_asset_investment growth 15% at_least", "retail_sales growth 10% at_least",
        "industrial_value_added growth 7% at_least", "rural_disposable_income relative - relative",
      ])
  }

  @Test("Liaoning 2024, section 一")
  func liaoning() throws {
    #expect(
      try Self.sectionOne(.liaoning2024) == [
        "gdp growth 5.5% about", "general_budget_revenue growth 5% point",
        "industrial_value_added growth 5.5% point",
        "fixed_asset_investment growth 10% point", "retail_sales growth 8% point",
        "foreign_trade growth 6% point",
        "new_urban_jobs level 46万人 point", "surveyed_unemployment share 5.5% at_most",
        "cpi growth 3% about",
        "disposable_income relative - relative", "grain_output level 500亿斤 about",
        "energy_intensity absent - absent",
      ])
  }

  @Test("Jinzhou 2019 report: the word-segmented headline sentence")
  func jinzhou2019() throws {
    let document = try DocumentParser().parse(path: Fixture.reports[0].path)
    #expect(document.kind == .report)
    #expect(document.metadata.year == 2019)
    #expect(
      Self.rows(document.targets) == [
        "gdp growth 6.6% point", "general_budget_revenue growth 7% point",
        "fixed_asset_investment growth 8% point",
        "industrial_value_added growth 5% point", "retail_sales growth 5% point",
        "disposable_income relative - relative", "cpi growth 3.5% at_most",
      ])
    #expect(document.targets.allSatisfy { $0.line == 4 && $0.taskID == nil })
  }

  @Test("Linghe 2022 report: headline targets, and the five-year goals kept apart")
  func linghe() throws {
    let document = try DocumentParser().parse(path: Fixture.reports[1].path)
    #expect(document.metadata.jurisdiction == "凌河区")
    #expect(document.metadata.parentJurisdiction == "锦州市")
    #expect(document.metadata.level == .district)
    #expect(document.metadata.year == 2022)
    #expect(document.metadata.issuedOn == "2021-12-08")
    #expect(
      Self.rows(document.targets) == [
        "gdp average_growth 7% point", "fixed_asset_investment average_growth 10% point",
        "general_budget_revenue average_growth 2.5% point",
        "gdp growth 6.5% point", "fixed_asset_investment growth 30% point",
        "general_budget_revenue growth 2% point",
        "industrial_value_added growth 5% point", "retail_sales growth 7% point",
        "domestic_capital growth 10% point",
        "foreign_trade growth 10% point", "disposable_income relative - relative",
        "new_urban_jobs level 3700人 point",
        "registered_unemployment share 6% at_most",
      ])
  }

  @Test("Targets beyond section 一: counts, jobs, air quality")
  func beyondSectionOne() throws {
    let document = try DocumentParser().parse(path: Fixture.jinzhou2025.path)
    let texts = document.targets.map(\.text)
    #expect(texts.contains("城镇新增就业1.7万人"))
    #expect(texts.contains("空气质量优良天数达标率86%以上"))
    #expect(texts.contains("高新技术企业20家"))
    let air = try #require(document.targets.first { $0.indicator == "air_quality" })
    #expect(air.qualifier == .atLeast)
    #expect(air.taskID == "jinzhou-2025-plan#127")
  }

  @Test("Clauses: ranges, qualifiers before the number, unknown indicators")
  func clauses() throws {
    let parser = TargetClauseParser(vocabulary: DocumentParser.Options().vocabulary)
    let range = try #require(parser.target(in: "地区生产总值增长6.0%—6.5%", line: 1))
    #expect(range.value == 6 && range.valueHigh == 6.5 && range.qualifier == .range)
    #expect(range.comparableValue == 6.25)
    let cap = try #require(parser.target(in: "居民消费价格涨幅控制在3.5%以内", line: 1))
    #expect(cap.qualifier == .atMost && cap.measure == .growth)
    let count = try #require(parser.target(in: "新增高新技术企业20家", line: 1))
    #expect(
      count.indicator == "" && count.measure == .level && count.value == 20 && count.unit == "家")
    #expect(parser.target(in: "2025年是十四五规划收官之年", line: 1) == nil)
  }

  @Test("The vocabulary tells 城乡 from 农村 income and can be extended")
  func vocabulary() throws {
    var vocabulary = DocumentParser.Options().vocabulary
    #expect(vocabulary.indicator(matching: "农村居民人均可支配收入")?.id == "rural_disposable_income")
    #expect(vocabulary.indicator(matching: "城乡居民人均可支配收入")?.id == "disposable_income")
    #expect(vocabulary.indicator(matching: "GDP")?.id == "gdp")
    try vocabulary.merge(parsing: "high_tech\t高新技术企业\tHigh-tech firms\t高新技术企业数\n", path: "x.tsv")
    #expect(vocabulary.indicator(matching: "新增高新技术企业")?.id == "high_tech")
    #expect(throws: PlanGraphError.self) {
      try vocabulary.merge(parsing: "bad line\n", path: "x.tsv")
    }
  }

  @Test("A vocabulary saved with Windows line ends (CRLF) and padded columns is read")
  func vocabularyWithCRLF() throws {
    var vocabulary = DocumentParser.Options().vocabulary
    try vocabulary.merge(
      parsing: "  # 自定义指标\r\nhigh_tech\t高新技术企业 \tHigh-tech firms\t高新技术企业数|高企\r\n"
        + "\r\nnew_jobs\t\u{3000}城镇新增就业\tNew urban jobs\t新增就业\r\n",
      path: "x.tsv")
    #expect(vocabulary.indicator(matching: "新增高企")?.id == "high_tech")
    #expect(vocabulary.indicator(id: "high_tech")?.chineseName == "高新技术企业")
    #expect(vocabulary.indicator(id: "new_jobs")?.chineseName == "城镇新增就业")
    #expect(vocabulary.indicator(id: "new_jobs")?.englishName == "New urban jobs")
    #expect(
      throws: PlanGraphError.badDataFile(
        path: "y.tsv", line: 2, reason: "expected 4 tab-separated columns")
    ) {
      try vocabulary.merge(parsing: "a\tb\tc\td\r\nbad line\r\n", path: "y.tsv")
    }
  }

  @Test("The longest variant wins, the first in table order on a tie, as a search of each would")
  func longestVariant() throws {
    let vocabulary = try IndicatorVocabulary(
      parsing: """
        a\t增长\tA\t增长|%
        b\t收入\tB\t居民收入|人均收入|x
        c\t人均\tC\t人均收入|居民人均可支配收入
        d\t入增\tD\t入增
        """, path: "v.tsv")
    // What a variant-by-variant search picks: the longest, the first in table order on a tie.
    func expected(_ text: String) -> String? {
      var best: (String, Int)?
      for indicator in vocabulary.indicators {
        for variant in indicator.variants where text.contains(variant) {
          if best == nil || variant.utf8.count > best!.1 {
            best = (indicator.id, variant.utf8.count)
          }
        }
      }
      return best?.0
    }
    let texts = [
      "城乡居民人均可支配收入增长6%", "人均收入增长", "居民收入", "人均收入", "收入增长x", "x", "增长",
      "没有指标", "", "增", "入增长", "%",
    ]
    for text in texts {
      #expect(vocabulary.indicator(matching: text)?.id == expected(text), "\(text)")
    }
    #expect(vocabulary.indicator(matching: "城乡居民人均可支配收入增长6%")?.id == "c")
    #expect(vocabulary.indicator(matching: "人均收入增长")?.id == "b")
    #expect(vocabulary.indicator(matching: "入增长")?.id == "a")
  }
}
