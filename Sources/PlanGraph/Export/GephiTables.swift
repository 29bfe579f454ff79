/// Gephi's spreadsheet import: a node table `Id,Label,…` and an edge table
/// `Source,Target,Type,Weight`, over the graphs of several documents.
///
/// Ids are `doc_id:node id`, so graphs of different documents never merge in Gephi.
public enum GephiTables {
  /// The graphs of several documents, each with its document's id.
  public typealias Graphs = [(id: String, network: GraphDescription)]

  /// `gephi_nodes.csv`: Id, Label, doc_id, kind, community, size.
  public static func nodes(_ graphs: Graphs) -> Table {
    TableRows.table(header: ["Id", "Label", "doc_id", "kind", "community", "size"]) {
      appendNodes(of: graphs, to: &$0)
    }
  }

  /// `gephi_nodes.csv`'s rows, encoded as CSV straight away.
  public static func appendNodeRows(of graphs: Graphs, to rows: inout CSVRows) {
    appendNodes(of: graphs, to: &rows)
  }

  /// `gephi_edges.csv`: Source, Target, Type (Undirected), Weight, shared_tasks.
  public static func edges(_ graphs: Graphs) -> Table {
    TableRows.table(header: ["Source", "Target", "Type", "Weight", "shared_tasks"]) {
      appendEdges(of: graphs, to: &$0)
    }
  }

  /// `gephi_edges.csv`'s rows, encoded as CSV straight away.
  public static func appendEdgeRows(of graphs: Graphs, to rows: inout CSVRows) {
    appendEdges(of: graphs, to: &rows)
  }

  private static let colon = UInt8(ascii: ":")

  private static func appendNodes<Rows: RowSink & ~Copyable>(of graphs: Graphs, to rows: inout Rows)
  {
    for (id, graph) in graphs {
      for node in graph.nodes {
        rows.appendJoined(id, colon, node.id)
        rows.append(.text(node.label))
        rows.append(.text(id))
        rows.append(.text(node.kind))
        rows.append(.optional(node.group))
        rows.append(node.size.map { .number($0) } ?? .empty)
        rows.endRow()
      }
    }
  }

  /// The edge type of every row.
  private static let undirected = PreparedText("Undirected")

  private static func appendEdges<Rows: RowSink & ~Copyable>(of graphs: Graphs, to rows: inout Rows)
  {
    for (id, graph) in graphs {
      for edge in graph.edges {
        rows.appendJoined(id, colon, edge.source)
        rows.appendJoined(id, colon, edge.target)
        rows.append(prepared: undirected)
        rows.append(.number(edge.weight))
        rows.append(.optional(edge.sharedTasks))
        rows.endRow()
      }
    }
  }
}
