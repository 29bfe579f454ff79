/// Resolves agency names written without their jurisdiction prefix, across a whole plan.
///
/// In `市工业和信息化局、商务局` the second name means `市商务局`. The rule: a unit name that
/// does not start with a jurisdiction character, listed right after a sibling in the same
/// field that does (`市…`), is read as that prefix plus the name, provided the plan names
/// that unit elsewhere. Otherwise the name stays as written and a warning says so.
public enum UnitEllipsisResolver {
  private static let prefixes: [Character] = ["省", "市", "区", "县"]
  private static let agencySuffixes: [Character] = ["局", "委", "厅", "办", "署"]

  /// Resolves prefix ellipsis in `plan`, returning the diagnostics it raised.
  public static func resolve(_ plan: inout TaskPlan, file: String) -> [Diagnostic] {
    // The units the plan names, gathered only once a name needs them: most plans have no
    // name that lacks its prefix.
    var gathered: Set<NameKey>?
    func known() -> Set<NameKey> {
      if let gathered { return gathered }
      var units = Set<NameKey>()
      for task in plan.tasks {
        for assignment in task.assignments where assignment.assignee.kind == .unit {
          units.insert(NameKey(assignment.assignee.name))
        }
      }
      gathered = units
      return units
    }
    var diagnostics: [Diagnostic] = []
    for t in plan.tasks.indices {
      var assignments = plan.tasks[t].assignments
      for i in assignments.indices.dropFirst() {
        let name = assignments[i].assignee.name
        let sibling = assignments[i - 1]
        guard assignments[i].assignee.kind == .unit, sibling.role == assignments[i].role,
          sibling.line == assignments[i].line, let first = name.first, !prefixes.contains(first),
          let prefix = sibling.assignee.name.first, prefixes.contains(prefix)
        else { continue }
        let candidate = String(prefix) + name
        if known().contains(NameKey(candidate)) {
          assignments[i].assignee.name = candidate
        } else if let last = name.last, agencySuffixes.contains(last), name.count <= 8,
          !name.contains(where: prefixes.contains)
        {
          diagnostics.append(
            Diagnostic(
              .warning, .unresolvedEllipsis,
              "'\(name)' follows '\(sibling.assignee.name)' and may mean '\(candidate)', but the "
                + "plan never names '\(candidate)'; kept as written (an alias table can merge it)",
              at: SourceLocation(file: file, line: assignments[i].line)))
        }
      }
      plan.tasks[t].assignments = assignments
    }
    return diagnostics
  }
}

extension Diagnostic.Code {
  /// A unit name that may lack its jurisdiction prefix but could not be resolved.
  public static let unresolvedEllipsis = Diagnostic.Code("unresolved-ellipsis")
}
