import Foundation
import PlanAnalyses
import PlanGraph

/// `plangraph targets` and `plangraph compare`: the numeric targets, listed or compared.
enum TargetsCommand {
  static let indicatorsOption = OptionSpec.value(
    "indicators", "FILE",
    help: "Extend the indicator vocabulary (id<TAB>中文<TAB>English<TAB>variants).")

  static let spec = CommandSpec(
    name: "targets", summary: "List the numeric targets of plans and reports.",
    arguments: "INPUTS... [--csv FILE] [--all] [--pivot INDICATOR]",
    discussion:
      "By default only targets with a known indicator; --all lists every quantified clause. "
      + "--pivot gdp prints one indicator as places × years (a report's value before a plan's); "
      + "with --csv the pivot is written instead of targets.csv, its cells the comparable value.",
    options: [
      .value("csv", "FILE", help: "Also write targets.csv (or the pivot)."),
      .flag("all", help: "Include targets whose indicator is not in the vocabulary."),
      .value("pivot", "INDICATOR", help: "One indicator as places × years (an id such as gdp)."),
      indicatorsOption,
    ] + InputOptions.specs,
    examples: [
      "plangraph targets Fixtures/reports/linghe-2022-report.txt",
      "plangraph targets Fixtures/plans Fixtures/reports --pivot gdp",
    ])

  static let compareSpec = CommandSpec(
    name: "compare", summary: "Compare targets across years and levels.",
    arguments: "INPUTS... [--csv FILE] [--by place|level]",
    discussion: "Like with like only. --by place (default): each place (one division code) across "
      + "its years. --by level: each place against the nearest place above it with a document "
      + "of the same year or the year before; the binding value follows 就高不就低. Two "
      + "documents of different places are shown side by side, labelled as different places. "
      + "A report's value is used before a plan's of the same place and year; disagreements "
      + "are listed. --order year|level is the old spelling of --by place|level.",
    options: [
      .value("csv", "FILE", help: "Also write target_changes.csv."),
      .value("by", "place|level", help: "place (default) or level."),
      .value("order", "year|level", help: "The old name of --by."), indicatorsOption,
    ] + InputOptions.specs,
    examples: [
      "plangraph compare Fixtures/reports/jinzhou-2019-report.txt Fixtures/plans/jinzhou-2025-plan.txt",
      "plangraph compare Fixtures/plans Fixtures/reports --by level",
      "plangraph compare Fixtures/plans/haicheng-2023-plan.txt Fixtures/plans/jinzhou-2025-plan.txt",
    ])

  static func listTargets(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let vocabulary = try vocabulary(arguments)
    if let indicator = arguments.value("pivot"), vocabulary.indicator(id: indicator) == nil {
      let known = vocabulary.indicators.map(\.id).joined(separator: ", ")
      throw .usage("--pivot takes an indicator id (\(known)), not '\(indicator)'")
    }
    let loaded = try load(arguments, vocabulary: vocabulary, placeRecords: false)
    let documents = loaded.documents
    if let indicator = arguments.value("pivot") {
      let panel = TargetPanel(documents, vocabulary: vocabulary)
      let pivot = TargetTables.pivot(panel, indicator: indicator)
      let name = vocabulary.indicator(id: indicator)?.chineseName ?? indicator
      Console.out("\(name) (\(indicator)) by place and year, \(pivot.rows.count) places:\n\n")
      Console.out(TextTable().string(for: pivot))
      try write(
        TargetTables.pivot(panel, indicator: indicator, numbers: true), to: arguments.value("csv"))
      return loaded.status
    }
    var table = Table(header: [
      "document", "task", "indicator", "as written", "measure", "target", "line",
    ])
    for document in documents {
      for target in document.targets where arguments.flag("all") || !target.indicator.isEmpty {
        table.append([
          .text(document.id),
          .text(target.taskID.map { "#" + ($0.split(separator: "#").last ?? "") } ?? ""),
          .text(target.indicator), .text(target.indicatorText), .text(target.measure.rawValue),
          .text(TargetTables.display(target)), .integer(target.line),
        ])
      }
    }
    Console.out(TextTable().string(for: table))
    try write(TargetTables.targets(documents), to: arguments.value("csv"))
    return loaded.status
  }

  static func compare(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let name = arguments.value("by") ?? arguments.value("order") ?? "place"
    let relation: TargetComparison.Relation
    switch name {
    case "place", "year": relation = .years
    case "level": relation = .levels
    default: throw .usage("--by takes place or level, not '\(name)'")
    }
    let vocabulary = try vocabulary(arguments)
    let loaded = try load(arguments, vocabulary: vocabulary, placeRecords: true)
    let documents = loaded.documents
    guard documents.count > 1 else { throw .failed("compare needs at least two documents") }
    let comparison = TargetComparison(
      documents, vocabulary: vocabulary, relations: [relation, .places])
    for entry in comparison.panel.entries {
      let place = entry.place
      let code = place.code.map { " \($0)" } ?? ""
      let ids = entry.documents.map(\.id).joined(separator: ", ")
      Console.out(
        "\(place.name.isEmpty ? "(no place)" : place.name)\(code) (\(place.level?.rawValue ?? "?")), "
          + "targets for \(entry.year.map(String.init) ?? "?"): \(ids)\n")
    }
    if comparison.pairs.isEmpty {
      Console.out(
        "\nNothing to compare like with like: no two documents are of one place"
          + (relation == .levels
            ? " and year range under the place above it." : "; try --by level.")
          + "\n")
    }
    for chain in TargetTables.chains(comparison) {
      Console.out("\n" + TargetTables.caption(chain) + "\n\n")
      Console.out(
        TextTable().string(for: TargetTables.comparisonTable(chain, vocabulary: vocabulary)))
    }
    let conflicts = Set(
      comparison.changes.flatMap { change in
        change.conflicts.map { conflict in
          let used = [change.from, change.to].first {
            $0.document.metadata.jurisdiction == conflict.document.metadata.jurisdiction
              && $0.document.metadata.year == conflict.document.metadata.year
          }
          return "\(change.indicator): \(conflict.document.id) says "
            + "\(TargetTables.display(conflict.target)), "
            + "\(used.map { "\($0.document.id) (used) says \(TargetTables.display($0.target))" } ?? "")"
        }
      }
    ).sorted()
    if !conflicts.isEmpty {
      Console.out("\nDocuments of one place and year that disagree (marked ≠):\n")
      for line in conflicts { Console.out("  " + line + "\n") }
    }
    try write(TargetTables.changes(comparison), to: arguments.value("csv"))
    printLoadChanges(loaded.placeRecords)
    return loaded.status
  }

  /// The ten biggest changes of lead tasks between plans of one place (load_changes.csv).
  private static func printLoadChanges(_ records: [PlaceLoadRecord]) {
    let changes = LoadChanges.table(records)
    let moved = changes.rows.filter { $0[11].plainText != "0" || $0[8].plainText != "same_name" }
    guard !moved.isEmpty else { return }
    let columns = [
      "jurisdiction", "from_year", "to_year", "function", "from_unit", "to_unit", "match",
      "from_lead_tasks", "to_lead_tasks", "lead_change",
    ]
    let indices = columns.compactMap { changes.header.firstIndex(of: $0) }
    var table = Table(header: columns)
    for row in moved.prefix(10) { table.append(indices.map { row[$0] }) }
    Console.out("\nBiggest changes in lead tasks within one place (all in load_changes.csv):\n")
    Console.out(TextTable().string(for: table))
  }

  private static func vocabulary(_ arguments: ParsedArguments) throws(CommandFailure)
    -> IndicatorVocabulary
  {
    var vocabulary = DocumentParser.Options().vocabulary
    if let path = arguments.value("indicators") {
      do {
        let bytes = try InputReader.read(.init(fileURLWithPath: path))
        try vocabulary.merge(parsing: String(decoding: bytes, as: UTF8.self), path: path)
      } catch {
        throw .failed(error.description)
      }
    }
    return vocabulary
  }

  /// The documents as the target commands use them, and the plans' unit loads when asked.
  private struct Loaded {
    /// Each document without its plan or diagnostics: the targets, metadata and ids that the
    /// lists and comparisons read, a small part of a document.
    var documents: [Document] = []
    /// Each plan's unit loads, for the load changes `compare` prints.
    var placeRecords: [PlaceLoadRecord] = []
    var status = ExitCode.success
  }

  /// Reads the inputs on all cores, keeping of each document only what `Loaded` holds, so a
  /// corpus's plans are never held whole.
  private static func load(
    _ arguments: ParsedArguments, vocabulary: IndicatorVocabulary, placeRecords: Bool
  ) throws(CommandFailure) -> Loaded {
    var loader = try DocumentLoader(arguments)
    loader.parser.options.vocabulary = vocabulary
    var loaded = Loaded()
    let streamed = try loader.stream(
      arguments.positionals,
      render: { document -> (Document, PlaceLoadRecord?) in
        let record =
          placeRecords && document.kind == .plan && !document.tasks.isEmpty
          ? PlaceLoadRecord(PlanWorkload(document)) : nil
        var kept = document
        kept.plan = nil
        kept.diagnostics = []
        return (kept, record)
      },
      consume: { document, record in
        loaded.documents.append(document)
        if let record { loaded.placeRecords.append(record) }
      })
    loaded.status = streamed.status
    return loaded
  }

  private static func write(_ table: Table, to path: String?) throws(CommandFailure) {
    guard let path else { return }
    do { try AtomicFileWriter.write(CSVWriter().string(for: table), to: path) } catch {
      throw .failed(error.description)
    }
  }
}
