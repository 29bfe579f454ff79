import PlanGraph

/// The workload charts of a plan's page, drawn as inline SVG by the project.
///
/// A horizontal bar chart of lead and responsible tasks of the top units, and the Lorenz curve
/// behind the Gini coefficient. Each has a `<title>` and `<desc>` and a table beside it on the
/// page; both print (lead bars are dark, responsible bars light, and the numbers are written).
public enum WorkloadCharts {
  /// Bars for the `limit` units with most lead tasks (then most tasks): lead tasks solid,
  /// responsible tasks after them, lighter; the numbers at the end of each bar.
  public static func bars(_ analysis: PlanAnalysis, limit: Int = 15) -> String? {
    let units = analysis.unitLoad.filter { $0.unit.kind == .unit }.prefix(limit)
    guard let most = units.map({ $0.leadTasks + $0.responsibleTasks }).max(), most > 0 else {
      return nil
    }
    let label = 150.0
    let plot = 360.0
    let row = 20.0
    let top = 28.0
    let width = label + plot + 70
    let height = top + Double(units.count) * row + 10
    func f(_ x: Double) -> String { Table.format((x * 10).rounded() / 10) }
    var svg =
      "<svg class=\"chart\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" "
      + "role=\"img\" font-size=\"12\"><title>Lead and responsible tasks of the top \(units.count) units</title>"
      + "<desc>\(HTMLReport.escape(units.map { "\($0.unit.name): \($0.leadTasks) lead, \($0.responsibleTasks) responsible" }.joined(separator: "; ")))</desc>"
      + "<rect x=\"\(f(label))\" y=\"6\" width=\"12\" height=\"10\" fill=\"#1f3b57\"/>"
      + "<text x=\"\(f(label + 16))\" y=\"15\">lead</text>"
      + "<rect x=\"\(f(label + 60))\" y=\"6\" width=\"12\" height=\"10\" fill=\"#9fb7cf\"/>"
      + "<text x=\"\(f(label + 76))\" y=\"15\">responsible</text>"
    for (index, load) in units.enumerated() {
      let y = top + Double(index) * row
      let lead = Double(load.leadTasks) / Double(most) * plot
      let shared = Double(load.responsibleTasks) / Double(most) * plot
      svg +=
        "<text x=\"\(f(label - 6))\" y=\"\(f(y + 13))\" text-anchor=\"end\">"
        + "\(HTMLReport.escape(Self.shortened(load.unit.name)))</text>"
        + "<rect x=\"\(f(label))\" y=\"\(f(y + 3))\" width=\"\(f(lead))\" height=\"13\" fill=\"#1f3b57\">"
        + "<title>\(HTMLReport.escape(load.unit.name)): \(load.leadTasks) lead</title></rect>"
        + "<rect x=\"\(f(label + lead))\" y=\"\(f(y + 3))\" width=\"\(f(shared))\" height=\"13\" fill=\"#9fb7cf\">"
        + "<title>\(HTMLReport.escape(load.unit.name)): \(load.responsibleTasks) responsible</title></rect>"
        + "<text x=\"\(f(label + lead + shared + 4))\" y=\"\(f(y + 13))\" fill=\"#333\">"
        + "\(load.leadTasks) + \(load.responsibleTasks)</text>"
    }
    return svg + "</svg>"
  }

  /// The Lorenz curve of lead tasks over the leading units, with the line of equality; the
  /// Gini coefficient is twice the area between them.
  public static func lorenz(_ analysis: PlanAnalysis) -> String? {
    let values = analysis.unitLoad.filter { $0.unit.kind == .unit && $0.leadTasks > 0 }
      .map { Double($0.leadTasks) }.sorted()
    let total = values.reduce(0, +)
    guard values.count >= 2, total > 0 else { return nil }
    let size = 220.0
    let margin = 34.0
    func f(_ x: Double) -> String { Table.format((x * 10).rounded() / 10) }
    func point(_ share: Double, _ cumulative: Double) -> String {
      "\(f(margin + share * size)),\(f(margin + size - cumulative * size))"
    }
    var points = [point(0, 0)]
    var running = 0.0
    for (index, value) in values.enumerated() {
      running += value
      points.append(point(Double(index + 1) / Double(values.count), running / total))
    }
    let gini = Table.format((analysis.distribution.gini * 1000).rounded() / 1000)
    let side = f(size + 2 * margin)
    return
      "<svg class=\"chart\" width=\"\(side)\" height=\"\(side)\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" font-size=\"11\">"
      + "<title>Lorenz curve of lead tasks: Gini \(gini)</title>"
      + "<desc>\(values.count) leading units; the lowest half of them lead "
      + "\(Table.format((Self.share(values, below: 0.5) * 1000).rounded() / 10))% of the lead tasks.</desc>"
      + "<rect x=\"\(f(margin))\" y=\"\(f(margin))\" width=\"\(f(size))\" height=\"\(f(size))\" fill=\"none\" stroke=\"#bbb\"/>"
      + "<line x1=\"\(f(margin))\" y1=\"\(f(margin + size))\" x2=\"\(f(margin + size))\" y2=\"\(f(margin))\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"
      + "<polygon points=\"\(points.joined(separator: " ")) \(point(1, 0))\" fill=\"#1f3b57\" fill-opacity=\"0.15\"/>"
      + "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#1f3b57\" stroke-width=\"2\"/>"
      + "<text x=\"\(f(margin))\" y=\"\(f(margin + size + 16))\">units, fewest lead tasks first →</text>"
      + "<text x=\"\(f(margin - 6))\" y=\"\(f(margin + 4))\" text-anchor=\"end\">100%</text>"
      + "<text x=\"\(f(margin + 8))\" y=\"\(f(margin + 16))\">share of lead tasks · Gini \(gini)</text>"
      + "</svg>"
  }

  /// The share of the total held by the lowest `fraction` of `sorted` values.
  static func share(_ sorted: [Double], below fraction: Double) -> Double {
    let total = sorted.reduce(0, +)
    guard total > 0 else { return 0 }
    let count = Int((Double(sorted.count) * fraction).rounded(.down))
    return sorted.prefix(count).reduce(0, +) / total
  }

  /// A name cut to 12 characters for a chart label (the full name is in the bar's title).
  static func shortened(_ name: String) -> String {
    name.count > 12 ? String(name.prefix(11)) + "…" : name
  }
}
