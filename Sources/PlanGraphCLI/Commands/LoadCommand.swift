import PlanAnalyses
import PlanGraph

/// `plangraph load`: who carries how many tasks, as an aligned table.
enum LoadCommand {
  static let spec = CommandSpec(
    name: "load", summary: "Print the task load of each unit or leader.",
    arguments: "INPUTS... [--by unit|leader] [--top N] [--csv FILE]",
    discussion:
      "Units are ranked by lead tasks, then all tasks; leaders by tasks led and supervised.",
    options: [
      .value("by", "WHAT", help: "unit (default) or leader."),
      .value("top", "N", help: "Show the N heaviest per document (default: all)."),
      .value("csv", "FILE", help: "Also write the full table as CSV (unit_load.csv columns)."),
      .flag("sections", help: "With --by unit: tasks per section, as lead/total."),
    ] + InputOptions.specs,
    examples: [
      "plangraph load Fixtures/plans/jinzhou-2025-plan.txt --top 10",
      "plangraph load Fixtures/plans --by leader",
    ])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let by = arguments.value("by") ?? "unit"
    guard by == "unit" || by == "leader" else {
      throw .usage("--by takes unit or leader, not '\(by)'")
    }
    let top = try arguments.value("top").map { (text) throws(CommandFailure) -> Int in
      guard let n = Int(text), n > 0 else { throw .usage("--top takes a positive whole number") }
      return n
    }
    let sections = arguments.flag("sections")
    // Each plan is read and analysed, and its table made, on all cores; this thread prints
    // them in input order as they come and keeps only the rows the CSV needs.
    var full = Table(header: by == "unit" ? UnitLoad.header : LeaderLoad.header)
    var plans = 0
    let streamed = try DocumentLoader(arguments).stream(
      arguments.positionals,
      render: { document -> (text: String, rows: [[Table.Cell]])? in
        guard document.kind == .plan && !document.tasks.isEmpty else { return nil }
        // The workload alone: `load` never reads the network a full analysis adds.
        let workload = PlanWorkload(document)
        let rows = by == "unit" ? workload.unitLoadRows : workload.leaderLoadRows
        return (text(workload, by: by, top: top, sections: sections), rows)
      },
      consume: { output in
        guard let (text, rows) = output else { return }
        Console.out(text)
        full.rows += rows
        plans += 1
      })
    guard plans > 0 else { throw .failed("no plan with tasks among the inputs") }
    if let path = arguments.value("csv") {
      do { try AtomicFileWriter.write(CSVWriter().string(for: full), to: path) } catch {
        throw .failed(error.description)
      }
    }
    return streamed.status
  }

  /// What `load` prints for one plan: its table, its spread and, with `--sections`, its
  /// tasks per section.
  private static func text(_ workload: PlanWorkload, by: String, top: Int?, sections: Bool)
    -> String
  {
    let m = workload.document.metadata
    var text = "\(workload.document.id)  \(m.jurisdiction) \(m.year.map(String.init) ?? "")\n"
    var table: Table
    if by == "unit" {
      table = Table(header: ["unit", "kind", "lead", "responsible", "total", "weighted lead"])
      for load in workload.unitLoad.prefix(top ?? Int.max) {
        table.append([
          .text(load.unit.name), .text(load.unit.kind.rawValue), .integer(load.leadTasks),
          .integer(load.responsibleTasks), .integer(load.totalTasks), .number(load.weightedLead),
        ])
      }
    } else {
      table = Table(header: ["leader", "lead", "supervised", "lead units (most tasks first)"])
      for load in workload.leaderLoad.prefix(top ?? Int.max) {
        let units = load.leadUnits.prefix(4).map { "\($0.name) \($0.tasks)" }.joined(
          separator: "、")
        table.append([
          .text(load.leader.name), .integer(load.leadTasks), .integer(load.supervisedTasks),
          .text(units + (load.leadUnits.count > 4 ? "…" : "")),
        ])
      }
    }
    let d = workload.distribution
    func percent(_ x: Double) -> String { Table.format((x * 1000).rounded() / 10) + "%" }
    text +=
      TextTable().string(for: table)
      + "\(d.leadingUnits) units lead \(d.leadAssignments) task assignments; the top 5 hold "
      + "\(percent(d.topFiveShare)); Gini \(Table.format((d.gini * 1000).rounded() / 1000))\n\n"
    if sections, by == "unit", let plan = workload.document.plan {
      let breakdown = SectionBreakdown.table(SectionBreakdown.compute(workload.graph), plan: plan)
      let shown = Table(
        header: ["unit"] + plan.sections.map { "§\($0.number)" },
        rows: Array(breakdown.rows.prefix(top ?? Int.max)))
      text +=
        TextTable().string(for: shown)
        + plan.sections.map { "§\($0.number) \($0.title)" }.joined(separator: "\n") + "\n\n"
    }
    return text
  }
}
