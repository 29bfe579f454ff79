import PlanGraph

extension HTMLReport {
  /// The comparison page: like with like only.
  ///
  /// Per indicator, places × years with a chart; then each place's changes over its years,
  /// each place against the place above it (就高不就低), and, in a small set of documents, a
  /// place left without either shown beside the newest document of its province.
  func comparisonPage() -> String {
    let comparison = TargetComparison(
      entries.map(\.record), vocabulary: vocabulary, relations: [.years, .levels])
    let panel = comparison.panel
    var html = "<section id=\"comparison\"><h2>Targets compared</h2>"
    let places = panel.places.count
    html +=
      "<p>\(panel.entries.count) place-years of \(places) \(places == 1 ? "place" : "places"). "
      + "Changes are read only within one place (its division code) and between a place and "
      + "the place above it; a report's value is used before a plan's of the same place and "
      + "year (≠ marks a disagreement, listed in target_changes.csv).</p>"
    html += byPlaceAndYear(panel)
    html += changesWithinPlaces(comparison)
    html += changesAcrossLevels(comparison)
    html += sideBySide(comparison)
    return html + "</section>"
  }

  private func indicatorName(_ id: String) -> String {
    vocabulary.indicator(id: id).map { "\($0.chineseName) (\(id))" } ?? id
  }

  private func byPlaceAndYear(_ panel: TargetPanel) -> String {
    var html = "<h3>By place and year</h3>"
    var shown = 0
    for indicator in panel.indicators {
      let pivot = TargetTables.pivot(panel, indicator: indicator)
      let values = pivot.rows.reduce(0) { $0 + $1.dropFirst(4).filter { $0 != .empty }.count }
      guard values >= 2 else { continue }
      shown += 1
      html += "<h4>\(Self.escape(indicatorName(indicator)))</h4>"
      if pivot.rows.count <= 60, let svg = TargetChart(panel, indicator: indicator).svg() {
        html += "<div class=\"chart\">\(svg)</div>"
      }
      html += Self.table(pivot, limit: 100)
    }
    if shown == 0 { html += "<p>No indicator is set by more than one document.</p>" }
    return html
  }

  private func changesWithinPlaces(_ comparison: TargetComparison) -> String {
    let changes = comparison.changes.filter { $0.relation == .years }
    var html = "<h3>Within one place, year over year</h3>"
    guard !changes.isEmpty else {
      return html + "<p>No place has documents of two years.</p>"
    }
    var table = Table(header: ["place", "indicator", "from", "to", "change"])
    for change in changes {
      let from = change.from
      let to = change.to
      table.append([
        .text(from.document.metadata.jurisdiction), .text(indicatorName(change.indicator)),
        .text(
          "\(from.document.metadata.year.map(String.init) ?? "?") \(TargetTables.display(from.target))"
        ),
        .text(
          "\(to.document.metadata.year.map(String.init) ?? "?") \(TargetTables.display(to.target))"),
        .text(TargetTables.deltaText(change)),
      ])
    }
    html += Self.table(table, limit: 400)
    return html
  }

  private func changesAcrossLevels(_ comparison: TargetComparison) -> String {
    let changes = comparison.changes.filter { $0.relation == .levels }
    var html = "<h3>From the province down (就高不就低 binding values)</h3>"
    guard !changes.isEmpty else {
      return html
        + "<p>No place has a document of the place above it for the same year or the year before.</p>"
    }
    var table = Table(header: ["place", "above it", "indicator", "above", "own", "gap"])
    for change in changes {
      let from = change.from
      let to = change.to
      func label(_ document: Document) -> String {
        "\(document.metadata.jurisdiction) \(document.metadata.year.map(String.init) ?? "?")"
      }
      table.append([
        .text(label(to.document)), .text(label(from.document)),
        .text(indicatorName(change.indicator)), .text(TargetTables.display(from.target)),
        .text(TargetTables.display(to.target)), .text(TargetTables.deltaText(change)),
      ])
    }
    html += Self.table(table, limit: 400)
    return html
  }

  /// In a set of at most ten place-years, each one no other compares with, beside the newest
  /// place-year of another place of its province: the question users ask of a few documents
  /// (2023 here, 2025 there), answered as two places, never as one place's change.
  private func sideBySide(_ comparison: TargetComparison) -> String {
    let panel = comparison.panel
    guard panel.entries.count <= 10,
      let newest = panel.entries.filter({ $0.year != nil }).max(by: {
        ($0.year!, $0.place.key) < ($1.year!, $1.place.key)
      })
    else { return "" }
    let paired = Set(
      comparison.pairs.flatMap { [$0.from.label, $0.to.label] })
    var html = ""
    for entry in panel.entries where !paired.contains(entry.label) {
      guard entry.place.key != newest.place.key,
        entry.place.provinceCode != nil, entry.place.provinceCode == newest.place.provinceCode
      else { continue }
      let pair = TargetComparison(
        entry.documents + newest.documents, vocabulary: vocabulary, relations: [.places])
      guard let only = pair.pairs.first, !only.changes.isEmpty else { continue }
      html +=
        "<h4>\(Self.escape(only.caption))</h4>"
        + Self.table(TargetTables.comparisonTable([only], vocabulary: vocabulary))
    }
    guard !html.isEmpty else { return "" }
    return "<h3>Different places side by side</h3><p class=\"hint\">Two places are not one place "
      + "changing: read these as a comparison, not a trend.</p>" + html
  }
}
