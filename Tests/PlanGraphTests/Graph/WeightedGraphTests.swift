import Testing

@testable import PlanGraph

/// The projection's graph, laid out from a `PairTally` in place, is the graph the dictionary
/// initializer builds from the same pairs: same nodes, sorted neighbours, weights and counts.
@Suite("Weighted graph")
struct WeightedGraphTests {
  @Test("From a tally as from a dictionary: actors left out, self-pairs dropped, repeats summed")
  func tallyLayout() {
    // Actors 0 ... 29 of 40 ids; a fixed sequence of pairs, many repeated, some with an id
    // outside the graph's actors (30 ... 39) and some of an actor with itself.
    let actors = (0..<30).map { Int32($0 * 4 / 3) }.filter { $0 < 40 }
    var tally = PairTally()
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    var state: UInt64 = 7
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let a = Int32((state >> 58) % 40)
      let b = Int32((state >> 20) % 40)
      let weight = Double((state >> 8) % 1000) / 997
      tally.add(a, b, weight: weight)
      let pair = ActorPair(a, b)
      let held = pairs[pair] ?? (0, 0)
      pairs[pair] = (held.count + 1, held.weight + weight)
    }
    let fromTally = WeightedGraph(actors: actors, actorCount: 40, tally: tally)
    let fromDictionary = WeightedGraph(actors: actors, edges: pairs)
    #expect(fromTally == fromDictionary)
    #expect(fromTally.edgeCount > 100)
    for node in 0..<fromTally.nodeCount {
      let neighbours = Array(fromTally.neighbors(of: node))
      #expect(neighbours == neighbours.sorted())
      #expect(!neighbours.contains(Int32(node)))
    }
  }
}
