import PlanGraph

extension WeightedGraph {
  /// Betweenness centrality of every node on the unweighted graph (Brandes 2001).
  ///
  /// c_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, over unordered pairs; normalized by 2/((n-1)(n-2))
  /// when `normalized` and n > 2. Equals `nx.betweenness_centrality(G, normalized=True)`.
  /// - Complexity: O(V·E).
  public func betweenness(normalized: Bool = true) -> [Double] {
    let n = nodeCount
    var centrality = [Double](repeating: 0, count: n)
    var stack: [Int] = []
    var predecessors = [[Int]](repeating: [], count: n)
    var sigma = [Double](repeating: 0, count: n)
    var distance = [Int](repeating: -1, count: n)
    var delta = [Double](repeating: 0, count: n)
    var queue = [Int](repeating: 0, count: n)
    stack.reserveCapacity(n)
    for source in 0..<n {
      stack.removeAll(keepingCapacity: true)
      for v in 0..<n {
        predecessors[v].removeAll(keepingCapacity: true)
        sigma[v] = 0
        distance[v] = -1
        delta[v] = 0
      }
      sigma[source] = 1
      distance[source] = 0
      var head = 0
      var tail = 0
      queue[tail] = source
      tail += 1
      while head < tail {
        let v = queue[head]
        head += 1
        stack.append(v)
        for position in adjacency(of: v) {
          let w = Int(neighbors[position])
          if distance[w] < 0 {
            distance[w] = distance[v] + 1
            queue[tail] = w
            tail += 1
          }
          if distance[w] == distance[v] + 1 {
            sigma[w] += sigma[v]
            predecessors[w].append(v)
          }
        }
      }
      while let w = stack.popLast() {
        for v in predecessors[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
        if w != source { centrality[w] += delta[w] }
      }
    }
    // Each unordered pair was counted from both ends.
    let scale: Double
    if normalized {
      scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
    } else {
      scale = 0.5
    }
    return centrality.map { $0 * scale }
  }
}
