/// A task-assignment plan: sections and numbered tasks with their assignments.
///
/// The document terms are 任务分解和责任分工方案, 重点工作分工方案 and 任务分解表.
public struct TaskPlan: Codable, Hashable, Sendable {
  /// The sections that have tasks under them, in document order.
  public var sections: [Section]
  /// The tasks in document order.
  public var tasks: [PlanTask]
  /// The form the plan writes its assignments in, if any task names anyone.
  public var layout: PlanLayout?

  /// Creates a plan.
  public init(sections: [Section] = [], tasks: [PlanTask] = [], layout: PlanLayout? = nil) {
    self.sections = sections
    self.tasks = tasks
    self.layout = layout
  }

  /// The tasks on which `name` is named in `role`.
  public func tasks(naming name: String, as role: Role) -> [PlanTask] {
    tasks.filter { $0.names(name, in: [role]) }
  }

  /// The tasks led by the unit `name` (牵头单位).
  public func tasks(ledBy name: String) -> [PlanTask] { tasks(naming: name, as: .leadUnit) }

  /// All assignments of the plan, task by task.
  public var assignments: [Assignment] { tasks.flatMap(\.assignments) }

  /// The distinct assignees of a kind, sorted by name.
  ///
  /// A plan names the same agencies in task after task: the names are told apart by their
  /// bytes first. When every distinct name is plainly NFC (`String.sortsBefore`), names that
  /// differ in bytes differ as strings and sort by their bytes; otherwise the distinct ones are
  /// merged and sorted as `String`s, which normalizes every Chinese character.
  public func assignees(of kind: Assignee.Kind) -> [Assignee] {
    var seen = NameTable()
    var distinct: [Assignee] = []
    var allPlain = true
    for task in tasks.indices {
      let assignments = tasks[task].assignments
      for index in assignments.indices where assignments[index].assignee.kind == kind {
        let assignee = assignments[index].assignee
        guard seen.intern(assignee.name).isNew else { continue }
        distinct.append(assignee)
        if allPlain && !assignee.name.isPlainNFC { allPlain = false }
      }
    }
    guard allPlain else { return Set(distinct).sorted() }
    return distinct.sorted { $0.name.compareUTF8($1.name) < 0 }
  }

  /// How many distinct assignees of each kind the plan names: the counts of
  /// `assignees(of:)`, in one pass over the assignments and without sorting.
  ///
  /// Names are told apart by their bytes; a kind with a name that is not plainly NFC is
  /// counted by `assignees(of:)` itself, which merges names equal as `String`s.
  public func assigneeCounts() -> [Assignee.Kind: Int] {
    var seen = NameTable()
    var counts = [0, 0, 0]
    var plain = [true, true, true]
    for task in tasks.indices {
      let assignments = tasks[task].assignments
      for index in assignments.indices {
        let assignee = assignments[index].assignee
        let tag = Int(assignee.kind.tag)
        guard seen.intern(assignee.name, tag: assignee.kind.tag).isNew else { continue }
        counts[tag] += 1
        if plain[tag] && !assignee.name.isPlainNFC { plain[tag] = false }
      }
    }
    var byKind: [Assignee.Kind: Int] = [:]
    for kind in Assignee.Kind.allCases {
      let tag = Int(kind.tag)
      byKind[kind] = plain[tag] ? counts[tag] : assignees(of: kind).count
    }
    return byKind
  }

  /// The section with the given number, if the plan has it.
  public func section(numbered number: Int?) -> Section? {
    guard let number else { return nil }
    return sections.first { $0.number == number }
  }

  /// The title of a task's section and subsection, empty where there is none.
  public func headings(of task: PlanTask) -> (section: String, subsection: String) {
    let section = self.section(numbered: task.sectionNumber)
    let subsection = section?.subsections.first { $0.number == task.subsectionNumber }
    return (section?.title ?? "", subsection?.title ?? "")
  }
}
