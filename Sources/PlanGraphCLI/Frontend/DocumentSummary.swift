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
      // Counted in one pass over the tasks, read in place by index: a filtered list, or a
      // closure given each task, would copy every task (a retain of each of its strings).
      var assignmentCount = 0
      var roleCounts = [Role: Int]()
      var unassigned = 0
      var dated = 0
      var withDate = 0
      for index in plan.tasks.indices {
        let assignments = plan.tasks[index].assignments
        assignmentCount += assignments.count
        var led = false
        for assignment in assignments.indices {
          roleCounts[assignments[assignment].role, default: 0] += 1
          if assignments[assignment].role.isLeaderRole { led = true }
        }
        if !led { unassigned += 1 }
        if plan.tasks[index].deadlineText != nil {
          dated += 1
          if plan.tasks[index].deadline != nil { withDate += 1 }
        }
      }
      let byRole = Role.allCases.map { "\(roleCounts[$0] ?? 0) \($0.rawValue)" }
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
      lines.append("  no leader: \(unassigned) tasks")
      if dated > 0 { lines.append("  deadlines: \(dated) tasks, \(withDate) with a date") }
    }
    let counts = Dictionary(grouping: document.diagnostics, by: \.severity).mapValues(\.count)
    lines.append(
      "  diagnostics: \(counts[.error] ?? 0) error(s), \(counts[.warning] ?? 0) warning(s), "
        + "\(counts[.note] ?? 0) note(s)")
    return lines.joined(separator: "\n") + "\n"
  }
}
