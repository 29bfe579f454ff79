/// Writes graphs in Graphviz DOT: UTF-8 without a byte-order mark, a CJK font list on graph,
/// nodes and edges, every string quoted and escaped.
///
/// Nodes are coloured by community (or by kind when there is none) and edges are drawn wider
/// the heavier they are, so the strongest ties stand out at the size of a real plan. The
/// layout follows the graph's size (`layoutAttributes(nodes:edges:)`) so that every drawing
/// renders in a few seconds; `dot -Tsvg` honours the graph's `layout`.
public struct DOTWriter: Sendable {
  /// The font list design.md asks for: fonts that carry Chinese on Linux, macOS and Windows.
  public static let fontList = "Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,SimHei"

  /// A qualitative palette for communities (ColorBrewer Set3, 12 colours).
  public static let palette = [
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
    "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
  ]

  /// The fill colour of each node kind when no community is known.
  public static let kindColors = [
    "leader": "#fdb462", "unit": "#80b1d3", "collective": "#d9d9d9", "task": "#ffffff",
  ]

  /// Creates a writer.
  public init() {}

  /// The DOT text of `graph`.
  public func string(for graph: GraphDescription) -> String {
    // Written as bytes: appending non-ASCII Strings checks grapheme boundaries at each join.
    var out = ByteText()
    let font = Self.quoted(Self.fontList)
    let name = Self.quoted(graph.name)
    out.line("graph ", name, " {")
    out.line(
      "  graph [fontname=", font, ", ",
      Self.layoutAttributes(nodes: graph.nodes.count, edges: graph.edges.count),
      ", sep=\"+6\", outputorder=edgesfirst, label=", name,
      ", labelloc=t, fontsize=20];")
    out.line(
      "  node [fontname=", font,
      ", shape=box, style=\"rounded,filled\", fontsize=12, penwidth=0.6];")
    out.line("  edge [fontname=", font, ", color=\"#55555588\"];")
    let maxWeight = graph.edges.map(\.weight).max() ?? 1
    let maxSize = graph.nodes.compactMap(\.size).max() ?? 1
    for node in graph.nodes {
      let color =
        node.group.map { Self.palette[$0 % Self.palette.count] } ?? Self.kindColors[node.kind]
        ?? "#ffffff"
      out.add("  ")
      out.dotQuoted(node.id)
      out.add(" [label=")
      out.dotQuoted(node.label)
      out.add(", fillcolor=")
      out.dotQuoted(color)
      if node.kind == "task" {
        out.add(", shape=ellipse, fontsize=9")
      } else if node.kind == "leader" {
        out.add(", shape=octagon")
      }
      if let size = node.size, maxSize > 0 {
        out.add(", fontsize=", Table.format((10 + 10 * size / maxSize).rounded()))
      }
      out.line("];")
    }
    for edge in graph.edges {
      let width = 0.4 + 5 * edge.weight / (maxWeight > 0 ? maxWeight : 1)
      out.add("  ")
      out.dotQuoted(edge.source)
      out.add(" -- ")
      out.dotQuoted(edge.target)
      out.add(" [penwidth=", Table.format((width * 100).rounded() / 100))
      if let shared = edge.sharedTasks {
        out.add(", tooltip=\"\(shared) shared tasks\"")
      }
      if let role = edge.role {
        out.add(", style=", role == "lead_unit" || role == "lead_leader" ? "solid" : "dashed")
      }
      out.line("];")
    }
    out.line("}")
    return out.string
  }

  /// The Graphviz layout settings for a graph of `nodes` and `edges`.
  ///
  /// Routing edges as splines around nodes costs Graphviz about nodes × edges (a 341-node,
  /// 1,461-edge bipartite plan ran for minutes), so curved edges are kept only up to 80,000
  /// for that product (under 3 s here); larger graphs get straight edges with `prism`
  /// overlap removal, by `neato` up to 2,000 edges and by the multiscale `sfdp` above.
  public static func layoutAttributes(nodes: Int, edges: Int) -> String {
    if nodes * edges <= 80_000 { return "layout=neato, overlap=false, splines=true" }
    if edges <= 2_000 { return "layout=neato, overlap=prism, splines=false" }
    return "layout=sfdp, overlap=prism, splines=false"
  }

  /// Whether `text` holds a quote, backslash or line break, which `quoted(_:)` escapes.
  static func needsEscaping(_ text: String) -> Bool {
    text.utf8.contains { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A || $0 == 0x0D }
  }

  /// `text` as a DOT double-quoted string: backslash, quote and line breaks escaped.
  public static func quoted(_ text: String) -> String {
    // Most names need nothing: one byte scan and the string in quotes.
    if !needsEscaping(text) { return "\"" + text + "\"" }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": break
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension ByteText {
  /// Appends `text` as `DOTWriter.quoted(_:)` writes it, without building the String.
  mutating func dotQuoted(_ text: String) {
    if DOTWriter.needsEscaping(text) { add(DOTWriter.quoted(text)) } else { add("\"", text, "\"") }
  }
}
