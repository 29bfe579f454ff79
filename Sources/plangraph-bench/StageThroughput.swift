import Dispatch
import Foundation
import PlanGraph

/// MB/s of each parse stage on copies of the bundled plans (`--stages`).
enum StageThroughput {
  static func run(plans: [String], copies: Int) throws {
    let documents = plans.map { [UInt8](FileManager.default.contents(atPath: $0)!) }
    var corpus: [UInt8] = []
    for _ in 0..<copies { for document in documents { corpus += document } }
    let decoded = try TextDecoder.decode(corpus).bytes
    print("stages: \(copies) copies of the 3 plans, \(corpus.count) bytes")
    measure("validate UTF-8", bytes: corpus.count) { _ = try! TextDecoder.decode(corpus) }
    measure("normalize + split lines", bytes: corpus.count) {
      _ = TextNormalizer.lines(fromUTF8: decoded)
    }
    let single: [[SourceLine]] = documents.map { TextNormalizer.lines(fromUTF8: $0) }
    /// Parses every copy's normalized lines, a parser with `options` for each.
    func parseLines(_ options: DocumentParser.Options) {
      for _ in 0..<copies {
        for (index, lines) in single.enumerated() {
          _ = DocumentParser(options: options).parse(lines: lines, path: plans[index])
        }
      }
    }
    measure("parse plans (lines -> model)", bytes: corpus.count) {
      parseLines(DocumentParser.Options())
    }
    measure("whole pipeline (bytes -> model)", bytes: corpus.count) {
      for _ in 0..<copies {
        for (index, bytes) in documents.enumerated() {
          _ = try! DocumentParser().parse(bytes: bytes, path: plans[index])
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
