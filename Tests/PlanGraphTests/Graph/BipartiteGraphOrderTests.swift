import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Bipartite graph: actors in key order")
struct BipartiteGraphOrderTests {
  /// Names that first differ in their 11th byte (the second of the two words the sort reads
  /// first), and in their 19th, 23rd and 25th (past the 16 it reads, so compared whole); one
  /// name in two kinds; ASCII and full-width forms beside Chinese.
  static let plainNames: [(String, Assignee.Kind)] = [
    ("市发展和改革委员会", .unit), ("市发展和改革局", .unit), ("市人民政府办公室", .unit),
    ("市人民政府办公厅", .unit), ("市人民政府办公室秘书科", .unit), ("各有关部门", .collective),
    ("各有关部门", .unit), ("刘兴达", .leader), ("市", .unit), ("ABC市", .unit), ("ＡＢＣ市", .unit),
    ("市财政局", .unit),
    ("市教育局", .unit), ("市教育厅", .unit),
  ]

  /// One document per jurisdiction, one task naming every name in `names`.
  static func documents(_ jurisdictions: [String], _ names: [(String, Assignee.Kind)])
    -> [Document]
  {
    jurisdictions.enumerated().map { number, jurisdiction in
      let assignments = names.map { name, kind in
        Assignment(
          assignee: Assignee(name: name, kind: kind),
          role: kind == .leader ? .leadLeader : .responsibleUnit, writtenAs: name, line: 3)
      }
      let task = PlanTask(
        id: "d\(number)#1", number: 1, text: "任务", line: 2, assignments: assignments)
      return Document(
        id: "d\(number)", source: "d\(number).txt", kind: .plan,
        metadata: DocumentMetadata(jurisdiction: jurisdiction), plan: TaskPlan(tasks: [task]))
    }
  }

  @Test("Plainly NFC keys come out as ActorKey's < sorts them")
  func plainKeys() {
    let graph = BipartiteGraph(documents: Self.documents(["锦州市", "海城市", "锦州"], Self.plainNames))
    #expect(graph.actors.count == 3 * Self.plainNames.count)
    #expect(graph.actors == graph.actors.sorted())
    #expect(graph.actors.first == ActorKey(jurisdiction: "海城市", name: "ABC市", kind: .unit))
    // 厅 (E5 8E 85) sorts before 室 (E5 AE A4): their 23rd bytes decide, past the 16 read first.
    let office = graph.actors.filter { $0.jurisdiction == "锦州" && $0.name.hasPrefix("市人民政府办公") }
    #expect(office.map(\.name) == ["市人民政府办公厅", "市人民政府办公室", "市人民政府办公室秘书科"])
    let collective = graph.actors.filter { $0.jurisdiction == "锦州市" && $0.name == "各有关部门" }
    #expect(collective.map(\.kind) == [.collective, .unit])
  }

  @Test("A key that is not plainly NFC still sorts as <, among plain ones")
  func mixedKeys() {
    let names =
      Self.plainNames + [("\u{F900}市", .unit), ("caf\u{E9}", .unit), ("cafe\u{301}局", .unit)]
    let graph = BipartiteGraph(documents: Self.documents(["锦州市", "\u{F900}市"], names))
    #expect(graph.actors.count == 2 * names.count)
    #expect(graph.actors == graph.actors.sorted())
  }

  @Test("The actors of two real plans are in key order")
  func realPlans() throws {
    let documents = try [Fixture.jinzhou2025, .haicheng2023].map {
      try DocumentParser().parse(path: $0.path)
    }
    let graph = BipartiteGraph(documents: documents)
    #expect(graph.actors.count > 100)
    #expect(zip(graph.actors, graph.actors.dropFirst()).allSatisfy { $0 < $1 })
  }
}
