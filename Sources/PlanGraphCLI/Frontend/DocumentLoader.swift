import Foundation
import PlanGraph

/// Options every command that reads documents shares.
enum InputOptions {
  static let specs: [OptionSpec] = [
    .value("encoding", "NAME", help: "Read inputs as utf-8 or gb18030 (gbk); default: detect."),
    .value(
      "aliases", "FILE", help: "Merge names with a table: name as written<TAB>canonical name."),
    .value(
      "layout", "NAME",
      help: "Read plans as field-lines, inline, table or mixed; default: detect per document."),
  ]
}

/// Collects the inputs a command names, parses them in parallel and reports unreadable ones.
struct DocumentLoader {
  var parser: DocumentParser

  init(_ arguments: ParsedArguments) throws(CommandFailure) {
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
    if let path = arguments.value("aliases") {
      do {
        options.aliases = try AliasTable(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw .failed(error.description)
      }
    }
    parser = DocumentParser(options: options)
  }

  /// Parses every input; an unreadable one is reported and fails the run.
  func load(_ inputs: [String]) throws(CommandFailure) -> [Document] {
    let files = try paths(inputs)
    var documents: [Document] = []
    var failures: [String] = []
    for result in parser.parse(paths: files) {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let error): failures.append(error.description)
      }
    }
    if !failures.isEmpty { throw .failed(failures.joined(separator: "\n")) }
    return documents
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

/// Why a command stopped early.
enum CommandFailure: Error {
  /// Called wrongly: exit 2.
  case usage(String)
  /// Nothing useful could be produced: exit 1.
  case failed(String)
  /// An output could not be written: exit 3.
  case unwritable(String)
}
