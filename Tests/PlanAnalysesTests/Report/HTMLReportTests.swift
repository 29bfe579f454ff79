import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("HTML report")
struct HTMLReportTests {
  static func report() throws -> HTMLReport {
    let documents = try (Fixture.plans + Fixture.reports).map {
      try DocumentParser().parse(path: $0.path)
    }
    return HTMLReport(
      documents: documents, vocabulary: DocumentParser.Options().vocabulary, drawNetworks: false)
  }

  static func html() throws -> String { try report().html() }

  static func page(_ id: String) throws -> String {
    let pages = try report().pages()
    return try #require(pages.first { $0.path == "docs/\(id).html" }).html
  }

  /// The open elements left over, or the first mismatch: a small well-formedness check.
  static func unbalanced(_ html: String) -> String? {
    let voids: Set<String> = ["meta", "br", "input", "!DOCTYPE", "!doctype"]
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

  @Test("Escaping: the four specials by their bytes, anything else as it is")
  func escaping() {
    #expect(HTMLReport.escape("市<局>&\"甲\"") == "市&lt;局&gt;&amp;&quot;甲&quot;")
    #expect(HTMLReport.escape("各县(市)区人民政府'") == "各县(市)区人民政府'")
    #expect(HTMLReport.escape("") == "")
    // A mark joined to `&` is no longer part of one character that escaping passes over.
    #expect(HTMLReport.escape("&\u{301}<\u{20DD}") == "&amp;\u{301}&lt;\u{20DD}")
    #expect(HTMLReport.escape("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;")
  }

  @Test("Every page is well formed; the index links a page per document")
  func structure() throws {
    let pages = try Self.report().pages()
    #expect(
      pages.map(\.path) == [
        "index.html", "docs/haicheng-2023-plan.html", "docs/jinzhou-2025-plan.html",
        "docs/liaoning-2024-plan.html", "docs/jinzhou-2019-report.html",
        "docs/linghe-2022-report.html",
      ])
    for page in pages {
      #expect(Self.unbalanced(page.html) == nil, "\(page.path)")
      #expect(page.html.hasPrefix("<!DOCTYPE html>"))
      #expect(!page.html.contains("http://") && !page.html.contains("https://"))
    }
    let html = pages[0].html
    for id in ["overview", "comparison", "functions"] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
    }
    for page in pages.dropFirst() { #expect(html.contains("<a href=\"\(page.path)\">")) }
    // One script, the table sorter, on the index only; every page reads without it.
    #expect(html.components(separatedBy: "<script>").count == 2)
    #expect(pages.dropFirst().allSatisfy { !$0.html.contains("<script") })
    #expect(try Self.page("jinzhou-2025-plan").contains("<section id=\"doc-jinzhou-2025-plan\">"))
  }

  @Test("The documents table: place, year, top lead unit and its share, sortable")
  func documentsTable() throws {
    let html = try Self.html()
    #expect(html.contains("<table id=\"documents\" class=\"sortable\">"))
    #expect(
      html.contains(
        "<td>锦州市</td><td>city</td><td class=\"num\">2025</td><td>plan</td><td class=\"num\">158</td>"
          + "<td>市发展改革委 (29)</td><td class=\"num\" data-v=\"0.1835\">18.4%</td>"))
    #expect(html.contains("<input id=\"filter\" type=\"search\""))
  }

  @Test("A plan's page draws its workload and the Lorenz curve behind its Gini")
  func charts() throws {
    let page = try Self.page("jinzhou-2025-plan")
    #expect(page.contains("<title>Lead and responsible tasks of the top 15 units</title>"))
    #expect(page.contains("<title>市发展改革委: 29 lead</title>"))
    #expect(page.contains("<title>Lorenz curve of lead tasks: Gini 0.553</title>"))
    #expect(page.contains("<td class=\"num\">29</td>"))
  }

  @Test("A document with no place says so and is named by its title")
  func placeUnknown() throws {
    var document = try DocumentParser().parse(path: Fixture.jinzhou2025.path)
    document.metadata.jurisdiction = ""
    document.metadata.jurisdictionCode = nil
    let report = HTMLReport(
      documents: [document], vocabulary: DocumentParser.Options().vocabulary, drawNetworks: false)
    #expect(
      report.title(document) == "2025年市《政府工作报告》任务分解和责任分工方案 (place unknown, 2025, plan)")
    #expect(report.html().contains("<td>place unknown</td>"))
  }

  @Test("It answers who carries the most tasks and how targets changed 2023 -> 2025")
  func answers() throws {
    let html = try Self.html()
    #expect(html.contains("<b>市发展改革委</b>leads 29 of 158 tasks"))
    #expect(html.contains("heaviest pair: 市发展改革委 · 市商务局, 19 shared tasks"))
    #expect(html.contains("<b>省发展改革委</b>leads 55 of 228 tasks"))
    #expect(html.contains("<td>地区生产总值 (gdp)</td>"))
    #expect(html.contains("<td>-0.5 pp</td>"))
    #expect(html.contains("+0.5 pp (binding 6)"))
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
