import PlanGraph

/// `plangraph check`: diagnostics as `file:line:col: severity: message [code]`.
enum CheckCommand {
  static let spec = CommandSpec(
    name: "check", summary: "Check documents and print every diagnostic.",
    arguments: "INPUTS... [--strict] [--severity note|warning|error]",
    discussion: "Exits 1 when any error is found (with --strict, any warning too).",
    options: [
      .value(
        "severity", "LEVEL", help: "Print only diagnostics at or above LEVEL (default: note).")
    ] + InputOptions.specs,
    examples: ["plangraph check Fixtures/plans", "plangraph check plan.txt --severity warning"])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let threshold =
      try arguments.value("severity").map { (name) throws(CommandFailure) in
        guard let level = Diagnostic.Severity(rawValue: name) else {
          throw .usage("--severity takes note, warning or error, not '\(name)'")
        }
        return level
      } ?? .note
    let loaded = try DocumentLoader(arguments).load(arguments.positionals)
    let documents = loaded.documents
    let all = documents.flatMap(\.diagnostics)
    for diagnostic in all where diagnostic.severity >= threshold {
      Console.out(diagnostic.formatted + "\n")
    }
    let counts = Dictionary(grouping: all, by: \.severity).mapValues(\.count)
    Console.error(
      "\(documents.count) document(s): \(counts[.error] ?? 0) error(s), "
        + "\(counts[.warning] ?? 0) warning(s), \(counts[.note] ?? 0) note(s)"
        + (loaded.failures > 0 ? "; \(loaded.failures) input(s) could not be read" : ""))
    return loaded.status
  }
}
