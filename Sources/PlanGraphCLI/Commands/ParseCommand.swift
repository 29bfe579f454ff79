import Foundation
import PlanGraph

/// `plangraph parse`: a readable summary of each document, or the model as JSON.
enum ParseCommand {
  static let spec = CommandSpec(
    name: "parse", summary: "Parse plans and reports and summarise what was read.",
    arguments: "INPUTS... [--format text|json]",
    discussion: "INPUTS are files, folders (searched for .txt files) or - for standard input.",
    options: [.value("format", "FORMAT", help: "text (default) or json (the whole model).")]
      + InputOptions.specs,
    examples: [
      "plangraph parse Fixtures/plans", "plangraph parse plan.txt --format json > model.json",
    ])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let format = arguments.value("format") ?? "text"
    guard format == "text" || format == "json" else {
      throw .usage("--format takes text or json, not '\(format)'")
    }
    let loader = try DocumentLoader(arguments)
    let files = try loader.paths(arguments.positionals)
    let failing: Diagnostic.Severity = loader.strict ? .warning : .error
    let json = format == "json"
    // Each document is read, and its summary or JSON made, on all cores; this thread prints
    // them in input order as they come, so a corpus is never held whole.
    var read = 0
    var failures = 0
    var flawed = false
    loader.parser.parse(
      paths: files, window: 4 * ProcessInfo.processInfo.activeProcessorCount,
      render: { result in
        result.map { document in
          (
            text: json
              ? ModelFile.prettyJSON(for: document) : Array(DocumentSummary.text(document).utf8),
            flawed: document.diagnostics.contains { $0.severity >= failing }
          )
        }
      },
      consume: { _, result in
        switch result {
        case .failure(let error):
          Console.error("error: \(error.description)")
          failures += 1
        case .success(let output):
          if read == 0 {
            if json { Console.out(ModelFile.prettyHead) }
          } else {
            Console.out(json ? ",\n" : "\n")
          }
          Console.out(bytes: output.text)
          read += 1
          if output.flawed { flawed = true }
        }
      })
    guard read > 0 else { throw .failed("none of the \(files.count) input(s) could be read") }
    if json { Console.out(ModelFile.prettyTail) }
    return failures > 0 || flawed ? .failure : .success
  }
}
