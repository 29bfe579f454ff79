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
    let json = format == "json"
    // Each document is read, and its summary or JSON made, on all cores; this thread prints
    // them in input order as they come.
    var printed = 0
    let streamed = try DocumentLoader(arguments).stream(
      arguments.positionals,
      render: { json ? ModelFile.prettyJSON(for: $0) : Array(DocumentSummary.text($0).utf8) },
      consume: { output in
        if printed == 0 {
          if json { Console.out(ModelFile.prettyHead) }
        } else {
          Console.out(json ? ",\n" : "\n")
        }
        Console.out(bytes: output)
        printed += 1
      })
    if json { Console.out(ModelFile.prettyTail) }
    return streamed.status
  }
}
