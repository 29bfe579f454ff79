import Foundation
import PlanGraphTestSupport
import Testing

/// `plangraph report`: the index, a page per document, and where they are.
@Suite("plangraph report")
struct ReportCommandTests {
  @Test("report writes index.html and docs/<doc_id>.html for every input and prints the path")
  func pages() throws {
    let out = NSTemporaryDirectory() + "plangraph-report-\(UUID().uuidString)"
    let result = try CommandRunner.run([
      "report", "Fixtures/plans", "Fixtures/reports", "Fixtures/formats/web-reports", "--out", out,
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput == out + "/index.html\n")
    let pages = try FileManager.default.contentsOfDirectory(atPath: out + "/docs").sorted()
    #expect(pages.count == 12)
    #expect(pages.contains("jinzhou-2025-plan.html") && pages.contains("henan-2026-report.html"))
    let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    for page in pages { #expect(index.contains("<a href=\"docs/\(page)\">"), "\(page)") }
    #expect(index.contains("<b>市发展改革委</b>leads 29 of 158 tasks"))
    #expect(index.contains("+0.5 pp (binding 6)"))
    let jinzhou = try String(contentsOfFile: out + "/docs/jinzhou-2025-plan.html", encoding: .utf8)
    #expect(jinzhou.contains("<title>Lorenz curve of lead tasks: Gini 0.553</title>"))
    #expect(jinzhou.contains("<a href=\"../index.html\">← All documents</a>"))
    // The manifest lists the pages, so a later run into the same folder removes stale ones.
    let manifest = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
    #expect(manifest.contains("docs/jinzhou-2025-plan.html"))
  }
}
