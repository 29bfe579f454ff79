/// An undirected graph with weighted edges over a subset of a bipartite graph's actors.
///
/// Node `i` stands for actor `actors[i]` of the bipartite graph it was projected from. The
/// adjacency is CSR: the neighbours of `i` are `neighbors[offsets[i]..<offsets[i + 1]]`, sorted,
/// with `weights` and `sharedTasks` at the same positions; each edge is stored from both ends.
public struct WeightedGraph: Sendable, Hashable {
  /// One undirected edge, `a < b`.
  public struct EdgeRecord: Sendable, Hashable {
    /// The lower node index.
    public var a: Int32
    /// The higher node index.
    public var b: Int32
    /// How many tasks the two share.
    public var sharedTasks: Int
    /// The edge weight (Newman's collaboration weight for co-responsibility).
    public var weight: Double
  }

  /// The bipartite-graph actor id of each node, ascending.
  public private(set) var actors: [Int32]
  /// CSR offsets, one more than there are nodes.
  public private(set) var offsets: [Int32]
  /// Neighbour node indexes.
  public private(set) var neighbors: [Int32]
  /// Edge weights, parallel to `neighbors`.
  public private(set) var weights: [Double]
  /// Shared-task counts, parallel to `neighbors`.
  public private(set) var sharedTasks: [Int32]

  /// Builds a graph on `actors` (bipartite ids, ascending) from undirected edges given as
  /// bipartite ids.
  public init(actors: [Int32], edges: [ActorPair: (count: Int, weight: Double)]) {
    self.actors = actors
    let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1, Int32($0)) })
    (offsets, neighbors, weights, sharedTasks) = Self.laidOut(nodes: actors.count) { edge in
      for (pair, value) in edges {
        guard let a = index[pair.low], let b = index[pair.high], a != b else { continue }
        edge(a, b, value.weight, Int32(value.count))
      }
    }
  }

  /// Builds a graph on `actors` (bipartite ids, ascending, each below `actorCount`) from the
  /// pairs `tally` counted: the same graph as the dictionary initializer builds from them.
  init(actors: [Int32], actorCount: Int, tally: PairTally) {
    self.actors = actors
    var index = [Int32](repeating: -1, count: actorCount)
    for (position, actor) in actors.enumerated() { index[Int(actor)] = Int32(position) }
    (offsets, neighbors, weights, sharedTasks) = Self.laidOut(nodes: actors.count) { edge in
      tally.forEachPair { low, high, count, weight in
        let a = index[Int(low)]
        let b = index[Int(high)]
        guard a >= 0, b >= 0, a != b else { return }
        edge(a, b, weight, Int32(count))
      }
    }
  }

  /// The CSR arrays of a graph on `nodes` nodes whose edges `forEachEdge` calls its argument
  /// with, once each, as `(a, b, weight, shared tasks)`; it is called twice.
  ///
  /// Laid out in place: degrees counted in the first call, each edge put at both ends' next
  /// free position in the second, then each node's entries sorted by neighbour (a node's
  /// neighbours are distinct, so the order is fixed), with no list per node.
  private static func laidOut(
    nodes: Int,
    _ forEachEdge: ((_ a: Int32, _ b: Int32, _ weight: Double, _ count: Int32) -> Void) -> Void
  ) -> (offsets: [Int32], neighbors: [Int32], weights: [Double], sharedTasks: [Int32]) {
    var offsets = [Int32](repeating: 0, count: nodes + 1)
    forEachEdge { a, b, _, _ in
      offsets[Int(a) + 1] += 1
      offsets[Int(b) + 1] += 1
    }
    for node in 0..<nodes { offsets[node + 1] += offsets[node] }
    var next = offsets
    var entries = [(node: Int32, weight: Double, count: Int32)](
      repeating: (0, 0, 0), count: Int(offsets[nodes]))
    forEachEdge { a, b, weight, count in
      entries[Int(next[Int(a)])] = (b, weight, count)
      next[Int(a)] += 1
      entries[Int(next[Int(b)])] = (a, weight, count)
      next[Int(b)] += 1
    }
    entries.withUnsafeMutableBufferPointer { entries in
      for node in 0..<nodes {
        var segment = UnsafeMutableBufferPointer(
          rebasing: entries[Int(offsets[node])..<Int(offsets[node + 1])])
        segment.sort { $0.node < $1.node }
      }
    }
    return (offsets, entries.map(\.node), entries.map(\.weight), entries.map(\.count))
  }

  /// The number of nodes.
  public var nodeCount: Int { actors.count }

  /// The number of undirected edges.
  public var edgeCount: Int { neighbors.count / 2 }

  /// The range of `node`'s entries in `neighbors`, `weights` and `sharedTasks`.
  @inline(__always)
  public func adjacency(of node: Int) -> Range<Int> { Int(offsets[node])..<Int(offsets[node + 1]) }

  /// The neighbours of `node`.
  public func neighbors(of node: Int) -> ArraySlice<Int32> { neighbors[adjacency(of: node)] }

  /// The number of neighbours of `node`.
  public func degree(of node: Int) -> Int { Int(offsets[node + 1] - offsets[node]) }

  /// The sum of the weights of `node`'s edges.
  public func strength(of node: Int) -> Double { weights[adjacency(of: node)].reduce(0, +) }

  /// Every edge once, ordered by `a` then `b`.
  public var edges: [EdgeRecord] {
    var result: [EdgeRecord] = []
    result.reserveCapacity(edgeCount)
    for a in 0..<nodeCount {
      for position in adjacency(of: a) where neighbors[position] > Int32(a) {
        result.append(
          EdgeRecord(
            a: Int32(a), b: neighbors[position], sharedTasks: Int(sharedTasks[position]),
            weight: weights[position]))
      }
    }
    return result
  }
}

/// An unordered pair of bipartite actor ids.
public struct ActorPair: Hashable, Sendable {
  /// The smaller id.
  public var low: Int32
  /// The larger id.
  public var high: Int32

  /// Creates the pair of `a` and `b` in either order.
  public init(_ a: Int32, _ b: Int32) {
    low = min(a, b)
    high = max(a, b)
  }
}
