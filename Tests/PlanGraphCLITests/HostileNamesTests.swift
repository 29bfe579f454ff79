import Foundation
import PlanGraphTestSupport
import Testing

/// Names that are formulas, markup or escapes (Fixtures/hostile/) stay inert in every output.
@Suite("Hostile names")
struct HostileNamesTests {
  @Test("No CSV cell or header is a live formula; the HTML has no live tag")
  func inert() throws {
    let out = NSTemporaryDirectory() + "plangraph-hostile-\(UUID().uuidString)"
    let result = try CommandRunner.run([
      "report", Fixture.hostileNames.path, "--out", out, "--graphs", "all",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    var cells = 0
    let files = try FileManager.default.subpathsOfDirectory(atPath: out).filter {
      $0.hasSuffix(".csv")
    }
    #expect(files.count == 19)
    for file in files {
      let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
      for record in CSVReader.records(text) {
        for cell in record {
          cells += 1
          guard let first = cell.unicodeScalars.first else { continue }
          let live =
            "=+@\t\r".unicodeScalars.contains(first)
            || (first == "-" && Double(cell) == nil)
          #expect(!live, "\(file): \(cell)")
        }
      }
    }
    #expect(cells > 500)
    let assignments = try String(contentsOfFile: out + "/assignments.csv", encoding: .utf8)
    #expect(assignments.contains(#""'=HYPERLINK(""http://x"",""y"")",unit,lead_unit"#))
    #expect(assignments.contains("'+cmd|'/C calc'!A0,unit,responsible_unit"))
    #expect(assignments.contains("'-李四,leader,lead_leader"))
    let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    let pages = try FileManager.default.contentsOfDirectory(atPath: out + "/docs").sorted().map {
      try String(contentsOfFile: out + "/docs/" + $0, encoding: .utf8)
    }
    let html = ([index] + pages).joined()
    // The table sorter is the only script; no name becomes one.
    #expect(html.components(separatedBy: "<script").count == 2)
    #expect(html.components(separatedBy: "</script>").count == 2)
    #expect(!html.contains("<b>区发改局</b>"))
    #expect(!html.contains("]]>"))
    #expect(html.contains("&lt;/script&gt;&lt;b&gt;区发改局&lt;/b&gt;"))
  }
}
