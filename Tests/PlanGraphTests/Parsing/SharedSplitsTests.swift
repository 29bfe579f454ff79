import Foundation
import PlanGraphTestSupport
import Testing

@testable import PlanGraph

/// Role spans split once for a corpus (`SplitSpans`, `DocumentParser.sharingSplits()`): a
/// document parsed with what earlier documents left in the table comes out as it does alone.
@Suite("Shared splits")
struct SharedSplitsTests {
  /// The bundled plans and the plans in every layout and file format written for the readers.
  static let paths =
    Fixture.plans.map(\.path)
    + [
      "twin-field-lines.txt", "twin-labelled.txt", "twin-mixed.txt", "twin-hybrid.txt",
      "twin-table.csv", "twin-table.xlsx", "twin-word-numbered.docx", "twin-word-table.docx",
      "twin-page-table.html", "twin-traditional.txt", "state-council-inline.txt",
      "state-council-traditional.txt",
    ].map { "Fixtures/formats/" + $0 }

  @Test("Each distinct span is split once; plans assembled from the table are those made alone")
  func assembledOnce() throws {
    var splits = SplitSpans()
    var distinct = Set<[String]>()
    var spanUses = 0
    for pass in 0..<2 {
      for path in Fixture.plans.map(\.path) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let reading = LayoutDetector.read(TextNormalizer.lines(of: text), file: path, forcing: nil)
        let alone = PlanAssembler.assemble(reading, documentID: "d", file: path, year: 2024)
        let shared = PlanAssembler.assemble(
          reading, documentID: "d", file: path, year: 2024, splits: &splits)
        #expect(shared.plan == alone.plan)
        #expect(shared.diagnostics == alone.diagnostics)
        guard pass == 0 else { continue }
        for span in reading.tasks.flatMap(\.spans) {
          distinct.insert([span.role.rawValue, span.text])
          spanUses += 1
        }
      }
      // The second pass finds every span in the table and adds nothing.
      #expect(splits.spans.count == distinct.count)
      #expect(splits.assignments.count == distinct.count)
    }
    // The three plans' 488 tasks write 1,416 spans, 473 of them distinct by role and text.
    #expect(spanUses == 1416)
    #expect(distinct.count == 473)
  }

  @Test("A corpus parsed sharing its splits, in any order and on all cores, is parsed as alone")
  func corpusAsAlone() throws {
    let alone = Self.paths.map { try? DocumentParser().parse(path: $0) }
    #expect(alone.map { $0?.tasks.count ?? -1 }.prefix(3) == [102, 158, 228])
    #expect(alone.allSatisfy { ($0?.tasks.count ?? 0) > 15 })
    let parser = DocumentParser().sharingSplits()
    // Forward, then backward: the second time every document meets a table the others filled.
    let forward = Self.paths.map { try? parser.parse(path: $0) }
    let backward = Self.paths.reversed().map { try? parser.parse(path: $0) }
    #expect(forward == alone)
    #expect(Array(backward.reversed()) == alone)
    let parallel = DocumentParser().parse(paths: Self.paths + Self.paths).map { try? $0.get() }
    // `parse(paths:)` gives the second copy of each path its own id, so ids are left out.
    func withoutIDs(_ document: Document?) -> [PlanTask]? {
      document?.tasks.map { task in
        var task = task
        task.id = ""
        return task
      }
    }
    #expect(parallel.map(withoutIDs) == (alone + alone).map(withoutIDs))
  }
}
