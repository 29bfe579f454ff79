import PlanGraph

extension WeightedGraph {
  /// The weighted modularity of a partition (Newman 2004), resolution 1.
  ///
  /// Q = Σ_c [ W_c / m − (S_c / 2m)² ], W_c the weight of edges inside community c, S_c the sum
  /// of its nodes' strengths, m the total edge weight. 0 for a graph without edges. Equals
  /// `nx.community.modularity(G, communities, weight="weight")`.
  /// - Parameter community: The community index of each node.
  /// - Returns: Q.
  public func modularity(of community: [Int]) -> Double {
    let total = weights.reduce(0, +) / 2
    guard total > 0 else { return 0 }
    let count = (community.max() ?? -1) + 1
    var inside = [Double](repeating: 0, count: count)
    var strength = [Double](repeating: 0, count: count)
    for u in 0..<nodeCount {
      for position in adjacency(of: u) {
        let w = weights[position]
        strength[community[u]] += w
        if community[Int(neighbors[position])] == community[u] { inside[community[u]] += w / 2 }
      }
    }
    var q = 0.0
    for c in 0..<count {
      q += inside[c] / total - (strength[c] / (2 * total)) * (strength[c] / (2 * total))
    }
    return q
  }
}
