/// Applies the whole-plan naming rules after parsing: alias table, prefix ellipsis, and the
/// near-duplicate check on leader names.
public enum PlanNormalizer {
  /// Normalizes the names in `plan` and returns the diagnostics raised.
  public static func normalize(
    _ plan: inout TaskPlan, aliases: AliasTable, file: String
  ) -> [Diagnostic] {
    var diagnostics = UnitEllipsisResolver.resolve(&plan, file: file)
    if !aliases.isEmpty {
      for t in plan.tasks.indices {
        for a in plan.tasks[t].assignments.indices {
          let name = plan.tasks[t].assignments[a].assignee.name
          plan.tasks[t].assignments[a].assignee.name = aliases.resolve(name)
        }
      }
    }
    diagnostics += NearDuplicateDetector.diagnostics(for: plan, file: file)
    return diagnostics
  }
}
