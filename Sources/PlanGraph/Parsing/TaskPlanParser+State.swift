/// The line-by-line state of `TaskPlanParser`.
struct ParserState {
  private struct Heading {
    var number: Int
    var title: String
    var line: Int
  }

  private struct Field {
    var label: FieldLabel
    var value: String
    var line: Int
  }

  private struct OpenTask {
    var number: Int
    var line: Int
    var text: [String]
    var fields: [Field] = []
    var section: Heading?
    var subsection: Heading?
  }

  private enum Phase {
    /// Before the first task, or between a heading and the next task.
    case outside
    /// Reading a task's text.
    case text
    /// Reading a task's field lines.
    case fields
    /// After a task's fields, reading lines that belong to no task.
    case closed
  }

  let file: String
  private var phase = Phase.outside
  private var current: OpenTask?
  private var finished: [OpenTask] = []
  private var section: Heading?
  private var subsection: Heading?
  private var closingLines: [Int] = []
  private var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  private var expectedNumber: Int { (current?.number ?? finished.last?.number ?? 0) + 1 }

  mutating func consume(_ line: SourceLine) {
    switch LineClassifier.shape(of: line.text) {
    case .numbered(let number, let rest, let decimalLike):
      if acceptsTask(number, decimalLike: decimalLike, line: line) {
        open(number: number, text: rest, line: line)
      } else {
        plainText(line)
      }
    case .field(let label, let value):
      field(label, value: value, line: line)
    case .section(let number, let title):
      close()
      section = Heading(number: number, title: title, line: line.number)
      subsection = nil
      phase = .outside
    case .subsection(let number, let title):
      close()
      subsection = Heading(number: number, title: title, line: line.number)
      phase = .outside
    case .footer:
      // `(此件公开发布)` in a cover letter comes before any task: nothing to close.
      guard current != nil || !finished.isEmpty else { return }
      close()
      phase = .closed
      closingLines.append(line.number)
    case .text:
      plainText(line)
    }
  }

  private mutating func acceptsTask(_ number: Int, decimalLike: Bool, line: SourceLine) -> Bool {
    let expected = expectedNumber
    // `2.5万亩…` continuing a task's text is not task 2; `98.76个乡镇…` after task 97's
    // fields is task 98.
    if decimalLike && phase == .text { return false }
    if number == expected { return true }
    if number > expected && number <= expected + 5 && phase != .text && !decimalLike {
      let missing = expected == number - 1 ? "\(expected)" : "\(expected)–\(number - 1)"
      report(
        .warning, .taskNumberGap,
        "task \(number) follows task \(expected - 1): task \(missing) is missing from the input",
        line: line)
      return true
    }
    if phase == .fields || phase == .closed, !decimalLike, number != expected {
      report(
        .note, .numberOutOfSequence,
        "numbered line \(number) is out of sequence (expected \(expected)); read as text",
        line: line)
    }
    return false
  }

  private mutating func open(number: Int, text: String, line: SourceLine) {
    close()
    current = OpenTask(
      number: number, line: line.number, text: text.isEmpty ? [] : [text], section: section,
      subsection: subsection)
    phase = .text
  }

  private mutating func field(_ label: FieldLabel, value: String, line: SourceLine) {
    guard current != nil, phase == .text || phase == .fields else {
      report(
        .warning, .fieldOutsideTask,
        "'\(label.text):' line stands outside any task; it is ignored", line: line)
      return
    }
    if value.isEmpty {
      report(.warning, .emptyField, "'\(label.text):' names nobody", line: line)
    }
    if current!.fields.contains(where: { $0.label == label }) {
      report(
        .note, .repeatedField,
        "task \(current!.number) gives '\(label.text):' twice; both lists are read", line: line)
    }
    current!.fields.append(Field(label: label, value: value, line: line.number))
    phase = .fields
  }

  private mutating func plainText(_ line: SourceLine) {
    switch phase {
    case .text:
      current!.text.append(line.text)
    case .fields:
      // A field list that ends with a separator or an open bracket wraps onto this line.
      if let last = current!.fields.last?.value, endsMidList(last) {
        current!.fields[current!.fields.count - 1].value += line.text
      } else {
        close()
        phase = .closed
        closingLines.append(line.number)
      }
    case .closed:
      closingLines.append(line.number)
    case .outside:
      break
    }
  }

  private func endsMidList(_ value: String) -> Bool {
    if let last = value.last, "、,;".contains(last) { return true }
    return value.filter { $0 == "(" }.count > value.filter { $0 == ")" }.count
  }

  private mutating func close() {
    guard let task = current else { return }
    finished.append(task)
    current = nil
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: String, line: SourceLine
  ) {
    diagnostics.append(
      Diagnostic(
        severity, code, message,
        at: SourceLocation(file: file, line: line.number, column: line.indentation + 1)))
  }

  mutating func finish(documentID: String) -> (plan: TaskPlan, diagnostics: [Diagnostic]) {
    close()
    var sections: [Section] = []
    var tasks: [PlanTask] = []
    for open in finished {
      if let heading = open.section, sections.last?.line != heading.line {
        sections.append(Section(number: heading.number, title: heading.title, line: heading.line))
      }
      // A section heading clears the subsection, so a task's subsection always belongs to
      // its section.
      if let heading = open.subsection, !sections.isEmpty,
        sections[sections.count - 1].subsections.last?.line != heading.line
      {
        sections[sections.count - 1].subsections.append(
          Section(number: heading.number, title: heading.title, line: heading.line))
      }
      tasks.append(makeTask(open, documentID: documentID))
    }
    if tasks.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, .noTasks,
          "no numbered tasks found; a plan lists tasks as '1.…' followed by lines such as "
            + "'牵头单位:…'", at: SourceLocation(file: file, line: 0)))
    }
    if let first = closingLines.first {
      diagnostics.append(
        Diagnostic(
          .note, .closingText,
          "\(closingLines.count) line(s) after the last task's fields are closing text, not tasks",
          at: SourceLocation(file: file, line: first)))
    }
    return (TaskPlan(sections: sections, tasks: tasks), diagnostics)
  }

  private mutating func makeTask(_ open: OpenTask, documentID: String) -> PlanTask {
    if open.fields.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, .taskWithoutFields,
          "task \(open.number) has no field lines: no leader or unit is assigned to it",
          at: SourceLocation(file: file, line: open.line)))
    }
    var assignments: [Assignment] = []
    for field in open.fields {
      for item in AssigneeListSplitter.split(field.value, role: field.label.role) {
        assignments.append(
          Assignment(
            assignee: Assignee(name: item.name, kind: item.kind), role: field.label.role,
            openList: item.openList, writtenAs: item.writtenAs, line: field.line))
      }
    }
    return PlanTask(
      id: "\(documentID)#\(open.number)", number: open.number, text: joinText(open.text),
      line: open.line, sectionNumber: open.section?.number,
      subsectionNumber: open.subsection?.number,
      assignments: assignments)
  }

  /// Joins wrapped text lines: no space between Chinese, one between ASCII words.
  private func joinText(_ lines: [String]) -> String {
    var text = ""
    for line in lines {
      if let last = text.utf8.last, let first = line.utf8.first,
        Byte.isASCIIAlphanumeric(last), Byte.isASCIIAlphanumeric(first)
      {
        text += " "
      }
      text += line
    }
    return text
  }
}
