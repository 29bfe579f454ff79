import PlanGraph

extension HTMLReport {
  /// `index.html`: the corpus at a glance, every document in one table, the corpus views.
  func indexPage() -> String {
    var navigation = "<a href=\"#overview\">Documents</a>"
    navigation += "<a href=\"#comparison\">Targets compared</a>"
    if analyses.contains(where: { !$0.document.tasks.isEmpty }) {
      navigation += "<a href=\"#functions\">Functions</a>"
    }
    let body = overview() + comparisonPage() + functionsPage()
    return wrap(title: "PlanGraph report", navigation: navigation, body: body, script: true)
  }

  /// `docs/<doc_id>.html`: one document.
  func documentPage(_ document: Document) -> String {
    let navigation =
      "<a href=\"../index.html\">← All documents</a>"
      + "<a href=\"../index.html#comparison\">Targets compared</a>"
    return wrap(title: title(document), navigation: navigation, body: page(for: document))
  }

  /// The overview: counts, the biggest lead unit of each plan (a few plans), and the table of
  /// every document.
  func overview() -> String {
    let plans = documents.filter { $0.kind == .plan }
    let places = Set(documents.map { $0.metadata.jurisdictionCode ?? $0.metadata.jurisdiction })
      .subtracting([""])
    func fact(_ label: String, _ value: Int) -> String {
      "<div class=\"fact\">\(label)<b>\(value)</b></div>"
    }
    var html = "<section id=\"overview\"><h2>Documents</h2><div class=\"facts\">"
    html += fact("documents", documents.count) + fact("plans", plans.count)
    html += fact("reports", documents.count - plans.count) + fact("places", places.count)
    html += fact("tasks", plans.reduce(0) { $0 + $1.tasks.count })
    html += fact("assignments", plans.reduce(0) { $0 + ($1.plan?.assignments.count ?? 0) })
    html += "</div>"
    if analyses.count <= 12, !analyses.isEmpty {
      html += "<h3>Who carries the most tasks</h3><div class=\"facts\">"
      for analysis in analyses {
        guard let top = analysis.unitLoad.first(where: { $0.unit.kind == .unit }) else { continue }
        html +=
          "<div class=\"fact\">\(Self.escape(title(analysis.document)))<b>\(Self.escape(top.unit.name))</b>"
          + "leads \(top.leadTasks) of \(analysis.document.tasks.count) tasks"
        let network = analysis.network
        if let pair = network.strongestEdges.first {
          html +=
            "<br><span class=\"hint\">heaviest pair: \(Self.escape(network.actors[Int(pair.a)].name)) · "
            + "\(Self.escape(network.actors[Int(pair.b)].name)), \(pair.sharedTasks) shared tasks</span>"
        }
        html += "</div>"
      }
      html += "</div>"
    }
    html += "<h3>Every document</h3>"
    html +=
      "<p class=\"hint\">Click a column's heading to sort by it. Each document's page has its "
      + "workload, network, targets and data quality.</p>"
    html +=
      "<input id=\"filter\" type=\"search\" placeholder=\"Filter: place, year, unit…\" hidden>"
    html += documentsTable()
    return html + "</section>"
  }

  /// The sortable table of every document.
  private func documentsTable() -> String {
    let byID = Dictionary(analyses.map { ($0.document.id, $0) }, uniquingKeysWith: { a, _ in a })
    var html =
      "<div class=\"scroll\"><table id=\"documents\" class=\"sortable\"><thead><tr>"
      + [
        "document", "place", "level", "year", "kind", "tasks", "top lead unit", "its share",
        "targets", "diagnostics",
      ].map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
    for document in documents {
      let m = document.metadata
      let name = m.title.isEmpty ? document.id : m.title
      let place = m.jurisdiction.isEmpty ? "place unknown" : m.jurisdiction
      let errors = document.diagnostics.filter { $0.severity == .error }.count
      let warnings = document.diagnostics.filter { $0.severity == .warning }.count
      var top = ""
      var share = ""
      var shareValue = "-1"
      if let analysis = byID[document.id], !document.tasks.isEmpty,
        let lead = analysis.unitLoad.first(where: { $0.unit.kind == .unit })
      {
        top = "\(lead.unit.name) (\(lead.leadTasks))"
        let fraction = Double(lead.leadTasks) / Double(document.tasks.count)
        share = Table.format((fraction * 1000).rounded() / 10) + "%"
        shareValue = Table.format((fraction * 10000).rounded() / 10000)
      }
      html +=
        "<tr><td class=\"wide\"><a href=\"\(Self.href(Self.pagePath(document.id)))\">"
        + "\(Self.escape(name))</a></td><td>\(Self.escape(place))</td>"
        + "<td>\(m.level?.rawValue ?? "")</td><td class=\"num\">\(m.year.map(String.init) ?? "")</td>"
        + "<td>\(document.kind.rawValue)</td><td class=\"num\">\(document.tasks.count)</td>"
        + "<td>\(Self.escape(top))</td><td class=\"num\" data-v=\"\(shareValue)\">\(share)</td>"
        + "<td class=\"num\">\(document.targets.filter { !$0.indicator.isEmpty }.count)</td>"
        + "<td class=\"num\" data-v=\"\(errors * 100_000 + warnings)\">"
        + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")</td></tr>"
    }
    return html + "</tbody></table></div>"
  }
}
