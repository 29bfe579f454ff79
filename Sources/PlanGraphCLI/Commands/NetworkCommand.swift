import PlanAnalyses
import PlanGraph

/// `plangraph network`: the co-responsibility network, its summary, strongest pairs and files.
enum NetworkCommand {
  static let spec = CommandSpec(
    name: "network", summary: "Summarise the co-responsibility network and write DOT or GraphML.",
    arguments:
      "INPUTS... [--dot FILE] [--graphml FILE] [--min-weight W] [--include-collectives] [--ego UNIT] [--top N]",
    discussion: "Units are linked when they share a task; weight sums 1/(n-1) over shared tasks. "
      + "With several plans, --dot and --graphml write the first one.",
    options: [
      .value("dot", "FILE", help: "Write the network as Graphviz DOT."),
      .value("graphml", "FILE", help: "Write the network as GraphML."),
      .value("min-weight", "W", help: "Leave out edges lighter than W in the files (default 0)."),
      .flag("include-collectives", help: "Keep collectives such as 各县(市)区人民政府 as nodes."),
      .value("ego", "UNIT", help: "Only UNIT, its partners and the ties among them."),
      .value("top", "N", help: "How many strongest pairs and central units to print (default 10)."),
    ] + InputOptions.specs,
    examples: [
      "plangraph network Fixtures/plans/jinzhou-2025-plan.txt --dot jinzhou.dot --min-weight 1",
      "plangraph network Fixtures/plans/jinzhou-2025-plan.txt --ego 市商务局",
    ])

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let minimumWeight = try number(arguments.value("min-weight"), name: "--min-weight") ?? 0
    let top = Int(try number(arguments.value("top"), name: "--top") ?? 10)
    let includeCollectives = arguments.flag("include-collectives")
    let ego = arguments.value("ego").map(TextNormalizer.normalize)
    // Each plan is read and its network measured on all cores; this thread prints them in
    // input order as they come and keeps the first for the graph files.
    var first: PlanAnalysis?
    let streamed = try DocumentLoader(arguments).stream(
      arguments.positionals,
      render: { document -> Result<(analysis: PlanAnalysis, text: String), CommandFailure>? in
        guard document.kind == .plan && !document.tasks.isEmpty else { return nil }
        var analysis = PlanAnalysis(document)
        if includeCollectives {
          analysis.network = CoResponsibilityNetwork(analysis.graph, includeCollectives: true)
        }
        if let ego {
          guard let node = analysis.network.node(named: ego) else {
            return .failure(
              .failed(
                "\(document.id): no unit named '\(ego)' in the network; see 'plangraph load'"))
          }
          analysis.network = analysis.network.egoNetwork(of: node, bipartite: analysis.graph)
        }
        return .success((analysis, NetworkReport.text(analysis, top: top)))
      },
      consume: { (output) throws(CommandFailure) in
        guard let output else { return }
        let (analysis, text) = try output.get()
        Console.out(text)
        if first == nil { first = analysis }
      })
    guard let first else { throw .failed("no plan with tasks among the inputs") }
    let graph = first.coResponsibilityGraph(minimumWeight: minimumWeight)
    do {
      if let path = arguments.value("dot") {
        try AtomicFileWriter.write(DOTWriter().string(for: graph), to: path)
      }
      if let path = arguments.value("graphml") {
        try AtomicFileWriter.write(GraphMLWriter().string(for: graph), to: path)
      }
    } catch {
      throw .failed(error.description)
    }
    return streamed.status
  }

  private static func number(_ text: String?, name: String) throws(CommandFailure) -> Double? {
    guard let text else { return nil }
    guard let value = Double(text), value >= 0 else {
      throw .usage("\(name) takes a non-negative number, not '\(text)'")
    }
    return value
  }
}

/// The text `network` prints for one plan.
enum NetworkReport {
  static func text(_ analysis: PlanAnalysis, top: Int) -> String {
    let network = analysis.network
    let s = network.summary
    func f(_ x: Double) -> String { Table.format((x * 1000).rounded() / 1000) }
    var text = "\(analysis.document.id)  \(analysis.document.metadata.jurisdiction)\n"
    text +=
      "  \(s.nodes) units, \(s.edges) ties, density \(f(s.density)), \(s.components) component(s), "
      + "average clustering \(f(s.averageClustering))\n"
    text +=
      "  centralization: degree \(f(s.degreeCentralization)), betweenness \(f(s.betweennessCentralization)); "
      + "\(s.communities) communities, modularity \(f(s.modularity))\n\n"
    var pairs = Table(header: ["unit", "unit", "shared tasks", "weight"])
    for edge in network.strongestEdges.prefix(top) {
      pairs.append([
        .text(network.actors[Int(edge.a)].name), .text(network.actors[Int(edge.b)].name),
        .integer(edge.sharedTasks), .number(edge.weight),
      ])
    }
    var central = Table(header: [
      "unit", "degree", "strength", "betweenness", "closeness", "community",
    ])
    for node in network.actors.indices.sorted(by: {
      (network.betweenness[$0], -$0) > (network.betweenness[$1], -$1)
    }).prefix(top) {
      central.append([
        .text(network.actors[node].name), .integer(network.degree[node]),
        .number(network.strength[node]),
        .number(network.betweenness[node]), .number(network.closeness[node]),
        .integer(network.community[node]),
      ])
    }
    return text + TextTable().string(for: pairs) + "\n" + TextTable().string(for: central) + "\n"
  }
}
