import PlanGraph

/// The readable summary `parse` prints for one document.
enum DocumentSummary {
  static func text(_ document: Document) -> String {
    let m = document.metadata
    var lines: [String] = []
    var head = "\(document.id)  \(document.kind.rawValue)"
    if !m.jurisdiction.isEmpty { head += "  \(m.jurisdiction)" }
    if let level = m.level { head += " (\(level.rawValue))" }
    if let year = m.year { head += "  \(year)" }
    lines.append(head)
    if !m.title.isEmpty { lines.append("  title:    \(m.title)") }
    var issued: [String] = []
    if let date = m.issuedOn { issued.append(date) }
    if let number = m.documentNumber { issued.append(number) }
    if !issued.isEmpty { lines.append("  issued:   \(issued.joined(separator: "  "))") }
    if let parent = m.parentJurisdiction { lines.append("  within:   \(parent)") }
    lines.append("  encoding: \(document.encoding.rawValue)")
    if let script = document.script { lines.append("  script:   \(script.rawValue)") }
    if let plan = document.plan {
      // Counted in place: a filtered list would copy every assignment, and every task.
      let assignmentCount = plan.tasks.reduce(0) { $0 + $1.assignments.count }
      let byRole = Role.allCases.map { role in
        let count = plan.tasks.reduce(0) { $0 + $1.assignments.count { $0.role == role } }
        return "\(count) \(role.rawValue)"
      }
      let subsections = plan.sections.reduce(0) { $0 + $1.subsections.count }
      if let layout = plan.layout { lines.append("  layout:   \(layout.rawValue)") }
      lines.append(
        "  plan:     \(plan.sections.count) sections, \(subsections) subsections, "
          + "\(plan.tasks.count) tasks")
      lines.append("  assigned: \(assignmentCount) (\(byRole.joined(separator: ", ")))")
      let named = plan.assigneeCounts()
      lines.append(
        "  named:    \(named[.leader]!) leaders, \(named[.unit]!) units, "
          + "\(named[.collective]!) collectives")
      let unassigned = plan.tasks.count { task in
        !task.assignments.contains { $0.role.isLeaderRole }
      }
      lines.append("  no leader: \(unassigned) tasks")
      let dated = plan.tasks.count { $0.deadlineText != nil }
      if dated > 0 {
        let withDate = plan.tasks.count { $0.deadlineText != nil && $0.deadline != nil }
        lines.append("  deadlines: \(dated) tasks, \(withDate) with a date")
      }
    }
    let counts = Dictionary(grouping: document.diagnostics, by: \.severity).mapValues(\.count)
    lines.append(
      "  diagnostics: \(counts[.error] ?? 0) error(s), \(counts[.warning] ?? 0) warning(s), "
        + "\(counts[.note] ?? 0) note(s)")
    return lines.joined(separator: "\n") + "\n"
  }
}
