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
    /// Each task's id, in document order (a task that names nobody has a row of empty cells).
    var taskIDs: [String] = []
    /// Where each task's cells start in `cellColumns` and `cellRoles`, and where the last
    /// one's end: one entry more than `taskIDs`.
    var cellStarts: [Int32] = [0]
    /// Per cell, task after task: its actor's column.
    ///
    /// A task's cells stand in the order it lists its actors by role: actors by their first
    /// role in L, S, A, R order, then as the task names them.
    var cellColumns: [Int32] = []
    /// Per cell: the actor's roles on the task, a bit each (`Self.bit(of:)`).
    var cellRoles: [UInt8] = []

    /// Lays out `document`'s matrix.
    public init(_ document: Document) {
      documentID = document.id
      columns = []
      // Each actor is interned once: a local id, its column kind and the tasks it is on.
      var table = NameTable(capacity: 64)
      var kinds: [Int] = []
      var counts: [Int] = []
      var lastTask: [Int] = []
      var actors: [Int32] = []
      // Tasks and assignments read by index, in place: `for … in` would copy each one.
      let planTasks = document.tasks
      taskIDs.reserveCapacity(planTasks.count)
      cellStarts.reserveCapacity(planTasks.count + 1)
      for index in planTasks.indices {
        let assignments = planTasks[index].assignments
        actors.removeAll(keepingCapacity: true)
        for position in assignments.indices {
          let assignee = assignments[position].assignee
          let (actor, isNew) = table.intern(assignee.name)
          if isNew {
            kinds.append(Int.max)
            counts.append(0)
            lastTask.append(-1)
          }
          actors.append(Int32(actor))
          // An actor counts once per task, with the kind it has where the task first names it.
          if lastTask[actor] != index {
            lastTask[actor] = index
            counts[actor] += 1
            kinds[actor] = min(kinds[actor], assignee.kind.columnOrder)
          }
        }
        taskIDs.append(planTasks[index].id)
        appendCells(of: assignments, actors: actors)
      }
      // By kind, then most tasks, then name (`sortsBefore` is `String`'s `<`).
      let names = table.names
      let order = names.indices.sorted {
        if kinds[$0] != kinds[$1] { return kinds[$0] < kinds[$1] }
        if counts[$0] != counts[$1] { return counts[$0] > counts[$1] }
        return names[$0].sortsBefore(names[$1])
      }
      var position = [Int32](repeating: 0, count: names.count)
      for (column, actor) in order.enumerated() { position[actor] = Int32(column) }
      columns = order.map { names[$0] }
      // The cells held actor ids until now: their columns replace them in place.
      for cell in cellColumns.indices { cellColumns[cell] = position[Int(cellColumns[cell])] }
    }

    /// Appends a task's cells: its actors (`actors` holds each assignment's actor id) with
    /// their roles, actors by their first role and then as the task lists them.
    private mutating func appendCells(of assignments: [Assignment], actors: [Int32]) {
      // A task names a handful of actors: its cells searched in order beat a dictionary. Its
      // assignments are taken role by role in L, S, A, R order, each role's in the task's order
      // (what a stable sort by role gives, without sorting).
      let first = cellColumns.count
      for role in ResponsibilityMatrix.rolesInOrder {
        let bit = Self.bit(of: role)
        for index in assignments.indices where assignments[index].role == role {
          if let cell = cellColumns[first...].firstIndex(of: actors[index]) {
            cellRoles[cell] |= bit
          } else {
            cellColumns.append(actors[index])
            cellRoles.append(bit)
          }
        }
      }
      cellStarts.append(Int32(cellColumns.count))
    }

    /// A role's bit in `cellRoles`.
    private static func bit(of role: Role) -> UInt8 {
      switch role {
      case .leadLeader: 1
      case .supervisingLeader: 2
      case .leadUnit: 4
      case .responsibleUnit: 8
      }
    }

    /// A cell's text for each set of role bits: its letters in L, S, A, R order.
    private static let lettersByRoles: [PreparedText] = (0..<16).map { (roles: UInt8) in
      let letters = ResponsibilityMatrix.rolesInOrder.compactMap { role in
        roles & bit(of: role) != 0 ? role.matrixLetter : nil
      }
      return PreparedText(letters.joined())
    }

    /// The task `task`'s cells, as indices into `cellColumns` and `cellRoles`.
    private func cells(ofTask task: Int) -> Range<Int> {
      Int(cellStarts[task])..<Int(cellStarts[task + 1])
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
      // A row is mostly empty cells: they go in runs between a task's few cells, which are
      // put in column order as one sort of column and roles packed in an integer each.
      let letters = Self.lettersByRoles
      var line: [UInt64] = []
      let document = PreparedText(documentID)
      for task in taskIDs.indices {
        line.removeAll(keepingCapacity: true)
        for cell in cells(ofTask: task) {
          line.append(UInt64(cellColumns[cell]) << 8 | UInt64(cellRoles[cell]))
        }
        line.sort()
        output.append(prepared: document)
        output.append(.text(taskIDs[task]))
        var next = 0
        for packed in line {
          let column = Int(packed >> 8)
          output.appendEmpty(column - next)
          output.append(prepared: letters[Int(packed & 0xFF)])
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
      let letters = Self.lettersByRoles
      let document = PreparedText(documentID)
      let actors = columns.map(PreparedText.init)
      for task in taskIDs.indices {
        let range = cells(ofTask: task)
        guard !range.isEmpty else { continue }
        let taskID = PreparedText(taskIDs[task])
        for cell in range {
          output.append(prepared: document)
          output.append(prepared: taskID)
          output.append(prepared: actors[Int(cellColumns[cell])])
          output.append(prepared: letters[Int(cellRoles[cell])])
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

  /// Every role, in the order a cell's letters and a row's actors take them.
  fileprivate static let rolesInOrder = Role.allCases.sorted()

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
