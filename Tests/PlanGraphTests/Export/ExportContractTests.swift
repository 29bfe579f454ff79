import PlanGraph
import PlanGraphTestSupport
import Testing

/// The export tables, compared byte for byte with golden files in `Fixtures/expected/`.
@Suite("Export contract")
struct ExportContractTests {
  static func documents() throws -> [Document] {
    try (Fixture.plans + Fixture.reports).map { try DocumentParser().parse(path: $0.path) }
  }

  @Test("tasks.csv and assignments.csv per plan match the golden files", arguments: Fixture.plans)
  func golden(fixture: Fixture) throws {
    let document = try DocumentParser().parse(path: fixture.path)
    let csv = CSVWriter()
    let tasks = csv.string(for: ExportContract.tasksTable([document]))
    let assignments = csv.string(for: ExportContract.assignmentsTable([document]))
    #expect(GoldenFile.mismatch(tasks, name: "\(fixture.documentID)/tasks.csv") == nil)
    #expect(GoldenFile.mismatch(assignments, name: "\(fixture.documentID)/assignments.csv") == nil)
  }

  @Test("documents.csv has the contract's columns and real values")
  func documentsTable() throws {
    let documents = try Fixture.plans.map { try DocumentParser().parse(path: $0.path) }
    let table = ExportContract.documentsTable(documents)
    #expect(
      table.header == [
        "doc_id", "kind", "title", "jurisdiction", "level", "year", "issued_on", "doc_number",
        "tasks", "targets", "diagnostics", "jurisdiction_code", "parent",
      ])
    #expect(table.column("tasks") == ["102", "158", "228"])
    #expect(table.column("jurisdiction") == ["海城市", "锦州市", "辽宁省"])
    #expect(table.column("doc_number") == ["", "", "辽政发〔2024〕3号"])
    // GB/T 2260 codes from the gazetteer; 海城市 is a county-level city in 鞍山市.
    #expect(table.column("jurisdiction_code") == ["210381", "210700", "210000"])
    #expect(table.column("parent") == ["鞍山市", "辽宁省", ""])
    #expect(table.column("level") == ["county", "city", "province"])
  }
}
