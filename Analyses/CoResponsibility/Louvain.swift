import PlanGraph

extension WeightedGraph {
  /// Communities by the Louvain method on edge weights, deterministic.
  ///
  /// The method is Blondel, Guillaume, Lambiotte and Lefebvre's (2008).
  /// Each level moves nodes, in index order, to the neighbouring community with the largest
  /// modularity gain ΔQ ∝ k_i,in − Σ_tot·k_i / 2m (ties keep the first found), until no node
  /// moves; then communities become nodes and the next level runs, until a level no longer
  /// raises modularity by more than 1e-7. Same graph, same communities: no randomness, where
  /// `nx.community.louvain_communities(G, weight="weight", seed=…)` shuffles nodes by seed.
  /// Communities are numbered by size, largest first, ties by lowest node index.
  /// - Returns: The community index of each node.
  /// - Complexity: O(E) per pass; a few passes per level in practice.
  public func louvainCommunities() -> [Int] {
    var level = LouvainLevel(self)
    var membership = Array(0..<nodeCount)
    var quality = modularity(of: membership)
    while true {
      let (partition, moved) = level.oneLevel()
      guard moved else { break }
      let candidate = membership.map { partition[$0] }
      let candidateQuality = modularity(of: candidate)
      guard candidateQuality - quality > 1e-7 else { break }
      membership = candidate
      quality = candidateQuality
      level = level.aggregated(by: partition)
    }
    return Self.renumbered(membership)
  }

  private static func renumbered(_ membership: [Int]) -> [Int] {
    var members: [Int: [Int]] = [:]
    for (node, community) in membership.enumerated() {
      members[community, default: []].append(node)
    }
    let order = members.values.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    var result = [Int](repeating: 0, count: membership.count)
    for (index, group) in order.enumerated() { for node in group { result[node] = index } }
    return result
  }
}

/// One level of the Louvain method: a weighted graph with self-loops.
private struct LouvainLevel {
  var adjacency: [[(node: Int, weight: Double)]]
  var selfLoops: [Double]
  var totalWeight: Double

  init(_ graph: WeightedGraph) {
    adjacency = (0..<graph.nodeCount).map { u in
      graph.adjacency(of: u).map { (Int(graph.neighbors[$0]), graph.weights[$0]) }
    }
    selfLoops = Array(repeating: 0, count: graph.nodeCount)
    totalWeight = graph.weights.reduce(0, +) / 2
  }

  init(adjacency: [[(node: Int, weight: Double)]], selfLoops: [Double], totalWeight: Double) {
    self.adjacency = adjacency
    self.selfLoops = selfLoops
    self.totalWeight = totalWeight
  }

  /// Moves nodes between communities until none moves; returns communities numbered in
  /// order of first appearance, and whether any node moved.
  func oneLevel() -> (partition: [Int], moved: Bool) {
    let n = adjacency.count
    guard totalWeight > 0 else { return (Array(0..<n), false) }
    let degree = (0..<n).map { u in adjacency[u].reduce(0) { $0 + $1.weight } + 2 * selfLoops[u] }
    var community = Array(0..<n)
    var total = degree
    let twoM = 2 * totalWeight
    var anyMove = false
    var improved = true
    var linkWeight = [Double](repeating: 0, count: n)
    var touched: [Int] = []
    while improved {
      improved = false
      for u in 0..<n {
        let old = community[u]
        touched.removeAll(keepingCapacity: true)
        for (v, w) in adjacency[u] where v != u {
          let c = community[v]
          if linkWeight[c] == 0 && !touched.contains(c) { touched.append(c) }
          linkWeight[c] += w
        }
        total[old] -= degree[u]
        var best = old
        var bestGain = linkWeight[old] - total[old] * degree[u] / twoM
        for c in touched {
          let gain = linkWeight[c] - total[c] * degree[u] / twoM
          if gain > bestGain + 1e-12 {
            bestGain = gain
            best = c
          }
        }
        total[best] += degree[u]
        community[u] = best
        for c in touched { linkWeight[c] = 0 }
        linkWeight[old] = 0
        if best != old {
          improved = true
          anyMove = true
        }
      }
    }
    var number: [Int: Int] = [:]
    let partition = community.map { c -> Int in
      if let k = number[c] { return k }
      number[c] = number.count
      return number.count - 1
    }
    return (partition, anyMove)
  }

  /// The graph whose nodes are the communities of `partition`.
  ///
  /// Community by community, each one's members in index order, with one array of sums by
  /// neighbouring community and the list of those it touched: each sum takes its terms in the
  /// order a pass over all nodes in index order gives them, so the values are exactly those
  /// of one dictionary per community, without hashing a key for every edge.
  func aggregated(by partition: [Int]) -> LouvainLevel {
    let count = (partition.max() ?? -1) + 1
    var members = [[Int]](repeating: [], count: count)
    for u in adjacency.indices { members[partition[u]].append(u) }
    var loops = [Double](repeating: 0, count: count)
    var sums = [Double](repeating: 0, count: count)
    var seen = [Bool](repeating: false, count: count)
    var touched: [Int] = []
    var adjacency: [[(node: Int, weight: Double)]] = []
    adjacency.reserveCapacity(count)
    for cu in 0..<count {
      touched.removeAll(keepingCapacity: true)
      for u in members[cu] {
        loops[cu] += selfLoops[u]
        for (v, w) in self.adjacency[u] {
          let cv = partition[v]
          if cu == cv {
            if u < v { loops[cu] += w }
          } else {
            if !seen[cv] {
              seen[cv] = true
              touched.append(cv)
            }
            sums[cv] += w
          }
        }
      }
      touched.sort()
      adjacency.append(touched.map { (node: $0, weight: sums[$0]) })
      for cv in touched {
        sums[cv] = 0
        seen[cv] = false
      }
    }
    return LouvainLevel(adjacency: adjacency, selfLoops: loops, totalWeight: totalWeight)
  }
}
