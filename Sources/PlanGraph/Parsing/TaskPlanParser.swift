/// Reads the tasks of a field-line plan: numbered tasks, each followed by field lines.
///
/// The shape (all three real plans):
/// ```
/// 一、今年经济社会发展的主要预期目标
/// (一)增强城市枢纽功能。
/// 1.地区生产总值增长6%。
/// 牵头领导:刘希明
/// 牵头单位:市发展改革委
/// 责任单位:市工业和信息化局、市农业农村局、市商务局等,各县(市)区人民政府(管委会)
/// ```
/// A task starts at `N.` or `N、` where N is the next number in sequence; its text runs on
/// until the first field line. After its field lines, any other line ends the task: closing
/// remarks, `附件:` and `责任编辑:` footers are never part of a task. Headings are kept only
/// when tasks stand under them, so numbered points in a cover letter are not sections.
public struct TaskPlanParser: Sendable {
  /// The document id used in task ids (`doc_id#N`).
  public var documentID: String
  /// The file name used in diagnostics.
  public var file: String

  /// Creates a parser for one document.
  public init(documentID: String, file: String) {
    self.documentID = documentID
    self.file = file
  }

  /// Parses normalized lines into a plan and diagnostics.
  /// - Complexity: O(n) in the number of lines.
  public func parse(lines: [SourceLine]) -> (plan: TaskPlan, diagnostics: [Diagnostic]) {
    var state = ParserState(file: file)
    for line in lines { state.consume(line) }
    return state.finish(documentID: documentID)
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
