import PlanGraph

extension HTMLReport {
  /// The "Functions" section: a documents × functions table of the share of tasks led, cells
  /// shaded by share, and the function network across every plan.
  func functionsPage() -> String {
    let plans = entries.filter(\.isPlanWithTasks)
    guard !plans.isEmpty else { return "" }
    let functions = AgencyFunctions.shipped
    let loads = plans.map(\.functionLoads)
    // Columns: the functions that lead anything, most lead tasks over the corpus first.
    var totals: [String: Int] = [:]
    for load in loads { for (id, value) in load { totals[id, default: 0] += value.leadTasks } }
    let columns = totals.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .map(\.key)
    let labels = Dictionary(
      functions.functions.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    var html = "<section id=\"functions\"><h2>Functions</h2>"
    html +=
      "<p class=\"hint\">Share of each plan's tasks led by agencies of a function, whatever the "
      + "agency is called (市发展改革委, 市发展和改革局 and 省发展改革委 are all 发展改革). Darker is "
      + "more. All values are in function_load.csv.</p>"
    html += "<div class=\"scroll\"><table class=\"heat\"><thead><tr><th>plan</th>"
    for id in columns {
      html += "<th title=\"\(Self.escape(id))\">\(Self.escape(labels[id] ?? id))</th>"
    }
    html += "</tr></thead><tbody>"
    // A few plans one row each; a corpus one row for all (the rows are in function_load.csv).
    var rows = zip(plans.map(\.title), loads).map { ($0, $1) }
    if plans.count > 40 {
      var lead: [String: Int] = [:]
      for load in loads { for (id, value) in load { lead[id, default: 0] += value.leadTasks } }
      let tasks = Double(plans.reduce(0) { $0 + $1.tasks })
      let all = Dictionary(
        uniqueKeysWithValues: lead.map { id, count in
          (
            id,
            FunctionLoad(
              function: id, units: 0, leadTasks: count, totalTasks: 0,
              shareOfTasksLed: Double(count) / max(tasks, 1))
          )
        })
      rows = [("all \(plans.count) plans", all)]
    }
    for (name, load) in rows {
      html += "<tr><th>\(Self.escape(name))</th>"
      for id in columns {
        let share = load[id]?.shareOfTasksLed ?? 0
        // White to deep blue; 30 % of tasks led is the darkest.
        let strength = min(share / 0.3, 1)
        let light = Int((97 - 52 * strength).rounded())
        let ink = strength > 0.6 ? "#fff" : "#222"
        html +=
          "<td style=\"background:hsl(210,60%,\(light)%);color:\(ink)\">"
          + (share > 0 ? String(format: "%.1f%%", share * 100) : "") + "</td>"
      }
      html += "</tr>"
    }
    html += "</tbody></table></div>"
    let network = functionNetwork
    if drawNetworks, !network.sharedTasks.isEmpty,
      let svg = GraphvizRenderer.svg(DOTWriter().string(for: network.graph()))
    {
      html += "<h3>Which functions share tasks</h3><div class=\"network\">\(svg)</div>"
      html +=
        "<p class=\"hint\">A tie for every pair of functions named on one task; thicker is more "
        + "tasks. All pairs are in function_edges.csv.</p>"
    }
    return html + "</section>"
  }
}
