// plangraph-bench: throughput of each pipeline stage on the bundled plans, in MB/s.
//
// Run with `swift run -c release plangraph-bench [--repeat N]`. The three real plans are
// concatenated N times (default 40, about 6 MB) so each stage runs long enough to time.

import Dispatch
import Foundation
import PlanGraph

let arguments = CommandLine.arguments
let repeatCount =
  arguments.firstIndex(of: "--repeat").flatMap { Int(arguments[$0 + 1]) } ?? 40
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let plans = ["haicheng-2023-plan", "jinzhou-2025-plan", "liaoning-2024-plan"].map {
  root.appendingPathComponent("Fixtures/plans/\($0).txt").path
}
let documents = plans.map { [UInt8](FileManager.default.contents(atPath: $0)!) }

func measure(_ name: String, bytes: Int, _ body: () -> Void) {
  var best = Double.infinity
  for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  let megabytes = Double(bytes) / 1_000_000
  let padded = name.padding(toLength: 28, withPad: " ", startingAt: 0)
  print(
    "\(padded) \(String(format: "%8.1f", megabytes / best)) MB/s  (\(String(format: "%.4f", best)) s for \(String(format: "%.1f", megabytes)) MB)"
  )
}

var corpus: [UInt8] = []
for _ in 0..<repeatCount { for document in documents { corpus += document } }
let gb18030 = try TextDecoder.decode(corpus).bytes
print("plangraph-bench: \(repeatCount) copies of the 3 plans, \(corpus.count) bytes")

measure("validate UTF-8", bytes: corpus.count) { _ = try! TextDecoder.decode(corpus) }
measure("normalize + split lines", bytes: corpus.count) {
  _ = TextNormalizer.lines(fromUTF8: gb18030)
}
let single: [[SourceLine]] = documents.map { TextNormalizer.lines(fromUTF8: $0) }
let perDocumentBytes = documents.reduce(0) { $0 + $1.count } * repeatCount
measure("parse plans (lines -> model)", bytes: perDocumentBytes) {
  for _ in 0..<repeatCount {
    for (index, lines) in single.enumerated() {
      _ = DocumentParser().parse(lines: lines, path: plans[index])
    }
  }
}
measure("whole pipeline (bytes -> model)", bytes: perDocumentBytes) {
  for _ in 0..<repeatCount {
    for (index, bytes) in documents.enumerated() {
      _ = try! DocumentParser().parse(bytes: bytes, path: plans[index])
    }
  }
}
let parsed = try documents.enumerated().map {
  try DocumentParser().parse(bytes: $1, path: plans[$0])
}
measure("export CSV tables", bytes: documents.reduce(0) { $0 + $1.count } * 10) {
  for _ in 0..<10 {
    _ = CSVWriter().string(for: ExportContract.assignmentsTable(parsed))
    _ = CSVWriter().string(for: ExportContract.tasksTable(parsed))
  }
}
