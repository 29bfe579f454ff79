import PlanAnalyses
import PlanGraph

/// `plangraph export`: every file of the export contract into a folder.
enum ExportCommand {
  static let spec = CommandSpec(
    name: "export",
    summary: "Write the export contract: CSV tables, graphs (DOT, GraphML, Gephi) and JSON.",
    arguments:
      "INPUTS... --out DIR [--format csv|sqlite|all] [--bom] [--graphs all|none|DOC_ID,...] "
      + "[--quiet] | --print-schema",
    discussion:
      "Documents stream through one at a time, so a corpus of thousands exports in bounded "
      + "memory. Each file is written whole or not at all. See README.md for the columns.",
    options: [
      .value("out", "DIR", short: "o", help: "The folder to write into (created if missing)."),
      .value(
        "format", "LIST",
        help: "csv (default), sqlite (DIR/plangraph.sqlite), all, or a comma list of them."),
      .flag("print-schema", help: "Print the SQL schema of plangraph.sqlite and exit."),
      .flag("bom", help: "Start CSV files with a UTF-8 byte-order mark (for Excel)."),
      .value(
        "min-weight", "W", help: "Leave co-responsibility edges lighter than W out of the drawings."
      ),
    ] + CorpusOptions.specs + InputOptions.specs,
    examples: [
      "plangraph export Fixtures/plans --out out",
      "plangraph export corpus/ --out out --graphs liaoning-2024-plan",
      "plangraph export corpus/ --out out --format sqlite",
    ])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    if arguments.flag("print-schema") {
      Console.out(DatabaseSchema.script)
      return .success
    }
    guard let folder = arguments.value("out") else { throw .usage("export needs --out DIR") }
    guard let formats = ExportFormat.parse(arguments.value("format") ?? "csv") else {
      throw .usage("--format takes csv, sqlite, all or a comma list of them")
    }
    let loader = try DocumentLoader(arguments)
    let minimumWeight = Double(arguments.value("min-weight") ?? "0") ?? -1
    guard minimumWeight >= 0 else { throw .usage("--min-weight takes a non-negative number") }
    var options = CorpusExporter.Options(
      csv: CSVWriter(byteOrderMark: arguments.flag("bom")), minimumWeight: minimumWeight,
      graphs: GraphSelection(parsing: arguments.value("graphs") ?? "auto"))
    options.commandLine = CorpusRun.commandLine
    options.formats = formats
    let paths = try loader.paths(arguments.positionals)
    let run = CorpusRun(
      exporter: CorpusExporter(parser: loader.parser, options: options),
      quiet: arguments.flag("quiet"), strict: loader.strict)
    let summary = try run.export(paths, to: folder)
    var line = CorpusRun.summaryLine(summary, folder: folder)
    if summary.documentsWithoutGraphs > 0 {
      let plans = summary.documentsWithGraphs + summary.documentsWithoutGraphs
      line +=
        "; graph files for \(summary.documentsWithGraphs) of \(plans) plans"
        + " (--graphs all or --graphs DOC_ID,... for more)"
    }
    Console.error(line)
    return run.status(summary)
  }
}
