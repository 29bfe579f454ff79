import PlanGraph

/// The tasks × actors matrix of roles: L lead leader, S supervising leader, A lead unit,
/// R responsible unit.
///
/// Columns are the actors ordered leaders first, then units, then collectives, each by how
/// many tasks they appear on (most first), then by name. A cell holds every letter that applies.
public enum ResponsibilityMatrix {
  /// One document's matrix, computed once and written as a table or straight to CSV bytes.
  public struct Layout: Sendable {
    /// The document's id.
    public var documentID: String
    /// The actors, in column order.
    public var columns: [String]
    /// Each task's id and its non-empty cells: the column, and the letters of the actor's
    /// roles in L, S, A, R order; cells in the order the task lists its actors by role.
    public var rows: [(taskID: String, cells: [(column: Int, letters: String)])]

    /// Lays out `document`'s matrix.
    public init(_ document: Document) {
      documentID = document.id
      // Each actor is interned once: a local id, its column kind and the tasks it is on.
      var table = NameTable(capacity: 64)
      var kinds: [Int] = []
      var counts: [Int] = []
      var lastTask: [Int] = []
      var tasks: [(taskID: String, cells: [(actor: Int, letters: String)])] = []
      // Tasks and assignments read by index, in place: `for … in` would copy each one.
      let planTasks = document.tasks
      tasks.reserveCapacity(planTasks.count)
      for index in planTasks.indices {
        let assignments = planTasks[index].assignments
        var actors: [Int] = []
        actors.reserveCapacity(assignments.count)
        for position in assignments.indices {
          let assignee = assignments[position].assignee
          let (actor, isNew) = table.intern(assignee.name)
          if isNew {
            kinds.append(Int.max)
            counts.append(0)
            lastTask.append(-1)
          }
          actors.append(actor)
          // An actor counts once per task, with the kind it has where the task first names it.
          if lastTask[actor] != index {
            lastTask[actor] = index
            counts[actor] += 1
            kinds[actor] = min(kinds[actor], assignee.kind.columnOrder)
          }
        }
        tasks.append(
          (planTasks[index].id, ResponsibilityMatrix.cells(of: assignments, actors: actors)))
      }
      // By kind, then most tasks, then name (`sortsBefore` is `String`'s `<`).
      let names = table.names
      let order = names.indices.sorted {
        if kinds[$0] != kinds[$1] { return kinds[$0] < kinds[$1] }
        if counts[$0] != counts[$1] { return counts[$0] > counts[$1] }
        return names[$0].sortsBefore(names[$1])
      }
      var position = [Int](repeating: 0, count: names.count)
      for (column, actor) in order.enumerated() { position[actor] = column }
      columns = order.map { names[$0] }
      rows = tasks.map { task in
        (task.taskID, task.cells.map { (position[$0.actor], $0.letters) })
      }
    }

    /// The matrix's header: `doc_id`, `task_id`, then one column per actor.
    public var header: [String] { ["doc_id", "task_id"] + columns }

    /// The matrix as a table.
    public var table: Table { TableRows.table(header: header) { appendRows(to: &$0) } }

    /// The matrix as CSV bytes, the same as `csv.bytes(for: table)` without building the
    /// table's cells (most of which are empty).
    public func csvBytes(_ csv: CSVWriter) -> [UInt8] {
      var encoded = CSVRows()
      appendRows(to: &encoded)
      return csv.headerBytes(header) + encoded.bytes
    }

    /// The matrix's rows, one task each, to a table or straight to CSV.
    func appendRows<Rows: RowSink & ~Copyable>(to output: inout Rows) {
      // A row is mostly empty cells: they go in runs between a task's few cells.
      var line: [(column: Int, letters: String)] = []
      let document = PreparedText(documentID)
      for (taskID, cells) in rows {
        line.removeAll(keepingCapacity: true)
        line += cells
        line.sort { $0.column < $1.column }
        output.append(prepared: document)
        output.append(.text(taskID))
        var next = 0
        for (column, letters) in line {
          output.appendEmpty(column - next)
          output.append(.text(letters))
          next = column + 1
        }
        output.appendEmpty(columns.count - next)
        output.endRow()
      }
    }

    /// The rows of `responsibility.csv`: the non-empty cells, one row each.
    public var longTable: Table { TableRows.table(header: longHeader) { appendLongRows(to: &$0) } }

    /// The rows of `longTable`, to a table or straight to CSV.
    func appendLongRows<Rows: RowSink & ~Copyable>(to output: inout Rows) {
      // The document's id and each actor's name stand in many rows: encoded once.
      let document = PreparedText(documentID)
      let actors = columns.map(PreparedText.init)
      for (taskID, cells) in rows {
        let task = PreparedText(taskID)
        for (column, letters) in cells {
          output.append(prepared: document)
          output.append(prepared: task)
          output.append(prepared: actors[column])
          output.append(.text(letters))
          output.endRow()
        }
      }
    }
  }

  /// `<doc_id>/responsibility_matrix.csv`: the tasks × actors matrix of one document.
  ///
  /// Its size is the document's tasks times its own actors; a corpus gets one per document
  /// and the long form `responsibility.csv`, never one matrix over every document.
  public static func table(for document: Document) -> Table { Layout(document).table }

  /// The header of `responsibility.csv`.
  public static let longHeader = ["doc_id", "task_id", "actor", "role"]

  /// `responsibility.csv` rows of one document: the non-empty cells of its matrix, one row
  /// each, actors by their first role (leaders first) and then as the plan lists them; `role`
  /// holds the cell's letters (`A`, or `AR` for an actor named in two roles).
  public static func longTable(for document: Document) -> Table { Layout(document).longTable }

  /// A task's actors (`actors` holds each assignment's actor id) with the letters of their
  /// roles, roles in L, S, A, R order, actors by their first role and then as the task lists
  /// them.
  fileprivate static func cells(of assignments: [Assignment], actors: [Int]) -> [(
    actor: Int, letters: String
  )] {
    // A task names a handful of actors: a list searched in order beats a dictionary. Its
    // assignments are taken role by role in L, S, A, R order, each role's in the task's order
    // (what a stable sort by role gives, without sorting).
    var cells: [(actor: Int, letters: String)] = []
    cells.reserveCapacity(assignments.count)
    for role in Self.rolesInOrder {
      for index in assignments.indices where assignments[index].role == role {
        let letter = role.matrixLetter
        if let cell = cells.firstIndex(where: { $0.actor == actors[index] }) {
          if !cells[cell].letters.utf8.contains(letter.utf8.first!) {
            cells[cell].letters += letter
          }
        } else {
          cells.append((actors[index], letter))
        }
      }
    }
    return cells
  }

  /// Every role, in the order a cell's letters and a row's actors take them.
  private static let rolesInOrder = Role.allCases.sorted()

  /// Row checks: tasks with no lead unit, no leader, or only collectives.
  public static func diagnostics(for document: Document) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let tasks = document.tasks
    for task in tasks.indices {
      // One pass over the task's roles and kinds, without copying its assignments.
      let assignments = tasks[task].assignments
      var units = 0
      var collectives = 0
      var leadUnit = false
      var leader = false
      for index in assignments.indices {
        let role = assignments[index].role
        if role.isLeaderRole {
          leader = true
          continue
        }
        units += 1
        if assignments[index].assignee.kind == .collective { collectives += 1 }
        if role == .leadUnit { leadUnit = true }
      }
      let number = tasks[task].number
      let location = SourceLocation(file: document.source, line: tasks[task].line)
      if units > 0 && collectives == units {
        found.append(
          Diagnostic(
            .note, .onlyCollectives,
            "task \(number) names only collectives: no single agency answers for it",
            at: location))
      } else if !leadUnit {
        found.append(
          Diagnostic(.note, .noLeadUnit, "task \(number) has no lead unit (牵头单位)", at: location))
      } else if !leader {
        found.append(
          Diagnostic(.note, .noLeader, "task \(number) has no leader (牵头领导)", at: location))
      }
    }
    return found
  }
}

extension Assignee.Kind {
  /// Where the kind's actors stand among the matrix's columns: leaders, units, collectives.
  fileprivate var columnOrder: Int {
    switch self {
    case .leader: 0
    case .unit: 1
    case .collective: 2
    }
  }
}

extension Diagnostic.Code {
  /// A task whose unit roles name only collectives.
  public static let onlyCollectives = Diagnostic.Code("only-collectives")
  /// A task with no lead unit.
  public static let noLeadUnit = Diagnostic.Code("no-lead-unit")
  /// A task with no leader.
  public static let noLeader = Diagnostic.Code("no-leader")
}
