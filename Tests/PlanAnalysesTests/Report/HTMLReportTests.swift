import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("HTML report")
struct HTMLReportTests {
  static func html() throws -> String {
    let documents = try (Fixture.plans + Fixture.reports).map {
      try DocumentParser().parse(path: $0.path)
    }
    return HTMLReport(
      documents: documents, vocabulary: DocumentParser.Options().vocabulary, drawNetworks: false
    ).html()
  }

  /// The open elements left over, or the first mismatch: a small well-formedness check.
  static func unbalanced(_ html: String) -> String? {
    let voids: Set<String> = ["meta", "br", "!DOCTYPE", "!doctype"]
    var stack: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { return "unclosed <" }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      let name = String(
        tag.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" || $0 == "/" && tag.first == "/" })
      if tag.hasSuffix("/") || voids.contains(name) { continue }
      if name.hasPrefix("/") {
        guard stack.popLast() == String(name.dropFirst()) else {
          return "mismatched </\(name.dropFirst())>"
        }
      } else {
        stack.append(name)
      }
    }
    return stack.isEmpty ? nil : "unclosed \(stack)"
  }

  @Test("The page is well formed and has every section")
  func structure() throws {
    let html = try Self.html()
    #expect(Self.unbalanced(html) == nil)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for id in [
      "overview", "doc-jinzhou-2025-plan", "doc-haicheng-2023-plan", "doc-liaoning-2024-plan",
      "doc-linghe-2022-report", "comparison",
    ] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
    }
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  @Test("It answers who carries the most tasks and how targets changed 2023 -> 2025")
  func answers() throws {
    let html = try Self.html()
    #expect(html.contains("<b>市发展改革委</b>leads 29 of 158 tasks"))
    #expect(html.contains("<b>省发展改革委</b>leads 55 of 228 tasks"))
    #expect(html.contains("<td>地区生产总值 (gdp)</td>"))
    #expect(html.contains("<td>-0.5 pp</td>"))
    #expect(html.contains("+0.5 pp (binding 6)"))
    #expect(html.contains("<td class=\"num\">29</td>"))
  }

  @Test(
    "Targets compared like with like: places × years with a chart, no chain of unrelated places")
  func likeWithLike() throws {
    let html = try Self.html()
    #expect(
      html.contains("<h3>By place and year</h3><h4>地区生产总值 (gdp)</h4><div class=\"chart\"><svg"))
    // The gdp chart: one row per place, a dot per place-year, the value on hover.
    let chart = try #require(html.components(separatedBy: "<svg class=\"chart\"").dropFirst().first)
    let gdp = chart.components(separatedBy: "</svg>")[0]
    #expect(gdp.components(separatedBy: "<circle").count - 1 == 5 + 5)  // 5 legend swatches
    #expect(gdp.contains("<title>海城市2023: ≥6.5% (haicheng-2023-plan)</title>"))
    #expect(
      html.contains(
        "<td>锦州市</td><td>地区生产总值 (gdp)</td><td>2019 6.6%</td><td>2025 6%</td><td>-0.6 pp</td>"))
    #expect(html.contains("<td>锦州市 2025</td><td>辽宁省 2024</td><td>地区生产总值 (gdp)</td>"))
    #expect(html.contains("海城市2023 and 锦州市2025: different places, same province"))
    #expect(!html.contains("凌河区2022 and"))
  }
}
