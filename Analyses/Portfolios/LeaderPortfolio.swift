import PlanGraph

/// The agencies a leader works through: for each leader, the units that lead the leader's
/// tasks and how often — the de-facto division of labour (分工).
public struct LeaderPortfolio: Sendable, Hashable {
  /// The leader.
  public var leader: ActorKey
  /// Tasks the leader leads or supervises.
  public var tasks: Int
  /// Each lead unit with the number of the leader's tasks it leads, most first.
  public var units: [Share]

  /// One unit in a portfolio.
  public struct Share: Sendable, Hashable {
    /// The unit's name.
    public var unit: String
    /// The leader's tasks this unit leads.
    public var tasks: Int
    /// `tasks` over the leader's tasks.
    public var share: Double
  }

  /// The header of `leader_portfolios.csv`.
  public static let header = ["doc_id", "leader", "unit", "tasks", "share"]

  /// The portfolio of every leader, from the lead units `LeaderLoad.compute` counted.
  public static func compute(leaderLoad: [LeaderLoad]) -> [LeaderPortfolio] {
    leaderLoad.map { load in
      let total = load.leadTasks + load.supervisedTasks
      return LeaderPortfolio(
        leader: load.leader, tasks: total,
        units: load.leadUnits.map {
          Share(unit: $0.name, tasks: $0.tasks, share: Double($0.tasks) / Double(max(total, 1)))
        })
    }
  }

  /// Rows of `leader_portfolios.csv`.
  public func rows(documentID: String) -> [[Table.Cell]] {
    units.map {
      [
        .text(documentID), .text(leader.name), .text($0.unit), .integer($0.tasks),
        .number($0.share),
      ]
    }
  }
}
