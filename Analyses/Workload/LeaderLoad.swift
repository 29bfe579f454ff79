import PlanGraph

/// How many tasks a leader leads and supervises, and the units leading those tasks.
public struct LeaderLoad: Sendable, Hashable {
  /// The leader.
  public var leader: ActorKey
  /// Tasks on which the leader is 牵头领导 or 责任领导.
  public var leadTasks: Int
  /// Tasks on which the leader is 分管领导.
  public var supervisedTasks: Int
  /// The lead units of the leader's tasks with how many of them each leads, most first.
  public var leadUnits: [(name: String, tasks: Int)]

  /// The header of `leader_load.csv`.
  public static let header = ["doc_id", "leader", "lead_tasks", "supervised_tasks", "lead_units"]

  /// The load of every leader in `graph`, most tasks first.
  public static func compute(_ graph: BipartiteGraph) -> [LeaderLoad] {
    var loads: [LeaderLoad] = []
    for (index, actor) in graph.actors.enumerated() where actor.kind == .leader {
      var lead = Set<Int32>()
      var supervised = Set<Int32>()
      for edge in graph.edges(ofActor: Int32(index)) {
        if edge.role == .leadLeader { lead.insert(edge.node) } else { supervised.insert(edge.node) }
      }
      // Keyed by actor id: the graph interned the names.
      var units: [Int32: Int] = [:]
      for task in lead.union(supervised) {
        for edge in graph.edges(ofTask: task) where edge.role == .leadUnit {
          units[edge.node, default: 0] += 1
        }
      }
      let sorted = units.map { (name: graph.actors[Int($0.key)].name, tasks: $0.value) }.sorted {
        ($0.tasks, $1.name) > ($1.tasks, $0.name)
      }
      loads.append(
        LeaderLoad(
          leader: actor, leadTasks: lead.count, supervisedTasks: supervised.count, leadUnits: sorted
        ))
    }
    return loads.sorted {
      ($0.leadTasks + $0.supervisedTasks, $1.leader.name) > (
        $1.leadTasks + $1.supervisedTasks, $0.leader.name
      )
    }
  }

  /// The row of `leader_load.csv`: lead units listed most frequent first, joined by `、`.
  public func row(documentID: String) -> [Table.Cell] {
    [
      .text(documentID), .text(leader.name), .integer(leadTasks), .integer(supervisedTasks),
      .text(leadUnits.map(\.name).joined(separator: ExportContract.listSeparator)),
    ]
  }

  /// Equal when leader and counts are equal.
  public static func == (lhs: LeaderLoad, rhs: LeaderLoad) -> Bool {
    lhs.leader == rhs.leader && lhs.leadTasks == rhs.leadTasks
      && lhs.supervisedTasks == rhs.supervisedTasks
      && lhs.leadUnits.map(\.name) == rhs.leadUnits.map(\.name)
      && lhs.leadUnits.map(\.tasks) == rhs.leadUnits.map(\.tasks)
  }

  /// Hashes leader and counts.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(leader)
    hasher.combine(leadTasks)
    hasher.combine(supervisedTasks)
  }
}
