import Dispatch
import Foundation
import PlanAnalyses
import PlanGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options of the commands that export a corpus.
enum CorpusOptions {
  static let specs: [OptionSpec] = [
    .value(
      "graphs", "WHICH",
      help:
        "Per-document DOT/GraphML files: all, none, or DOC_ID,... "
        + "(default: all up to \(GraphSelection.automaticLimit) documents, none above)."),
    .flag("quiet", short: "q", help: "No progress line on standard error."),
  ]
}

/// Runs a `CorpusExporter` for a command: progress on a terminal, errors printed, the exit
/// status from what happened.
struct CorpusRun {
  var exporter: CorpusExporter
  var quiet: Bool
  var strict = false

  /// Exports `paths` into `folder`; `observe` sees every document in order.
  func export(
    _ paths: [String], to folder: String, observe: ((Document, PlanAnalysis?) -> Void)? = nil,
    closingFiles: (() -> [(path: String, contents: [UInt8])])? = nil
  ) throws(CommandFailure) -> CorpusExporter.Summary {
    var line = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
    let summary: CorpusExporter.Summary
    do {
      summary = try exporter.export(
        paths: paths, to: folder, progress: { line.update($0) }, observe: observe,
        closingFiles: closingFiles)
    } catch {
      line.finish()
      throw .unwritable("--out: \(error.description)")
    }
    line.finish()
    for failure in summary.failures { Console.error("error: \(failure.description)") }
    for error in summary.errors { Console.error(error.formatted) }
    for id in summary.unknownGraphRequests {
      Console.error("warning: --graphs names '\(id)', which is no document of this run")
    }
    return summary
  }

  /// The command line as `manifest.json` records it.
  static var commandLine: [String] { ["plangraph"] + CommandLine.arguments.dropFirst() }

  /// The status of a run: 1 when any input failed or had errors (or warnings, `--strict`).
  func status(_ summary: CorpusExporter.Summary) -> ExitCode {
    let flawed = !summary.errors.isEmpty || (strict && summary.warnings > 0)
    return summary.failures.isEmpty && !flawed ? .success : .failure
  }

  /// The closing line: what was written, what failed.
  static func summaryLine(_ summary: CorpusExporter.Summary, folder: String) -> String {
    var line =
      "wrote \(summary.files.count) files for \(summary.documents) document(s) to \(folder)"
    let flawed = Set(summary.errors.map(\.location.file)).count
    if !summary.failures.isEmpty {
      line += "; \(summary.failures.count) input(s) could not be read"
    }
    if flawed > 0 { line += "; \(flawed) document(s) with errors" }
    return line
  }
}

/// A one-line progress report on standard error, shown only on a terminal and only once a
/// run has taken two seconds.
struct ProgressLine {
  var enabled: Bool
  private var shown = false
  private let start = DispatchTime.now().uptimeNanoseconds

  init(enabled: Bool) { self.enabled = enabled }

  mutating func update(_ progress: CorpusExporter.Progress) {
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard enabled, seconds >= 2 else { return }
    let rate = Double(progress.bytesRead) / 1_000_000 / seconds
    let text =
      "\r\(progress.documentsDone)/\(progress.documentsTotal) documents, "
      + String(format: "%.1f MB/s", rate)
    FileHandle.standardError.write(Data(text.utf8))
    shown = true
  }

  mutating func finish() {
    guard shown else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    shown = false
  }
}
