import Dispatch
import Foundation
import PlanAnalyses
import PlanGraph

/// Times each stage of the pipeline on a corpus folder, in this process: documents are taken
/// in batches, each stage runs over a batch on all cores, and every stage's wall time, CPU
/// time and peak memory are added up over the batches.
///
/// The stages are the library calls `export` makes, taken apart: read + decode (file bytes,
/// encoding, normalized lines), parse (layout, tasks, assignments, metadata; no targets),
/// targets (`TargetExtractor`), graphs (bipartite graph and co-responsibility projection) and
/// analyses (`PlanAnalysis`: loads, portfolios, the network's measures; it builds its own graph
/// again). The end-to-end export is timed apart, in a child process, as users run it.
enum PipelineStages {
  /// One stage's figures over the whole corpus.
  struct Figure {
    var name: String
    var wallSeconds = 0.0
    var cpuSeconds = 0.0
    var peakBytes = 0
  }

  /// What the stages found, to report rates and build the big network.
  struct Result {
    var figures: [Figure]
    var inputBytes: Int
    var tasks: Int
    /// The documents of the first batches, kept for the betweenness network.
    var sample: [Document]
  }

  static let stageNames = ["read + decode", "parse", "targets", "graphs", "analyses"]

  /// Runs the stages over `paths`, `batch` documents at a time; keeps parsed documents until
  /// `sampleUnits` distinct unit names are held.
  static func run(paths: [String], batch: Int = 1000, sampleUnits: Int = 4000) -> Result {
    var figures = stageNames.map { Figure(name: $0) }
    var inputBytes = 0
    var tasks = 0
    var sample: [Document] = []
    var sampleNames = Set<String>()
    var parseOptions = DocumentParser.Options()
    parseOptions.extractsTargets = false
    let parser = DocumentParser(options: parseOptions)
    let extractor = TargetExtractor(vocabulary: parseOptions.vocabulary)
    var start = 0
    while start < paths.count {
      let slice = Array(paths[start..<min(paths.count, start + batch)])
      start += slice.count
      let read = measure(&figures[0]) {
        slice.concurrentMap {
          path -> (bytes: Int, lines: [SourceLine], script: ChineseScript.Script) in
          let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
          let decoded = (try? TextDecoder.decode(bytes))?.bytes ?? []
          let (lines, tally) = TextNormalizer.lines(fromUTF8: decoded, tallyingScriptBy: .shipped)
          return (bytes.count, lines, tally.script)
        }
      }
      inputBytes += read.reduce(0) { $0 + $1.bytes }
      let inputs = Array(zip(slice, read))
      var documents = measure(&figures[1]) {
        inputs.concurrentMap { parser.parse(lines: $0.1.lines, path: $0.0, script: $0.1.script) }
      }
      let targets = measure(&figures[2]) {
        Array(zip(documents, read.map(\.lines))).concurrentMap {
          extractor.targets(of: $0.0, lines: $0.1)
        }
      }
      for index in documents.indices { documents[index].targets = targets[index] }
      tasks += documents.reduce(0) { $0 + $1.tasks.count }
      let edges = measure(&figures[3]) {
        documents.concurrentMap { BipartiteGraph(documents: [$0]).coResponsibility().edgeCount }
      }
      let analysed = measure(&figures[4]) {
        documents.concurrentMap { $0.kind == .plan ? PlanAnalysis($0).network.graph.nodeCount : 0 }
      }
      withExtendedLifetime((edges, analysed)) {}
      for document in documents where sampleNames.count < sampleUnits {
        sample.append(document)
        for assignee in document.plan?.assignees(of: .unit) ?? [] {
          sampleNames.insert(assignee.name)
        }
      }
    }
    return Result(figures: figures, inputBytes: inputBytes, tasks: tasks, sample: sample)
  }

  /// Runs `body`, adding its wall and CPU time to `figure` and raising its peak.
  private static func measure<T>(_ figure: inout Figure, _ body: () -> T) -> T {
    MemoryUsage.resetPeak()
    let cpu = processCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    figure.wallSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    figure.cpuSeconds += processCPUSeconds() - cpu
    figure.peakBytes = max(figure.peakBytes, MemoryUsage.peakResidentBytes())
    return result
  }

  /// User and system CPU time of this process so far, all threads.
  static func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
