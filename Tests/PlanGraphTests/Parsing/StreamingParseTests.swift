import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// `DocumentParser.parse(paths:window:render:consume:)`: in input order, the same documents
/// as `parse(paths:)`, whatever the window.
@Suite("Streaming parse")
struct StreamingParseTests {
  @Test(
    "Documents come in input order with parse(paths:)'s ids; an unreadable one in its place",
    arguments: [1, 2, 7])
  func inOrder(window: Int) throws {
    // The three plans, a report, a missing file, and a plan named twice (its ids differ).
    let plans = Fixture.plans.map(\.path)
    let paths = plans + ["Fixtures/reports/jinzhou-2019-report.txt", "no/such/plan.txt", plans[0]]
    let expected = DocumentParser().parse(paths: paths).map { try? $0.get() }
    var seen: [(index: Int, id: String?, tasks: Int)] = []
    DocumentParser().parse(
      paths: paths, window: window, render: { result in result.map { ($0.id, $0.tasks.count) } },
      consume: { index, output in
        seen.append((index, try? output.get().0, (try? output.get().1) ?? -1))
      })
    #expect(seen.map(\.index) == Array(paths.indices))
    #expect(seen.map(\.id) == expected.map { $0?.id })
    #expect(seen.map(\.tasks) == [102, 158, 228, 0, -1, 102])
    #expect(seen[0].id != seen[5].id)
  }

  @Test("A document's pretty JSON between the head and the tail is the model file's JSON")
  func prettyPieces() throws {
    let documents = try Fixture.plans.map { try DocumentParser().parse(path: $0.path) }
    let pieces =
      ModelFile.prettyHead
      + documents.map { String(decoding: ModelFile.prettyJSON(for: $0), as: UTF8.self) }
      .joined(separator: ",\n") + ModelFile.prettyTail
    #expect(Data(pieces.utf8) == ModelFile(documents: documents).jsonData())
  }
}
