import PlanGraph

extension TargetTables {
  /// `targets_panel.csv`: one row per place, year and indicator, long form.
  ///
  /// The value is the entry's (a report's before a plan's, see `TargetPanel`); `conflicts`
  /// names the other documents of that place and year that set a different one
  /// (`doc_id=value`, `;`-separated). Multi-year goals are not in the panel.
  public static func panel(_ panel: TargetPanel) -> Table {
    var table = Table(header: panelHeader)
    for entry in panel.entries {
      for indicator in panel.indicators {
        guard let value = entry.value(of: indicator) else { continue }
        let target = value.target
        table.append([
          .optional(entry.place.code), .text(entry.place.name),
          .optional(entry.place.level?.rawValue), .optional(entry.place.parent),
          .optional(entry.year), .text(indicator), .text(target.measure.rawValue),
          target.value.map { .number($0) } ?? .empty,
          target.valueHigh.map { .number($0) } ?? .empty, .text(target.unit),
          .text(target.qualifier.rawValue), target.stretch.map { .number($0) } ?? .empty,
          .integer(target.seeksBetterResult ? 1 : 0), .text(value.document.id),
          .text(value.document.kind.rawValue), .integer(target.line),
          .text(
            value.conflicts.map { "\($0.document.id)=\(display($0.target))" }
              .joined(separator: ";")),
        ])
      }
    }
    return table
  }

  /// The columns of `targets_panel.csv`.
  public static let panelHeader = [
    "jurisdiction_code", "jurisdiction", "level", "parent", "year", "indicator", "measure",
    "value", "value_high", "unit", "qualifier", "stretch", "seeks_better_result", "doc_id",
    "kind", "line", "conflicts",
  ]

  /// One indicator as places × years: a row per place, a column per year.
  ///
  /// With `numbers`, cells hold the comparable value (the midpoint of a range) for a CSV
  /// file; otherwise the target as displayed (`≥5.5% →6%`).
  public static func pivot(_ panel: TargetPanel, indicator: String, numbers: Bool = false)
    -> Table
  {
    let years = panel.years
    var table = Table(
      header: ["jurisdiction_code", "jurisdiction", "level", "parent"] + years.map(String.init))
    for (place, entries) in panel.places {
      let cells: [Table.Cell] = years.map { year in
        guard let value = entries.first(where: { $0.year == year })?.value(of: indicator)
        else { return .empty }
        if numbers { return value.target.comparableValue.map { .number($0) } ?? .empty }
        return .text(display(value.target))
      }
      guard cells.contains(where: { $0 != .empty }) else { continue }
      table.append(
        [
          .optional(place.code), .text(place.name), .optional(place.level?.rawValue),
          .optional(place.parent),
        ] + cells)
    }
    return table
  }
}
