import PlanGraph

extension CoResponsibilityNetwork {
  /// Rows of `coresponsibility_nodes.csv` for document `documentID`, in node order.
  public func nodeRows(documentID: String) -> [[Table.Cell]] {
    actors.indices.map { i in
      [
        .text(documentID), .text(actors[i].name), .integer(degree[i]), .number(strength[i]),
        .number(betweenness[i]), .number(closeness[i]), .number(clustering[i]),
        .integer(community[i]), .text(AgencyFunctions.shipped.function(of: actors[i].name).id),
      ]
    }
  }

  /// Rows of `coresponsibility_edges.csv` for document `documentID`, heaviest first.
  public func edgeRows(documentID: String) -> [[Table.Cell]] {
    strongestEdges.map { edge in
      [
        .text(documentID), .text(actors[Int(edge.a)].name), .text(actors[Int(edge.b)].name),
        .integer(edge.sharedTasks), .number(edge.weight),
      ]
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
