import Foundation
import PlanGraph

/// Writes `plangraph.sqlite` as documents stream through: one transaction, prepared
/// statements, journal and syncing off while the file is new, renamed into place only when
/// complete, so a killed run never leaves half a database.
final class DatabaseExport {
  /// The database's file name in the export folder.
  static let fileName = "plangraph.sqlite"

  let path: String
  private let temporaryPath: String
  private var database: SQLiteDatabase?
  private var inserts: [String: SQLiteDatabase.Statement] = [:]
  private(set) var rows = 0

  /// Creates the temporary database with the schema and opens the transaction.
  init(folder: String) throws(PlanGraphError) {
    path = folder + "/" + Self.fileName
    temporaryPath =
      folder + "/.\(Self.fileName).\(ProcessInfo.processInfo.processIdentifier).tmp"
    unlink(temporaryPath)
    let database = try SQLiteDatabase(path: temporaryPath, create: true)
    self.database = database
    try database.execute("PRAGMA journal_mode = OFF")
    try database.execute("PRAGMA synchronous = OFF")
    // A bounded page cache (64 MB): dirty pages spill to the file, so memory does not grow
    // with the corpus inside the one transaction.
    try database.execute("PRAGMA cache_size = -65536")
    try database.execute("PRAGMA cache_spill = ON")
    try database.execute("PRAGMA mmap_size = 0")
    try database.execute("BEGIN")
    for statement in DatabaseSchema.statements { try database.execute(statement) }
    for table in DatabaseSchema.tables {
      let columns = table.columns.map { DatabaseSchema.quoted($0.name) }
      inserts[table.name] = try database.prepare(
        "INSERT INTO \(DatabaseSchema.quoted(table.name)) (\(columns.joined(separator: ", "))) "
          + "VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
    }
  }

  deinit { discard() }

  /// Inserts a table's rows into the table of that name.
  func insert(_ table: Table, into name: String) throws(PlanGraphError) {
    guard let statement = inserts[name] else { return }
    for row in table.rows {
      try statement.run(row.map(Self.value))
      rows += 1
    }
  }

  /// Inserts one document's rows: its corpus tables and its model line.
  func insert(_ tables: [CorpusTable: Table], model: [UInt8]?, documentID: String)
    throws(PlanGraphError)
  {
    for table in CorpusTable.allCases {
      guard let contents = tables[table] else { continue }
      try insert(contents, into: String(table.fileName.dropLast(4)))
    }
    if let model {
      let json = String(decoding: model.last == 0x0A ? model.dropLast() : model[...], as: UTF8.self)
      try inserts["model"]!.run([.text(documentID), .text(json)])
      rows += 1
    }
  }

  /// Writes the meta rows, commits, and renames the file into place.
  func finish(meta: [(String, String)]) throws(PlanGraphError) {
    for (key, value) in meta { try inserts["meta"]!.run([.text(key), .text(value)]) }
    try database!.execute("COMMIT")
    inserts = [:]
    database!.close()
    database = nil
    guard rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw .unwritable(path: path, reason: reason)
    }
  }

  /// Drops the unfinished database.
  func discard() {
    guard database != nil else { return }
    inserts = [:]
    database?.close()
    database = nil
    unlink(temporaryPath)
  }

  private static func value(_ cell: Table.Cell) -> SQLiteValue {
    switch cell {
    case .text(let text): .text(text)
    case .integer(let number): .integer(number)
    case .number(let number): .real(number)
    case .boolean(let flag): .integer(flag ? 1 : 0)
    case .empty: .null
    }
  }
}
