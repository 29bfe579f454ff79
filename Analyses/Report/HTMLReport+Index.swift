import PlanGraph

extension HTMLReport {
  /// `index.html`: the corpus at a glance, every document in one table, the corpus views.
  func indexPage() -> String {
    var navigation = "<a href=\"#overview\">Documents</a>"
    navigation += "<a href=\"#comparison\">Targets compared</a>"
    if entries.contains(where: \.isPlanWithTasks) {
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

  /// The overview: counts, the biggest lead unit and heaviest pair of each plan (a few
  /// plans), and the table of every document.
  func overview() -> String {
    let plans = entries.filter { $0.record.kind == .plan }
    let places = Set(
      entries.map { $0.record.metadata.jurisdictionCode ?? $0.record.metadata.jurisdiction }
    )
    .subtracting([""])
    func fact(_ label: String, _ value: Int) -> String {
      "<div class=\"fact\">\(label)<b>\(value)</b></div>"
    }
    var html = "<section id=\"overview\"><h2>Documents</h2><div class=\"facts\">"
    html += fact("documents", entries.count) + fact("plans", plans.count)
    html += fact("reports", entries.count - plans.count) + fact("places", places.count)
    html += fact("tasks", plans.reduce(0) { $0 + $1.tasks })
    html += fact("assignments", plans.reduce(0) { $0 + $1.assignments })
    html += "</div>"
    let analysed = entries.filter { $0.topUnit != nil }
    if !analysed.isEmpty, analysed.count <= 12 {
      html += "<h3>Who carries the most tasks</h3><div class=\"facts\">"
      for entry in analysed {
        guard let top = entry.topUnit else { continue }
        html +=
          "<div class=\"fact\">\(Self.escape(entry.title))<b>\(Self.escape(top.name))</b>"
          + "leads \(top.leadTasks) of \(entry.tasks) tasks"
        if let pair = entry.heaviestPair {
          html +=
            "<br><span class=\"hint\">heaviest pair: \(Self.escape(pair.a)) · "
            + "\(Self.escape(pair.b)), \(pair.sharedTasks) shared tasks</span>"
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
    var html =
      "<div class=\"scroll\"><table id=\"documents\" class=\"sortable\"><thead><tr>"
      + [
        "document", "place", "level", "year", "kind", "tasks", "top lead unit", "its share",
        "targets", "diagnostics",
      ].map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
    for entry in entries {
      let document = entry.record
      let m = document.metadata
      let name = m.title.isEmpty ? document.id : m.title
      let place = m.jurisdiction.isEmpty ? "place unknown" : m.jurisdiction
      var top = ""
      var share = ""
      var shareValue = "-1"
      if let lead = entry.topUnit, entry.tasks > 0 {
        top = "\(lead.name) (\(lead.leadTasks))"
        let fraction = Double(lead.leadTasks) / Double(entry.tasks)
        share = Table.format((fraction * 1000).rounded() / 10) + "%"
        shareValue = Table.format((fraction * 10000).rounded() / 10000)
      }
      let (errors, warnings) = (entry.errors, entry.warnings)
      html +=
        "<tr><td class=\"wide\"><a href=\"\(Self.href(Self.pagePath(document.id)))\">"
        + "\(Self.escape(name))</a></td><td>\(Self.escape(place))</td>"
        + "<td>\(m.level?.rawValue ?? "")</td><td class=\"num\">\(m.year.map(String.init) ?? "")</td>"
        + "<td>\(document.kind.rawValue)</td><td class=\"num\">\(entry.tasks)</td>"
        + "<td>\(Self.escape(top))</td><td class=\"num\" data-v=\"\(shareValue)\">\(share)</td>"
        + "<td class=\"num\">\(entry.knownTargets)</td>"
        + "<td class=\"num\" data-v=\"\(errors * 100_000 + warnings)\">"
        + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")</td></tr>"
    }
    return html + "</tbody></table></div>"
  }
}
