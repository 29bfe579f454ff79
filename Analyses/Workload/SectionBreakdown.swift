import PlanGraph

/// How a unit's tasks spread over the plan's sections.
public struct SectionBreakdown: Sendable, Hashable {
  /// The unit.
  public var unit: ActorKey
  /// Tasks per section number (as lead or responsible unit), sections without tasks left out.
  public var tasksBySection: [Int: Int]
  /// Lead tasks per section number.
  public var leadTasksBySection: [Int: Int]

  /// The breakdown of every unit and collective in `graph`, in actor order.
  public static func compute(_ graph: BipartiteGraph) -> [SectionBreakdown] {
    graph.actors.indices.compactMap { index in
      let actor = graph.actors[index]
      guard actor.kind != .leader else { return nil }
      var tasks: [Int: Set<Int32>] = [:]
      var lead: [Int: Set<Int32>] = [:]
      for edge in graph.edges(ofActor: Int32(index)) {
        let section = graph.tasks[Int(edge.node)].sectionNumber ?? 0
        tasks[section, default: []].insert(edge.node)
        if edge.role == .leadUnit { lead[section, default: []].insert(edge.node) }
      }
      return SectionBreakdown(
        unit: actor, tasksBySection: tasks.mapValues(\.count),
        leadTasksBySection: lead.mapValues(\.count))
    }
  }

  /// A table of units × sections: cells are `lead/total` task counts.
  public static func table(_ breakdowns: [SectionBreakdown], plan: TaskPlan) -> Table {
    var table = Table(header: ["unit"] + plan.sections.map { "\($0.number) \($0.title)" })
    for breakdown in breakdowns.sorted(by: {
      $0.total > $1.total || ($0.total == $1.total && $0.unit < $1.unit)
    }) {
      table.append(
        [.text(breakdown.unit.name)]
          + plan.sections.map { section in
            let total = breakdown.tasksBySection[section.number] ?? 0
            return total == 0
              ? .empty : .text("\(breakdown.leadTasksBySection[section.number] ?? 0)/\(total)")
          })
    }
    return table
  }

  /// All tasks of the unit.
  public var total: Int { tasksBySection.values.reduce(0, +) }
}
