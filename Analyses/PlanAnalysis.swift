import PlanGraph

/// Every analysis of one plan, computed once: its bipartite graph, workload and network.
public struct PlanAnalysis: Sendable {
  /// The plan's workload: its graph, the load of each unit and leader, and their spread.
  public var workload: PlanWorkload
  /// The co-responsibility network of specific units.
  public var network: CoResponsibilityNetwork
  /// Each leader's lead units.
  public var portfolios: [LeaderPortfolio]

  /// The plan.
  public var document: Document {
    get { workload.document }
    set { workload.document = newValue }
  }
  /// The plan's bipartite graph.
  public var graph: BipartiteGraph {
    get { workload.graph }
    set { workload.graph = newValue }
  }
  /// Load per unit and collective.
  public var unitLoad: [UnitLoad] {
    get { workload.unitLoad }
    set { workload.unitLoad = newValue }
  }
  /// Load per leader.
  public var leaderLoad: [LeaderLoad] {
    get { workload.leaderLoad }
    set { workload.leaderLoad = newValue }
  }
  /// How unevenly lead tasks are spread.
  public var distribution: LoadDistribution {
    get { workload.distribution }
    set { workload.distribution = newValue }
  }

  /// Analyses `document`.
  public init(_ document: Document) {
    self.init(PlanWorkload(document))
  }

  /// Completes the analysis of a plan whose workload is known: its network and portfolios.
  public init(_ workload: PlanWorkload) {
    self.workload = workload
    network = CoResponsibilityNetwork(workload.graph)
    portfolios = LeaderPortfolio.compute(leaderLoad: workload.leaderLoad)
  }

  /// `leader_portfolios.csv` over several plans.
  public static func portfoliosTable(_ analyses: [PlanAnalysis]) -> Table {
    Table(
      header: LeaderPortfolio.header,
      rows: analyses.flatMap { analysis in
        analysis.portfolios.flatMap { $0.rows(documentID: analysis.document.id) }
      })
  }

  /// `unit_load.csv` over several plans.
  public static func unitLoadTable(_ analyses: [PlanAnalysis]) -> Table {
    var table = Table(header: UnitLoad.header)
    for row in analyses.lazy.flatMap(\.workload.unitLoadRows) { table.append(row) }
    return table
  }

  /// `leader_load.csv` over several plans.
  public static func leaderLoadTable(_ analyses: [PlanAnalysis]) -> Table {
    var table = Table(header: LeaderLoad.header)
    for row in analyses.lazy.flatMap(\.workload.leaderLoadRows) { table.append(row) }
    return table
  }

  /// `coresponsibility_nodes.csv` over several plans.
  public static func coResponsibilityNodesTable(_ analyses: [PlanAnalysis]) -> Table {
    Table(
      header: CoResponsibilityNetwork.nodeHeader,
      rows: analyses.flatMap { $0.network.nodeRows(documentID: $0.document.id) })
  }

  /// `coresponsibility_edges.csv` over several plans.
  public static func coResponsibilityEdgesTable(_ analyses: [PlanAnalysis]) -> Table {
    Table(
      header: CoResponsibilityNetwork.edgeHeader,
      rows: analyses.flatMap { $0.network.edgeRows(documentID: $0.document.id) })
  }
}
