/// Writes graphs in GraphML for Gephi, yEd, Cytoscape and `networkx.read_graphml`.
public struct GraphMLWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The GraphML document of `graph`, undirected, with label, kind, group and size on nodes
  /// and weight, shared tasks and role on edges.
  public func string(for graph: GraphDescription) -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
      "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>",
      "  <key id=\"group\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>",
      "  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>",
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>",
      "  <key id=\"shared\" for=\"edge\" attr.name=\"shared_tasks\" attr.type=\"int\"/>",
      "  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>",
      "  <graph id=\(Self.attribute(graph.name)) edgedefault=\"undirected\">",
    ]
    for node in graph.nodes {
      lines.append("    <node id=\(Self.attribute(node.id))>")
      lines.append("      <data key=\"label\">\(Self.escaped(node.label))</data>")
      lines.append("      <data key=\"kind\">\(Self.escaped(node.kind))</data>")
      if let group = node.group { lines.append("      <data key=\"group\">\(group)</data>") }
      if let size = node.size {
        lines.append("      <data key=\"size\">\(Table.format(size))</data>")
      }
      lines.append("    </node>")
    }
    for edge in graph.edges {
      lines.append(
        "    <edge source=\(Self.attribute(edge.source)) target=\(Self.attribute(edge.target))>")
      lines.append("      <data key=\"weight\">\(Table.format(edge.weight))</data>")
      if let shared = edge.sharedTasks {
        lines.append("      <data key=\"shared\">\(shared)</data>")
      }
      if let role = edge.role {
        lines.append("      <data key=\"role\">\(Self.escaped(role))</data>")
      }
      lines.append("    </edge>")
    }
    lines += ["  </graph>", "</graphml>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` with XML's special characters escaped.
  public static func escaped(_ text: String) -> String {
    // Most names need nothing: one byte scan and the string itself.
    let clean = !text.utf8.contains { byte in
      byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
    if clean { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default:
        // Control characters other than tab and line breaks are not allowed in XML 1.0.
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func attribute(_ text: String) -> String { "\"\(escaped(text))\"" }
}
