/// The tables of the export contract that come straight from the parsed model.
///
/// File names and columns are design.md's "Export contract"; analysis tables are built by
/// `PlanAnalyses`. Lists inside a cell are joined by `、`.
public enum ExportContract {
  /// The separator for lists inside a cell.
  public static let listSeparator = "、"

  /// `documents.csv`: one row per document.
  public static func documentsTable(_ documents: [Document]) -> Table {
    var table = Table(header: [
      "doc_id", "kind", "title", "jurisdiction", "level", "year", "issued_on", "doc_number",
      "tasks", "targets", "diagnostics", "jurisdiction_code", "parent",
    ])
    for document in documents {
      let metadata = document.metadata
      table.append([
        .text(document.id), .text(document.kind.rawValue), .text(metadata.title),
        .text(metadata.jurisdiction), .optional(metadata.level?.rawValue), .optional(metadata.year),
        .optional(metadata.issuedOn), .optional(metadata.documentNumber),
        .integer(document.tasks.count), .integer(document.targets.count),
        .integer(document.diagnostics.count), .optional(metadata.jurisdictionCode),
        .optional(metadata.parentJurisdiction),
      ])
    }
    return table
  }

  /// `tasks.csv`: one row per task; `targets` lists the clauses that set the task's targets.
  public static func tasksTable(_ documents: [Document]) -> Table {
    TableRows.table(header: tasksHeader) { appendTasks(of: documents, to: &$0) }
  }

  /// `tasks.csv`'s rows of `documents`, encoded as CSV straight away.
  public static func appendTaskRows(of documents: [Document], to rows: inout CSVRows) {
    appendTasks(of: documents, to: &rows)
  }

  static let tasksHeader = [
    "doc_id", "task_id", "number", "section", "subsection", "text", "lead_leaders", "lead_units",
    "responsible_units", "targets", "deadline_text", "deadline",
  ]

  private static func appendTasks<Rows: RowSink & ~Copyable>(
    of documents: [Document], to rows: inout Rows
  ) {
    var joined = ByteSink(capacity: 256)
    for document in documents {
      guard let plan = document.plan else { continue }
      // Each task id's targets, in document order (a numbering slip can give two tasks one
      // id: both list them). Ids interned by bytes: a `Dictionary` keyed by `String`
      // normalizes every id to hash it.
      var taskIDs = NameTable(capacity: plan.tasks.count)
      let slots = plan.tasks.indices.map { taskIDs.intern(plan.tasks[$0].id).id }
      var targets = [[String]](repeating: [], count: taskIDs.count)
      for index in document.targets.indices {
        guard let id = document.targets[index].taskID, let slot = taskIDs.id(of: id) else {
          continue
        }
        targets[slot].append(document.targets[index].text)
      }
      for (index, task) in plan.tasks.enumerated() {
        let headings = plan.headings(of: task)
        // Names and text as the document writes them (traditional characters stay so).
        // Joined as bytes: joining Strings checks a grapheme boundary at every join.
        func names(_ role: Role) {
          joined.removeAll()
          var first = true
          for assignment in task.assignments where assignment.role == role {
            if !first { joined.append(contentsOf: listSeparator.utf8) }
            first = false
            joined.append(contentsOf: (assignment.nameAsWritten ?? assignment.assignee.name).utf8)
          }
          joined.withBytes { rows.appendText(utf8: $0) }
        }
        rows.append(.text(document.id))
        rows.append(.text(task.id))
        rows.append(.integer(task.number))
        rows.append(.text(headings.section))
        rows.append(.text(headings.subsection))
        rows.append(.text(task.textAsWritten ?? task.text))
        names(.leadLeader)
        names(.leadUnit)
        names(.responsibleUnit)
        let texts = targets[slots[index]]
        rows.append(texts.isEmpty ? .empty : .text(texts.joined(separator: listSeparator)))
        rows.append(.optional(task.deadlineText))
        rows.append(.optional(task.deadline))
        rows.endRow()
      }
    }
  }

  /// `assignments.csv`: one row per name per role per task.
  ///
  /// `actor` is the name as the document writes it (in traditional characters when it is);
  /// `actor_simplified` is the name in simplified characters, the key every other table and
  /// graph uses.
  public static func assignmentsTable(_ documents: [Document]) -> Table {
    TableRows.table(header: assignmentsHeader) { appendAssignments(of: documents, to: &$0) }
  }

  /// `assignments.csv`'s rows of `documents`, encoded as CSV straight away.
  public static func appendAssignmentRows(of documents: [Document], to rows: inout CSVRows) {
    appendAssignments(of: documents, to: &rows)
  }

  static let assignmentsHeader = [
    "doc_id", "task_id", "actor", "actor_kind", "role", "open_list", "written_as",
    "actor_simplified",
  ]

  private static func appendAssignments<Rows: RowSink & ~Copyable>(
    of documents: [Document], to rows: inout Rows
  ) {
    for document in documents {
      // The document's and each task's id, and the kinds and roles, stand in many rows:
      // their cells are encoded once.
      let documentID = PreparedText(document.id)
      // Read in place by index: `for task in` would copy every task and assignment (a retain
      // and a release of each of their strings).
      let tasks = document.tasks
      for task in tasks.indices {
        let assignments = tasks[task].assignments
        guard !assignments.isEmpty else { continue }
        let taskID = PreparedText(tasks[task].id)
        for index in assignments.indices {
          rows.append(prepared: documentID)
          rows.append(prepared: taskID)
          rows.append(.text(assignments[index].nameAsWritten ?? assignments[index].assignee.name))
          rows.append(prepared: assignments[index].assignee.kind.preparedRawValue)
          rows.append(prepared: assignments[index].role.preparedRawValue)
          rows.append(.boolean(assignments[index].openList))
          rows.append(.text(assignments[index].writtenAs))
          rows.append(.text(assignments[index].assignee.name))
          rows.endRow()
        }
      }
    }
  }

  /// `diagnostics.csv`: one row per diagnostic.
  public static func diagnosticsTable(_ documents: [Document]) -> Table {
    var table = Table(header: ["doc_id", "line", "severity", "code", "message", "place"])
    for document in documents {
      for diagnostic in document.diagnostics {
        table.append([
          .text(document.id), .integer(diagnostic.location.line),
          .text(diagnostic.severity.rawValue), .text(diagnostic.code.rawValue),
          .text(diagnostic.message), .optional(diagnostic.location.place),
        ])
      }
    }
    return table
  }
}

extension Assignee.Kind {
  private static let leaderText = PreparedText(Self.leader.rawValue)
  private static let unitText = PreparedText(Self.unit.rawValue)
  private static let collectiveText = PreparedText(Self.collective.rawValue)

  /// The raw value as a prepared cell.
  fileprivate var preparedRawValue: PreparedText {
    switch self {
    case .leader: Self.leaderText
    case .unit: Self.unitText
    case .collective: Self.collectiveText
    }
  }
}

extension Role {
  private static let leadLeaderText = PreparedText(Self.leadLeader.rawValue)
  private static let supervisingLeaderText = PreparedText(Self.supervisingLeader.rawValue)
  private static let leadUnitText = PreparedText(Self.leadUnit.rawValue)
  private static let responsibleUnitText = PreparedText(Self.responsibleUnit.rawValue)

  /// The raw value as a prepared cell.
  fileprivate var preparedRawValue: PreparedText {
    switch self {
    case .leadLeader: Self.leadLeaderText
    case .supervisingLeader: Self.supervisingLeaderText
    case .leadUnit: Self.leadUnitText
    case .responsibleUnit: Self.responsibleUnitText
    }
  }
}
