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

  @Test("model.json as JSON Lines: one compact line per document, read back whole")
  func jsonLines() throws {
    let documents = try (Fixture.plans + Fixture.reports).map {
      try DocumentParser().parse(path: $0.path)
    }
    let lines = documents.flatMap(ModelFile.jsonLine(for:))
    #expect(lines.filter { $0 == 0x0A }.count == 5)
    let decoded = try ModelFile(jsonLines: Data(lines))
    #expect(decoded == ModelFile(documents: documents))
  }

  @Test(
    "model.json lines and parse's JSON are written directly, byte for byte what JSONEncoder writes",
    arguments: Fixture.plans + Fixture.reports + Fixture.twins + Fixture.webReports + [
      Fixture.stateCouncilInline, Fixture.hostileNames,
      Fixture("formats/state-council-traditional.txt"),
    ])
  func directJSONLine(fixture: Fixture) throws {
    var document = try DocumentParser().parse(path: fixture.path)
    #expect(ModelFile.jsonLine(for: document) == ModelFile.encodedJSONLine(for: document))
    #expect(ModelFile.prettyJSON(for: document) == ModelFile.encodedPrettyJSON(for: document))
    // Every optional present, escapes and fractions: the fields the fixtures may leave out.
    document.metadata.documentNumber = "锦政办发〔2025〕3号"
    document.metadata.parentJurisdiction = "辽宁省"
    document.script = .traditional
    var location = SourceLocation(file: "a\\b\"c\td.txt", line: 3, column: 2)
    location.place = "Sheet1!C7"
    document.diagnostics.append(
      Diagnostic(
        .note, Diagnostic.Code("x"), "tab\tnew\nline\u{1}/", at: location,
        notes: ["n", "一段较长的说明\"引号在第八个字节之后\\以及反斜杠\u{1F}"]))
    document.targets.append(
      Target(
        indicator: "gdp", indicatorText: "地区生产总值", measure: .growth, value: 6.25, valueHigh: 0.1,
        unit: "%", qualifier: .range, taskID: nil, line: 1, text: "t", stretch: 7,
        seeksBetterResult: true, sentence: "s"))
    #expect(ModelFile.jsonLine(for: document) == ModelFile.encodedJSONLine(for: document))
    // An empty document too: empty lists and no plan.
    #expect(ModelFile.prettyJSON(for: document) == ModelFile.encodedPrettyJSON(for: document))
    let empty = Document(id: "e", source: "e.txt", kind: .report)
    #expect(ModelFile.prettyJSON(for: empty) == ModelFile.encodedPrettyJSON(for: empty))
  }

  @Test("Document ids are file names without extension")
  func ids() {
    #expect(Document.id(forPath: "Fixtures/plans/jinzhou-2025-plan.txt") == "jinzhou-2025-plan")
    #expect(Document.id(forPath: "-") == "stdin")
    // Safe as a folder name: no leading dot (so never `..`), no separators or reserved marks.
    #expect(Document.id(forPath: "a/.hidden") == "_hidden")
    #expect(Document.id(forPath: "a/...txt") == "_.")
    #expect(Document.id(forPath: "a/x:y*z?.txt") == "x_y_z_")
    #expect(Document.id(forPath: "a/计划<1>|\"2\".txt") == "计划_1___2_")
    #expect(Document.id(forPath: "a/.txt") == "_txt")
    // Names read from their bytes (ASCII and ideographs) and those read scalar by scalar.
    #expect(Document.id(forPath: "x:y/辽宁省2024年计划.tar.gz") == "辽宁省2024年计划.tar")
    #expect(Document.id(forPath: "/data/plans/") == "plans")
    #expect(Document.id(forPath: "a/b.c/README") == "README")
    #expect(Document.id(forPath: "a/名单,2024。.txt") == "名单,2024。")
    #expect(Document.id(forPath: "a/tab\there.txt") == "tab_here")
    #expect(Document.id(forPath: "a/" + String(repeating: "计", count: 41) + ".txt").count == 41)
    #expect(Document.id(forPath: "a/" + String(repeating: "计", count: 130)).count == 120)
  }

  @Test("Two inputs with one name get distinct ids in path order")
  func uniqueIDs() {
    #expect(
      Document.uniqueIDs(forPaths: ["a/plan.txt", "b/plan.txt", "c/plan.csv", "d/other.txt"])
        == ["plan", "plan-2", "plan-3", "other"])
  }
}
