/// Gephi's spreadsheet import: a node table `Id,Label,…` and an edge table
/// `Source,Target,Type,Weight`, over the graphs of several documents.
///
/// Ids are `doc_id:node id`, so graphs of different documents never merge in Gephi.
public enum GephiTables {
  /// `gephi_nodes.csv`: Id, Label, doc_id, kind, community, size.
  public static func nodes(_ graphs: [(id: String, network: GraphDescription)]) -> Table {
    var table = Table(header: ["Id", "Label", "doc_id", "kind", "community", "size"])
    for (id, graph) in graphs {
      for node in graph.nodes {
        table.append([
          .text("\(id):\(node.id)"), .text(node.label), .text(id), .text(node.kind),
          .optional(node.group), node.size.map { .number($0) } ?? .empty,
        ])
      }
    }
    return table
  }

  /// `gephi_edges.csv`: Source, Target, Type (Undirected), Weight, shared_tasks.
  public static func edges(_ graphs: [(id: String, network: GraphDescription)]) -> Table {
    var table = Table(header: ["Source", "Target", "Type", "Weight", "shared_tasks"])
    for (id, graph) in graphs {
      for edge in graph.edges {
        table.append([
          .text("\(id):\(edge.source)"), .text("\(id):\(edge.target)"), .text("Undirected"),
          .number(edge.weight), .optional(edge.sharedTasks),
        ])
      }
    }
    return table
  }
}
