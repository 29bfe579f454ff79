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

  /// A graph of `n` nodes whose edges come from a fixed pseudo-random sequence: a dense core,
  /// sparse outskirts, and the last three nodes isolated.
  static func scrambled(nodes n: Int, edges: Int, seed: UInt64) -> WeightedGraph {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    for _ in 0..<edges {
      // Low-numbered nodes are picked far more often, so they form a dense core.
      let a = next(max(1, next(n - 3)))
      let b = next(n - 3)
      guard a != b else { continue }
      pairs[ActorPair(Int32(min(a, b)), Int32(max(a, b)))] = (1, 1)
    }
    return WeightedGraph(actors: (0..<n).map(Int32.init), edges: pairs)
  }

  /// One search per source gives betweenness and closeness exactly as each method alone;
  /// triangles found once from their lowest corner give the clustering that a count over every
  /// triple of nodes gives.
  @Test(
    "Fused betweenness and closeness, triangles counted once",
    arguments: [(60, 700, 1), (200, 900, 2), (1_100, 6_000, 3)] as [(Int, Int, UInt64)])
  func fusedMeasures(nodes: Int, edges: Int, seed: UInt64) {
    let graph = Self.scrambled(nodes: nodes, edges: edges, seed: seed)
    let fused = graph.betweennessAndCloseness()
    #expect(fused.betweenness == graph.betweenness())
    #expect(fused.closeness == graph.closeness())
    #expect(fused.closeness.suffix(3) == [0, 0, 0] && fused.closeness.contains { $0 > 0.3 })
    guard nodes <= 200 else { return }
    var adjacent = Set<[Int]>()
    for u in 0..<nodes { for v in graph.neighbors(of: u) { adjacent.insert([u, Int(v)]) } }
    var triangles = [Int](repeating: 0, count: nodes)
    for u in 0..<nodes {
      for v in (u + 1)..<nodes where adjacent.contains([u, v]) {
        for w in (v + 1)..<nodes where adjacent.contains([u, w]) && adjacent.contains([v, w]) {
          triangles[u] += 1
          triangles[v] += 1
          triangles[w] += 1
        }
      }
    }
    let expected = (0..<nodes).map { u -> Double in
      let degree = graph.degree(of: u)
      return degree > 1 ? Double(2 * triangles[u]) / Double(degree * (degree - 1)) : 0
    }
    #expect(graph.clustering() == expected)
    #expect(triangles.reduce(0, +) > 300)
  }
}
