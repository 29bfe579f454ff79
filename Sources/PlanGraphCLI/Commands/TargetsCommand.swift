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
    arguments: "INPUTS... [--csv FILE] [--all]",
    discussion:
      "By default only targets with a known indicator; --all lists every quantified clause.",
    options: [
      .value("csv", "FILE", help: "Also write targets.csv."),
      .flag("all", help: "Include targets whose indicator is not in the vocabulary."),
      indicatorsOption,
    ] + InputOptions.specs,
    examples: ["plangraph targets Fixtures/reports/linghe-2022-report.txt"])

  static let compareSpec = CommandSpec(
    name: "compare", summary: "Compare targets across years and levels.",
    arguments: "INPUTS... [--csv FILE] [--order year|level]",
    discussion: "Documents are ordered by the year their targets are for (--order level: province "
      + "first). Between a higher and a lower level, the binding value follows 就高不就低.",
    options: [
      .value("csv", "FILE", help: "Also write target_changes.csv."),
      .value("order", "ORDER", help: "year (default) or level."), indicatorsOption,
    ] + InputOptions.specs,
    examples: [
      "plangraph compare Fixtures/plans/haicheng-2023-plan.txt Fixtures/plans/jinzhou-2025-plan.txt",
      "plangraph compare Fixtures/plans/liaoning-2024-plan.txt Fixtures/plans/jinzhou-2025-plan.txt "
        + "Fixtures/reports/linghe-2022-report.txt --order level",
    ])

  static func listTargets(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let loaded = try load(arguments, vocabulary: vocabulary(arguments))
    let documents = loaded.documents
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
    let name = arguments.value("order") ?? "year"
    guard let order = TargetComparison.Order(rawValue: name) else {
      throw .usage("--order takes year or level, not '\(name)'")
    }
    let vocabulary = try vocabulary(arguments)
    let loaded = try load(arguments, vocabulary: vocabulary)
    let documents = loaded.documents
    let comparison = TargetComparison(documents, vocabulary: vocabulary, order: order)
    guard comparison.documents.count > 1 else {
      throw .failed("compare needs at least two documents")
    }
    for document in comparison.documents {
      let m = document.metadata
      Console.out(
        "\(document.id): \(m.jurisdiction) (\(m.level?.rawValue ?? "?")), targets for \(m.year.map(String.init) ?? "?")\n"
      )
    }
    Console.out(
      "\n"
        + TextTable().string(for: TargetTables.comparisonTable(comparison, vocabulary: vocabulary)))
    try write(TargetTables.changes(comparison), to: arguments.value("csv"))
    printLoadChanges(documents)
    return loaded.status
  }

  /// The ten biggest changes of lead tasks between plans of one place (load_changes.csv).
  private static func printLoadChanges(_ documents: [Document]) {
    let records = documents.filter { $0.kind == .plan && !$0.tasks.isEmpty }.map {
      PlaceLoadRecord(PlanAnalysis($0))
    }
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

  private static func load(_ arguments: ParsedArguments, vocabulary: IndicatorVocabulary)
    throws(CommandFailure) -> LoadedInputs
  {
    var loader = try DocumentLoader(arguments)
    loader.parser.options.vocabulary = vocabulary
    return try loader.load(arguments.positionals)
  }

  private static func write(_ table: Table, to path: String?) throws(CommandFailure) {
    guard let path else { return }
    do { try AtomicFileWriter.write(CSVWriter().string(for: table), to: path) } catch {
      throw .failed(error.description)
    }
  }
}
