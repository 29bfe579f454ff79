/// The line-by-line state of `FieldLineReader`.
struct FieldLineState {
  private typealias Heading = HeadingDraft

  /// The task being read, but for its text lines (`FieldLineState.textLines`).
  private struct OpenTask {
    var number: Int
    var line: Int
    /// The spans its field lines give, in order.
    ///
    /// Each is the rest of its line, kept as the line itself (no string of its own) until a
    /// wrapped line is appended. They become the draft's spans as they are: the draft takes
    /// the array instead of a copy of each span.
    var spans: [RoleSpan] = []
    /// `(` minus `)` in the last field's value, counted the first time a line after it asks
    /// (most fields are followed by another field or task, and never counted), then kept as
    /// lines are appended so a wrapped list stays linear; `notCounted` until then (not an
    /// optional: the extra byte made every copy of the task a call to `memcpy`).
    var openBrackets = notCounted
    static let notCounted = Int.min
    var section: Heading?
    var subsection: Heading?
    /// Assignments read from a bracket or a `部门分工:` sentence rather than field lines.
    var written: [RoleSpan] = []
    var layout = PlanLayout.fieldLines
    var deadline: String?

    /// Whether the last field's list goes on: it ends in a separator or an open bracket.
    mutating func endsMidList() -> Bool {
      guard let last = spans.last else { return false }
      let endsInSeparator = last.withTextBytes { bytes in
        guard let last = bytes.last else { return false }
        return last == 0x2C || last == 0x3B || bytes.hasSuffix(utf8Of: "、")
      }
      if endsInSeparator { return true }
      if openBrackets == Self.notCounted { openBrackets = last.withTextBytes(Self.balance) }
      return openBrackets > 0
    }

    /// Adds a field line's span.
    mutating func addField(_ span: RoleSpan) {
      // Room for a task's usual fields at the first, not grown one by one.
      if spans.isEmpty { spans.reserveCapacity(4) }
      openBrackets = Self.notCounted
      spans.append(span)
    }

    /// Appends `text`, a wrapped line, to the last field's list.
    mutating func appendToLastField(_ text: String) {
      spans[spans.count - 1].text += text
      // Counted on the whole value when first asked, if it was not before.
      if openBrackets != Self.notCounted { openBrackets += text.withUTF8Bytes(Self.balance) }
    }

    private static func balance(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
      ByteScan.balance(of: Byte.leftParenthesis, Byte.rightParenthesis, in: bytes)
    }
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
  /// The labels of the current task's field lines, to note one given twice: a bit for each
  /// label's place in `LineClassifier.fieldLabel(at:)`.
  private var labelsGiven: UInt64 = 0
  /// The current task's text lines; their room is kept from task to task, so a task's one
  /// line does not cost an array made and freed.
  private var textLines: [String] = []
  /// The tasks read, made into drafts as each closes.
  private var finished: [TaskDraft] = []
  private var section: Heading?
  private var subsection: Heading?
  private var closingLines: [Int] = []
  private var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  private var expectedNumber: Int { (current?.number ?? finished.last?.number ?? 0) + 1 }

  /// Reads `line`, whose shape is `shape`.
  mutating func consume(_ line: SourceLine, shape: LineShape) {
    switch shape {
    case .numbered(let number, let rest, let decimalLike):
      if acceptsTask(number, decimalLike: decimalLike, line: line) {
        open(number: number, text: rest, line: line)
      } else {
        plainText(line)
      }
    case .field(let label, let valueStart):
      field(label: label, valueStart: valueStart, line: line)
    case .deadline(let label, let value):
      guard current != nil, phase == .text || phase == .fields else {
        report(.warning, .fieldOutsideTask, "'\(label):' line stands outside any task", line: line)
        return
      }
      current!.deadline = value.isEmpty ? nil : value
      phase = .fields
    case .roleSentence(let label, let value):
      guard current != nil, phase == .text || phase == .fields else {
        report(.warning, .fieldOutsideTask, "'\(label):' line stands outside any task", line: line)
        return
      }
      let column = line.indentation + label.utf8.count + 2
      if let reading = AssignmentBracket.read(value, line: line.number, column: column) {
        current!.written += reading.spans
        if let deadline = reading.deadline { current!.deadline = deadline }
      } else {
        report(
          .warning, .emptyField,
          "'\(label):' names nobody in a role; expected such as 'X牵头,Y配合'", line: line)
      }
      phase = .fields
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
    case .pageNumber:
      break
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
    current = OpenTask(number: number, line: line.number, section: section, subsection: subsection)
    if !text.isEmpty { textLines.append(text) }
    phase = .text
    takeTrailingBracket(line: line)
  }

  /// Whether a line's bytes end in `)` or `】` once trailing `。`, `;`, `.` and spaces are
  /// dropped: the one test every line of a task without fields meets, so it reads bytes.
  private static func endsInClosingBracket(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = bytes.count
    while end > 0 {
      let byte = bytes[end - 1]
      if byte == Byte.space || byte == Byte.period || byte == Byte.semicolon {
        end -= 1
      } else if byte == 0x82, end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80 {
        end -= 3  // 。
      } else {
        break
      }
    }
    guard end > 0 else { return false }
    if bytes[end - 1] == Byte.rightParenthesis { return true }
    // 】 U+3011.
    return end >= 3 && bytes[end - 3] == 0xE3 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x91
  }

  /// A task whose text ends in an assignment bracket (`…。(市发展改革委牵头,市财政局配合)`) or
  /// in labelled fields (`…。牵头单位:…;责任单位:…`) is complete: they are its assignments and
  /// the next plain line is not its text.
  ///
  /// Only the line just read and, for a bracket opened earlier, the few lines before it are
  /// looked at, so a task of many lines costs linear time.
  private mutating func takeTrailingBracket(line: SourceLine) {
    // The task is tested in place: bound to a constant, it was copied, each of its strings
    // and lists retained, for every line of every task.
    guard current != nil, current!.spans.isEmpty, current!.written.isEmpty,
      let last = textLines.last
    else { return }
    let found: AssignmentBracket.Found
    let kept: Int
    let text: String
    if last.withUTF8Bytes(Self.endsInClosingBracket) {
      // The bracket may have opened a few lines up.
      let recent = min(textLines.count, 4)
      text = joinText(Array(textLines.suffix(recent)))
      guard let bracket = AssignmentBracket.brackets(in: text, line: line.number).last else {
        return
      }
      let after = text.withUTF8Bytes { bytes in
        bytes[bracket.end...].filter { ![0x20, Byte.period, Byte.semicolon].contains($0) }
      }
      guard after.isEmpty || after.elementsEqual([0xE3, 0x80, 0x82]) else { return }
      found = bracket
      kept = textLines.count - recent
    } else if last.utf8Contains(byte: Byte.colon),
      let tail = AssignmentBracket.labelledTail(of: last, line: line.number)
    {
      text = last
      found = tail
      kept = textLines.count - 1
    } else {
      return
    }
    textLines.removeSubrange(kept...)
    textLines.append(text.withUTF8Bytes { String(decoding: $0[..<found.start], as: UTF8.self) })
    current!.written += found.reading.spans.map { span in
      var span = span
      span.column += line.indentation
      return span
    }
    if let deadline = found.reading.deadline { current!.deadline = deadline }
    current!.layout = .inline
    phase = .fields
  }

  /// Reads a field line whose label is `label` (a place in `LineClassifier.fieldLabel(at:)`)
  /// and whose value starts `valueStart` bytes into the line, after the label and its colon.
  private mutating func field(label: Int, valueStart: Int, line: SourceLine) {
    guard current != nil, phase == .text || phase == .fields else {
      report(
        .warning, .fieldOutsideTask,
        "'\(LineClassifier.fieldLabel(at: label).text):' line stands outside any task; it is "
          + "ignored", line: line)
      return
    }
    if valueStart == line.text.utf8.count {
      report(
        .warning, .emptyField, "'\(LineClassifier.fieldLabel(at: label).text):' names nobody",
        line: line)
    }
    let bit: UInt64 = 1 << label
    if labelsGiven & bit != 0 {
      report(
        .note, .repeatedField,
        "task \(current!.number) gives '\(LineClassifier.fieldLabel(at: label).text):' twice; "
          + "both lists are read", line: line)
    }
    labelsGiven |= bit
    // The column is the value's: the label's bytes and its colon, then one for the first.
    current!.addField(
      RoleSpan(
        role: LineClassifier.fieldRole(at: label), restOf: line.text, from: valueStart,
        line: line.number, column: line.indentation + valueStart + 1))
    phase = .fields
  }

  private mutating func plainText(_ line: SourceLine) {
    switch phase {
    case .text:
      textLines.append(line.text)
      takeTrailingBracket(line: line)
    case .fields:
      // A field list that ends with a separator or an open bracket wraps onto this line.
      if current!.endsMidList() {
        current!.appendToLastField(line.text)
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

  private mutating func close() {
    // Moved out, not copied: a copy would retain every string and list of the task.
    guard var task = current.take() else { return }
    labelsGiven = 0
    // The field lines' spans, then the written ones.
    if !task.written.isEmpty { task.spans += task.written }
    // The draft is made in the array holding nothing that is counted, then given the text
    // and swapped the task's lists and headings: a draft made whole and appended was
    // copied into the array, each string and list retained twice and released twice.
    finished.append(TaskDraft(number: task.number, text: "", line: task.line, layout: task.layout))
    let last = finished.count - 1
    finished[last].text = joinText(textLines)
    swap(&finished[last].spans, &task.spans)
    swap(&finished[last].section, &task.section)
    swap(&finished[last].subsection, &task.subsection)
    swap(&finished[last].deadline, &task.deadline)
    textLines.removeAll(keepingCapacity: true)
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: String, line: SourceLine
  ) {
    diagnostics.append(
      Diagnostic(
        severity, code, message,
        at: SourceLocation(file: file, line: line.number, column: line.indentation + 1)))
  }

  mutating func finish() -> LayoutReading {
    close()
    if let first = closingLines.first {
      diagnostics.append(
        Diagnostic(
          .note, .closingText,
          "\(closingLines.count) line(s) after the last task's fields are closing text, not tasks",
          at: SourceLocation(file: file, line: first)))
    }
    return LayoutReading(tasks: finished, diagnostics: diagnostics)
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
