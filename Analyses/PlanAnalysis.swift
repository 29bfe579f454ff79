import PlanGraph

/// Every analysis of one plan, computed once: its bipartite graph, workload and network.
public struct PlanAnalysis: Sendable {
  /// The plan.
  public var document: Document
  /// The plan's bipartite graph.
  public var graph: BipartiteGraph
  /// Load per unit and collective.
  public var unitLoad: [UnitLoad]
  /// Load per leader.
  public var leaderLoad: [LeaderLoad]
  /// The co-responsibility network of specific units.
  public var network: CoResponsibilityNetwork
  /// How unevenly lead tasks are spread.
  public var distribution: LoadDistribution
  /// Each leader's lead units.
  public var portfolios: [LeaderPortfolio]

  /// Analyses `document`.
  public init(_ document: Document) {
    self.init(PlanWorkload(document))
  }

  /// Completes the analysis of a plan whose workload is known: its network and portfolios.
  public init(_ workload: PlanWorkload) {
    document = workload.document
    graph = workload.graph
    unitLoad = workload.unitLoad
    leaderLoad = workload.leaderLoad
    network = CoResponsibilityNetwork(graph)
    distribution = workload.distribution
    portfolios = LeaderPortfolio.compute(leaderLoad: leaderLoad)
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
    for analysis in analyses {
      for load in analysis.unitLoad { table.append(load.row(documentID: analysis.document.id)) }
    }
    return table
  }

  /// `leader_load.csv` over several plans.
  public static func leaderLoadTable(_ analyses: [PlanAnalysis]) -> Table {
    var table = Table(header: LeaderLoad.header)
    for analysis in analyses {
      for load in analysis.leaderLoad { table.append(load.row(documentID: analysis.document.id)) }
    }
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
