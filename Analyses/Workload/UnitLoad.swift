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
    var loads: [UnitLoad] = []
    for (index, actor) in graph.actors.enumerated() where actor.kind != .leader {
      var lead = Set<Int32>()
      var responsible = Set<Int32>()
      var weighted = 0.0
      for edge in graph.edges(ofActor: Int32(index)) {
        if edge.role == .leadUnit, lead.insert(edge.node).inserted {
          let k = Set(graph.edges(ofTask: edge.node).filter { $0.role == .leadUnit }.map(\.node))
            .count
          weighted += 1 / Double(k)
        } else if edge.role == .responsibleUnit {
          responsible.insert(edge.node)
        }
      }
      guard !lead.isEmpty || !responsible.isEmpty else { continue }
      let all = lead.union(responsible)
      loads.append(
        UnitLoad(
          unit: actor, leadTasks: lead.count, responsibleTasks: responsible.count,
          totalTasks: all.count, weightedLead: weighted,
          quantifiedTasks: all.filter { quantifiedTaskIDs.contains(graph.tasks[Int($0)].id) }.count)
      )
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
