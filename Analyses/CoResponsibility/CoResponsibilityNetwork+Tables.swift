import PlanGraph

extension CoResponsibilityNetwork {
  /// Rows of `coresponsibility_nodes.csv` for document `documentID`, in node order.
  public func nodeRows(documentID: String) -> [[Table.Cell]] {
    TableRows.table(header: Self.nodeHeader) { appendNodes(documentID: documentID, to: &$0) }.rows
  }

  /// The node rows, one cell at a time, to a table or straight to CSV.
  func appendNodes<Rows: RowSink & ~Copyable>(documentID: String, to rows: inout Rows) {
    let document = PreparedText(documentID)
    for i in actors.indices {
      rows.append(prepared: document)
      rows.append(.text(actors[i].name))
      rows.append(.integer(degree[i]))
      rows.append(.number(strength[i]))
      rows.append(.number(betweenness[i]))
      rows.append(.number(closeness[i]))
      rows.append(.number(clustering[i]))
      rows.append(.integer(community[i]))
      rows.append(.text(AgencyFunctions.shipped.function(of: actors[i].name).id))
      rows.endRow()
    }
  }

  /// Rows of `coresponsibility_edges.csv` for document `documentID`, heaviest first.
  public func edgeRows(documentID: String) -> [[Table.Cell]] {
    TableRows.table(header: Self.edgeHeader) { appendEdges(documentID: documentID, to: &$0) }.rows
  }

  /// The edge rows, one cell at a time, to a table or straight to CSV; `edges` are
  /// `strongestEdges` when the caller has sorted them already.
  func appendEdges<Rows: RowSink & ~Copyable>(
    documentID: String, to rows: inout Rows, edges: [WeightedGraph.EdgeRecord]? = nil
  ) {
    // Each unit stands in several edges: its name is encoded once, as the document's id.
    let document = PreparedText(documentID)
    let names = actors.map { PreparedText($0.name) }
    for edge in edges ?? strongestEdges {
      rows.append(prepared: document)
      rows.append(prepared: names[Int(edge.a)])
      rows.append(prepared: names[Int(edge.b)])
      rows.append(.integer(edge.sharedTasks))
      rows.append(.number(edge.weight))
      rows.endRow()
    }
  }

  /// The header of `coresponsibility_nodes.csv`.
  public static let nodeHeader = [
    "doc_id", "unit", "degree", "strength", "betweenness", "closeness", "clustering", "community",
    "function",
  ]
  /// The header of `coresponsibility_edges.csv`.
  public static let edgeHeader = ["doc_id", "unit_a", "unit_b", "shared_tasks", "weight"]
}
