/// A graph ready to be written as DOT, GraphML or Gephi CSV: labelled nodes and weighted
/// edges with attributes, independent of where it came from.
public struct GraphDescription: Sendable, Hashable {
  /// A node.
  public struct Node: Sendable, Hashable {
    /// A unique id within the graph (written as is in GraphML and Gephi, quoted in DOT).
    public var id: String
    /// The text shown for the node.
    public var label: String
    /// `leader`, `unit`, `collective` or `task`.
    public var kind: String
    /// The community or group the node is coloured by, if any.
    public var group: Int?
    /// A number that sizes the node (load, degree), if any.
    public var size: Double?

    /// Creates a node.
    public init(id: String, label: String, kind: String, group: Int? = nil, size: Double? = nil) {
      self.id = id
      self.label = label
      self.kind = kind
      self.group = group
      self.size = size
    }
  }

  /// An undirected edge.
  public struct Edge: Sendable, Hashable {
    /// The id of one end.
    public var source: String
    /// The id of the other end.
    public var target: String
    /// The weight that sets the line width.
    public var weight: Double
    /// The number of tasks behind the edge, if it counts tasks.
    public var sharedTasks: Int?
    /// The role behind a bipartite edge, if any.
    public var role: String?

    /// Creates an edge.
    public init(
      source: String, target: String, weight: Double, sharedTasks: Int? = nil, role: String? = nil
    ) {
      self.source = source
      self.target = target
      self.weight = weight
      self.sharedTasks = sharedTasks
      self.role = role
    }
  }

  /// The graph's name (a document id and the kind of graph).
  public var name: String
  /// The nodes in a fixed order.
  public var nodes: [Node]
  /// The edges in a fixed order.
  public var edges: [Edge]

  /// Creates a graph description.
  public init(name: String, nodes: [Node], edges: [Edge]) {
    self.name = name
    self.nodes = nodes
    self.edges = edges
  }

  /// The graph without edges lighter than `minimumWeight` and without nodes left with no edge.
  public func filtered(minimumWeight: Double) -> GraphDescription {
    guard minimumWeight > 0 else { return self }
    let kept = edges.filter { $0.weight >= minimumWeight }
    let used = Set(kept.flatMap { [$0.source, $0.target] })
    return GraphDescription(name: name, nodes: nodes.filter { used.contains($0.id) }, edges: kept)
  }
}
