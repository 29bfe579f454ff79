import PlanGraph

extension PlanAnalysis {
  /// The co-responsibility network as a drawable graph: nodes coloured by community and sized
  /// by lead tasks, edges weighted by Newman weight.
  public func coResponsibilityGraph(minimumWeight: Double = 0) -> GraphDescription {
    coResponsibilityGraph(minimumWeight: minimumWeight, edges: network.strongestEdges)
  }

  /// `coResponsibilityGraph(minimumWeight:)` from the network's `strongestEdges`, sorted once
  /// by a caller that also writes them.
  func coResponsibilityGraph(minimumWeight: Double, edges strongest: [WeightedGraph.EdgeRecord])
    -> GraphDescription
  {
    // Lead tasks by unit name (the most, for a name of two kinds), interned by bytes: a
    // `Dictionary` keyed by `String` normalizes every name to hash it.
    var names = NameTable(capacity: unitLoad.count)
    var lead: [Double] = []
    for load in unitLoad {
      let (id, isNew) = names.intern(load.unit.name)
      if isNew {
        lead.append(Double(load.leadTasks))
      } else {
        lead[id] = max(lead[id], Double(load.leadTasks))
      }
    }
    let nodes = network.actors.indices.map { i in
      GraphDescription.Node(
        id: network.actors[i].name, label: network.actors[i].name,
        kind: network.actors[i].kind.rawValue,
        group: network.community[i],
        size: names.id(of: network.actors[i].name).map { lead[$0] } ?? 0)
    }
    let edges = strongest.map { edge in
      GraphDescription.Edge(
        source: network.actors[Int(edge.a)].name, target: network.actors[Int(edge.b)].name,
        weight: edge.weight, sharedTasks: edge.sharedTasks)
    }
    return GraphDescription(name: "\(document.id) co-responsibility", nodes: nodes, edges: edges)
      .filtered(minimumWeight: minimumWeight)
  }

  /// The bipartite graph of actors and tasks; solid edges for lead roles, dashed for the rest.
  public func bipartiteGraph() -> GraphDescription {
    var nodes: [GraphDescription.Node] = []
    var edges: [GraphDescription.Edge] = []
    for (index, actor) in graph.actors.enumerated() {
      nodes.append(
        GraphDescription.Node(
          id: "\(actor.kind.rawValue):\(actor.name)", label: actor.name, kind: actor.kind.rawValue,
          size: Double(graph.edges(ofActor: Int32(index)).count)))
    }
    for (index, task) in graph.tasks.enumerated() {
      let number = task.id.split(separator: "#").last.map(String.init) ?? task.id
      nodes.append(GraphDescription.Node(id: "task:\(number)", label: "#\(number)", kind: "task"))
      for edge in graph.edges(ofTask: Int32(index)) {
        let actor = graph.actors[Int(edge.node)]
        edges.append(
          GraphDescription.Edge(
            source: "\(actor.kind.rawValue):\(actor.name)", target: "task:\(number)", weight: 1,
            role: edge.role.rawValue))
      }
    }
    return GraphDescription(name: "\(document.id) bipartite", nodes: nodes, edges: edges)
  }

  /// The leader–unit portfolio graph: each leader linked to the units that lead their tasks.
  public func leaderUnitGraph() -> GraphDescription {
    let portfolio = graph.leaderUnitPortfolio()
    let nodes = portfolio.actors.map { id -> GraphDescription.Node in
      let actor = graph.actors[Int(id)]
      return GraphDescription.Node(
        id: "\(actor.kind.rawValue):\(actor.name)", label: actor.name, kind: actor.kind.rawValue)
    }
    let edges = portfolio.edges.map { edge -> GraphDescription.Edge in
      GraphDescription.Edge(
        source: nodes[Int(edge.a)].id, target: nodes[Int(edge.b)].id, weight: edge.weight,
        sharedTasks: edge.sharedTasks)
    }
    return GraphDescription(name: "\(document.id) leaders-units", nodes: nodes, edges: edges)
  }
}
