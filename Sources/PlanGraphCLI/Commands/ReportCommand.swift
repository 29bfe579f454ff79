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
    ]
      + InputOptions.specs,
    examples: ["plangraph report Fixtures --out report"])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    guard let folder = arguments.value("out") else { throw .usage("report needs --out DIR") }
    let loader = try DocumentLoader(arguments)
    let documents = try loader.load(arguments.positionals)
    let report = HTMLReport(documents: documents, vocabulary: loader.parser.options.vocabulary)
    var files = ExportBundle.files(for: documents, csv: CSVWriter(), analyses: report.analyses)
    files.append(("index.html", Data(report.html().utf8)))
    do {
      for (name, contents) in files {
        try AtomicFileWriter.write(contents, to: folder + "/" + name)
      }
    } catch {
      throw .failed(error.description)
    }
    Console.error(
      "wrote \(folder)/index.html and \(files.count - 1) data files; open \(folder)/index.html")
    return documents.allSatisfy { $0.diagnostics.containsErrors } ? .failure : .success
  }
}
