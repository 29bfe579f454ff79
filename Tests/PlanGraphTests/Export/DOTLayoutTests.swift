import PlanGraph
import Testing

@Suite("DOT layout by size")
struct DOTLayoutTests {
  @Test("Curved edges up to 80,000 nodes × edges, straight neato to 2,000 edges, sfdp above")
  func thresholds() {
    // The fixtures' co-responsibility networks (Liaoning: 90 units, 873 ties) keep splines.
    #expect(
      DOTWriter.layoutAttributes(nodes: 90, edges: 873)
        == "layout=neato, overlap=false, splines=true")
    // Liaoning's bipartite graph (341 nodes, 1,461 edges) ran for minutes with splines.
    #expect(
      DOTWriter.layoutAttributes(nodes: 341, edges: 1_461)
        == "layout=neato, overlap=prism, splines=false")
    #expect(
      DOTWriter.layoutAttributes(nodes: 900, edges: 5_000)
        == "layout=sfdp, overlap=prism, splines=false")
  }
}
