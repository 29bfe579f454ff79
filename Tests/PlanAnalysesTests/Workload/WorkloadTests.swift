import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Workload and co-responsibility on the real plans")
struct WorkloadTests {
  static func analysis(_ fixture: Fixture) throws -> PlanAnalysis {
    PlanAnalysis(try DocumentParser().parse(path: fixture.path))
  }

  @Test("Lead-task counts: 市发展改革委 29, 省发展改革委 55")
  func leadCounts() throws {
    let jinzhou = try Self.analysis(.jinzhou2025)
    let top = try #require(jinzhou.unitLoad.first)
    #expect(top.unit.name == "市发展改革委")
    #expect(top.leadTasks == 29)
    let liaoning = try Self.analysis(.liaoning2024)
    #expect(liaoning.unitLoad.first?.unit.name == "省发展改革委")
    #expect(liaoning.unitLoad.first?.leadTasks == 55)
  }

  @Test("Jinzhou 2025: the heaviest pair is 市发展改革委-市商务局 with 19 shared tasks")
  func heaviestPair() throws {
    let network = try Self.analysis(.jinzhou2025).network
    let edge = try #require(network.strongestEdges.first)
    let names = Set([network.actors[Int(edge.a)].name, network.actors[Int(edge.b)].name])
    #expect(names == ["市发展改革委", "市商务局"])
    #expect(edge.sharedTasks == 19)
  }

  @Test("Jinzhou 2025 leaders: 王晓科 leads 9 tasks and supervises 1")
  func leaders() throws {
    let loads = try Self.analysis(.jinzhou2025).leaderLoad
    #expect(loads.count == 8)
    #expect(loads.first?.leader.name == "刘希明")
    #expect(loads.first?.leadTasks == 45)
    let wang = try #require(loads.first { $0.leader.name == "王晓科" })
    #expect(wang.leadTasks == 9)
    #expect(wang.supervisedTasks == 1)
  }

  @Test("A plan's workload alone is the full analysis's, and so is its load record")
  func workloadAlone() throws {
    let document = try DocumentParser().parse(path: Fixture.jinzhou2025.path)
    let workload = PlanWorkload(document)
    let analysis = PlanAnalysis(document)
    #expect(workload.unitLoad == analysis.unitLoad)
    #expect(workload.leaderLoad == analysis.leaderLoad)
    #expect(workload.distribution == analysis.distribution)
    #expect(PlaceLoadRecord(workload) == PlaceLoadRecord(analysis))
    #expect(workload.unitLoadRows == PlanAnalysis.unitLoadTable([analysis]).rows)
    #expect(workload.leaderLoadRows == PlanAnalysis.leaderLoadTable([analysis]).rows)
    // Read from the document: 41 units lead tasks; 8 leaders are named after 牵头领导, 刘希明
    // on 45 tasks, the most.
    #expect(workload.distribution.leadingUnits == 41)
    #expect(workload.leaderLoad.count == 8)
    #expect(workload.leaderLoad.first?.leader.name == "刘希明")
    #expect(workload.leaderLoad.first?.leadTasks == 45)
  }

  @Test("The bipartite graph's invariants hold", arguments: Fixture.plans)
  func invariants(fixture: Fixture) throws {
    let graph = try Self.analysis(fixture).graph
    #expect(graph.invariantViolation() == nil)
  }

  @Test("Graphs across documents keep same-named units of different jurisdictions apart")
  func acrossDocuments() throws {
    let documents = try [Fixture.jinzhou2025, .haicheng2023].map {
      try DocumentParser().parse(path: $0.path)
    }
    let graph = BipartiteGraph(documents: documents)
    let commerce = graph.actors.filter { $0.name == "市商务局" }
    #expect(commerce.map(\.jurisdiction) == ["海城市", "锦州市"])
  }
}
