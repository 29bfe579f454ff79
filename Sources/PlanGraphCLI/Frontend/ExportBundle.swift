import Foundation
import PlanAnalyses
import PlanGraph

/// The files `export` writes, by name, in a fixed order.
enum ExportBundle {
  /// The files for `documents`; pass `analyses` when they were already computed.
  static func files(
    for documents: [Document], csv: CSVWriter, minimumWeight: Double = 0,
    analyses known: [PlanAnalysis]? = nil
  ) -> [(String, Data)] {
    var files: [(String, Data)] = []
    func add(_ name: String, _ table: Table) { files.append((name, Data(csv.bytes(for: table)))) }
    func text(_ name: String, _ contents: String) { files.append((name, Data(contents.utf8))) }
    let analyses =
      known ?? documents.filter { $0.kind == .plan && !$0.tasks.isEmpty }.map(PlanAnalysis.init)
    var withChecks = documents
    for index in withChecks.indices {
      withChecks[index].diagnostics += ResponsibilityMatrix.diagnostics(for: withChecks[index])
    }
    add("documents.csv", ExportContract.documentsTable(withChecks))
    add("tasks.csv", ExportContract.tasksTable(documents))
    add("assignments.csv", ExportContract.assignmentsTable(documents))
    add("diagnostics.csv", ExportContract.diagnosticsTable(withChecks))
    add("unit_load.csv", PlanAnalysis.unitLoadTable(analyses))
    add("leader_load.csv", PlanAnalysis.leaderLoadTable(analyses))
    add("coresponsibility_nodes.csv", PlanAnalysis.coResponsibilityNodesTable(analyses))
    add("coresponsibility_edges.csv", PlanAnalysis.coResponsibilityEdgesTable(analyses))
    add("leader_portfolios.csv", PlanAnalysis.portfoliosTable(analyses))
    add("responsibility_matrix.csv", ResponsibilityMatrix.table(analyses))
    add("targets.csv", TargetTables.targets(documents))
    add(
      "target_changes.csv",
      TargetTables.changes(
        TargetComparison(documents, vocabulary: DocumentParser.Options().vocabulary)))
    let graphs = analyses.map {
      (id: $0.document.id, network: $0.coResponsibilityGraph(minimumWeight: minimumWeight))
    }
    add("gephi_nodes.csv", GephiTables.nodes(graphs))
    add("gephi_edges.csv", GephiTables.edges(graphs))
    for analysis in analyses {
      let id = analysis.document.id
      for (name, graph) in [
        ("bipartite", analysis.bipartiteGraph()),
        ("coresponsibility", analysis.coResponsibilityGraph(minimumWeight: minimumWeight)),
        ("leaders_units", analysis.leaderUnitGraph()),
      ] {
        text("\(id)/\(name).dot", DOTWriter().string(for: graph))
        text("\(id)/\(name).graphml", GraphMLWriter().string(for: graph))
      }
    }
    files.append(("model.json", ModelFile(documents: documents).jsonData()))
    return files
  }
}
