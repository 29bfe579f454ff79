import PlanGraph

/// The workload of one plan, without its co-responsibility network: its bipartite graph,
/// the load of each unit and leader, and how unevenly lead tasks are spread.
///
/// What `plangraph load` prints and `compare` pairs across years; `PlanAnalysis` adds the
/// network (betweenness, communities) to it, about a tenth of a plan's analysis, which these
/// never read.
public struct PlanWorkload: Sendable {
  /// The plan.
  public var document: Document
  /// The plan's bipartite graph.
  public var graph: BipartiteGraph
  /// Load per unit and collective.
  public var unitLoad: [UnitLoad]
  /// Load per leader.
  public var leaderLoad: [LeaderLoad]
  /// How unevenly lead tasks are spread.
  public var distribution: LoadDistribution

  /// The workload of `document`.
  public init(_ document: Document) {
    self.document = document
    graph = BipartiteGraph(documents: [document])
    unitLoad = UnitLoad.compute(
      graph, quantifiedTaskIDs: Set(document.targets.compactMap(\.taskID)))
    leaderLoad = LeaderLoad.compute(graph)
    distribution = LoadDistribution(unitLoad)
  }

  /// This plan's rows of `unit_load.csv`.
  public var unitLoadRows: [[Table.Cell]] {
    unitLoad.map { $0.row(documentID: document.id) }
  }

  /// This plan's rows of `leader_load.csv`.
  public var leaderLoadRows: [[Table.Cell]] {
    leaderLoad.map { $0.row(documentID: document.id) }
  }
}
