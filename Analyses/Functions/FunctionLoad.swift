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
    compute(TaskFunctions(document, functions: functions))
  }

  /// The load of every function in `named` (one document's), ordered as `compute(_:)`.
  public static func compute(_ named: TaskFunctions) -> [FunctionLoad] {
    let count = named.functions.functions.count
    // Distinct units per function: a name counts once under each function it is named with
    // (always one, as a name's function is looked up from the name; others are kept apart).
    var units = [Int](repeating: 0, count: count)
    // Per name id: the function it was first counted under, or -1.
    var firstFunction = [Int](repeating: -1, count: named.nameCount)
    var otherPairs = Set<Int>()
    // Tasks are visited in order, so a task counts once per function by remembering the last
    // task counted.
    var lastLead = [Int](repeating: -1, count: count)
    var lastTotal = [Int](repeating: -1, count: count)
    var lead = [Int](repeating: 0, count: count)
    var total = [Int](repeating: 0, count: count)
    for index in 0..<named.taskCount {
      for mention in named.mentions(ofTask: index) {
        let function = mention.function
        let name = mention.nameID
        if firstFunction[name] < 0 {
          firstFunction[name] = function
          units[function] += 1
        } else if firstFunction[name] != function,
          otherPairs.insert(name * count + function).inserted
        {
          units[function] += 1
        }
        if lastTotal[function] != index {
          lastTotal[function] = index
          total[function] += 1
        }
        if mention.isLead && lastLead[function] != index {
          lastLead[function] = index
          lead[function] += 1
        }
      }
    }
    let tasks = max(named.taskCount, 1)
    return units.indices.filter { units[$0] > 0 }.map { function in
      FunctionLoad(
        function: named.id(function), units: units[function], leadTasks: lead[function],
        totalTasks: total[function],
        shareOfTasksLed: (Double(lead[function]) / Double(tasks) * 1e6).rounded() / 1e6)
    }.sorted {
      ($1.leadTasks, $1.totalTasks, $0.function) < ($0.leadTasks, $0.totalTasks, $1.function)
    }
  }

  /// `function_load.csv` rows of `document`.
  public static func table(_ document: Document) -> Table {
    table(document, TaskFunctions(document))
  }

  /// `function_load.csv` rows of `document`, whose functions `named` holds.
  public static func table(_ document: Document, _ named: TaskFunctions) -> Table {
    var table = Table(header: header)
    for load in compute(named) {
      table.append([
        .text(document.id), .text(document.metadata.jurisdiction),
        .optional(document.metadata.year), .text(load.function), .integer(load.units),
        .integer(load.leadTasks), .integer(load.totalTasks), .number(load.shareOfTasksLed),
      ])
    }
    return table
  }
}
