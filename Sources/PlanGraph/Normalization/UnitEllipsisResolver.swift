/// Resolves agency names written without their jurisdiction prefix, across a whole plan.
///
/// In `市工业和信息化局、商务局` the second name means `市商务局`. The rule: a unit name that
/// does not start with a jurisdiction character, listed right after a sibling in the same
/// field that does (`市…`), is read as that prefix plus the name, provided the plan names
/// that unit elsewhere. Otherwise the name stays as written and a warning says so.
public enum UnitEllipsisResolver {
  private static let prefixes = ["省", "市", "区", "县"]
  private static let agencySuffixes = ["局", "委", "厅", "办", "署"]

  /// `prefixes` as UTF-8 bytes.
  private static let prefixBytes = prefixes.map { Array($0.utf8) }

  /// The jurisdiction character `name` starts with, if any: every pair of neighbouring names
  /// is tested, so the name's first bytes are read once and compared with each prefix's.
  private static func jurisdiction(startingWith name: String) -> String? {
    let index = name.withUTF8Bytes { bytes in prefixBytes.firstIndex { bytes.starts(with: $0) } }
    return index.map { prefixes[$0] }
  }

  /// Resolves prefix ellipsis in `plan`, returning the diagnostics it raised.
  public static func resolve(_ plan: inout TaskPlan, file: String) -> [Diagnostic] {
    // The units the plan names, gathered only once a name needs them: most plans have no
    // name that lacks its prefix.
    var gathered: NameTable?
    func known() -> NameTable {
      if let gathered { return gathered }
      // Room for every assignment's name at once: the table is not rehashed as it grows.
      var units = NameTable(
        capacity: plan.tasks.indices.reduce(0) { $0 + plan.tasks[$1].assignments.count })
      for task in plan.tasks.indices {
        let assignments = plan.tasks[task].assignments
        for index in assignments.indices where assignments[index].assignee.kind == .unit {
          _ = units.intern(assignments[index].assignee.name)
        }
      }
      gathered = units
      return units
    }
    var diagnostics: [Diagnostic] = []
    for t in plan.tasks.indices where plan.tasks[t].assignments.count > 1 {
      // The task's assignments are read in place of one copy, written back only when a name
      // changed; a name resolved here is what the next pair is tested with.
      var assignments = plan.tasks[t].assignments
      var changed = false
      for i in 1..<assignments.count {
        // The cheap tests first; names are tested on bytes.
        guard assignments[i].assignee.kind == .unit, !assignments[i].assignee.name.isEmpty,
          assignments[i - 1].role == assignments[i].role,
          assignments[i - 1].line == assignments[i].line,
          let prefix = jurisdiction(startingWith: assignments[i - 1].assignee.name),
          jurisdiction(startingWith: assignments[i].assignee.name) == nil
        else { continue }
        let name = assignments[i].assignee.name
        let candidate = prefix + name
        if known().id(of: candidate) != nil {
          assignments[i].assignee.name = candidate
          changed = true
        } else if agencySuffixes.contains(where: name.utf8HasSuffix),
          name.unicodeScalars.count <= 8,
          !prefixes.contains(where: name.utf8Contains)
        {
          diagnostics.append(
            Diagnostic(
              .warning, .unresolvedEllipsis,
              "'\(name)' follows '\(assignments[i - 1].assignee.name)' and may mean '\(candidate)', "
                + "but the plan never names '\(candidate)'; kept as written (an alias table can "
                + "merge it)",
              at: SourceLocation(file: file, line: assignments[i].line)))
        }
      }
      if changed { plan.tasks[t].assignments = assignments }
    }
    return diagnostics
  }
}

extension Diagnostic.Code {
  /// A unit name that may lack its jurisdiction prefix but could not be resolved.
  public static let unresolvedEllipsis = Diagnostic.Code("unresolved-ellipsis")
}
