import PlanGraph

/// How much of a plan the agencies of one function carry: 发展改革 in 锦州 2025 whether it is
/// written 市发展改革委 or 市发展和改革局.
///
/// Counts units and collectives (各县(市)区人民政府 is `lower_government`; a group that names
/// no function, such as 各有关部门, is left out), by their function in `AgencyFunctions`; a
/// task counts once for a function however many of its agencies it names.
public struct FunctionLoad: Sendable, Hashable {
  /// The function's id.
  public var function: String
  /// Distinct agencies of the function the plan names.
  public var units: Int
  /// Tasks on which an agency of the function is a lead unit.
  public var leadTasks: Int
  /// Tasks on which an agency of the function holds any unit role.
  public var totalTasks: Int
  /// `leadTasks` over all the plan's tasks.
  public var shareOfTasksLed: Double

  /// The header of `function_load.csv`.
  public static let header = [
    "doc_id", "jurisdiction", "year", "function", "units", "lead_tasks", "total_tasks",
    "share_of_tasks_led",
  ]

  /// The load of every function the plan names, most lead tasks first (then total, then id).
  public static func compute(_ document: Document, functions: AgencyFunctions = .shipped)
    -> [FunctionLoad]
  {
    var units: [String: Set<NameKey>] = [:]
    var lookup = AgencyFunctions.Lookup(functions)
    var lead: [String: Set<Int>] = [:]
    var total: [String: Set<Int>] = [:]
    for (index, task) in document.tasks.enumerated() {
      for assignment in task.assignments where !assignment.role.isLeaderRole {
        let function = lookup.id(of: assignment.assignee.name)
        // A group such as 各有关部门 is no agency of any function.
        if function == AgencyFunctions.otherID && assignment.assignee.kind == .collective {
          continue
        }
        units[function, default: []].insert(NameKey(assignment.assignee.name))
        total[function, default: []].insert(index)
        if assignment.role == .leadUnit { lead[function, default: []].insert(index) }
      }
    }
    let tasks = max(document.tasks.count, 1)
    return units.keys.map { function in
      let led = lead[function]?.count ?? 0
      return FunctionLoad(
        function: function, units: units[function]!.count, leadTasks: led,
        totalTasks: total[function]?.count ?? 0,
        shareOfTasksLed: (Double(led) / Double(tasks) * 1e6).rounded() / 1e6)
    }.sorted {
      ($1.leadTasks, $1.totalTasks, $0.function) < ($0.leadTasks, $0.totalTasks, $1.function)
    }
  }

  /// `function_load.csv` rows of `document`.
  public static func table(_ document: Document) -> Table {
    var table = Table(header: header)
    for load in compute(document) {
      table.append([
        .text(document.id), .text(document.metadata.jurisdiction),
        .optional(document.metadata.year), .text(load.function), .integer(load.units),
        .integer(load.leadTasks), .integer(load.totalTasks), .number(load.shareOfTasksLed),
      ])
    }
    return table
  }
}
