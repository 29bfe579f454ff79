import Foundation
import PlanGraph

/// What one document leaves behind once it is read and reduced: its rows of every corpus
/// table as CSV bytes, its own files, and the little the corpus-level analyses need.
///
/// A corpus export keeps none of a document's text or model after this: the rows go to disk
/// as they arrive and only `comparisonRecord` (metadata and one target per indicator) stays.
public struct DocumentReduction: Sendable {
  /// The document's id.
  public var documentID: String
  /// The input's size in bytes.
  public var inputBytes: Int
  /// The input's SHA-256.
  public var inputSHA256 = ""
  /// How many tasks and assignments the document has.
  public var tasks: Int
  /// How many assignments its tasks hold.
  public var assignments: Int
  /// The document's rows of each corpus table, encoded (CSV lines, or a JSON line).
  public var rows: [CorpusTable: [UInt8]]
  /// The document's rows of each corpus table as tables, kept only for a database export.
  public var tables: [CorpusTable: Table] = [:]
  /// The document's own files, by path relative to the export folder.
  public var files: [(path: String, contents: [UInt8])]
  /// The document stripped to what `target_changes.csv` needs: metadata, kind and the year's
  /// target for each indicator.
  public var comparisonRecord: Document
  /// The plan's function network, merged into the corpus's.
  public var functionNetwork = FunctionNetwork()
  /// The plan's unit loads for `load_changes.csv`, if it is a plan with tasks.
  public var placeRecord: PlaceLoadRecord?
  /// The diagnostics of severity error, to print.
  public var errors: [Diagnostic]
  /// How many warnings the document has.
  public var warnings: Int
  /// Whether the document is a plan whose graph files were not asked for.
  public var skippedGraphs: Bool
  /// The whole document and its analysis, kept only when the caller asked to observe them.
  public var retained: (document: Document, analysis: PlanAnalysis?)?

  /// Reduces `document` read from `inputBytes` bytes.
  /// - Parameters:
  ///   - document: the parsed document.
  ///   - inputBytes: the size of the input it was read from.
  ///   - csv: how its rows are encoded.
  ///   - minimumWeight: co-responsibility edges lighter than this stay out of its drawings.
  ///   - graphs: whether to write its DOT and GraphML files.
  ///   - retain: whether to keep the whole document and analysis in `retained`.
  ///   - keepTables: whether to keep the rows as tables too (for `plangraph.sqlite`).
  public init(
    _ document: Document, inputBytes: Int, csv: CSVWriter, minimumWeight: Double, graphs: Bool,
    retain: Bool, keepTables: Bool = false
  ) {
    let original = document
    let analysis =
      document.kind == .plan && !document.tasks.isEmpty ? PlanAnalysis(document) : nil
    var document = document
    document.diagnostics += ResponsibilityMatrix.diagnostics(for: document)
    documentID = document.id
    tasks = document.tasks.count
    assignments = document.tasks.reduce(0) { $0 + $1.assignments.count }
    self.inputBytes = inputBytes
    errors = document.diagnostics.filter { $0.severity == .error }
    warnings = document.diagnostics.count { $0.severity == .warning }
    var rows: [CorpusTable: [UInt8]] = [:]
    var tables: [CorpusTable: Table] = [:]
    var files: [(path: String, contents: [UInt8])] = []
    func add(_ table: CorpusTable, _ contents: Table) {
      csv.appendRows(of: contents, to: &rows[table, default: []])
      if keepTables { tables[table] = contents }
    }
    // The biggest tables go straight to CSV unless the database needs them as tables too.
    func add(
      _ table: CorpusTable, table build: () -> Table, rows encode: (inout CSVRows) -> Void
    ) {
      guard !keepTables else { return add(table, build()) }
      var encoded = CSVRows()
      encode(&encoded)
      rows[table] = encoded.bytes
    }
    add(.documents, ExportContract.documentsTable([document]))
    add(
      .tasks, table: { ExportContract.tasksTable([document]) },
      rows: { ExportContract.appendTaskRows(of: [document], to: &$0) })
    add(
      .assignments, table: { ExportContract.assignmentsTable([document]) },
      rows: { ExportContract.appendAssignmentRows(of: [document], to: &$0) })
    add(.diagnostics, ExportContract.diagnosticsTable([document]))
    add(.targets, TargetTables.targets([document]))
    if let analysis {
      add(.unitLoad, PlanAnalysis.unitLoadTable([analysis]))
      add(.leaderLoad, PlanAnalysis.leaderLoadTable([analysis]))
      add(
        .coResponsibilityNodes, table: { PlanAnalysis.coResponsibilityNodesTable([analysis]) },
        rows: { analysis.network.appendNodes(documentID: document.id, to: &$0) })
      // Sorted once for the edges table and the Gephi drawing.
      let strongestEdges = analysis.network.strongestEdges
      add(
        .coResponsibilityEdges, table: { PlanAnalysis.coResponsibilityEdgesTable([analysis]) },
        rows: {
          analysis.network.appendEdges(documentID: document.id, to: &$0, edges: strongestEdges)
        })
      add(.leaderPortfolios, PlanAnalysis.portfoliosTable([analysis]))
      let named = TaskFunctions(document)
      add(.functionLoad, FunctionLoad.table(document, named))
      functionNetwork = FunctionNetwork(named)
      let matrix = ResponsibilityMatrix.Layout(document)
      add(.responsibility, table: { matrix.longTable }, rows: { matrix.appendLongRows(to: &$0) })
      let drawing = analysis.coResponsibilityGraph(
        minimumWeight: minimumWeight, edges: strongestEdges)
      add(
        .gephiNodes, table: { GephiTables.nodes([(document.id, drawing)]) },
        rows: { GephiTables.appendNodeRows(of: [(document.id, drawing)], to: &$0) })
      add(
        .gephiEdges, table: { GephiTables.edges([(document.id, drawing)]) },
        rows: { GephiTables.appendEdgeRows(of: [(document.id, drawing)], to: &$0) })
      files.append(("\(document.id)/responsibility_matrix.csv", matrix.csvBytes(csv)))
      if graphs {
        for (name, graph) in [
          ("bipartite", analysis.bipartiteGraph()), ("coresponsibility", drawing),
          ("leaders_units", analysis.leaderUnitGraph()),
        ] {
          files.append(("\(document.id)/\(name).dot", Array(DOTWriter().string(for: graph).utf8)))
          files.append(
            ("\(document.id)/\(name).graphml", Array(GraphMLWriter().string(for: graph).utf8)))
        }
      }
    }
    rows[.model] = ModelFile.jsonLine(for: original)
    self.rows = rows
    self.tables = tables
    self.files = files
    comparisonRecord = Self.comparisonRecord(of: document)
    skippedGraphs = analysis != nil && !graphs
    if let analysis { placeRecord = PlaceLoadRecord(analysis) }
    retained = retain ? (original, analysis) : nil
  }

  /// `document` without its plan, diagnostics and all but the first target of each indicator
  /// that `TargetComparison` reads.
  static func comparisonRecord(of document: Document) -> Document {
    var record = Document(
      id: document.id, source: document.source, kind: document.kind,
      metadata: document.metadata, encoding: document.encoding)
    var seen = Set<String>()
    record.targets = document.targets.filter {
      $0.measure != .averageGrowth && seen.insert($0.indicator).inserted
    }
    return record
  }
}
