import PlanGraph

/// What the report's index keeps of one document: a row of the documents table, its headline
/// targets and its load by function, so that a corpus report holds these, not the documents.
public struct ReportIndexEntry: Sendable {
  /// The document without its plan and diagnostics, its first target per indicator kept
  /// (what `TargetComparison` reads).
  public var record: Document
  /// How the report names the document.
  public var title: String
  /// Tasks and assignments.
  public var tasks: Int
  /// Assignments over all tasks.
  public var assignments: Int
  /// Errors and warnings among the diagnostics.
  public var errors: Int
  /// Warnings among the diagnostics.
  public var warnings: Int
  /// Targets with a known indicator.
  public var knownTargets: Int
  /// The unit that leads most tasks, and how many.
  public var topUnit: (name: String, leadTasks: Int)?
  /// The two units that share most tasks, and how many.
  public var heaviestPair: (a: String, b: String, sharedTasks: Int)?
  /// The plan's load by agency function, by function id.
  public var functionLoads: [String: FunctionLoad]

  /// The entry of `document`, with its plan's `analysis` when it has one.
  public init(_ document: Document, analysis: PlanAnalysis?, title: String) {
    record = DocumentReduction.comparisonRecord(of: document)
    self.title = title
    tasks = document.tasks.count
    assignments = document.plan?.assignments.count ?? 0
    errors = document.diagnostics.filter { $0.severity == .error }.count
    warnings = document.diagnostics.filter { $0.severity == .warning }.count
    knownTargets = document.targets.filter { !$0.indicator.isEmpty }.count
    topUnit = nil
    heaviestPair = nil
    functionLoads = [:]
    if let analysis, !document.tasks.isEmpty {
      if let top = analysis.unitLoad.first(where: { $0.unit.kind == .unit }) {
        topUnit = (top.unit.name, top.leadTasks)
      }
      let network = analysis.network
      if let pair = network.strongestEdges.first {
        heaviestPair = (
          network.actors[Int(pair.a)].name, network.actors[Int(pair.b)].name, pair.sharedTasks
        )
      }
      functionLoads = Dictionary(
        FunctionLoad.compute(document).map { ($0.function, $0) },
        uniquingKeysWith: { first, _ in first })
    }
  }

  /// Whether the document is a plan with tasks.
  public var isPlanWithTasks: Bool { record.kind == .plan && tasks > 0 }
}
