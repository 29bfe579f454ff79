import PlanGraph
import Testing

@Suite("Graph writers")
struct GraphWriterTests {
  static let graph = GraphDescription(
    name: "t \"q\"",
    nodes: [
      .init(id: "a", label: "市\"商\\务局", kind: "unit", group: 0, size: 2),
      .init(id: "b", label: "x<y&z", kind: "leader"),
    ],
    edges: [.init(source: "a", target: "b", weight: 2, sharedTasks: 3)])

  @Test("DOT quotes and escapes labels and carries the CJK font list")
  func dot() {
    let text = DOTWriter().string(for: Self.graph)
    #expect(text.hasPrefix("graph \"t \\\"q\\\"\" {"))
    #expect(text.contains("label=\"市\\\"商\\\\务局\""))
    #expect(
      text.components(
        separatedBy: "fontname=\"Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,SimHei\""
      ).count == 4)
    #expect(text.contains("\"a\" -- \"b\" [penwidth=5.4, tooltip=\"3 shared tasks\"];"))
    #expect(!text.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
  }

  @Test("GraphML escapes XML and keeps weights")
  func graphML() {
    let text = GraphMLWriter().string(for: Self.graph)
    #expect(text.contains("<data key=\"label\">x&lt;y&amp;z</data>"))
    #expect(text.contains("<data key=\"weight\">2</data>"))
    #expect(text.contains("<graph id=\"t &quot;q&quot;\" edgedefault=\"undirected\">"))
  }

  @Test("--min-weight drops light edges and the nodes they leave alone")
  func filter() {
    let filtered = Self.graph.filtered(minimumWeight: 3)
    #expect(filtered.edges.isEmpty)
    #expect(filtered.nodes.isEmpty)
    #expect(Self.graph.filtered(minimumWeight: 2).nodes.count == 2)
  }

  @Test(
    "Display width counts CJK as two columns",
    arguments: [("市商务局", 8), ("GDP 6%", 6), ("（一）", 6), ("王健a", 5)])
  func width(text: String, columns: Int) {
    #expect(TextTable.width(of: text) == columns)
  }

  @Test("Text tables align by display width and right-align numbers")
  func textTable() {
    var table = Table(header: ["unit", "lead"])
    table.append([.text("市发展改革委"), .integer(29)])
    table.append([.text("团市委"), .integer(1)])
    #expect(
      TextTable().string(for: table)
        == "unit          lead\n------------  ----\n市发展改革委    29\n团市委           1\n")
  }
}
