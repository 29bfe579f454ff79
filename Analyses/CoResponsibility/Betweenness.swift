import PlanGraph

extension WeightedGraph {
  /// Betweenness centrality of every node on the unweighted graph (Brandes 2001).
  ///
  /// c_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, over unordered pairs; normalized by 2/((n-1)(n-2))
  /// when `normalized` and n > 2. Equals `nx.betweenness_centrality(G, normalized=True)`.
  ///
  /// A graph of 1,000 nodes or more is split into a fixed number of interleaved source sets
  /// read on all cores; their sums are added in set order, so the result never depends on the
  /// machine. Smaller graphs (every plan's own network) are read from one thread: plans are
  /// already analysed in parallel; graphs of at most 256 nodes are searched with bit sets
  /// (`bitsetSearches(from:)`), with the same values.
  /// - Complexity: O(V·E) time, O(V + E) memory per source set.
  public func betweenness(normalized: Bool = true) -> [Double] {
    shortestPathMeasures(normalized: normalized).betweenness
  }

  /// `betweenness(normalized:)` and `closeness()` from one breadth-first search per source.
  ///
  /// Each search's distances give the source's closeness as well, so the graph is searched once
  /// instead of twice. The values are exactly those the two methods return.
  public func betweennessAndCloseness(normalized: Bool = true) -> (
    betweenness: [Double], closeness: [Double]
  ) {
    shortestPathMeasures(normalized: normalized)
  }

  /// `betweennessAndCloseness(normalized:)`, searched with bit sets on graphs of at most
  /// `bitsetSearchLimit` nodes when `bitsets` (the same values either way; tests compare them).
  func shortestPathMeasures(normalized: Bool, bitsets: Bool = true) -> (
    betweenness: [Double], closeness: [Double]
  ) {
    let n = nodeCount
    let sets = n >= 1000 ? 16 : 1
    let useBitsets = bitsets && n <= Self.bitsetSearchLimit
    let partials = Array(0..<sets).concurrentMap { set in
      let sources = stride(from: set, to: n, by: sets)
      return (useBitsets ? bitsetSearches(from: sources) : nil) ?? searches(from: sources)
    }
    var centrality = partials[0].dependencies
    var closeness = partials[0].closeness
    for partial in partials.dropFirst() {
      for node in 0..<n {
        centrality[node] += partial.dependencies[node]
        // Each source's closeness is set by one partial only; the others hold 0 there.
        closeness[node] += partial.closeness[node]
      }
    }
    // Each unordered pair was counted from both ends.
    let scale: Double
    if normalized {
      scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
    } else {
      scale = 0.5
    }
    return (centrality.map { $0 * scale }, closeness)
  }

  /// Σ over `sources` of each node's dependency δ_s(v): one breadth-first search per source,
  /// then dependencies accumulated back along the shortest-path DAG read from the adjacency
  /// arrays (a neighbour one step nearer the source is a predecessor), so no predecessor lists.
  ///
  /// With them, each source's closeness (`closeness()`'s formula), 0 at the other nodes.
  private func searches(from sources: StrideTo<Int>) -> (
    dependencies: [Double], closeness: [Double]
  ) {
    let n = nodeCount
    let scratch = SearchScratch(nodes: n)
    let (centrality, closeness) = (scratch.dependencies, scratch.closeness)
    let (sigma, delta, distance, order) = (
      scratch.sigma, scratch.delta, scratch.distance, scratch.order
    )
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        for source in sources {
          // Breadth-first: `order` is the queue and, read backwards, the stack.
          scratch.start(at: source)
          var head = 0
          var tail = 1
          while head < tail {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            // σ_v in a local: the loop writes σ only of nodes one step further than v.
            let paths = sigma[v]
            for position in Int(offsets[v])..<Int(offsets[v + 1]) {
              let w = Int(neighbors[position])
              let reached = distance[w]
              if reached < 0 {
                distance[w] = next
                order[tail] = Int32(w)
                tail += 1
                sigma[w] += paths
              } else if reached == next {
                sigma[w] += paths
              }
            }
          }
          var total = 0
          for index in 0..<tail { total += Int(distance[Int(order[index])]) }
          closeness[source] = Self.closeness(reached: tail - 1, totalDistance: total, nodes: n)
          var index = tail - 1
          while index >= 0 {
            let w = Int(order[index])
            let previous = distance[w] - 1
            // The same operations in the same order as `σ_v / σ_w · (1 + δ_w)`, with w's
            // terms in locals: the loop writes δ only of nodes one step nearer.
            let paths = sigma[w]
            let share = 1 + delta[w]
            for position in Int(offsets[w])..<Int(offsets[w + 1]) {
              let v = Int(neighbors[position])
              if distance[v] == previous {
                delta[v] += sigma[v] / paths * share
              }
            }
            if w != source { centrality[w] += delta[w] }
            index -= 1
          }
          scratch.reset(reached: tail)
        }
      }
    }
    return scratch.results
  }
}
