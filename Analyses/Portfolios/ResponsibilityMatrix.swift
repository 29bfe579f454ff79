import PlanGraph

/// The tasks × actors matrix of roles: L lead leader, S supervising leader, A lead unit,
/// R responsible unit.
///
/// Columns are the actors ordered leaders first, then units, then collectives, each by how
/// many tasks they appear on (most first), then by name. A cell holds every letter that applies.
public enum ResponsibilityMatrix {
  /// `responsibility_matrix.csv` over several plans.
  ///
  /// With plans of more than one jurisdiction, a column is headed `jurisdiction/name`, so that
  /// 市商务局 of 锦州市 and of 海城市 stay two columns.
  public static func table(_ analyses: [PlanAnalysis]) -> Table {
    let qualified = Set(analyses.map(\.document.metadata.jurisdiction)).count > 1
    func column(_ name: String, _ document: Document) -> String {
      qualified ? "\(document.metadata.jurisdiction)/\(name)" : name
    }
    var appearances: [String: (kind: Int, count: Int)] = [:]
    let kindOrder: [Assignee.Kind: Int] = [.leader: 0, .unit: 1, .collective: 2]
    for analysis in analyses {
      for task in analysis.document.tasks {
        for name in Set(task.assignments.map(\.assignee.name)) {
          let kind = task.assignments.first { $0.assignee.name == name }!.assignee.kind
          let key = column(name, analysis.document)
          let old = appearances[key] ?? (kindOrder[kind]!, 0)
          appearances[key] = (min(old.kind, kindOrder[kind]!), old.count + 1)
        }
      }
    }
    let columns = appearances.sorted {
      ($0.value.kind, -$0.value.count, $0.key) < ($1.value.kind, -$1.value.count, $1.key)
    }.map(\.key)
    let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    var table = Table(header: ["doc_id", "task_id"] + columns)
    for analysis in analyses {
      for task in analysis.document.tasks {
        var cells = [String](repeating: "", count: columns.count)
        for assignment in task.assignments.sorted(by: { $0.role < $1.role }) {
          let index = position[column(assignment.assignee.name, analysis.document)]!
          if !cells[index].contains(assignment.role.matrixLetter) {
            cells[index] += assignment.role.matrixLetter
          }
        }
        table.append(
          [.text(analysis.document.id), .text(task.id)]
            + cells.map { $0.isEmpty ? .empty : .text($0) })
      }
    }
    return table
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
