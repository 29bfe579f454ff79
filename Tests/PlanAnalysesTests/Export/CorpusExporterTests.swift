import Foundation
import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Corpus export")
struct CorpusExporterTests {
  static func folder() -> String {
    NSTemporaryDirectory() + "plangraph-corpus-\(UUID().uuidString)"
  }

  static func rows(_ path: String) throws -> [[String]] {
    try CSVReader.records(String(contentsOfFile: path, encoding: .utf8))
  }

  @Test("The long form holds every non-empty cell of each plan's own matrix")
  func responsibility() throws {
    let out = Self.folder()
    let summary = try CorpusExporter().export(paths: Fixture.plans.map(\.path), to: out)
    #expect(summary.documents == 3)
    #expect(summary.failures.isEmpty)
    let long = try Self.rows(out + "/responsibility.csv")
    #expect(long.first == ["doc_id", "task_id", "actor", "role"])
    #expect(long.count - 1 == 2_928)
    // Jinzhou task 1: 刘希明 leads, 市发展改革委 is a lead unit.
    #expect(long.contains(["jinzhou-2025-plan", "jinzhou-2025-plan#1", "刘希明", "L"]))
    for (id, tasks, actors) in [
      ("jinzhou-2025-plan", 158, 72), ("haicheng-2023-plan", 102, 91),
      ("liaoning-2024-plan", 228, 103),
    ] {
      let matrix = try Self.rows(out + "/\(id)/responsibility_matrix.csv")
      #expect(matrix.count - 1 == tasks, "\(id)")
      #expect(matrix[0].count - 2 == actors, "\(id)")
      var cells = 0
      for row in matrix.dropFirst() {
        for (actor, letters) in zip(matrix[0].dropFirst(2), row.dropFirst(2)) where !letters.isEmpty
        {
          cells += 1
          #expect(long.contains([id, row[1], actor, letters]))
        }
      }
      #expect(cells == long.filter { $0.first == id }.count, "\(id)")
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/responsibility_matrix.csv"))
  }

  @Test("Graph files only for the documents asked for; corpus tables always")
  func graphSelection() throws {
    let out = Self.folder()
    let options = CorpusExporter.Options(graphs: GraphSelection(parsing: "haicheng-2023-plan,nope"))
    let summary = try CorpusExporter(options: options).export(
      paths: Fixture.plans.map(\.path), to: out)
    #expect(summary.documentsWithGraphs == 1)
    #expect(summary.documentsWithoutGraphs == 2)
    #expect(summary.unknownGraphRequests == ["nope"])
    let files = { (path: String) in FileManager.default.fileExists(atPath: path) }
    #expect(files(out + "/haicheng-2023-plan/bipartite.dot"))
    #expect(!files(out + "/jinzhou-2025-plan/bipartite.dot"))
    #expect(files(out + "/jinzhou-2025-plan/responsibility_matrix.csv"))
    #expect(try Self.rows(out + "/gephi_nodes.csv").count > 1)
    #expect(GraphSelection.automatic.includes("a", corpusSize: 50))
    #expect(!GraphSelection.automatic.includes("a", corpusSize: 51))
    #expect(GraphSelection(parsing: "all") == .all)
    #expect(GraphSelection(parsing: "none") == .none)
  }

  @Test("An unreadable input is reported; the others are exported in input order")
  func failures() throws {
    let out = Self.folder()
    let paths = [Fixture.haicheng2023.path, "/nonexistent/plan.txt", Fixture.jinzhou2025.path]
    let summary = try CorpusExporter(options: .init(documentsInFlight: 1)).export(
      paths: paths, to: out)
    #expect(summary.documents == 2)
    #expect(summary.failures.count == 1)
    let documents = try Self.rows(out + "/documents.csv").map(\.[0])
    #expect(documents == ["doc_id", "haicheng-2023-plan", "jinzhou-2025-plan"])
    let lines = try String(contentsOfFile: out + "/model.json", encoding: .utf8)
    #expect(lines.split(separator: "\n").count == 2)
  }

  @Test("One document at a time or many at once gives the same bytes")
  func inFlight() throws {
    let paths = (Fixture.plans + Fixture.reports).map(\.path)
    let one = Self.folder()
    let many = Self.folder()
    _ = try CorpusExporter(options: .init(documentsInFlight: 1)).export(paths: paths, to: one)
    _ = try CorpusExporter(options: .init(documentsInFlight: 16)).export(paths: paths, to: many)
    for table in CorpusTable.allCases.map(\.fileName) + ["target_changes.csv"] {
      #expect(
        FileManager.default.contents(atPath: one + "/" + table)
          == FileManager.default.contents(atPath: many + "/" + table), "\(table)")
    }
  }
}
