// plangraph-bench: how a corpus export grows with the corpus, and the parse stages' speed.
//
//   swift run -c release plangraph-bench                 # 100, 300, 1,000 and 3,000 plans
//   swift run -c release plangraph-bench --plans 3000 --seed 7
//   swift run -c release plangraph-bench --plans 1000 --export-only  # the export row alone
//   swift run -c release plangraph-bench --plans 300 --no-python --no-betweenness  # Swift only
//   swift run -c release plangraph-bench --stages        # MB/s of each parse stage
//   swift run -c release plangraph-bench --stages --from DIR  # the same on DIR's plans
//   swift run -c release plangraph-bench --plans 300 --generate DIR   # write the corpus only
//   swift run -c release plangraph-bench --plans 300 --max-peak-mb 1024  # exit 1 above it
//   swift run -c release plangraph-bench --linear        # 1x vs 10x pathological inputs
//   swift run -c release plangraph-bench --sqlite        # CSV and plangraph.sqlite: rows/s
//
// Each corpus is generated deterministically from the bundled plans (CorpusGenerator) into a
// temporary folder. Per size it prints a stage table (PipelineStages: read + decode, parse,
// targets, graphs, analyses, timed in this process), the end-to-end export by a child process
// running the library's CorpusExporter (so its wall time, CPU time and peak memory belong to
// that corpus alone), the Python reference pipeline (Fixtures/oracle/reference_pipeline.py,
// regex + NetworkX) on the same files with the ratio, betweenness on a 4,000-unit network
// against NetworkX and igraph (once), and one JSON line with every figure.

import Foundation
import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

if let index = arguments.firstIndex(of: "--export-child") {
  // The measured child: export the corpus folder into the output folder, nothing else, with
  // the allocator set as the CLI sets it.
  MemoryUsage.keepFreedMemoryForReuse()
  let input = arguments[index + 1]
  let output = arguments[index + 2]
  let paths = try InputCollector.files(for: [input])
  var options = CorpusExporter.Options()
  if arguments.contains("--sqlite") { options.formats = [.csv, .sqlite] }
  let summary = try CorpusExporter(options: options).export(paths: paths, to: output)
  MemoryUsage.reportPeakIfAsked()
  exit(summary.failures.isEmpty ? 0 : 1)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let plans = ["haicheng-2023-plan", "jinzhou-2025-plan", "liaoning-2024-plan"].map {
  root.appendingPathComponent("Fixtures/plans/\($0).txt").path
}

if arguments.contains("--linear") {
  // Needs the release `plangraph` beside this binary (`swift build -c release`).
  let binary = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent(
    "plangraph"
  ).path
  let folder =
    NSTemporaryDirectory() + "plangraph-linear-\(ProcessInfo.processInfo.processIdentifier)"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  print(
    "input                 1x MB  10x MB  1x CPU s  10x CPU s  time x  1x peak MB  10x peak MB  memory x"
  )
  var failed = false
  for input in PathologicalInput.allCases {
    let cost = LinearCost.measure(input, binary: binary, folder: folder)
    let sizes = [1, 10].map { Double(input.bytes(scale: $0).count) / 1_000_000 }
    print(
      input.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
        + String(
          format: "  %5.1f  %6.1f  %8.2f  %9.2f  %6.1f  %9.0f  %11.0f  %8.1f", sizes[0], sizes[1],
          cost.one.cpuSeconds, cost.ten.cpuSeconds, cost.timeRatio,
          Double(cost.one.peakBytes) / 1_048_576, Double(cost.ten.peakBytes) / 1_048_576,
          cost.memoryRatio))
    if cost.timeRatio >= 25 || cost.memoryRatio >= 25 || ![0, 256].contains(cost.ten.status) {
      failed = true
    }
  }
  exit(failed ? 1 : 0)
}

if arguments.contains("--stages") {
  // `--from DIR`: every file of DIR (a generated corpus, a folder of downloads), in name order.
  var chosen: [String]?
  if let folder = option("--from") {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      FileHandle.standardError.write(
        Data("plangraph-bench: cannot list the folder \(folder)\n".utf8))
      exit(2)
    }
    chosen = names.sorted().map { folder + "/" + $0 }
  }
  StageThroughput.run(plans: chosen ?? plans, copies: Int(option("--repeat") ?? "") ?? 40)
  exit(0)
}

let sizes = (option("--plans") ?? "100,300,1000,3000").split(separator: ",").compactMap {
  Int($0)
}
let seed = UInt64(option("--seed") ?? "") ?? 1
let peakLimit = Double(option("--max-peak-mb") ?? "")
var overLimit = false
let layouts = [
  "twin-labelled.txt", "state-council-inline.txt", "twin-hybrid.txt", "twin-mixed.txt",
  "twin-table.tsv",
].map { root.appendingPathComponent("Fixtures/formats/\($0)").path }
let generator = try CorpusGenerator(plans: plans, layouts: layouts, seed: seed)

/// Writes plans 0..<count into `folder`; returns their total size in bytes.
func writeCorpus(_ count: Int, into folder: String) throws -> Int {
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  var total = 0
  for index in 0..<count {
    var bytes = generator.plan(index)
    if generator.isGB18030(index), let converted = GB18030.encode(bytes) { bytes = converted }
    total += bytes.count
    let name = String(format: "plan-%05d.", index) + generator.fileExtension(index)
    _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
  }
  return total
}

if let folder = option("--generate") {
  let bytes = try writeCorpus(sizes.first ?? 100, into: folder)
  print("wrote \(sizes.first ?? 100) plans, \(bytes) bytes, to \(folder)")
  exit(0)
}

let scratch =
  NSTemporaryDirectory() + "plangraph-bench-\(ProcessInfo.processInfo.processIdentifier)"

func folderSize(_ path: String) -> (bytes: Int, files: Int) {
  var total = (bytes: 0, files: 0)
  let enumerator = FileManager.default.enumerator(atPath: path)
  while let relative = enumerator?.nextObject() as? String {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + relative)
    if attributes?[.type] as? FileAttributeType == .typeRegular {
      total.bytes += (attributes?[.size] as? Int) ?? 0
      total.files += 1
    }
  }
  return total
}

let sqlite = arguments.contains("--sqlite")
let exportOnly = arguments.contains("--export-only") || sqlite
let runsPython =
  !arguments.contains("--no-python")
  && Python.has(["networkx"])
var betweenness: BetweennessComparison?
if exportOnly {
  print("plangraph-bench: export of generated corpora (seed \(seed)), release build, one run each")
  print(
    "plans  input MB  wall s  CPU s  peak MB  written MB  files  MB/s"
      + (sqlite ? "  db rows  db rows/s" : ""))
  print(
    "-----  --------  ------  -----  -------  ----------  -----  ----"
      + (sqlite ? "  -------  ---------" : ""))
}
for size in sizes {
  let input = scratch + "/corpus-\(size)"
  let output = scratch + "/out-\(size)"
  let inputBytes = try writeCorpus(size, into: input)
  let megabytes = Double(inputBytes) / 1_000_000
  var stages: PipelineStages.Result?
  if !exportOnly {
    let paths = try InputCollector.files(for: [input])
    stages = PipelineStages.run(paths: paths)
  }
  let run = ChildRun.run(
    [Bundle.main.executablePath!, "--export-child", input, output] + (sqlite ? ["--sqlite"] : []))
  var databaseColumns = ""
  if sqlite, let database = try? SQLiteDatabase(path: output + "/plangraph.sqlite", create: false) {
    let tables = (try? database.query("SELECT name FROM sqlite_master WHERE type = 'table'")) ?? []
    let rows = tables.compactMap { $0[0] }.reduce(0) { total, name in
      total
        + (Int((try? database.query("SELECT count(*) FROM \"\(name)\"").first?[0] ?? "0") ?? "0")
          ?? 0)
    }
    databaseColumns = String(format: "  %7d  %9.0f", rows, Double(rows) / run.wallSeconds)
  }
  let written = folderSize(output)
  if exportOnly {
    print(
      String(
        format: "%5d  %8.1f  %6.2f  %5.2f  %7.0f  %10.1f  %5d  %4.1f%@", size, megabytes,
        run.wallSeconds, run.cpuSeconds, Double(run.peakBytes) / 1_048_576,
        Double(written.bytes) / 1_000_000, written.files, megabytes / run.wallSeconds,
        run.status == 0 ? "" : "  (exit status \(run.status))") + databaseColumns)
  } else if let stages {
    var python: ChildRun?
    if runsPython {
      let script = root.appendingPathComponent("Fixtures/oracle/reference_pipeline.py").path
      python = ChildRun.run(["/usr/bin/env", "python3", script, input, scratch + "/python-\(size)"])
    }
    if betweenness == nil, !arguments.contains("--no-betweenness"),
      stages.sample.count < size || size >= 1000
    {
      betweenness = BetweennessComparison.run(
        sample: stages.sample, root: root, scratch: scratch + "/betweenness")
    }
    StageReport.print(
      size: size, seed: seed, megabytes: megabytes, stages: stages, export: run,
      written: written, python: python, betweenness: betweenness)
  }
  if run.status != 0 { overLimit = true }
  if let peakLimit, Double(run.peakBytes) / 1_048_576 > peakLimit {
    print("peak memory above --max-peak-mb \(Int(peakLimit)) at \(size) plans")
    overLimit = true
  }
}
// Every corpus and export is removed only now: ext4 passes over inodes freed in about the last
// half minute when it allocates new ones, so an export written soon after another was deleted
// spent seconds more in the kernel (3–5 s instead of 0.5–1 s for 3,000 plans).
try? FileManager.default.removeItem(atPath: scratch)
exit(overLimit ? 1 : 0)
