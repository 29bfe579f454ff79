import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Model")
struct ModelFileTests {
  @Test("model.json round-trips", arguments: Fixture.plans + Fixture.reports)
  func roundTrip(fixture: Fixture) throws {
    let document = try DocumentParser().parse(path: fixture.path)
    let file = ModelFile(documents: [document])
    let decoded = try ModelFile(jsonData: file.jsonData())
    #expect(decoded == file)
    #expect(decoded.jsonData() == file.jsonData())
  }

  @Test("Document ids are file names without extension")
  func ids() {
    #expect(Document.id(forPath: "Fixtures/plans/jinzhou-2025-plan.txt") == "jinzhou-2025-plan")
    #expect(Document.id(forPath: "-") == "stdin")
    #expect(Document.id(forPath: "a/.hidden") == ".hidden")
  }
}
