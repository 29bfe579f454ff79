import Foundation
import PlanGraphTestSupport

/// Prints one corpus size's stage table, the export and Python rows, betweenness and a JSON
/// line with every figure.
enum StageReport {
  static func print(
    size: Int, seed: UInt64, megabytes: Double, stages: PipelineStages.Result, export: ChildRun,
    written: (bytes: Int, files: Int), python: ChildRun?, betweenness: BetweennessComparison?
  ) {
    let tasks = Double(stages.tasks)
    func row(_ name: String, wall: Double, cpu: Double, peak: Int) -> String {
      name.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(
          format: "%7.2f  %6.2f  %7.0f  %7.1f  %9.0f", wall, cpu, Double(peak) / 1_048_576,
          megabytes / wall, tasks / wall)
    }
    Swift.print(
      "\nplangraph-bench: \(size) plans (seed \(seed)), \(String(format: "%.1f", megabytes)) MB, "
        + "\(stages.tasks) tasks, release build, \(ProcessInfo.processInfo.activeProcessorCount) cores"
    )
    Swift.print("stage                              wall s   CPU s  peak MB     MB/s    tasks/s")
    for figure in stages.figures {
      Swift.print(
        row(figure.name, wall: figure.wallSeconds, cpu: figure.cpuSeconds, peak: figure.peakBytes))
    }
    Swift.print(
      row(
        "export, end to end (child)", wall: export.wallSeconds, cpu: export.cpuSeconds,
        peak: export.peakBytes)
        + String(format: "   %.0f MB in %d files", Double(written.bytes) / 1e6, written.files)
        + (export.status == 0 ? "" : "  (exit status \(export.status))"))
    var json: [String: Any] = [
      "plans": size, "seed": seed, "input_mb": megabytes, "tasks": stages.tasks,
      "cores": ProcessInfo.processInfo.activeProcessorCount,
      "stages": Dictionary(
        uniqueKeysWithValues: stages.figures.map {
          ($0.name, figures(wall: $0.wallSeconds, cpu: $0.cpuSeconds, peak: $0.peakBytes))
        }),
      "export": figures(wall: export.wallSeconds, cpu: export.cpuSeconds, peak: export.peakBytes)
        .merging(["written_mb": Double(written.bytes) / 1e6, "status": Int(export.status)]) {
          $1
        },
    ]
    if let python {
      let ratio = python.wallSeconds / export.wallSeconds
      Swift.print(
        row(
          "python reference (regex+NetworkX)", wall: python.wallSeconds, cpu: python.cpuSeconds,
          peak: python.peakBytes)
          + String(format: "   export is %.1fx faster", ratio)
          + (python.status == 0 ? "" : "  (exit status \(python.status))"))
      json["python"] = figures(
        wall: python.wallSeconds, cpu: python.cpuSeconds, peak: python.peakBytes)
      json["export_speedup_over_python"] = ratio
    } else {
      Swift.print("python reference: not run (--no-python, or python3 without networkx)")
    }
    if let b = betweenness {
      func seconds(_ value: Double?) -> String { value.map { String(format: "%.3f s", $0) } ?? "-" }
      func difference(_ value: Double?) -> String {
        value.map { String(format: "%.1e", $0) } ?? "-"
      }
      Swift.print(
        "betweenness, \(b.nodes) units and \(b.edges) edges: PlanGraph "
          + "\(seconds(b.planGraphSeconds)), igraph \(seconds(b.igraphSeconds)), NetworkX "
          + "\(seconds(b.networkXSeconds)); largest difference from NetworkX "
          + "\(difference(b.maxDifferenceNetworkX)), from igraph \(difference(b.maxDifferenceIgraph))"
          + (b.note.isEmpty ? "" : " (\(b.note))"))
      json["betweenness"] = [
        "nodes": b.nodes, "edges": b.edges, "plangraph_seconds": b.planGraphSeconds,
        "igraph_seconds": b.igraphSeconds as Any, "networkx_seconds": b.networkXSeconds as Any,
        "max_difference_networkx": b.maxDifferenceNetworkX as Any,
        "max_difference_igraph": b.maxDifferenceIgraph as Any,
      ]
    }
    if let data = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]) {
      Swift.print("json: " + String(decoding: data, as: UTF8.self))
    }
  }

  private static func figures(wall: Double, cpu: Double, peak: Int) -> [String: Any] {
    ["wall_s": wall, "cpu_s": cpu, "peak_mb": Double(peak) / 1_048_576]
  }
}
