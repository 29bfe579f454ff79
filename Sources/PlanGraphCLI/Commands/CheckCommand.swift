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
    // Each document is read on all cores; this thread prints its diagnostics in input order
    // as they come.
    var counts: [Diagnostic.Severity: Int] = [:]
    let streamed = try DocumentLoader(arguments).stream(
      arguments.positionals, render: \.diagnostics,
      consume: { diagnostics in
        for diagnostic in diagnostics {
          counts[diagnostic.severity, default: 0] += 1
          if diagnostic.severity >= threshold { Console.out(diagnostic.formatted + "\n") }
        }
      })
    Console.error(
      "\(streamed.documents) document(s): \(counts[.error] ?? 0) error(s), "
        + "\(counts[.warning] ?? 0) warning(s), \(counts[.note] ?? 0) note(s)"
        + (streamed.failures > 0 ? "; \(streamed.failures) input(s) could not be read" : ""))
    return streamed.status
  }
}
