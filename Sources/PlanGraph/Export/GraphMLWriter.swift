/// Writes graphs in GraphML for Gephi, yEd, Cytoscape and `networkx.read_graphml`.
public struct GraphMLWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The GraphML document of `graph`, undirected, with label, kind, group and size on nodes
  /// and weight, shared tasks and role on edges.
  public func string(for graph: GraphDescription) -> String {
    // Written as bytes: appending non-ASCII Strings checks grapheme boundaries at each join.
    var out = ByteText()
    out.line(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
      "\n  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
      "\n  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>",
      "\n  <key id=\"group\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>",
      "\n  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>",
      "\n  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>",
      "\n  <key id=\"shared\" for=\"edge\" attr.name=\"shared_tasks\" attr.type=\"int\"/>",
      "\n  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>",
      "\n  <graph id=", Self.attribute(graph.name), " edgedefault=\"undirected\">")
    for node in graph.nodes {
      out.add("    <node id=\"", Self.escaped(node.id), "\">\n")
      out.line("      <data key=\"label\">", Self.escaped(node.label), "</data>")
      out.line("      <data key=\"kind\">", Self.escaped(node.kind), "</data>")
      if let group = node.group { out.line("      <data key=\"group\">", String(group), "</data>") }
      if let size = node.size {
        out.line("      <data key=\"size\">", Table.format(size), "</data>")
      }
      out.line("    </node>")
    }
    for edge in graph.edges {
      out.add(
        "    <edge source=\"", Self.escaped(edge.source), "\" target=\"", Self.escaped(edge.target),
        "\">\n")
      out.line("      <data key=\"weight\">", Table.format(edge.weight), "</data>")
      if let shared = edge.sharedTasks {
        out.line("      <data key=\"shared\">", String(shared), "</data>")
      }
      if let role = edge.role {
        out.line("      <data key=\"role\">", Self.escaped(role), "</data>")
      }
      out.line("    </edge>")
    }
    out.line("  </graph>")
    out.line("</graphml>")
    return out.string
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
