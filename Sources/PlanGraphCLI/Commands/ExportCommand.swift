import PlanGraph

/// `plangraph export`: every file of the export contract into a folder.
enum ExportCommand {
  static let spec = CommandSpec(
    name: "export",
    summary: "Write the export contract: CSV tables, graphs (DOT, GraphML, Gephi) and JSON.",
    arguments: "INPUTS... --out DIR [--bom]",
    discussion: "Each file is written whole or not at all. See README.md for the columns.",
    options: [
      .value("out", "DIR", short: "o", help: "The folder to write into (created if missing)."),
      .flag("bom", help: "Start CSV files with a UTF-8 byte-order mark (for Excel)."),
      .value(
        "min-weight", "W", help: "Leave co-responsibility edges lighter than W out of the drawings."
      ),
    ] + InputOptions.specs,
    examples: ["plangraph export Fixtures/plans --out out"])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    guard let folder = arguments.value("out") else { throw .usage("export needs --out DIR") }
    let documents = try DocumentLoader(arguments).load(arguments.positionals)
    let minimumWeight = Double(arguments.value("min-weight") ?? "0") ?? -1
    guard minimumWeight >= 0 else { throw .usage("--min-weight takes a non-negative number") }
    let files = ExportBundle.files(
      for: documents, csv: CSVWriter(byteOrderMark: arguments.flag("bom")),
      minimumWeight: minimumWeight)
    do {
      for (name, contents) in files {
        try AtomicFileWriter.write(contents, to: folder + "/" + name)
      }
    } catch {
      throw .failed(error.description)
    }
    let errors = documents.flatMap(\.diagnostics).filter { $0.severity == .error }
    for error in errors { Console.error(error.formatted) }
    Console.error("wrote \(files.count) files for \(documents.count) document(s) to \(folder)")
    return documents.allSatisfy { $0.diagnostics.containsErrors } ? .failure : .success
  }
}
