import PlanGraph

extension WeightedGraph {
  /// The local clustering coefficient of every node, unweighted.
  ///
  /// c(u) = 2·T(u) / (deg(u)·(deg(u)-1)), T(u) the triangles through u; 0 when deg(u) < 2.
  /// Equals `nx.clustering(G)`.
  /// - Complexity: O(Σ deg²), merging sorted neighbour lists.
  public func clustering() -> [Double] {
    (0..<nodeCount).map { u in
      let range = adjacency(of: u)
      let degree = range.count
      guard degree > 1 else { return 0 }
      var triangles = 0
      for position in range {
        let v = Int(neighbors[position])
        triangles += commonNeighbors(u, v)
      }
      // Each triangle through u was counted once from each of its two other corners.
      return Double(triangles) / Double(degree * (degree - 1))
    }
  }

  /// The number of neighbours `u` and `v` share, by merging their sorted lists.
  func commonNeighbors(_ u: Int, _ v: Int) -> Int {
    var i = Int(offsets[u])
    var j = Int(offsets[v])
    let iEnd = Int(offsets[u + 1])
    let jEnd = Int(offsets[v + 1])
    var count = 0
    while i < iEnd && j < jEnd {
      let a = neighbors[i]
      let b = neighbors[j]
      if a == b {
        count += 1
        i += 1
        j += 1
      } else if a < b {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }

  /// The mean local clustering over all nodes, zeros included.
  ///
  /// Equals `nx.average_clustering(G)`.
  public func averageClustering() -> Double {
    nodeCount == 0 ? 0 : clustering().reduce(0, +) / Double(nodeCount)
  }
}
