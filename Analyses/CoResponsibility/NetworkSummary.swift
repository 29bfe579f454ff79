import PlanGraph

/// Whole-network measures of a co-responsibility network.
public struct NetworkSummary: Sendable, Hashable {
  /// Nodes.
  public var nodes: Int
  /// Undirected edges.
  public var edges: Int
  /// 2E / (N(N-1)); `nx.density(G)`.
  public var density: Double
  /// Connected components; `nx.number_connected_components(G)`.
  public var components: Int
  /// Mean local clustering, zeros included; `nx.average_clustering(G)`.
  public var averageClustering: Double
  /// Freeman degree centralization: Σ(d_max − d_i) / ((N−1)(N−2)).
  public var degreeCentralization: Double
  /// Freeman betweenness centralization on normalized betweenness: Σ(b_max − b_i) / (N−1).
  public var betweennessCentralization: Double
  /// Weighted modularity of the Louvain communities.
  public var modularity: Double
  /// Number of communities.
  public var communities: Int

  /// Computes the summary from per-node measures.
  public init(
    graph: WeightedGraph, degree: [Int], betweenness: [Double], clustering: [Double],
    community: [Int]
  ) {
    let n = graph.nodeCount
    nodes = n
    edges = graph.edgeCount
    density = n > 1 ? 2 * Double(edges) / (Double(n) * Double(n - 1)) : 0
    components = Self.countComponents(graph)
    averageClustering = n > 0 ? clustering.reduce(0, +) / Double(n) : 0
    let maxDegree = degree.max() ?? 0
    degreeCentralization =
      n > 2 ? Double(degree.reduce(0) { $0 + maxDegree - $1 }) / (Double(n - 1) * Double(n - 2)) : 0
    let maxBetweenness = betweenness.max() ?? 0
    betweennessCentralization =
      n > 1 ? betweenness.reduce(0) { $0 + maxBetweenness - $1 } / Double(n - 1) : 0
    modularity = graph.modularity(of: community)
    communities = Set(community).count
  }

  private static func countComponents(_ graph: WeightedGraph) -> Int {
    var seen = [Bool](repeating: false, count: graph.nodeCount)
    var count = 0
    var stack: [Int] = []
    for start in 0..<graph.nodeCount where !seen[start] {
      count += 1
      seen[start] = true
      stack.append(start)
      while let v = stack.popLast() {
        for w in graph.neighbors(of: v) where !seen[Int(w)] {
          seen[Int(w)] = true
          stack.append(Int(w))
        }
      }
    }
    return count
  }
}
