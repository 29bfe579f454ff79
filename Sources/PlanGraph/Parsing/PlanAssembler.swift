/// Turns what a layout reader found into the plan: sections, tasks, assignments and deadlines.
///
/// Everything here is shared by every layout: role spans are split into names by
/// `AssigneeListSplitter`, a leader named by title in a unit list (`分管副省长牵头`) becomes a
/// leader, and a completion time gains its date.
public enum PlanAssembler {
  /// Assembles the plan that `reading` describes.
  /// - Parameters:
  ///   - reading: what a layout reader returned.
  ///   - documentID: the id used in task ids (`doc_id#N`).
  ///   - file: the file name used in diagnostics.
  ///   - year: the plan's year, for deadlines such as `年底前`.
  /// - Returns: the plan, and the reading's diagnostics plus those about tasks naming nobody.
  public static func assemble(
    _ reading: LayoutReading, documentID: String, file: String, year: Int?
  ) -> (plan: TaskPlan, diagnostics: [Diagnostic]) {
    var sections: [Section] = []
    var tasks: [PlanTask] = []
    var diagnostics = reading.diagnostics
    var splits = SplitSpans(capacity: reading.tasks.count)
    tasks.reserveCapacity(reading.tasks.count)
    // Task ids are `documentID#N`: the id's bytes up to `#` are written once, each number
    // after them (an interpolated string costs several appends and a copy per task).
    var idBytes = Array(documentID.utf8) + [UInt8(ascii: "#")]
    let idPrefix = idBytes.count
    // The drafts are read by index, in place: `for draft in` copied each one, retaining its
    // text, headings, spans and deadline, and released them after.
    let drafts = reading.tasks
    for index in drafts.indices {
      if let heading = drafts[index].section, sections.last?.line != heading.line {
        sections.append(Section(number: heading.number, title: heading.title, line: heading.line))
      }
      // A section heading clears the subsection, so a task's subsection belongs to its section.
      if let heading = drafts[index].subsection, !sections.isEmpty,
        sections[sections.count - 1].subsections.last?.line != heading.line
      {
        sections[sections.count - 1].subsections.append(
          Section(number: heading.number, title: heading.title, line: heading.line))
      }
      let number = drafts[index].number
      idBytes.removeSubrange(idPrefix...)
      ByteText.appendDecimal(number, to: &idBytes)
      // Made in place in the array: a task made first and then appended was copied there.
      tasks.append(
        PlanTask(
          id: String(decoding: idBytes, as: UTF8.self), number: number,
          text: drafts[index].text,
          line: drafts[index].line, sectionNumber: drafts[index].section?.number,
          subsectionNumber: drafts[index].subsection?.number,
          assignments: assignments(of: drafts[index].spans, splits: &splits)))
      if let deadline = drafts[index].deadline {
        tasks[tasks.count - 1].deadlineText = deadline
        tasks[tasks.count - 1].deadline = DeadlineParser.date(deadline, year: year)
      }
    }
    // The tasks are read by index, in place: `filter` and `for task in` would copy each one.
    let anyAssigned = tasks.indices.contains { !tasks[$0].assignments.isEmpty }
    if tasks.isEmpty {
      guard !reading.isCoverNotice else { return (TaskPlan(), diagnostics) }
      diagnostics.append(
        Diagnostic(
          .error, .noTasks,
          "no tasks found; a plan lists tasks as '1.…' followed by lines such as '牵头单位:…', "
            + "ends each task with a bracket such as '(市发展改革委牵头)', or is a table with a "
            + "header row (序号, 工作任务, 牵头单位, 责任单位)", at: SourceLocation(file: file, line: 0)))
    } else if !anyAssigned {
      diagnostics.append(
        Diagnostic(
          .warning, .noAssignments,
          "\(tasks.count) task(s) found but none names a leader or unit; expected lines such as "
            + "'牵头单位:…' after the task or a bracket such as '(市发展改革委牵头,市财政局配合)' "
            + "at its end", at: SourceLocation(file: file, line: tasks[0].line)))
    } else {
      for index in tasks.indices where tasks[index].assignments.isEmpty {
        diagnostics.append(
          Diagnostic(
            .warning, .taskWithoutFields,
            "task \(tasks[index].number) names nobody: no leader or unit is assigned to it",
            at: SourceLocation(file: file, line: tasks[index].line)))
      }
    }
    return (TaskPlan(sections: sections, tasks: tasks, layout: reading.layout), diagnostics)
  }

  /// The spans split so far, by text and role: a plan names the same leader or list of units
  /// on many tasks, and the same span always gives the same assignments, so each is split once.
  private struct SplitSpans {
    /// The spans' bytes by role: told apart only, so the table keeps no string of them.
    var spans: NameTable
    /// The assignments of every span split so far, one span's after another's: one array
    /// for the plan, not one made and freed per span, of names as ids of `names`, so that
    /// keeping them retains no string.
    var assignments: [SplitName] = []
    /// Per span id, where its assignments end in `assignments` (they start where the last
    /// id's end).
    var ends: [Int] = []
    /// The list items read so far, each one string however many lists write it.
    var names: AssigneeListSplitter.Names

    init(capacity: Int) {
      spans = NameTable(capacity: capacity)
      names = AssigneeListSplitter.Names(table: NameTable(capacity: capacity))
      assignments.reserveCapacity(3 * capacity)
      ends.reserveCapacity(capacity)
    }

    /// The range in `assignments` of the span `id`'s.
    func assignments(ofSpan id: Int) -> Range<Int> {
      (id == 0 ? 0 : ends[id - 1])..<ends[id]
    }
  }

  /// An assignment a span makes, but for its line, its names as ids of a plan's
  /// `AssigneeListSplitter.Names`.
  private struct SplitName {
    /// The id of the assignee's name.
    var name: Int32
    /// The id of the list item as written.
    var written: Int32
    /// The assignee's kind.
    var kind: Assignee.Kind
    /// The role it is named in.
    var role: Role
    /// Whether its list ended in 等.
    var openList: Bool
  }

  /// The assignments of a draft's spans, in span order; `splits` holds the spans split so far.
  private static func assignments(of spans: [RoleSpan], splits: inout SplitSpans) -> [Assignment] {
    var assignments: [Assignment] = []
    assignments.reserveCapacity(4 * spans.count)
    for span in spans {
      // Looked up and split by the bytes where the span keeps them: no string is made of it.
      let id = span.withTextBytes { bytes in
        let (id, isNew) = splits.spans.intern(bytesOnly: bytes, tag: span.role.tag)
        if isNew {
          Self.appendAssignments(
            of: span, text: bytes, names: &splits.names, to: &splits.assignments)
          splits.ends.append(splits.assignments.count)
        }
        return id
      }
      for split in splits.assignments[splits.assignments(ofSpan: id)] {
        assignments.append(
          Assignment(
            assignee: Assignee(name: splits.names.text(split.name), kind: split.kind),
            role: split.role, openList: split.openList,
            writtenAs: splits.names.text(split.written), line: span.line))
      }
    }
    return assignments
  }

  /// The marks that make a unit in a list the lead: `市发改委(牵头)`.
  private static let leadMarks = ["(牵头)", "(牵头单位)", "(牵头部门)"]

  /// Appends to `assignments` those `span`, whose text's UTF-8 bytes are `text`, names, as
  /// ids of `names`.
  private static func appendAssignments(
    of span: RoleSpan, text: UnsafeBufferPointer<UInt8>, names: inout AssigneeListSplitter.Names,
    to assignments: inout [SplitName]
  ) {
    names.read(utf8: text, role: span.role)
    for entry in names.entries {
      var role = span.role
      var kind = entry.kind
      var name = entry.name
      let facts = names.facts(of: name)
      // A leader's office and a mark of the lead both end in `)`, which most names do not.
      if facts.contains(.endsInParenthesis) {
        var text = names.text(name)
        if role.isLeaderRole { text = LeaderTitle.strippingTitle(text) }
        // `责任单位:市发改委(牵头)、市财政局`: the lead marked inside the list.
        if text.utf8HasSuffix(")") {
          for mark in leadMarks where text.utf8HasSuffix(mark) {
            text = String(text.utf8.dropLast(mark.utf8.count))!
            if !role.isLeaderRole { role = .leadUnit }
          }
        }
        name = names.id(of: text)
      }
      if !role.isLeaderRole && facts.contains(.isTitle) {
        role = .leadLeader
        kind = .leader
      }
      assignments.append(
        SplitName(
          name: name, written: entry.written, kind: kind, role: role, openList: entry.openList))
    }
  }
}

/// Leaders named by their office rather than their name: `分管副省长`, `市政府秘书长`.
///
/// The document terms are 总理, 副总理, 省长, 副省长, 市长, 副市长, 区长, 县长 and 秘书长.
public enum LeaderTitle {
  private static let endings = ["省长", "市长", "区长", "县长", "州长", "旗长", "秘书长", "主席", "总理"]

  /// Whether `scalar` ends one of `endings`: 长, 席 or 理 (a `switch`, not a search of the
  /// endings, since every unit's name passes here).
  private static func endsTitle(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "长", "席", "理": true
    default: false
    }
  }

  /// A leader's name without the office written after it: `张三(副市长)` is 张三.
  public static func strippingTitle(_ name: String) -> String {
    guard name.utf8HasSuffix(")"), let open = name.utf8Bounds(of: "(")?.lowerBound,
      open != name.startIndex
    else { return name }
    let office = name[name.utf8.index(after: open)..<name.utf8.index(before: name.endIndex)]
    let offices = endings + ["书记", "主任", "委员", "部长", "常委"]
    guard offices.contains(where: { String(office).utf8HasSuffix($0) }) else { return name }
    return String(name[..<open])
  }

  /// Whether `name` is a leader's title.
  public static func isTitle(_ name: String) -> Bool {
    // Most names end in none of the endings' last characters; of the rest, ten characters
    // take 10 to 40 bytes, so most are decided by their byte count, and the others by
    // counting the bytes that start a scalar (not continuation bytes 10xxxxxx).
    let mayEndAsTitle = name.withUTF8Bytes { bytes in
      guard bytes.count <= 40, let last = bytes.lastScalar, endsTitle(last) else { return false }
      return bytes.count <= 10 || bytes.scalarCount <= 10
    }
    guard mayEndAsTitle, !name.utf8HasPrefix("各") else { return false }
    return endings.contains { name.utf8HasSuffix($0) }
  }
}

extension Diagnostic.Code {
  /// A document with tasks of which none names a leader or unit.
  public static let noAssignments = Diagnostic.Code("no-assignments")
}
