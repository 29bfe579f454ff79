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
    let loaded = try DocumentLoader(arguments).load(arguments.positionals)
    let documents = loaded.documents
    if format == "json" {
      Console.out(String(decoding: ModelFile(documents: documents).jsonData(), as: UTF8.self))
    } else {
      // Each summary is the document's own work: made on all cores, printed in input order.
      Console.out(documents.concurrentMap(DocumentSummary.text).joined(separator: "\n"))
    }
    return loaded.status
  }
}
