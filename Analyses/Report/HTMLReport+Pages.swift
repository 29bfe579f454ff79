import PlanGraph

extension HTMLReport {
  /// One document's page.
  func page(for document: Document) -> String {
    let m = document.metadata
    var html =
      "<section id=\"\(Self.anchor(document.id))\"><h2>\(Self.escape(title(document)))</h2>"
    html += "<p>\(Self.escape(m.title))<br><span class=\"hint\">\(Self.escape(document.source))"
    if let date = m.issuedOn { html += " · issued \(date)" }
    if let number = m.documentNumber { html += " · \(Self.escape(number))" }
    html += "</span></p>"
    if let analysis = analyses.first(where: { $0.document.id == document.id }) {
      html += planSummary(analysis) + workload(analysis) + network(analysis)
    }
    html += targets(document) + quality(document)
    return html + "</section>"
  }

  private func planSummary(_ analysis: PlanAnalysis) -> String {
    let plan = analysis.document.plan!
    let d = analysis.distribution
    func fact(_ label: String, _ value: String) -> String {
      "<div class=\"fact\">\(label)<b>\(value)</b></div>"
    }
    return "<div class=\"facts\">"
      + fact("tasks", "\(plan.tasks.count)") + fact("sections", "\(plan.sections.count)")
      + fact("leaders", "\(plan.assignees(of: .leader).count)")
      + fact("units", "\(plan.assignees(of: .unit).count)")
      + fact("top-5 share of lead", Table.format((d.topFiveShare * 1000).rounded() / 10) + "%")
      + fact("Gini of lead tasks", Table.format((d.gini * 1000).rounded() / 1000)) + "</div>"
  }

  private func workload(_ analysis: PlanAnalysis) -> String {
    var units = Table(header: [
      "unit", "kind", "lead tasks", "responsible tasks", "all tasks", "weighted lead",
      "tasks with targets",
    ])
    for load in analysis.unitLoad {
      units.append([
        .text(load.unit.name), .text(load.unit.kind.rawValue), .integer(load.leadTasks),
        .integer(load.responsibleTasks),
        .integer(load.totalTasks), .number(load.weightedLead), .integer(load.quantifiedTasks),
      ])
    }
    var leaders = Table(header: [
      "leader", "lead tasks", "supervised", "units that lead their tasks",
    ])
    for load in analysis.leaderLoad {
      leaders.append([
        .text(load.leader.name), .integer(load.leadTasks), .integer(load.supervisedTasks),
        .text(load.leadUnits.map { "\($0.name) \($0.tasks)" }.joined(separator: "、")),
      ])
    }
    var charts = ""
    if let bars = WorkloadCharts.bars(analysis) { charts += bars }
    if let lorenz = WorkloadCharts.lorenz(analysis) { charts += lorenz }
    return "<h3>Workload</h3>" + (charts.isEmpty ? "" : "<div class=\"charts\">\(charts)</div>")
      + Self.table(units, limit: 25, caption: "Units by lead tasks")
      + Self.table(leaders, caption: "Leaders and their portfolios")
  }

  private func network(_ analysis: PlanAnalysis) -> String {
    let n = analysis.network
    let s = n.summary
    func f(_ x: Double) -> String { Table.format((x * 1000).rounded() / 1000) }
    var html =
      "<h3>Co-responsibility network</h3><p>\(s.nodes) units, \(s.edges) ties, density \(f(s.density)), "
      + "\(s.components) components, average clustering \(f(s.averageClustering)), \(s.communities) communities "
      + "(modularity \(f(s.modularity))). Units are linked when they share a task; thicker lines share more.</p>"
    let drawn = drawnDocuments.map { $0.contains(analysis.document.id) } ?? true
    if drawNetworks, drawn,
      let svg = GraphvizRenderer.svg(
        DOTWriter().string(for: analysis.coResponsibilityGraph(minimumWeight: 1)))
    {
      html +=
        "<div class=\"network\">\(svg)</div><p class=\"hint\">Ties of weight 1 or more; all ties are in coresponsibility_edges.csv.</p>"
    } else if !drawn {
      html +=
        "<p class=\"hint\">Not drawn in a report of this many documents (`--graphs` chooses "
        + "which); the ties are in coresponsibility_edges.csv.</p>"
    } else {
      html +=
        "<p class=\"hint\">Install Graphviz (dot) to see the drawing here; the network is in \(Self.escape(analysis.document.id))/coresponsibility.dot.</p>"
    }
    var pairs = Table(header: ["unit", "unit", "shared tasks", "weight"])
    for edge in n.strongestEdges.prefix(15) {
      pairs.append([
        .text(n.actors[Int(edge.a)].name), .text(n.actors[Int(edge.b)].name),
        .integer(edge.sharedTasks), .number(edge.weight),
      ])
    }
    var central = Table(header: [
      "unit", "degree", "strength", "betweenness", "closeness", "clustering", "community",
    ])
    for i in n.actors.indices.sorted(by: { (n.betweenness[$0], -$0) > (n.betweenness[$1], -$1) })
      .prefix(15)
    {
      central.append([
        .text(n.actors[i].name), .integer(n.degree[i]), .number(n.strength[i]),
        .number(n.betweenness[i]),
        .number(n.closeness[i]), .number(n.clustering[i]), .integer(n.community[i]),
      ])
    }
    return html + Self.table(pairs, caption: "Strongest pairs")
      + Self.table(central, caption: "Most central units (betweenness)")
  }

  private func targets(_ document: Document) -> String {
    guard !document.targets.isEmpty else { return "" }
    var table = Table(header: ["task", "indicator", "as written", "measure", "target", "line"])
    for target in document.targets {
      table.append([
        .text(
          target.taskID.map { "#" + ($0.split(separator: "#").last.map(String.init) ?? "") }
            ?? "headline"),
        .text(target.indicator), .text(target.text), .text(target.measure.rawValue),
        .text(TargetTables.display(target)),
        .integer(target.line),
      ])
    }
    let known = document.targets.filter { !$0.indicator.isEmpty }.count
    return
      "<h3>Targets</h3><p>\(document.targets.count) quantified clauses, \(known) with a known indicator.</p>"
      + Self.table(table, limit: 60)
  }

  private func quality(_ document: Document) -> String {
    var checks = document.diagnostics
    checks += ResponsibilityMatrix.diagnostics(for: document)
    guard !checks.isEmpty else { return "<h3>Data quality</h3><p>No findings.</p>" }
    var html =
      "<h3>Data quality</h3><div class=\"scroll\"><table><thead><tr><th>line</th><th>severity</th><th>code</th><th>message</th></tr></thead><tbody>"
    for d in checks.sorted(by: { $0.location.line < $1.location.line }) {
      html +=
        "<tr><td class=\"num\">\(d.location.line)</td><td class=\"severity-\(d.severity.rawValue)\">\(d.severity.rawValue)</td>"
        + "<td>\(d.code)</td><td>\(Self.escape(d.message))</td></tr>"
    }
    return html + "</tbody></table></div>"
  }
}
