import Foundation
import PlanGraph

/// Reads back what `plangraph.sqlite` holds, so a corpus parsed once can be reported many times.
public struct DatabaseReader {
  private let database: SQLiteDatabase

  /// Opens the database at `path` read-only.
  /// - Throws: `PlanGraphError.unreadable` when it is not a PlanGraph database.
  public init(path: String) throws(PlanGraphError) {
    database = try SQLiteDatabase(path: path, create: false)
    let tables = try database.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    guard tables.contains(where: { $0.first == "model" }) else {
      throw .unreadable(
        path: path,
        reason: "not a PlanGraph database (no model table); write one with "
          + "`plangraph export INPUTS --out DIR --format sqlite`")
    }
  }

  /// The documents, in the order they were exported.
  /// - Throws: `PlanGraphError.unreadable` when a stored document does not decode.
  public func documents() throws(PlanGraphError) -> [Document] {
    let decoder = JSONDecoder()
    var documents: [Document] = []
    for row in try database.query("SELECT doc_id, json FROM model ORDER BY rowid") {
      guard let json = row[1], let data = json.data(using: .utf8),
        let document = try? decoder.decode(Document.self, from: data)
      else {
        throw .unreadable(
          path: database.path,
          reason: "the model of \(row[0] ?? "?") does not decode; "
            + "export the corpus again with this version")
      }
      documents.append(document)
    }
    return documents
  }

  /// The value of `key` in the `meta` table.
  public func meta(_ key: String) throws(PlanGraphError) -> String? {
    let statement = try database.prepare("SELECT value FROM meta WHERE key = ?")
    try statement.run([.text(key)])
    return try statement.rows().first?.first ?? nil
  }
}
