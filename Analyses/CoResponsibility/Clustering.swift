import PlanGraph

extension WeightedGraph {
  /// The local clustering coefficient of every node, unweighted.
  ///
  /// c(u) = 2·T(u) / (deg(u)·(deg(u)-1)), T(u) the triangles through u; 0 when deg(u) < 2.
  /// Equals `nx.clustering(G)`.
  ///
  /// Each triangle u < v < w is found once, from its lowest corner: u's neighbours are marked,
  /// then for each neighbour v above u, the neighbours of v above v are looked up in the marks
  /// (merging the sorted lists of every adjacent pair met each triangle six times). The counts
  /// are whole numbers, so the order they are found in never changes a result.
  /// - Complexity: O(Σ deg²).
  public func clustering() -> [Double] {
    let n = nodeCount
    let triangles = triangleCounts()
    return (0..<n).map { u in
      let degree = degree(of: u)
      guard degree > 1 else { return 0 }
      return Double(2 * triangles[u]) / Double(degree * (degree - 1))
    }
  }

  /// The number of triangles through each node.
  func triangleCounts() -> [Int] {
    let n = nodeCount
    var triangles = [Int](repeating: 0, count: n)
    var marked = [Bool](repeating: false, count: n)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        triangles.withUnsafeMutableBufferPointer { triangles in
          marked.withUnsafeMutableBufferPointer { marked in
            for u in 0..<n {
              let start = Int(offsets[u])
              let end = Int(offsets[u + 1])
              for position in start..<end { marked[Int(neighbors[position])] = true }
              // Neighbour lists are sorted: those above a node are at the end of its list.
              var above = end
              while above > start, Int(neighbors[above - 1]) > u { above -= 1 }
              for position in above..<end {
                let v = Int(neighbors[position])
                var next = Int(offsets[v + 1]) - 1
                let first = Int(offsets[v])
                while next >= first {
                  let w = Int(neighbors[next])
                  if w <= v { break }
                  if marked[w] {
                    triangles[u] += 1
                    triangles[v] += 1
                    triangles[w] += 1
                  }
                  next -= 1
                }
              }
              for position in start..<end { marked[Int(neighbors[position])] = false }
            }
          }
        }
      }
    }
    return triangles
  }

  /// The mean local clustering over all nodes, zeros included.
  ///
  /// Equals `nx.average_clustering(G)`.
  public func averageClustering() -> Double {
    nodeCount == 0 ? 0 : clustering().reduce(0, +) / Double(nodeCount)
  }
}
