import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// `export --format sqlite`: the database holds exactly the CSVs' rows, its keys hold, and the
/// README's queries return the README's numbers.
@Suite("SQLite export", .serialized)
struct DatabaseTests {
  static let out: String = {
    let folder = NSTemporaryDirectory() + "plangraph-db-\(UUID().uuidString)"
    _ = try? CommandRunner.run([
      "export", "Fixtures/plans", "Fixtures/reports", "--out", folder, "--format", "all",
    ])
    return folder
  }()

  static func database() throws -> SQLiteDatabase {
    try SQLiteDatabase(path: out + "/plangraph.sqlite", create: false)
  }

  @Test("Every table's rows equal its CSV's (names unguarded, NULL for empty)")
  func equalRows() throws {
    let database = try Self.database()
    let tables = try FileManager.default.contentsOfDirectory(atPath: Self.out).filter {
      $0.hasSuffix(".csv")
    }
    #expect(tables.count == 18)
    for file in tables {
      let name = String(file.dropLast(4))
      let csv = CSVReader.records(
        try String(contentsOfFile: Self.out + "/" + file, encoding: .utf8))
      let types = try database.query("SELECT name, type FROM pragma_table_info('\(name)')")
      #expect(types.map { $0[0] } == csv[0].map { Optional($0) }, "\(name) columns")
      let real = Set(types.filter { $0[1] == "REAL" }.compactMap { $0[0] })
      func canonical(_ cell: String?, _ column: String) -> String {
        guard let cell, !cell.isEmpty else { return "" }
        if real.contains(column), let value = Double(cell) { return "\((value * 1e9).rounded())" }
        if column == "open_list" { return cell == "1" || cell == "true" ? "true" : "false" }
        return cell
      }
      func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.dropFirst().first, "=+-@\t\r".contains(next)
        else { return cell }
        return String(cell.dropFirst())
      }
      let header = csv[0]
      let fromCSV = csv.dropFirst().map { row in
        zip(row, header).map { canonical(unguarded($0), $1) }
      }.sorted { $0.lexicographicallyPrecedes($1) }
      let fromDatabase = try database.query("SELECT * FROM \"\(name)\"").map { row in
        zip(row, header).map { canonical($0, $1) }
      }.sorted { $0.lexicographicallyPrecedes($1) }
      #expect(fromDatabase.count == fromCSV.count, "\(name) rows")
      #expect(fromDatabase == fromCSV, "\(name)")
    }
  }

  @Test("Keys hold and the file is whole")
  func integrity() throws {
    let database = try Self.database()
    #expect(try database.query("PRAGMA foreign_key_check").isEmpty)
    #expect(try database.query("PRAGMA integrity_check") == [["ok"]])
    #expect(try database.query("SELECT count(*) FROM tasks") == [["488"]])
    #expect(try database.query("SELECT value FROM meta WHERE key = 'tool'") == [["plangraph"]])
    #expect(try database.query("SELECT count(*) FROM model") == [["5"]])
  }

  @Test("The README's queries give the README's answers")
  func readmeQueries() throws {
    let database = try Self.database()
    #expect(
      try database.query(
        "select unit, lead_tasks from unit_load where doc_id = 'jinzhou-2025-plan' "
          + "order by lead_tasks desc limit 1") == [["市发展改革委", "29"]])
    #expect(
      try database.query(
        "select unit_a, unit_b, shared_tasks from coresponsibility_pairs "
          + "where doc_id = 'jinzhou-2025-plan' limit 1") == [["市发展改革委", "市商务局", "19"]])
    #expect(
      try database.query(
        "select from_jurisdiction, from_year, from_value, to_value, delta, comparison "
          + "from target_change_summary where indicator = 'gdp' and to_doc = 'jinzhou-2025-plan' "
          + "order by comparison desc")
        == [
          ["锦州市", "2019", "6.6", "6.0", "-0.6", "years"],
          ["辽宁省", "2024", "5.5", "6.0", "0.5", "levels"],
        ])
    #expect(
      try database.query(
        "select unit, lead_tasks from workload where doc_id = 'haicheng-2023-plan' limit 1")
        == [["市发展和改革局", "16"]])
  }

  @Test("A name that is SQL is stored as written")
  func injection() throws {
    let folder = NSTemporaryDirectory() + "plangraph-db-sql-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "市财政局\t'); DROP TABLE tasks;--\n".write(
      toFile: folder + "/aliases.tsv", atomically: true, encoding: .utf8)
    let result = try CommandRunner.run([
      "export", Fixture.jinzhou2025.path, "--out", folder + "/out", "--format", "sqlite",
      "--aliases", folder + "/aliases.tsv",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let database = try SQLiteDatabase(path: folder + "/out/plangraph.sqlite", create: false)
    #expect(try database.query("SELECT count(*) FROM tasks") == [["158"]])
    // Jinzhou's 市财政局 leads 6 tasks; under its new name it still does. The name is in
    // canonical form, as in every export: the space after `;` goes (TextNormalizer).
    let name = "');DROP TABLE tasks;--"
    let lookup = try database.prepare("SELECT lead_tasks, unit FROM unit_load WHERE unit = ?")
    try lookup.run([.text(name)])
    #expect(try lookup.rows() == [["6", name]])
    let sqlite = try database.query("SELECT name FROM sqlite_master WHERE name = 'tasks'")
    #expect(sqlite == [["tasks"]])
    // --format sqlite alone writes no CSV.
    #expect(!FileManager.default.fileExists(atPath: folder + "/out/tasks.csv"))
  }

  @Test("report --from the database gives the page report gives from the inputs")
  func reportFromDatabase() throws {
    let fromDatabase = NSTemporaryDirectory() + "plangraph-db-report-\(UUID().uuidString)"
    let fromInputs = NSTemporaryDirectory() + "plangraph-db-report-\(UUID().uuidString)"
    let a = try CommandRunner.run([
      "report", "--from", Self.out + "/plangraph.sqlite", "--out", fromDatabase,
    ])
    #expect(a.status == 0, "\(a.standardError)")
    let b = try CommandRunner.run([
      "report", "Fixtures/plans", "Fixtures/reports", "--out", fromInputs,
    ])
    #expect(b.status == 0)
    #expect(
      FileManager.default.contents(atPath: fromDatabase + "/index.html")
        == FileManager.default.contents(atPath: fromInputs + "/index.html"))
    let schema = try CommandRunner.run(["export", "--print-schema"])
    #expect(schema.status == 0)
    #expect(schema.standardOutput.contains("CREATE TABLE \"documents\" (\n  \"doc_id\" TEXT"))
    #expect(schema.standardOutput.contains("CREATE VIEW workload AS"))
  }
}
