import PlanGraph

/// One indicator drawn as SVG: a row per place, the value of each year a dot on a shared axis.
///
/// A dumbbell chart rather than lines: with 31 provinces, 31 crossing lines cannot be read,
/// 31 rows can. Each year has a colour (legend on top); a range is a bar from its low to its
/// high value, a stretch goal a tick joined to its value; a faint line joins one place's
/// years; within a row each year sits a few pixels apart, so that equal values of two years
/// both show. Every mark carries a `<title>` with the place, year and target as written, so a
/// browser shows it on hover without JavaScript. Values in another unit than the first are
/// left out (the table beside the chart has them).
public struct TargetChart: Sendable {
  /// The panel drawn from.
  public var panel: TargetPanel
  /// The indicator drawn.
  public var indicator: String

  /// A chart of `indicator` in `panel`.
  public init(_ panel: TargetPanel, indicator: String) {
    self.panel = panel
    self.indicator = indicator
  }

  private static let colours = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
  ]
  private static let rowHeight = 20.0
  private static let labelWidth = 120.0
  private static let plotWidth = 440.0
  private static let top = 44.0

  private struct Mark {
    var row: Int
    var year: Int
    var low: Double
    var high: Double
    var stretch: Double?
    var title: String
  }

  /// The SVG, or nil when fewer than two values can be drawn.
  public func svg() -> String? {
    let years = panel.years
    var rows: [String] = []
    var marks: [Mark] = []
    var unit: String?
    for (place, entries) in panel.places {
      var placed = false
      for entry in entries {
        guard let year = entry.year, let value = entry.value(of: indicator),
          let low = value.target.value
        else { continue }
        let target = value.target
        if unit == nil { unit = target.unit }
        guard target.unit == unit else { continue }
        if !placed {
          rows.append(place.label(nil))
          placed = true
        }
        marks.append(
          Mark(
            row: rows.count - 1, year: year, low: low, high: target.valueHigh ?? low,
            stretch: target.stretch,
            title: "\(place.label(year)): \(TargetTables.display(target)) (\(value.document.id))"))
      }
    }
    guard marks.count >= 2, let unit else { return nil }
    let values = marks.flatMap { [$0.low, $0.high] + ($0.stretch.map { [$0] } ?? []) }
    let (minimum, maximum, step) = Self.axis(values.min()!, values.max()!)
    func x(_ value: Double) -> Double {
      Self.labelWidth + (value - minimum) / (maximum - minimum) * Self.plotWidth
    }
    func y(_ row: Int) -> Double { Self.top + Double(row) * Self.rowHeight + Self.rowHeight / 2 }
    func f(_ value: Double) -> String { Table.format((value * 10).rounded() / 10) }
    let width = Self.labelWidth + Self.plotWidth + 30
    let height = Self.top + Double(rows.count) * Self.rowHeight + 28
    var svg =
      "<svg class=\"chart\" width=\"\(f(width))\" "
      + "height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" "
      + "font-size=\"12\"><title>\(HTMLReport.escape(indicator)) by place and year</title>"
      + "<desc>\(rows.count) places; the table below the chart has every value.</desc>"
    // Legend: one swatch per year.
    for (index, year) in years.enumerated() {
      let left = Self.labelWidth + Double(index) * 64
      svg +=
        "<circle cx=\"\(f(left + 6))\" cy=\"14\" r=\"5\" fill=\"\(Self.colour(index))\"/>"
        + "<text x=\"\(f(left + 15))\" y=\"18\">\(year)</text>"
    }
    // Grid and axis labels.
    var tick = minimum
    let bottom = Self.top + Double(rows.count) * Self.rowHeight
    while tick <= maximum + step / 1000 {
      svg +=
        "<line x1=\"\(f(x(tick)))\" y1=\"\(f(Self.top - 4))\" x2=\"\(f(x(tick)))\" "
        + "y2=\"\(f(bottom))\" stroke=\"#e3e3e3\"/>"
        + "<text x=\"\(f(x(tick)))\" y=\"\(f(bottom + 16))\" text-anchor=\"middle\" "
        + "fill=\"#555\">\(Table.format((tick * 1000).rounded() / 1000))\(HTMLReport.escape(unit))</text>"
      tick += step
    }
    for (row, name) in rows.enumerated() {
      svg +=
        "<text x=\"\(f(Self.labelWidth - 8))\" y=\"\(f(y(row) + 4))\" text-anchor=\"end\">"
        + "\(HTMLReport.escape(name))</text>"
      let own = marks.filter { $0.row == row }
      if let low = own.map(\.low).min(), let high = own.map(\.high).max(), high > low {
        svg +=
          "<line x1=\"\(f(x(low)))\" y1=\"\(f(y(row)))\" x2=\"\(f(x(high)))\" y2=\"\(f(y(row)))\" "
          + "stroke=\"#bbb\" stroke-width=\"2\"/>"
      }
    }
    // Years sit a little apart within a row, so equal values of two years both show.
    let spread = years.count > 1 ? min(4, 12 / Double(years.count - 1)) : 0
    for mark in marks {
      let index = years.firstIndex(of: mark.year) ?? 0
      let colour = Self.colour(index)
      let title = "<title>\(HTMLReport.escape(mark.title))</title>"
      let centre = y(mark.row) + (Double(index) - Double(years.count - 1) / 2) * spread
      if let stretch = mark.stretch {
        svg +=
          "<line x1=\"\(f(x(mark.high)))\" y1=\"\(f(centre))\" x2=\"\(f(x(stretch)))\" "
          + "y2=\"\(f(centre))\" stroke=\"\(colour)\" stroke-dasharray=\"3 2\"/>"
          + "<line x1=\"\(f(x(stretch)))\" y1=\"\(f(centre - 5))\" x2=\"\(f(x(stretch)))\" "
          + "y2=\"\(f(centre + 5))\" stroke=\"\(colour)\" stroke-width=\"2\">\(title)</line>"
      }
      if mark.high > mark.low {
        svg +=
          "<rect x=\"\(f(x(mark.low)))\" y=\"\(f(centre - 4))\" "
          + "width=\"\(f(x(mark.high) - x(mark.low)))\" height=\"8\" rx=\"3\" fill=\"\(colour)\" "
          + "fill-opacity=\"0.75\">\(title)</rect>"
      } else {
        svg +=
          "<circle cx=\"\(f(x(mark.low)))\" cy=\"\(f(centre))\" r=\"5\" fill=\"\(colour)\" "
          + "fill-opacity=\"0.85\">\(title)</circle>"
      }
    }
    return svg + "</svg>"
  }

  private static func colour(_ index: Int) -> String { colours[index % colours.count] }

  /// An axis from below `low` to above `high` in round steps (1, 2 or 5 times a power of ten),
  /// about five of them.
  static func axis(_ low: Double, _ high: Double) -> (Double, Double, Double) {
    var low = low
    var high = high
    if high - low < 1e-9 {
      low -= max(1, abs(low) * 0.1)
      high += max(1, abs(high) * 0.1)
    }
    let raw = (high - low) / 5
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
    return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
  }
}
