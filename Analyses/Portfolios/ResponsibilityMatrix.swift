import PlanGraph

/// The tasks × actors matrix of roles: L lead leader, S supervising leader, A lead unit,
/// R responsible unit.
///
/// Columns are the actors ordered leaders first, then units, then collectives, each by how
/// many tasks they appear on (most first), then by name. A cell holds every letter that applies.
public enum ResponsibilityMatrix {
  /// `<doc_id>/responsibility_matrix.csv`: the tasks × actors matrix of one document.
  ///
  /// Its size is the document's tasks times its own actors; a corpus gets one per document
  /// and the long form `responsibility.csv`, never one matrix over every document.
  public static func table(for document: Document) -> Table {
    var appearances: [NameKey: (kind: Int, count: Int)] = [:]
    let kindOrder: [Assignee.Kind: Int] = [.leader: 0, .unit: 1, .collective: 2]
    for task in document.tasks {
      var seen = Set<NameKey>()
      for assignment in task.assignments
      where seen.insert(NameKey(assignment.assignee.name)).inserted {
        let kind = kindOrder[assignment.assignee.kind]!
        let key = NameKey(assignment.assignee.name)
        let old = appearances[key] ?? (kind, 0)
        appearances[key] = (min(old.kind, kind), old.count + 1)
      }
    }
    let columns = appearances.sorted {
      ($0.value.kind, -$0.value.count, $0.key.name) < ($1.value.kind, -$1.value.count, $1.key.name)
    }.map(\.key)
    let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    var table = Table(header: ["doc_id", "task_id"] + columns.map(\.name))
    table.rows.reserveCapacity(document.tasks.count)
    let empty = [Table.Cell](repeating: .empty, count: columns.count + 2)
    for (task, cells) in cells(of: document) {
      var row = empty
      row[0] = .text(document.id)
      row[1] = .text(task.id)
      for (name, letters) in cells { row[2 + position[NameKey(name)]!] = .text(letters) }
      table.rows.append(row)
    }
    return table
  }

  /// The header of `responsibility.csv`.
  public static let longHeader = ["doc_id", "task_id", "actor", "role"]

  /// `responsibility.csv` rows of one document: the non-empty cells of its matrix, one row
  /// each, actors by their first role (leaders first) and then as the plan lists them; `role` holds the cell's letters (`A`, or `AR` for an
  /// actor named in two roles).
  public static func longTable(for document: Document) -> Table {
    var table = Table(header: longHeader)
    for (task, cells) in cells(of: document) {
      for (name, letters) in cells {
        table.append([.text(document.id), .text(task.id), .text(name), .text(letters)])
      }
    }
    return table
  }

  /// Each task's actors with the letters of their roles, roles in L, S, A, R order.
  private static func cells(of document: Document) -> [(PlanTask, [(String, String)])] {
    document.tasks.map { task in
      // A task names a handful of actors: a list searched in order beats a dictionary.
      var cells: [(name: String, letters: String)] = []
      for assignment in task.assignments.sorted(by: { $0.role < $1.role }) {
        let name = assignment.assignee.name
        let letter = assignment.role.matrixLetter
        if let index = cells.firstIndex(where: { $0.name.utf8Equals(name) }) {
          if !cells[index].letters.utf8.contains(letter.utf8.first!) {
            cells[index].letters += letter
          }
        } else {
          cells.append((name, letter))
        }
      }
      return (task, cells.map { ($0.name, $0.letters) })
    }
  }

  /// Row checks: tasks with no lead unit, no leader, or only collectives.
  public static func diagnostics(for document: Document) -> [Diagnostic] {
    document.tasks.compactMap { task in
      let location = SourceLocation(file: document.source, line: task.line)
      let units = task.assignments.filter { !$0.role.isLeaderRole }
      if !units.isEmpty && units.allSatisfy({ $0.assignee.kind == .collective }) {
        return Diagnostic(
          .note, .onlyCollectives,
          "task \(task.number) names only collectives: no single agency answers for it",
          at: location)
      }
      if !task.assignments.contains(where: { $0.role == .leadUnit }) {
        return Diagnostic(
          .note, .noLeadUnit, "task \(task.number) has no lead unit (牵头单位)", at: location)
      }
      if !task.assignments.contains(where: { $0.role.isLeaderRole }) {
        return Diagnostic(
          .note, .noLeader, "task \(task.number) has no leader (牵头领导)", at: location)
      }
      return nil
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
