import Foundation
import PlanAnalyses
import PlanGraph

/// `plangraph report`: the HTML report and every file of `export` in one folder.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report",
    summary: "Write a static HTML report (index.html, docs/*.html) and every export file.",
    arguments: "INPUTS... --out DIR | --from DIR/plangraph.sqlite [--out DIR] [--open]",
    discussion:
      "Open DIR/index.html in a browser (--open does, where xdg-open or open exists): every "
      + "document in one sortable table, each with its own page under docs/. Networks are "
      + "drawn when Graphviz (dot) is installed.",
    options: [
      .value("out", "DIR", short: "o", help: "The folder to write into (created if missing)."),
      .value(
        "from", "DATABASE",
        help: "Build the report from a plangraph.sqlite export instead of reading inputs."),
      .flag("open", help: "Open index.html in the default browser when done."),
    ] + CorpusOptions.specs + InputOptions.specs,
    examples: ["plangraph report Fixtures/plans Fixtures/reports --out report"])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    if let database = arguments.value("from") {
      guard arguments.positionals.isEmpty else {
        throw .usage("report --from reads the database only; name no inputs")
      }
      let folder =
        arguments.value("out") ?? URL(fileURLWithPath: database).deletingLastPathComponent().path
      let status = try fromDatabase(database, to: folder)
      finish(folder, open: arguments.flag("open"))
      return status
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
    // Each document's page is written as it is read; the index keeps a small entry of each.
    var entries: [ReportIndexEntry] = []
    var pages: [(String, [UInt8])] = []
    var network = FunctionNetwork()
    let vocabulary = loader.parser.options.vocabulary
    let summary = try run.export(paths, to: folder) { document, analysis in
      entries.append(
        ReportIndexEntry(document, analysis: analysis, title: HTMLReport.name(of: document)))
      if document.kind == .plan, !document.tasks.isEmpty {
        network.merge(FunctionNetwork(document))
      }
      // Networks are drawn for the plans whose graph files the export writes.
      let page = HTMLReport.page(
        for: document, analysis: analysis, vocabulary: vocabulary,
        drawNetwork: options.graphs.includes(document.id, corpusSize: paths.count))
      pages.append((page.path, Array(page.html.utf8)))
    } closingFiles: {
      let report = HTMLReport(entries: entries, functionNetwork: network, vocabulary: vocabulary)
      return [("index.html", Array(report.html().utf8))] + pages
    }
    Console.error(CorpusRun.summaryLine(summary, folder: folder))
    finish(folder, open: arguments.flag("open"))
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
    var report = HTMLReport(
      documents: documents, vocabulary: DocumentParser.Options().vocabulary)
    if documents.count > GraphSelection.automaticLimit { report.drawnDocuments = [] }
    do {
      for page in report.pages() {
        try AtomicFileWriter.write(page.html, to: folder + "/" + page.path)
      }
    } catch {
      throw .unwritable("--out: \(error.description)")
    }
    Console.error("wrote the report of \(documents.count) document(s) from \(path)")
    return .success
  }

  /// Prints where the report is and, with `--open`, opens it in the default browser.
  private static func finish(_ folder: String, open: Bool) {
    let index = URL(fileURLWithPath: folder).appendingPathComponent("index.html").path
    Console.out(index + "\n")
    guard open else { return }
    for opener in ["/usr/bin/xdg-open", "/usr/bin/open", "/usr/local/bin/xdg-open"]
    where FileManager.default.isExecutableFile(atPath: opener) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: opener)
      process.arguments = [index]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      if (try? process.run()) != nil { return }
    }
    Console.error("--open: no xdg-open or open here; open \(index) in a browser")
  }
}
