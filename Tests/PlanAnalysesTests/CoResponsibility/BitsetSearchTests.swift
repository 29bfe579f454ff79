import PlanGraph
import Testing

@testable import PlanAnalyses

/// The bit-set search gives betweenness and closeness bit for bit equal to the adjacency-list
/// search, on the graphs it takes (up to 256 nodes) and at its limits.
@Suite("Betweenness by bit sets")
struct BitsetSearchTests {
  /// A graph on `n` nodes with each pair joined with probability `density`, from a fixed
  /// linear congruential sequence, so every run tests the same graphs.
  static func randomGraph(nodes n: Int, density: Double, seed: UInt64) -> WeightedGraph {
    var state = seed
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    for a in 0..<n {
      for b in (a + 1)..<max(a + 1, n) where next() < density {
        pairs[ActorPair(Int32(a), Int32(b))] = (1, 1)
      }
    }
    return WeightedGraph(actors: (0..<n).map(Int32.init), edges: pairs)
  }

  @Test(
    "Same bits as the list search: sparse to complete, split graphs, word boundaries",
    arguments: [1, 2, 3, 5, 17, 63, 64, 65, 90, 127, 128, 129, 200, 256])
  func sameValues(nodes: Int) {
    for (index, density) in [0.0, 0.02, 0.08, 0.3, 0.7, 1.0].enumerated() {
      let graph = Self.randomGraph(nodes: nodes, density: density, seed: UInt64(nodes * 10 + index))
      let lists = graph.shortestPathMeasures(normalized: true, bitsets: false)
      let bits = graph.shortestPathMeasures(normalized: true, bitsets: true)
      #expect(bits.betweenness == lists.betweenness, "\(nodes) nodes, density \(density)")
      #expect(bits.closeness == lists.closeness, "\(nodes) nodes, density \(density)")
    }
  }

  @Test("A 3×3 grid: the centre's betweenness is 32/3 (NetworkX: 10.666666666666666)")
  func grid() {
    // 0 1 2 / 3 4 5 / 6 7 8.
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    for row in 0..<3 {
      for column in 0..<3 {
        let node = Int32(row * 3 + column)
        if column < 2 { pairs[ActorPair(node, node + 1)] = (1, 1) }
        if row < 2 { pairs[ActorPair(node, node + 3)] = (1, 1) }
      }
    }
    let graph = WeightedGraph(actors: (0..<9).map(Int32.init), edges: pairs)
    let bits = graph.shortestPathMeasures(normalized: false, bitsets: true)
    // Through the centre 4: 1–7 and 3–5 (their one path each): 2; 1–3, 1–5, 3–7, 5–7 (one
    // of two paths): 4 × 1/2; 0–8 and 2–6 (4 of 6): 2 × 2/3; each corner to the two far
    // midpoints, 0–5 and the like (2 of 3): 8 × 2/3. In all 2 + 2 + 4/3 + 16/3 = 32/3.
    #expect(abs(bits.betweenness[4] - 32.0 / 3) < 1e-12)
    #expect(bits.betweenness == graph.shortestPathMeasures(normalized: false, bitsets: false).0)
    // The centre reaches 4 nodes at 1 and 4 at 2: (8/12)·(8/8).
    #expect(bits.closeness[4] == 8.0 / 12.0)
  }
}
