import PlanGraph

/// A corpus-level file of the export: one file for every document together, written as
/// documents stream through.
///
/// Every one grows with the corpus (rows per document, task, assignment, unit or edge), never
/// with a product over it; the README's export contract says how each grows.
public enum CorpusTable: String, CaseIterable, Sendable {
  /// `documents.csv`: a row per document.
  case documents
  /// `tasks.csv`: a row per task.
  case tasks
  /// `assignments.csv`: a row per assignment.
  case assignments
  /// `diagnostics.csv`: a row per diagnostic.
  case diagnostics
  /// `unit_load.csv`: a row per unit of each plan.
  case unitLoad
  /// `leader_load.csv`: a row per leader of each plan.
  case leaderLoad
  /// `coresponsibility_nodes.csv`: a row per unit of each plan's network.
  case coResponsibilityNodes
  /// `coresponsibility_edges.csv`: a row per tie of each plan's network.
  case coResponsibilityEdges
  /// `leader_portfolios.csv`: a row per leader and lead unit of each plan.
  case leaderPortfolios
  /// `function_load.csv`: a row per agency function named in each plan.
  case functionLoad
  /// `responsibility.csv`: the long form of every plan's matrix, a row per non-empty cell.
  case responsibility
  /// `targets.csv`: a row per target.
  case targets
  /// `gephi_nodes.csv`: a row per node of each plan's co-responsibility drawing.
  case gephiNodes
  /// `gephi_edges.csv`: a row per edge of each plan's co-responsibility drawing.
  case gephiEdges
  /// `model.json`: JSON Lines, a line per document.
  case model

  /// The file's name in the export folder.
  public var fileName: String {
    switch self {
    case .documents: "documents.csv"
    case .tasks: "tasks.csv"
    case .assignments: "assignments.csv"
    case .diagnostics: "diagnostics.csv"
    case .unitLoad: "unit_load.csv"
    case .leaderLoad: "leader_load.csv"
    case .coResponsibilityNodes: "coresponsibility_nodes.csv"
    case .coResponsibilityEdges: "coresponsibility_edges.csv"
    case .leaderPortfolios: "leader_portfolios.csv"
    case .functionLoad: "function_load.csv"
    case .responsibility: "responsibility.csv"
    case .targets: "targets.csv"
    case .gephiNodes: "gephi_nodes.csv"
    case .gephiEdges: "gephi_edges.csv"
    case .model: "model.json"
    }
  }

  /// The CSV header, or nil for `model.json`.
  public var header: [String]? {
    switch self {
    case .documents: ExportContract.documentsTable([]).header
    case .tasks: ExportContract.tasksTable([]).header
    case .assignments: ExportContract.assignmentsTable([]).header
    case .diagnostics: ExportContract.diagnosticsTable([]).header
    case .unitLoad: UnitLoad.header
    case .leaderLoad: LeaderLoad.header
    case .coResponsibilityNodes: CoResponsibilityNetwork.nodeHeader
    case .coResponsibilityEdges: CoResponsibilityNetwork.edgeHeader
    case .leaderPortfolios: LeaderPortfolio.header
    case .functionLoad: FunctionLoad.header
    case .responsibility: ResponsibilityMatrix.longHeader
    case .targets: TargetTables.targets([]).header
    case .gephiNodes: GephiTables.nodes([]).header
    case .gephiEdges: GephiTables.edges([]).header
    case .model: nil
    }
  }
}
