import Foundation
import PlanAnalyses
import PlanGraph

/// `plangraph report`: the HTML report and every file of `export` in one folder.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report", summary: "Write a static HTML report (index.html) and every export file.",
    arguments: "INPUTS... --out DIR",
    discussion:
      "Open DIR/index.html in a browser. Networks are drawn when Graphviz (dot) is installed.",
    options: [
      .value("out", "DIR", short: "o", help: "The folder to write into (created if missing).")
    ] + CorpusOptions.specs + InputOptions.specs,
    examples: ["plangraph report Fixtures/plans Fixtures/reports --out report"])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    guard let folder = arguments.value("out") else { throw .usage("report needs --out DIR") }
    let loader = try DocumentLoader(arguments)
    let paths = try loader.paths(arguments.positionals)
    var options = CorpusExporter.Options(
      graphs: GraphSelection(parsing: arguments.value("graphs") ?? "auto"))
    options.commandLine = CorpusRun.commandLine
    let run = CorpusRun(
      exporter: CorpusExporter(parser: loader.parser, options: options),
      quiet: arguments.flag("quiet"), strict: loader.strict)
    var documents: [Document] = []
    var analyses: [PlanAnalysis] = []
    let vocabulary = loader.parser.options.vocabulary
    let summary = try run.export(paths, to: folder) { document, analysis in
      documents.append(document)
      if let analysis { analyses.append(analysis) }
    } closingFiles: {
      let report = HTMLReport(documents: documents, analyses: analyses, vocabulary: vocabulary)
      return [("index.html", Array(report.html().utf8))]
    }
    Console.error(CorpusRun.summaryLine(summary, folder: folder))
    Console.error("open \(folder)/index.html")
    return run.status(summary)
  }
}
