/// One numbered task of a plan with the people and agencies assigned to it.
///
/// The document term is 任务: one numbered item such as `12.升级立体交通网络,…`.
public struct PlanTask: Codable, Hashable, Sendable, Identifiable {
  /// The task's identifier, `doc_id#N`, as in `tasks.csv`.
  public var id: String
  /// The task's number as printed in the plan.
  public var number: Int
  /// The task's text, its continuation lines joined, without the number and field lines.
  public var text: String
  /// The line the task's number stands on in the original input.
  public var line: Int
  /// The number of the section (`一、` is 1) the task stands under, if any.
  public var sectionNumber: Int?
  /// The number of the subsection (`(一)` is 1) the task stands under, if any.
  public var subsectionNumber: Int?
  /// The assignments in the order the plan lists them.
  public var assignments: [Assignment]
  /// The completion time as written (`2024年6月底前`, `年内持续推进`); the document terms are
  /// 完成时限, 时间节点 and 完成时间.
  public var deadlineText: String?
  /// The completion time as a date, `YYYY-MM-DD`, where `deadlineText` names one.
  public var deadline: String?
  /// The task's text in the document's own characters, when that differs from `text`
  /// (a plan in traditional characters); `text` is simplified.
  public var textAsWritten: String?

  /// Creates a task.
  public init(
    id: String, number: Int, text: String, line: Int, sectionNumber: Int? = nil,
    subsectionNumber: Int? = nil, assignments: [Assignment] = []
  ) {
    self.id = id
    self.number = number
    self.text = text
    self.line = line
    self.sectionNumber = sectionNumber
    self.subsectionNumber = subsectionNumber
    self.assignments = assignments
  }

  /// The assignees named in `role`, in the plan's order.
  public func assignees(in role: Role) -> [Assignee] {
    assignments.filter { $0.role == role }.map(\.assignee)
  }

  /// Whether the task names `name` in any of `roles`.
  public func names(_ name: String, in roles: Set<Role> = Set(Role.allCases)) -> Bool {
    assignments.contains { $0.assignee.name == name && roles.contains($0.role) }
  }
}
