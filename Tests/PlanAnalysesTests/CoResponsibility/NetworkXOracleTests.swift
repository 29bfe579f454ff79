import Foundation
import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

/// PlanGraph's network measures equal NetworkX's on the same graphs (Fixtures/oracle/, made by
/// Fixtures/oracle/networkx_oracle.py from the exported edge lists).
@Suite("NetworkX oracle")
struct NetworkXOracleTests {
  static func oracle(_ name: String) throws -> [[String: String]] {
    let path = Fixture.folder.appendingPathComponent("oracle/\(name)").path
    let data = try #require(FileManager.default.contents(atPath: path))
    return CSVReader.rows(String(decoding: data, as: UTF8.self))
  }

  static func network(_ fixture: Fixture) throws -> CoResponsibilityNetwork {
    PlanAnalysis(try DocumentParser().parse(path: fixture.path)).network
  }

  @Test("Degree, strength, betweenness, closeness, clustering to 1e-9", arguments: Fixture.plans)
  func nodeMeasures(fixture: Fixture) throws {
    let network = try Self.network(fixture)
    let rows = try Self.oracle("\(fixture.documentID)-nodes.csv")
    #expect(rows.count == network.actors.count)
    for row in rows {
      let node = try #require(network.node(named: row["unit"]!), "\(row["unit"]!)")
      #expect(network.degree[node] == Int(row["degree"]!))
      for (name, values) in [
        ("strength", network.strength), ("betweenness", network.betweenness),
        ("closeness", network.closeness), ("clustering", network.clustering),
      ] {
        let expected = try #require(Double(row[name]!))
        #expect(abs(values[node] - expected) < 1e-9, "\(name) of \(row["unit"]!)")
      }
    }
  }

  @Test(
    "Density, components, average clustering; modularity within 0.01 of Louvain",
    arguments: Fixture.plans)
  func summary(fixture: Fixture) throws {
    let summary = try Self.network(fixture).summary
    let rows = try Self.oracle("\(fixture.documentID)-summary.csv")
    var value: [String: Double] = [:]
    for row in rows { value[row["measure"]!] = Double(row["value"]!) }
    #expect(Double(summary.nodes) == value["nodes"])
    #expect(Double(summary.edges) == value["edges"])
    #expect(Double(summary.components) == value["components"])
    #expect(abs(summary.density - value["density"]!) < 1e-12)
    #expect(abs(summary.averageClustering - value["average_clustering"]!) < 1e-9)
    #expect(summary.modularity > value["louvain_modularity_min"]! - 0.01)
    #expect(summary.modularity < value["louvain_modularity_max"]! + 0.01)
  }

  @Test("Textbook graphs: path P3, complete K5")
  func textbook() {
    let path = WeightedGraph(
      actors: [0, 1, 2], edges: [ActorPair(0, 1): (1, 1), ActorPair(1, 2): (1, 1)])
    #expect(path.betweenness() == [0, 1, 0])
    #expect(path.closeness() == [2.0 / 3.0, 1, 2.0 / 3.0])
    #expect(path.clustering() == [0, 0, 0])
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    for a in 0..<5 { for b in (a + 1)..<5 { pairs[ActorPair(Int32(a), Int32(b))] = (1, 1) } }
    let complete = WeightedGraph(actors: [0, 1, 2, 3, 4], edges: pairs)
    #expect(complete.betweenness() == [0, 0, 0, 0, 0])
    #expect(complete.clustering() == [1, 1, 1, 1, 1])
    #expect(Set(complete.louvainCommunities()) == [0])
  }

  @Test("Graphs of 1,000 nodes and more are read on all cores: a 1,200-node path and a cycle")
  func largeGraphs() {
    let n = 1200
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    for a in 0..<(n - 1) { pairs[ActorPair(Int32(a), Int32(a + 1))] = (1, 1) }
    let path = WeightedGraph(actors: (0..<n).map(Int32.init), edges: pairs)
    let values = path.betweenness()
    // Node i of a path lies on the shortest path of i·(n-1-i) pairs.
    let scale = 2 / (Double(n - 1) * Double(n - 2))
    let worst = (0..<n).map { abs(values[$0] - Double($0 * (n - 1 - $0)) * scale) }.max()!
    #expect(worst < 1e-12)
    #expect(values[n / 2] > 0.49 && values[0] == 0)
    // A cycle: every node alike, so every value equal (up to the order of additions).
    pairs[ActorPair(0, Int32(n - 1))] = (1, 1)
    let cycle = WeightedGraph(actors: (0..<n).map(Int32.init), edges: pairs).betweenness()
    #expect(cycle.max()! - cycle.min()! < 1e-12)
    #expect(path.betweenness() == values)
  }
}
