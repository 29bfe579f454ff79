/// The form in which a plan writes its assignments.
///
/// The raw values are what `plangraph parse` prints after `layout:`.
public enum PlanLayout: String, Codable, Hashable, Sendable, CaseIterable {
  /// Numbered tasks followed by `牵头领导:`/`牵头单位:`/`责任单位:` lines (and the hybrid
  /// `分管省领导:`, `部门分工:X牵头,Y配合。` lines).
  case fieldLines = "field-lines"
  /// Assignments in a bracket after each task: `(国家发展改革委牵头,各地区按职责分工负责)` or
  /// labelled, `(牵头单位:区发改局;责任单位:区财政局)`.
  case inline
  /// A 任务分解表: a header row (序号, 工作任务, 牵头单位, 责任单位, 完成时限) and a row per task.
  case table
  /// Field lines for some tasks and inline brackets for others.
  case mixed
}

/// A heading as a layout reader found it.
public struct HeadingDraft: Hashable, Sendable {
  /// The heading's number: 一 is 1.
  public var number: Int
  /// The heading's text without its number.
  public var title: String
  /// The line it stands on.
  public var line: Int

  /// Creates a heading.
  public init(number: Int, title: String, line: Int) {
    self.number = number
    self.title = title
    self.line = line
  }
}

/// The raw text a document gives for one role of one task, before it is split into names.
public struct RoleSpan: Hashable, Sendable {
  /// The role the names in `text` hold.
  public var role: Role
  /// The list as written: `市工业和信息化局、市农业农村局等,各县(市)区人民政府`.
  public var text: String {
    get { start == 0 ? source : source.droppingUTF8Prefix(start) }
    set {
      source = newValue
      start = 0
    }
  }
  /// The line it stands on in the original input.
  public var line: Int
  /// The 1-based column (in UTF-8 bytes of the normalized line) where it starts.
  public var column: Int
  /// The string `text` ends: from its UTF-8 byte `start` on.
  ///
  /// A field line's list is the rest of its line, and a plan writes the same lists on task
  /// after task: the span keeps the line and where the list starts in it, and `PlanAssembler`
  /// reads the bytes there, so no string is made for a list it has split before.
  private var source: String
  /// Where `text` starts in `source`'s UTF-8 bytes: 0, or just after an ASCII byte.
  private var start: Int

  /// Creates a span.
  public init(role: Role, text: String, line: Int, column: Int = 1) {
    self.role = role
    self.source = text
    self.start = 0
    self.line = line
    self.column = column
  }

  /// A span whose text is the rest of `source` after its first `start` UTF-8 bytes, which end
  /// with an ASCII byte (a field label's colon).
  init(role: Role, restOf source: String, from start: Int, line: Int, column: Int) {
    self.role = role
    self.source = source
    self.start = start
    self.line = line
    self.column = column
  }

  /// Calls `body` with the UTF-8 bytes of `text`, read where they stand.
  func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    source.withUTF8Bytes { body(UnsafeBufferPointer(rebasing: $0[start...])) }
  }

  /// Spans are equal when their roles, texts (by bytes, as every name is compared), lines and
  /// columns are, wherever the text is kept.
  public static func == (lhs: RoleSpan, rhs: RoleSpan) -> Bool {
    lhs.role == rhs.role && lhs.line == rhs.line && lhs.column == rhs.column
      && lhs.withTextBytes { left in rhs.withTextBytes { left.elementsEqual($0) } }
  }

  /// Hashes the role, the text's bytes, the line and the column.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(role)
    withTextBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(line)
    hasher.combine(column)
  }
}

/// One task as a layout reader found it: the layout-independent form every reader returns and
/// `PlanAssembler` turns into a `PlanTask`.
public struct TaskDraft: Hashable, Sendable {
  /// The task's number: as printed where the plan numbers its tasks, else its position.
  public var number: Int
  /// The task's text without its number and its assignments.
  public var text: String
  /// The line the task starts on.
  public var line: Int
  /// The section and subsection it stands under.
  public var section: HeadingDraft?
  /// The subsection it stands under.
  public var subsection: HeadingDraft?
  /// Each role's names as written.
  public var spans: [RoleSpan]
  /// The completion time as written (`2024年6月底前`, `年内持续推进`), if the task gives one.
  public var deadline: String?
  /// The form its assignments were written in (field lines, a bracket or table cells).
  public var layout: PlanLayout

  /// Creates a draft.
  public init(
    number: Int, text: String, line: Int, section: HeadingDraft? = nil,
    subsection: HeadingDraft? = nil, spans: [RoleSpan] = [], deadline: String? = nil,
    layout: PlanLayout
  ) {
    self.number = number
    self.text = text
    self.line = line
    self.section = section
    self.subsection = subsection
    self.spans = spans
    self.deadline = deadline
    self.layout = layout
  }
}

/// What a layout reader returns: the tasks it found and what it noticed on the way.
public struct LayoutReading: Sendable {
  /// The tasks in document order.
  public var tasks: [TaskDraft]
  /// Diagnostics about the document's shape (gaps, closing text, misplaced fields).
  public var diagnostics: [Diagnostic]
  /// Whether the document is a cover notice (…的通知) whose numbered points assign nothing.
  public var isCoverNotice = false

  /// Creates a reading.
  public init(tasks: [TaskDraft] = [], diagnostics: [Diagnostic] = []) {
    self.tasks = tasks
    self.diagnostics = diagnostics
  }

  /// How many tasks name anyone: the score layout detection compares.
  public var assignedTasks: Int { tasks.count { !$0.spans.isEmpty } }

  /// The layout the tasks' assignments were written in, `mixed` when they differ.
  public var layout: PlanLayout? {
    // By index, without copying the tasks into a filtered array and a set.
    var found: PlanLayout?
    for index in tasks.indices where !tasks[index].spans.isEmpty {
      let layout = tasks[index].layout
      if let found, found != layout { return .mixed }
      found = layout
    }
    return found
  }
}

/// Reads the tasks of one layout from a document's normalized lines.
///
/// Adding a layout means adding one type that conforms, in its own file, and listing it in
/// `LayoutDetector`; everything after the reading (splitting lists, ellipsis, collectives,
/// normalization, graphs, analyses, exports) is shared.
public protocol PlanLayoutReader: Sendable {
  /// The layout this reader reads.
  var layout: PlanLayout { get }
  /// The tasks of `lines`, read from the file `file`.
  func read(_ lines: [SourceLine], file: String) -> LayoutReading
}
