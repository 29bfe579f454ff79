import PlanGraph

/// The co-responsibility network of a plan: units linked by the tasks they share, with node
/// centralities, communities and whole-network measures.
///
/// Definitions (design.md): two distinct specific units named on one task in any unit role
/// are linked; `sharedTasks` counts such tasks and the weight sums 1/(n-1) over them.
/// Centralities use the unweighted graph; communities use the weights.
public struct CoResponsibilityNetwork: Sendable {
  /// The projected graph.
  public var graph: WeightedGraph
  /// The actor behind each node.
  public var actors: [ActorKey]
  /// Neighbours per node (`G.degree`).
  public var degree: [Int]
  /// Sum of edge weights per node (`G.degree(weight="weight")`).
  public var strength: [Double]
  /// Normalized betweenness per node.
  public var betweenness: [Double]
  /// Wasserman–Faust closeness per node.
  public var closeness: [Double]
  /// Local clustering coefficient per node.
  public var clustering: [Double]
  /// Louvain community per node, 0 the largest.
  public var community: [Int]
  /// Whole-network measures.
  public var summary: NetworkSummary

  /// Computes the network of all plans in `bipartite`.
  /// - Complexity: O(V·E) for betweenness and closeness.
  public init(_ bipartite: BipartiteGraph, includeCollectives: Bool = false) {
    self.init(
      graph: bipartite.coResponsibility(includeCollectives: includeCollectives),
      bipartite: bipartite)
  }

  /// Computes the measures of an already projected `graph` over `bipartite`'s actors.
  public init(graph: WeightedGraph, bipartite: BipartiteGraph) {
    self.graph = graph
    actors = graph.actors.map { bipartite.actors[Int($0)] }
    degree = (0..<graph.nodeCount).map(graph.degree(of:))
    strength = (0..<graph.nodeCount).map(graph.strength(of:))
    (betweenness, closeness) = graph.betweennessAndCloseness(normalized: true)
    clustering = graph.clustering()
    community = graph.louvainCommunities()
    summary = NetworkSummary(
      graph: graph, degree: degree, betweenness: betweenness, clustering: clustering,
      community: community)
  }

  /// The node index of the unit named `name`, if it is in the network.
  public func node(named name: String) -> Int? { actors.firstIndex { $0.name == name } }

  /// The edges sorted heaviest first: by shared tasks, then weight, then names.
  public var strongestEdges: [WeightedGraph.EdgeRecord] {
    guard let rank = nameRanks else {
      return graph.edges.sorted {
        ($0.sharedTasks, $0.weight, actors[Int($1.a)].name, actors[Int($1.b)].name)
          > ($1.sharedTasks, $1.weight, actors[Int($0.a)].name, actors[Int($0.b)].name)
      }
    }
    return graph.edges.sorted {
      ($0.sharedTasks, $0.weight, rank[Int($1.a)], rank[Int($1.b)])
        > ($1.sharedTasks, $1.weight, rank[Int($0.a)], rank[Int($0.b)])
    }
  }

  /// Each actor's name as a rank that orders as the names do, or `nil`.
  ///
  /// Equal names get equal ranks. Ranks exist when the actors stand in name order, as one
  /// plan's do; sorting edges by rank spares a `String` comparison for every pair of edges of
  /// equal weight.
  private var nameRanks: [Int]? {
    var ranks: [Int] = []
    ranks.reserveCapacity(actors.count)
    var rank = 0
    for index in actors.indices {
      if index > 0 {
        let previous = actors[index - 1].name
        let name = actors[index].name
        if !previous.utf8Equals(name) {
          if previous.sortsBefore(name) {
            rank += 1
          } else if previous != name {
            return nil
          }
        }
      }
      ranks.append(rank)
    }
    return ranks
  }

  /// The ego network of `node`: it, its neighbours and the edges among them.
  public func egoNetwork(of node: Int, bipartite: BipartiteGraph) -> CoResponsibilityNetwork {
    let members = Set(
      [graph.actors[node]] + graph.neighbors(of: node).map { graph.actors[Int($0)] })
    var pairs: [ActorPair: (count: Int, weight: Double)] = [:]
    for edge in graph.edges {
      let a = graph.actors[Int(edge.a)]
      let b = graph.actors[Int(edge.b)]
      if members.contains(a) && members.contains(b) {
        pairs[ActorPair(a, b)] = (edge.sharedTasks, edge.weight)
      }
    }
    return CoResponsibilityNetwork(
      graph: WeightedGraph(actors: members.sorted(), edges: pairs), bipartite: bipartite)
  }
}
