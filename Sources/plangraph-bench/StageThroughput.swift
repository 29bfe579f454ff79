import Dispatch
import Foundation
import PlanGraph

/// MB/s of each parse stage on copies of the bundled plans (`--stages`), or of the plans of a
/// folder (`--stages --from DIR`).
enum StageThroughput {
  /// Times each stage over `copies` copies of `plans` (paths), one after another on one core.
  ///
  /// Each plan is decoded to UTF-8 first (a GB18030 download as its text), so that every stage
  /// reads the same text; a file that does not decode is left out and named.
  static func run(plans: [String], copies: Int) {
    var documents: [[UInt8]] = []
    var paths: [String] = []
    for path in plans {
      guard let data = FileManager.default.contents(atPath: path),
        let text = try? TextDecoder.decode([UInt8](data)).bytes
      else {
        print("stages: left out \(path): not a text this benchmark decodes")
        continue
      }
      documents.append(text)
      paths.append(path)
    }
    guard !documents.isEmpty else {
      FileHandle.standardError.write(Data("plangraph-bench: no plans to time\n".utf8))
      exit(2)
    }
    var corpus: [UInt8] = []
    // The copies, each plan already decoded: the text every stage below reads.
    for _ in 0..<copies { for document in documents { corpus += document } }
    print("stages: \(copies) copies of the \(documents.count) plans, \(corpus.count) bytes")
    measure("validate UTF-8", bytes: corpus.count) { _ = try! TextDecoder.decode(corpus) }
    // The lines and their script, judged in the same pass (as `DocumentParser` reads text).
    measure("normalize + split lines", bytes: corpus.count) {
      _ = TextNormalizer.lines(fromUTF8: corpus, tallyingScriptBy: .shipped)
    }
    let single = documents.map {
      let (lines, tally) = TextNormalizer.lines(fromUTF8: $0, tallyingScriptBy: .shipped)
      return (lines: lines, script: tally.script)
    }
    /// Parses every copy's normalized lines, a parser with `options` for each.
    func parseLines(_ options: DocumentParser.Options) {
      for _ in 0..<copies {
        for (index, read) in single.enumerated() {
          _ = DocumentParser(options: options).parse(
            lines: read.lines, path: paths[index], script: read.script)
        }
      }
    }
    measure("parse plans (lines -> model)", bytes: corpus.count) {
      parseLines(DocumentParser.Options())
    }
    measure("whole pipeline (bytes -> model)", bytes: corpus.count) {
      for _ in 0..<copies {
        for (index, bytes) in documents.enumerated() {
          _ = try! DocumentParser().parse(bytes: bytes, path: paths[index])
        }
      }
    }
    // The parse stage of the corpus table (`PipelineStages`), which times targets apart.
    var withoutTargets = DocumentParser.Options()
    withoutTargets.extractsTargets = false
    measure("lines -> model without targets", bytes: corpus.count) { parseLines(withoutTargets) }
  }

  private static func measure(_ name: String, bytes: Int, _ body: () -> Void) {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let megabytes = Double(bytes) / 1_000_000
    let padded = name.padding(toLength: 32, withPad: " ", startingAt: 0)
    print(
      padded + String(format: "%8.1f MB/s  (%.3f s for %.1f MB)", megabytes / best, best, megabytes)
    )
  }
}
