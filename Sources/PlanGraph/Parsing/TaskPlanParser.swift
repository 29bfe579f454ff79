/// Reads the tasks of a plan in whatever layout it is written: detects the layout, runs its
/// reader and assembles the plan.
///
/// Each layout is a `PlanLayoutReader` in `Parsing/Layouts/`; this type only chooses among them
/// (`LayoutDetector`) and hands the reading to `PlanAssembler`, which every layout shares.
public struct TaskPlanParser: Sendable {
  /// The document id used in task ids (`doc_id#N`).
  public var documentID: String
  /// The file name used in diagnostics.
  public var file: String
  /// The layout to read, or nil to detect it.
  public var layout: PlanLayout?
  /// The plan's year, for deadlines such as `年底前`.
  public var year: Int?

  /// Creates a parser for one document.
  public init(documentID: String, file: String, layout: PlanLayout? = nil, year: Int? = nil) {
    self.documentID = documentID
    self.file = file
    self.layout = layout
    self.year = year
  }

  /// Parses normalized lines into a plan and diagnostics.
  /// - Complexity: O(n) in the number of lines for each layout tried.
  public func parse(lines: [SourceLine]) -> (plan: TaskPlan, diagnostics: [Diagnostic]) {
    let reading = LayoutDetector.read(lines, file: file, forcing: layout)
    return PlanAssembler.assemble(reading, documentID: documentID, file: file, year: year)
  }
}

extension Diagnostic.Code {
  /// A plan in which no numbered task was found.
  public static let noTasks = Diagnostic.Code("no-tasks")
  /// A task with no field line: nobody is assigned to it.
  public static let taskWithoutFields = Diagnostic.Code("task-without-fields")
  /// A field line that stands before the first task.
  public static let fieldOutsideTask = Diagnostic.Code("field-outside-task")
  /// A field line with nothing after its colon.
  public static let emptyField = Diagnostic.Code("empty-field")
  /// Task numbers that skip: tasks may be missing from the input.
  public static let taskNumberGap = Diagnostic.Code("task-number-gap")
  /// A numbered line out of sequence, read as text.
  public static let numberOutOfSequence = Diagnostic.Code("number-out-of-sequence")
  /// Lines after the last task that are not part of it.
  public static let closingText = Diagnostic.Code("closing-text")
  /// A field label given twice for one task; the lists are joined.
  public static let repeatedField = Diagnostic.Code("repeated-field")
}
