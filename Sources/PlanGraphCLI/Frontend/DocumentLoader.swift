import Foundation
import PlanGraph

/// Options every command that reads documents shares.
enum InputOptions {
  static let specs: [OptionSpec] = [
    .value("encoding", "NAME", help: "Read inputs as utf-8 or gb18030 (gbk); default: detect."),
    .value(
      "aliases", "FILE", help: "Merge names with a table: name as written<TAB>canonical name."),
    .flag("strict", help: "Count warnings as errors for the exit status."),
    .value(
      "layout", "NAME",
      help: "Read plans as field-lines, inline, table or mixed; default: detect per document."),
    .value(
      "jurisdiction", "[INPUT=]PLACE",
      help: "The place of inputs that name none (all, or the one named); repeatable.",
      repeatable: true),
    .value(
      "year", "[INPUT=]YEAR",
      help: "The year of inputs that name none (all, or the one named); repeatable.",
      repeatable: true),
  ]
}

/// Collects the inputs a command names, parses them on all cores and reports unreadable ones,
/// like `make -k`.
struct DocumentLoader {
  var parser: DocumentParser
  /// Whether warnings count as errors for the exit status (`--strict`).
  var strict: Bool

  init(_ arguments: ParsedArguments) throws(CommandFailure) {
    strict = arguments.flag("strict")
    var options = DocumentParser.Options()
    if let name = arguments.value("encoding") {
      guard let encoding = TextEncoding(name: name) else {
        throw .usage(PlanGraphError.unknownEncoding(name: name).description)
      }
      options.encoding = encoding
    }
    if let name = arguments.value("layout") {
      guard let layout = PlanLayout(rawValue: name) else {
        throw .usage("unknown layout '\(name)'; use field-lines, inline, table or mixed")
      }
      options.layout = layout
    }
    for argument in arguments.values(of: "jurisdiction") {
      options.overrides.append(MetadataOverride(jurisdictionArgument: argument))
    }
    for argument in arguments.values(of: "year") {
      guard let override = MetadataOverride(yearArgument: argument) else {
        throw .usage("--year takes [INPUT=]YEAR with a year from 1949 to 2100, not '\(argument)'")
      }
      options.overrides.append(override)
    }
    if let path = arguments.value("aliases") {
      do {
        options.aliases = try AliasTable(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw .failed(error.description)
      }
    }
    parser = DocumentParser(options: options)
  }

  /// Parses every input on all cores and hands each readable document, `render`ed, to
  /// `consume` in input order as they come.
  ///
  /// A corpus is never held whole: `render` runs on the core that read the document. An
  /// unreadable input is reported on standard error and the others are still read.
  /// - Throws: `CommandFailure.failed` when no input could be read (nothing was consumed),
  ///   or what `consume` throws, after which no further input is read.
  func stream<Output: Sendable>(
    _ inputs: [String], render: @escaping @Sendable (Document) -> Output,
    consume: (Output) throws(CommandFailure) -> Void
  ) throws(CommandFailure) -> StreamedInputs {
    let files = try paths(inputs)
    var streamed = StreamedInputs()
    let failing: Diagnostic.Severity = strict ? .warning : .error
    try parser.parse(
      paths: files, window: 4 * ProcessInfo.processInfo.activeProcessorCount,
      render: { result in
        result.map { ($0.diagnostics.contains { $0.severity >= failing }, render($0)) }
      },
      consume: { (_, result) throws(CommandFailure) in
        switch result {
        case .failure(let error):
          Console.error("error: \(error.description)")
          streamed.failures += 1
        case .success(let (flawed, output)):
          streamed.documents += 1
          if flawed { streamed.flawed = true }
          try consume(output)
        }
      })
    if streamed.documents == 0 {
      throw .failed("none of the \(files.count) input(s) could be read")
    }
    return streamed
  }

  /// The files the inputs name, sorted, for commands that stream them.
  func paths(_ inputs: [String]) throws(CommandFailure) -> [String] {
    guard !inputs.isEmpty else {
      throw .usage("no inputs given; name files, folders or - for stdin")
    }
    let files: [String]
    do {
      files = try InputCollector.files(for: inputs)
    } catch {
      throw .failed(error.description)
    }
    guard !files.isEmpty else {
      throw .failed("no .txt documents found in \(inputs.joined(separator: ", ")); name the files")
    }
    return files
  }
}

/// How many documents a streaming command read, and whether it should exit 1.
struct StreamedInputs {
  var documents = 0
  var failures = 0
  /// Whether a document had an error (a warning too with `--strict`).
  var flawed = false

  /// 0 when every input was read without errors (warnings too with `--strict`), else 1.
  var status: ExitCode { failures > 0 || flawed ? .failure : .success }
}

/// Why a command stopped early.
enum CommandFailure: Error {
  /// Called wrongly: exit 2.
  case usage(String)
  /// Nothing useful could be produced: exit 1.
  case failed(String)
  /// An output could not be written: exit 3.
  case unwritable(String)
}
