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
    /// The name's id within the document: every mention of one name has it, and ids run
    /// from 0 to below `nameCount`.
    public var nameID: Int
    /// Whether the agency leads the task.
    public var isLead: Bool
  }

  /// The table the indexes point into.
  public let functions: AgencyFunctions
  /// Every task's mentions, task after task, each task's in the order it lists its
  /// assignments: one array for the document instead of one per task.
  public let mentions: [Mention]
  /// Where each task's mentions start in `mentions`, and where the last task's end: one
  /// entry more than there are tasks.
  private let starts: [Int]
  /// How many ids the mentions' names take (`Mention.nameID` stays below it).
  public let nameCount: Int

  /// The functions `document`'s tasks name.
  public init(_ document: Document, functions: AgencyFunctions = .shipped) {
    self.functions = functions
    var lookup = AgencyFunctions.Lookup(functions)
    let other = functions.otherIndex
    var mentions: [Mention] = []
    var starts = [0]
    // By index, in place: `for task in` would copy every task and assignment.
    let planTasks = document.tasks
    starts.reserveCapacity(planTasks.count + 1)
    for task in planTasks.indices {
      let assignments = planTasks[task].assignments
      for index in assignments.indices where !assignments[index].role.isLeaderRole {
        let assignee = assignments[index].assignee
        let (nameID, function) = lookup.lookUp(assignee.name)
        if function == other && assignee.kind == .collective { continue }
        mentions.append(
          Mention(
            function: function, name: assignee.name, nameID: nameID,
            isLead: assignments[index].role == .leadUnit))
      }
      starts.append(mentions.count)
    }
    self.mentions = mentions
    self.starts = starts
    nameCount = lookup.nameCount
  }

  /// How many tasks the document has (those naming no function included).
  public var taskCount: Int { starts.count - 1 }

  /// The mentions of task `task` (its index in the document's tasks).
  public func mentions(ofTask task: Int) -> ArraySlice<Mention> {
    mentions[starts[task]..<starts[task + 1]]
  }

  /// The function's id.
  public func id(_ function: Int) -> String { functions.functions[function].id }
}
