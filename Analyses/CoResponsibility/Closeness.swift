import PlanGraph

extension WeightedGraph {
  /// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.
  ///
  /// For node u reaching r other nodes at total distance d: c(u) = (r/d)·(r/(n-1)); 0 when
  /// u reaches nobody. Unweighted. Equals `nx.closeness_centrality(G)` (wf_improved=True).
  /// - Complexity: O(V·E).
  public func closeness() -> [Double] {
    let n = nodeCount
    var result = [Double](repeating: 0, count: n)
    guard n > 1 else { return result }
    var distance = [Int](repeating: -1, count: n)
    var queue = [Int](repeating: 0, count: n)
    for source in 0..<n {
      for v in 0..<n { distance[v] = -1 }
      distance[source] = 0
      var head = 0
      var tail = 1
      queue[0] = source
      var total = 0
      while head < tail {
        let v = queue[head]
        head += 1
        total += distance[v]
        for position in adjacency(of: v) {
          let w = Int(neighbors[position])
          if distance[w] < 0 {
            distance[w] = distance[v] + 1
            queue[tail] = w
            tail += 1
          }
        }
      }
      result[source] = Self.closeness(reached: tail - 1, totalDistance: total, nodes: n)
    }
    return result
  }

  /// The closeness of a node that reaches `reached` others at `totalDistance` in all, in a
  /// graph of `nodes` nodes; 0 when it reaches nobody.
  @inline(__always)
  static func closeness(reached: Int, totalDistance: Int, nodes: Int) -> Double {
    guard totalDistance > 0 else { return 0 }
    let reached = Double(reached)
    return (reached / Double(totalDistance)) * (reached / Double(nodes - 1))
  }
}
