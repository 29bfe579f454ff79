import PlanGraph

/// The agency functions each task of a document names: what `FunctionLoad` and
/// `FunctionNetwork` both count, worked out once so each agency name is looked up once per
/// document.
///
/// Only unit roles count; a group that names no function (各有关部门: a collective whose
/// function is `other`) is left out.
public struct TaskFunctions: Sendable {
  /// One unit-role assignment with a function.
  public struct Mention: Sendable {
    /// The function's index in `functions.functions`.
    public var function: Int
    /// The agency's name.
    public var name: String
    /// Whether the agency leads the task.
    public var isLead: Bool
  }

  /// The table the indexes point into.
  public let functions: AgencyFunctions
  /// Each task's mentions, in the order the task lists its assignments.
  public let tasks: [[Mention]]

  /// The functions `document`'s tasks name.
  public init(_ document: Document, functions: AgencyFunctions = .shipped) {
    self.functions = functions
    var lookup = AgencyFunctions.Lookup(functions)
    let other = functions.otherIndex
    // By index, in place: `map { task in … }` would copy every task and assignment.
    let planTasks = document.tasks
    tasks = planTasks.indices.map { task in
      let assignments = planTasks[task].assignments
      var mentions: [Mention] = []
      for index in assignments.indices where !assignments[index].role.isLeaderRole {
        let assignee = assignments[index].assignee
        let function = lookup.index(of: assignee.name)
        if function == other && assignee.kind == .collective { continue }
        mentions.append(
          Mention(
            function: function, name: assignee.name,
            isLead: assignments[index].role == .leadUnit))
      }
      return mentions
    }
  }

  /// The function's id.
  public func id(_ function: Int) -> String { functions.functions[function].id }
}
