import Foundation
import PlanAnalyses
import PlanGraph

/// `plangraph report`: the HTML report and every file of `export` in one folder.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report", summary: "Write a static HTML report (index.html) and every export file.",
    arguments: "INPUTS... --out DIR | --from DIR/plangraph.sqlite [--out DIR]",
    discussion:
      "Open DIR/index.html in a browser. Networks are drawn when Graphviz (dot) is installed.",
    options: [
      .value("out", "DIR", short: "o", help: "The folder to write into (created if missing)."),
      .value(
        "from", "DATABASE",
        help: "Build index.html from a plangraph.sqlite export instead of reading inputs."),
    ] + CorpusOptions.specs + InputOptions.specs,
    examples: ["plangraph report Fixtures/plans Fixtures/reports --out report"])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    if let database = arguments.value("from") {
      guard arguments.positionals.isEmpty else {
        throw .usage("report --from reads the database only; name no inputs")
      }
      let folder =
        arguments.value("out") ?? URL(fileURLWithPath: database).deletingLastPathComponent().path
      return try fromDatabase(database, to: folder)
    }
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

  /// `report --from`: the page from a database's stored documents, analyses computed again.
  private static func fromDatabase(_ path: String, to folder: String) throws(CommandFailure)
    -> ExitCode
  {
    let documents: [Document]
    do {
      documents = try DatabaseReader(path: path).documents()
    } catch {
      throw .failed(error.description)
    }
    let report = HTMLReport(
      documents: documents, vocabulary: DocumentParser.Options().vocabulary)
    do {
      try AtomicFileWriter.write(report.html(), to: folder + "/index.html")
    } catch {
      throw .unwritable("--out: \(error.description)")
    }
    Console.error("wrote \(folder)/index.html for \(documents.count) document(s) from \(path)")
    return .success
  }
}
