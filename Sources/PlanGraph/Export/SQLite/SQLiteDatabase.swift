import CSQLite
import Foundation

/// A connection to an SQLite database through the system library, with prepared statements and
/// bound parameters only: names are data and never become SQL text.
public final class SQLiteDatabase {
  /// A statement prepared once and run many times.
  public final class Statement {
    fileprivate let handle: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(_ handle: OpaquePointer, database: SQLiteDatabase) {
      self.handle = handle
      self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the parameters in order, runs the statement and resets it.
    /// - Throws: `PlanGraphError.unwritable` with SQLite's message.
    public func run(_ values: [SQLiteValue]) throws(PlanGraphError) {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
      for (offset, value) in values.enumerated() {
        let index = Int32(offset + 1)
        let status: Int32
        switch value {
        case .null: status = sqlite3_bind_null(handle, index)
        case .integer(let number): status = sqlite3_bind_int64(handle, index, Int64(number))
        case .real(let number): status = sqlite3_bind_double(handle, index, number)
        case .text(let text):
          status = sqlite3_bind_text(handle, index, text, -1, SQLiteDatabase.transient)
        }
        guard status == SQLITE_OK else { throw database.error("bind") }
      }
      let step = sqlite3_step(handle)
      guard step == SQLITE_DONE || step == SQLITE_ROW else { throw database.error("insert") }
    }

    /// Every row the statement returns, each as text cells (NULL as nil).
    public func rows() throws(PlanGraphError) -> [[String?]] {
      sqlite3_reset(handle)
      var rows: [[String?]] = []
      while true {
        let step = sqlite3_step(handle)
        if step == SQLITE_DONE { break }
        guard step == SQLITE_ROW else { throw database.error("query") }
        rows.append(
          (0..<sqlite3_column_count(handle)).map { column in
            sqlite3_column_text(handle, column).map { String(cString: $0) }
          })
      }
      return rows
    }
  }

  /// The file the database is in.
  public let path: String
  private var handle: OpaquePointer?

  fileprivate static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Opens (creating if asked) the database at `path`.
  /// - Throws: `PlanGraphError.unwritable` or `.unreadable` with SQLite's message.
  public init(path: String, create: Bool) throws(PlanGraphError) {
    self.path = path
    let flags =
      create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    guard status == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(handle)
      handle = nil
      throw create
        ? .unwritable(path: path, reason: message) : .unreadable(path: path, reason: message)
    }
  }

  deinit { close() }

  /// Closes the connection; statements must be gone first.
  public func close() {
    guard let handle else { return }
    sqlite3_close(handle)
    self.handle = nil
  }

  /// Runs SQL that takes no parameters (schema, pragmas, transactions).
  public func execute(_ sql: String) throws(PlanGraphError) {
    guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw error(sql) }
  }

  /// Prepares `sql` with `?` parameters.
  public func prepare(_ sql: String) throws(PlanGraphError) -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement
    else { throw error(sql) }
    return Statement(statement, database: self)
  }

  /// The rows of a query without parameters, as text.
  public func query(_ sql: String) throws(PlanGraphError) -> [[String?]] {
    try prepare(sql).rows()
  }

  fileprivate func error(_ what: String) -> PlanGraphError {
    let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed"
    return .unwritable(path: path, reason: "SQLite: \(message) (\(what.prefix(80)))")
  }
}

/// A value bound to a statement parameter.
public enum SQLiteValue: Sendable, Hashable {
  /// NULL.
  case null
  /// An INTEGER.
  case integer(Int)
  /// A REAL.
  case real(Double)
  /// TEXT.
  case text(String)
}

extension SQLiteDatabase {
  /// SQLite's own high-water mark of allocated memory, in bytes.
  public static func memoryHighwater() -> Int { Int(sqlite3_memory_highwater(0)) }
}
