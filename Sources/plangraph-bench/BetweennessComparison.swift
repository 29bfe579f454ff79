import Dispatch
import Foundation
import PlanAnalyses
import PlanGraph

/// Betweenness on one large co-responsibility network, in PlanGraph and, through
/// `Fixtures/oracle/betweenness_compare.py`, in NetworkX and python-igraph.
///
/// The network joins the sample's plans with their places left out, so that agencies of one
/// name are one node across places (the national network of agency names); with the generated
/// corpus about 4,000 units and 45,000 edges.
struct BetweennessComparison {
  var nodes = 0
  var edges = 0
  var planGraphSeconds = 0.0
  var networkXSeconds: Double?
  var igraphSeconds: Double?
  var maxDifferenceNetworkX: Double?
  var maxDifferenceIgraph: Double?
  var note = ""

  static func run(sample: [Document], root: URL, scratch: String) -> BetweennessComparison {
    let documents = sample.map { document in
      var document = document
      document.metadata.jurisdiction = ""
      document.metadata.jurisdictionCode = nil
      return document
    }
    let graph = BipartiteGraph(documents: documents).coResponsibility()
    var result = BetweennessComparison(nodes: graph.nodeCount, edges: graph.edgeCount)
    let start = DispatchTime.now().uptimeNanoseconds
    let values = graph.betweenness(normalized: true)
    result.planGraphSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var edgeText = "n \(graph.nodeCount)\n"
    for record in graph.edges { edgeText += "\(record.a) \(record.b)\n" }
    let edgesPath = scratch + "/betweenness-edges.txt"
    let valuesPath = scratch + "/betweenness-values.txt"
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    try? edgeText.write(toFile: edgesPath, atomically: true, encoding: .utf8)
    try? values.map { "\($0)" }.joined(separator: "\n").write(
      toFile: valuesPath, atomically: true, encoding: .utf8)
    let script = root.appendingPathComponent("Fixtures/oracle/betweenness_compare.py").path
    guard let output = Python.run([script, edgesPath, valuesPath]),
      let json = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    else {
      result.note = "NetworkX not run (python3 with networkx needed: pip install networkx igraph)"
      return result
    }
    result.networkXSeconds = json["networkx_seconds"] as? Double
    result.igraphSeconds = json["igraph_seconds"] as? Double
    result.maxDifferenceNetworkX = json["max_difference_networkx"] as? Double
    result.maxDifferenceIgraph = json["max_difference_igraph"] as? Double
    if result.igraphSeconds == nil { result.note = "igraph not installed (pip install igraph)" }
    return result
  }
}

/// Runs `python3` with arguments and returns what it printed, or nil when it failed.
enum Python {
  static func run(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// Whether `python3` can import every module of `modules`.
  static func has(_ modules: [String]) -> Bool {
    run(["-c", "import " + modules.joined(separator: ", ")]) != nil
  }
}
