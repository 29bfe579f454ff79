/// One-mode projections of the bipartite graph.
extension BipartiteGraph {
  /// The co-responsibility graph: units linked when they share a task in any unit role.
  ///
  /// Two distinct specific units (collectives too with `includeCollectives`) named on the same
  /// task as lead or responsible unit are linked. `sharedTasks` counts such tasks; the weight
  /// sums Newman's collaboration weight 1/(n-1) over them, n the number of such units on the
  /// task. Every unit named in a unit role is a node, even with no partner.
  /// - Complexity: O(Σ n²) over tasks.
  public func coResponsibility(includeCollectives: Bool = false) -> WeightedGraph {
    let isMember: (Int32) -> Bool = { actor in
      let kind = actors[Int(actor)].kind
      return kind == .unit || (includeCollectives && kind == .collective)
    }
    return project(
      members: { task in
        Self.sortedDistinct(
          edges(ofTask: task).lazy.filter { !$0.role.isLeaderRole && isMember($0.node) }.map(\.node)
        )
      }, newmanWeight: true)
  }

  /// The leader–leader graph: leaders named together on a task, weighted like co-responsibility.
  public func leaderCoLeadership() -> WeightedGraph {
    project(
      members: { task in
        Self.sortedDistinct(
          edges(ofTask: task).lazy.filter {
            $0.role.isLeaderRole && actors[Int($0.node)].kind == .leader
          }.map(\.node))
      }, newmanWeight: true)
  }

  /// The leader–unit portfolio graph: a leader linked to each unit that leads a task the
  /// leader leads or supervises; `sharedTasks` and the weight both count those tasks.
  public func leaderUnitPortfolio() -> WeightedGraph {
    var pairs = PairTally()
    var isNode = [Bool](repeating: false, count: actors.count)
    for task in tasks.indices {
      let edges = edges(ofTask: Int32(task))
      let leaders = Self.sortedDistinct(
        edges.lazy.filter { $0.role.isLeaderRole && actors[Int($0.node)].kind == .leader }
          .map(\.node))
      let units = Self.sortedDistinct(
        edges.lazy.filter { $0.role == .leadUnit && actors[Int($0.node)].kind == .unit }
          .map(\.node))
      for leader in leaders {
        isNode[Int(leader)] = true
        for unit in units {
          isNode[Int(unit)] = true
          pairs.add(leader, unit, weight: 1)
        }
      }
    }
    return WeightedGraph(actors: Self.marked(isNode), actorCount: actors.count, tally: pairs)
  }

  /// The ids whose mark is set, ascending.
  private static func marked(_ isNode: [Bool]) -> [Int32] {
    isNode.indices.filter { isNode[$0] }.map { Int32($0) }
  }

  /// The nodes in increasing order, each once: a task names a handful, so sorting a small
  /// array beats building a set.
  private static func sortedDistinct(_ nodes: some Sequence<Int32>) -> [Int32] {
    var sorted = Array(nodes)
    sorted.sort()
    var kept = 0
    for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
      sorted[kept] = sorted[index]
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }

  private func project(members: (Int32) -> [Int32], newmanWeight: Bool) -> WeightedGraph {
    var pairs = PairTally()
    var isNode = [Bool](repeating: false, count: actors.count)
    for task in tasks.indices {
      let group = members(Int32(task))
      for member in group { isNode[Int(member)] = true }
      guard group.count > 1 else { continue }
      let weight = newmanWeight ? 1.0 / Double(group.count - 1) : 1.0
      for i in group.indices {
        for j in group.indices where j > i {
          pairs.add(group[i], group[j], weight: weight)
        }
      }
    }
    return WeightedGraph(actors: Self.marked(isNode), actorCount: actors.count, tally: pairs)
  }
}
