import Foundation
import PlanAnalyses
import PlanGraph

/// The files `export` writes, by name, in a fixed order.
enum ExportBundle {
  static func files(for documents: [Document], csv: CSVWriter) -> [(String, Data)] {
    var files: [(String, Data)] = []
    func add(_ name: String, _ table: Table) { files.append((name, Data(csv.bytes(for: table)))) }
    add("documents.csv", ExportContract.documentsTable(documents))
    add("tasks.csv", ExportContract.tasksTable(documents))
    add("assignments.csv", ExportContract.assignmentsTable(documents))
    add("diagnostics.csv", ExportContract.diagnosticsTable(documents))
    let analyses = documents.filter { $0.kind == .plan }.map(PlanAnalysis.init)
    add("unit_load.csv", PlanAnalysis.unitLoadTable(analyses))
    add("leader_load.csv", PlanAnalysis.leaderLoadTable(analyses))
    add("coresponsibility_nodes.csv", PlanAnalysis.coResponsibilityNodesTable(analyses))
    add("coresponsibility_edges.csv", PlanAnalysis.coResponsibilityEdgesTable(analyses))
    files.append(("model.json", ModelFile(documents: documents).jsonData()))
    return files
  }
}
