import PlanGraph

/// The schema of `plangraph.sqlite`: one table per table of the export contract with the same
/// column names, typed, keyed and indexed, plus `model`, `meta` and three views.
public enum DatabaseSchema {
  /// One table: its name, columns with their SQL types, keys and indices.
  public struct TableDefinition: Sendable {
    /// The table's name: the CSV file's name without `.csv`.
    public var name: String
    /// Each column and its type (INTEGER, REAL or TEXT).
    public var columns: [(name: String, type: String)]
    /// The primary key's columns, if the table has one.
    public var primaryKey: [String]
    /// Foreign keys as SQL clauses.
    public var foreignKeys: [String]
    /// Columns (or column lists) to index.
    public var indices: [[String]]
  }

  private static let integers: Set<String> = [
    "year", "tasks", "targets", "diagnostics", "number", "line", "lead_tasks",
    "responsible_tasks", "total_tasks", "quantified_tasks", "supervised_tasks", "degree",
    "shared_tasks", "community", "open_list", "from_year", "to_year", "units",
    "from_lead_tasks", "to_lead_tasks", "lead_change", "from_total_tasks", "to_total_tasks",
    "total_change", "seeks_better_result",
  ]
  private static let reals: Set<String> = [
    "weighted_lead", "strength", "betweenness", "closeness", "clustering", "weight", "share",
    "value", "value_high", "from_value", "to_value", "delta", "binding_value", "size", "Weight",
    "share_of_tasks_led", "stretch",
  ]

  private static func type(of column: String, in table: String) -> String {
    if table == "tasks" && column == "targets" { return "TEXT" }
    if integers.contains(column) { return "INTEGER" }
    if reals.contains(column) { return "REAL" }
    return "TEXT"
  }

  private static let document = "FOREIGN KEY (doc_id) REFERENCES documents (doc_id)"
  private static let task =
    "FOREIGN KEY (doc_id, task_id) REFERENCES tasks (doc_id, task_id)"

  /// Keys and indices per table, by name.
  private static let keys: [String: (primary: [String], foreign: [String], indices: [[String]])] =
    [
      "documents": (["doc_id"], [], [["jurisdiction"], ["year"]]),
      "tasks": (["doc_id", "task_id"], [document], []),
      "assignments": ([], [task], [["doc_id", "task_id"], ["actor"], ["role"]]),
      "diagnostics": ([], [document], [["doc_id"], ["code"]]),
      "unit_load": (["doc_id", "unit", "actor_kind"], [document], [["unit"]]),
      "leader_load": (["doc_id", "leader"], [document], [["leader"]]),
      "coresponsibility_nodes": (["doc_id", "unit"], [document], [["unit"]]),
      "coresponsibility_edges": (
        ["doc_id", "unit_a", "unit_b"], [document], [["unit_a"], ["unit_b"]]
      ),
      "leader_portfolios": (["doc_id", "leader", "unit"], [document], [["unit"]]),
      "responsibility": (["doc_id", "task_id", "actor"], [task], [["actor"]]),
      "targets": ([], [document], [["doc_id"], ["indicator"], ["jurisdiction", "year"]]),
      "target_changes": ([], [], [["indicator"], ["from_doc"], ["to_doc"]]),
      "targets_panel": (
        [], [document], [["indicator", "year"], ["jurisdiction_code", "year"], ["doc_id"]]
      ),
      "gephi_nodes": (["Id"], [document], [["doc_id"]]),
      "gephi_edges": ([], [], [["Source"], ["Target"]]),
      "function_load": (["doc_id", "function"], [document], [["function"]]),
      "function_edges": (["function_a", "function_b"], [], []),
      "load_changes": ([], [], [["jurisdiction"], ["function"]]),
    ]

  /// Every data table, in the order rows are inserted.
  public static let tables: [TableDefinition] = {
    var headers: [(String, [String])] = CorpusTable.allCases.compactMap { table in
      table.header.map { (String(table.fileName.dropLast(4)), $0) }
    }
    headers += [
      (
        "target_changes",
        TargetTables.changes(TargetComparison([], vocabulary: DocumentParser.Options().vocabulary))
          .header
      ),
      ("targets_panel", TargetTables.panelHeader),
      ("function_edges", FunctionNetwork.header), ("load_changes", LoadChanges.header),
    ]
    return headers.map { name, header in
      let key = keys[name] ?? ([], [], [])
      return TableDefinition(
        name: name, columns: header.map { ($0, type(of: $0, in: name)) },
        primaryKey: key.primary, foreignKeys: key.foreign, indices: key.indices)
    } + [
      TableDefinition(
        name: "model", columns: [("doc_id", "TEXT"), ("json", "TEXT")], primaryKey: ["doc_id"],
        foreignKeys: [document], indices: []),
      TableDefinition(
        name: "meta", columns: [("key", "TEXT"), ("value", "TEXT")], primaryKey: ["key"],
        foreignKeys: [], indices: []),
    ]
  }()

  /// The views for the README's questions.
  public static let views = [
    """
    CREATE VIEW workload AS
      SELECT doc_id, unit, lead_tasks, responsible_tasks, total_tasks, weighted_lead
      FROM unit_load WHERE actor_kind = 'unit'
      ORDER BY doc_id, lead_tasks DESC, total_tasks DESC, unit
    """,
    """
    CREATE VIEW coresponsibility_pairs AS
      SELECT e.doc_id, d.jurisdiction, d.year, e.unit_a, e.unit_b, e.shared_tasks, e.weight
      FROM coresponsibility_edges AS e JOIN documents AS d USING (doc_id)
      ORDER BY e.doc_id, e.shared_tasks DESC, e.weight DESC, e.unit_a, e.unit_b
    """,
    """
    CREATE VIEW target_change_summary AS
      SELECT indicator, from_jurisdiction, from_year, from_value, from_qualifier,
        to_jurisdiction, to_year, to_value, to_qualifier, delta, unit, direction, comparison,
        binding_value, from_doc, to_doc, from_code, to_code, conflicts
      FROM target_changes
    """,
  ]

  /// The whole schema as SQL statements, in order.
  public static var statements: [String] {
    var sql: [String] = []
    for table in tables {
      var parts = table.columns.map { "  \(quoted($0.name)) \($0.type)" }
      if !table.primaryKey.isEmpty {
        parts.append("  PRIMARY KEY (\(table.primaryKey.map(quoted).joined(separator: ", ")))")
      }
      parts += table.foreignKeys.map { "  " + $0 }
      sql.append("CREATE TABLE \(quoted(table.name)) (\n\(parts.joined(separator: ",\n"))\n)")
      for columns in table.indices {
        let name = "\(table.name)_by_\(columns.joined(separator: "_"))"
        sql.append(
          "CREATE INDEX \(quoted(name)) ON \(quoted(table.name)) "
            + "(\(columns.map(quoted).joined(separator: ", ")))")
      }
    }
    return sql + views
  }

  /// The schema as a script `sqlite3` reads.
  public static var script: String { statements.map { $0 + ";\n" }.joined() }

  /// An identifier in double quotes.
  static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
