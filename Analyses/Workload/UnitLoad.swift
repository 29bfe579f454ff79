import PlanGraph

/// How many tasks a unit or collective carries, as lead and as responsible unit.
public struct UnitLoad: Sendable, Hashable {
  /// The unit.
  public var unit: ActorKey
  /// Tasks on which it is a lead unit (牵头单位).
  public var leadTasks: Int
  /// Tasks on which it is a responsible unit (责任单位 and the like).
  public var responsibleTasks: Int
  /// Distinct tasks on which it holds any unit role.
  public var totalTasks: Int
  /// Σ 1/k over its lead tasks, k the number of lead units on the task: lead shared fairly.
  public var weightedLead: Double
  /// Distinct tasks, in any unit role, that set at least one numeric target.
  public var quantifiedTasks: Int = 0

  /// The header of `unit_load.csv`.
  public static let header = [
    "doc_id", "unit", "actor_kind", "lead_tasks", "responsible_tasks", "total_tasks",
    "weighted_lead", "quantified_tasks", "function",
  ]

  /// The load of every unit and collective in `graph`, heaviest lead first (then total
  /// tasks, then name).
  public static func compute(_ graph: BipartiteGraph, quantifiedTaskIDs: Set<String> = [])
    -> [UnitLoad]
  {
    let taskCount = graph.tasks.count
    // How many distinct lead units each task has: a lead task weighs 1/k for each of its k.
    var leadUnits = [Int](repeating: 0, count: taskCount)
    var leads: [Int32] = []
    for task in 0..<taskCount {
      leads.removeAll(keepingCapacity: true)
      for edge in graph.edges(ofTask: Int32(task)) where edge.role == .leadUnit {
        if !leads.contains(edge.node) { leads.append(edge.node) }
      }
      leadUnits[task] = leads.count
    }
    let quantified =
      quantifiedTaskIDs.isEmpty
      ? [Bool](repeating: false, count: taskCount)
      : graph.tasks.map { quantifiedTaskIDs.contains($0.id) }
    // A task counts once per actor: each mark holds the last actor that counted the task.
    var leadMark = [Int32](repeating: -1, count: taskCount)
    var responsibleMark = leadMark
    var anyMark = leadMark
    var loads: [UnitLoad] = []
    for (index, actor) in graph.actors.enumerated() where actor.kind != .leader {
      let id = Int32(index)
      var lead = 0
      var responsible = 0
      var total = 0
      var quantifiedTasks = 0
      var weighted = 0.0
      for edge in graph.edges(ofActor: id) {
        let task = Int(edge.node)
        switch edge.role {
        case .leadUnit where leadMark[task] != id:
          leadMark[task] = id
          lead += 1
          weighted += 1 / Double(leadUnits[task])
        case .responsibleUnit where responsibleMark[task] != id:
          responsibleMark[task] = id
          responsible += 1
        case .leadUnit, .responsibleUnit: break
        default: continue
        }
        if anyMark[task] != id {
          anyMark[task] = id
          total += 1
          if quantified[task] { quantifiedTasks += 1 }
        }
      }
      guard lead > 0 || responsible > 0 else { continue }
      loads.append(
        UnitLoad(
          unit: actor, leadTasks: lead, responsibleTasks: responsible, totalTasks: total,
          weightedLead: weighted, quantifiedTasks: quantifiedTasks))
    }
    return loads.sorted {
      ($0.leadTasks, $0.totalTasks, $1.unit.name) > ($1.leadTasks, $1.totalTasks, $0.unit.name)
    }
  }

  /// The row of `unit_load.csv`.
  public func row(documentID: String) -> [Table.Cell] {
    [
      .text(documentID), .text(unit.name), .text(unit.kind.rawValue), .integer(leadTasks),
      .integer(responsibleTasks), .integer(totalTasks), .number(weightedLead),
      .integer(quantifiedTasks), .text(AgencyFunctions.shipped.function(of: unit.name).id),
    ]
  }
}
