import PlanGraph

/// The target tables of the export contract and the text `compare` prints.
public enum TargetTables {
  /// `targets.csv`: one row per target.
  public static func targets(_ documents: [Document]) -> Table {
    var table = Table(header: [
      "doc_id", "jurisdiction", "year", "task_id", "indicator", "indicator_text", "measure",
      "value",
      "value_high", "unit", "qualifier", "line", "text", "jurisdiction_code", "level", "parent",
      "stretch", "seeks_better_result", "sentence",
    ])
    for document in documents {
      for target in document.targets {
        table.append([
          .text(document.id), .text(document.metadata.jurisdiction),
          .optional(document.metadata.year),
          .optional(target.taskID), .text(target.indicator), .text(target.indicatorText),
          .text(target.measure.rawValue), target.value.map { .number($0) } ?? .empty,
          target.valueHigh.map { .number($0) } ?? .empty, .text(target.unit),
          .text(target.qualifier.rawValue),
          .integer(target.line), .text(target.text),
          .optional(document.metadata.jurisdictionCode),
          .optional(document.metadata.level?.rawValue),
          .optional(document.metadata.parentJurisdiction),
          target.stretch.map { .number($0) } ?? .empty, .integer(target.seeksBetterResult ? 1 : 0),
          .optional(target.sentence),
        ])
      }
    }
    return table
  }

  /// `target_changes.csv`: one row per indicator per pair of entries compared.
  ///
  /// `comparison` is the relation (`years`, `levels`, `places`); `binding_value` the
  /// 就高不就低 value; `from_code`/`to_code` the division codes; `conflicts` the other documents
  /// of either entry that set a different value (`doc_id=value`, `;`-separated).
  public static func changes(_ comparison: TargetComparison) -> Table {
    var table = Table(header: [
      "indicator", "from_doc", "from_jurisdiction", "from_year", "from_value", "from_qualifier",
      "to_doc", "to_jurisdiction", "to_year", "to_value", "to_qualifier", "delta", "unit",
      "direction", "comparison", "binding_value", "from_code", "to_code", "conflicts",
    ])
    for change in comparison.changes {
      let from = change.from
      let to = change.to
      table.append([
        .text(change.indicator), .text(from.document.id),
        .text(from.document.metadata.jurisdiction),
        .optional(from.document.metadata.year),
        TargetComparison.baseUnit(from.target).value.map { .number($0) } ?? .empty,
        .text(from.target.qualifier.rawValue), .text(to.document.id),
        .text(to.document.metadata.jurisdiction),
        .optional(to.document.metadata.year),
        TargetComparison.baseUnit(to.target).value.map { .number($0) } ?? .empty,
        .text(to.target.qualifier.rawValue), change.delta.map { .number($0) } ?? .empty,
        .text(
          change.delta == nil
            ? "" : (to.target.unit == "%" ? "pp" : TargetComparison.baseUnit(to.target).unit)),
        .text(change.direction), .text(change.relation.rawValue),
        change.bindingValue.map { .number($0) } ?? .empty,
        .optional(from.document.metadata.jurisdictionCode),
        .optional(to.document.metadata.jurisdictionCode),
        .text(
          change.conflicts.map { "\($0.document.id)=\(display($0.target))" }
            .joined(separator: ";")),
      ])
    }
    return table
  }

  /// A target as a short text: `≥6.5%`, `≤3%`, `~5.5%`, `6%`, `6–6.5%`, `relative`, `absent`;
  /// a stretch goal follows an arrow (`≥5.5% →6%`), a call for better results a plus (`~5%+`).
  public static func display(_ target: Target) -> String {
    var text = bareDisplay(target)
    if target.seeksBetterResult { text += "+" }
    if let stretch = target.stretch { text += " →\(Table.format(stretch))\(target.unit)" }
    return text
  }

  private static func bareDisplay(_ target: Target) -> String {
    let unit = target.unit
    func number(_ value: Double) -> String { Table.format(value) }
    switch target.qualifier {
    case .relative: return "relative"
    case .absent: return "absent"
    case .range: return "\(number(target.value ?? 0))–\(number(target.valueHigh ?? 0))\(unit)"
    case .atLeast where target.measure == .decline: return "↓≥\(number(target.value ?? 0))\(unit)"
    case .atLeast: return "≥\(number(target.value ?? 0))\(unit)"
    case .atMost: return "≤\(number(target.value ?? 0))\(unit)"
    case .about: return "~\(number(target.value ?? 0))\(unit)"
    case .point where target.measure == .decline: return "↓\(number(target.value ?? 0))\(unit)"
    case .point: return "\(number(target.value ?? 0))\(unit)"
    }
  }

  /// The aligned table `compare` prints for a chain of pairs (each pair's `to` the next
  /// one's `from`): indicator × entry, then a delta column per pair.
  public static func comparisonTable(
    _ pairs: [TargetComparison.Pair], vocabulary: IndicatorVocabulary
  ) -> Table {
    guard let first = pairs.first else { return Table(header: ["indicator"]) }
    let entries = [first.from] + pairs.map(\.to)
    var header = ["indicator"] + entries.map(\.label)
    header += pairs.map { pair in
      pair.relation == .years
        ? "Δ \(pair.from.year.map(String.init) ?? "?")→\(pair.to.year.map(String.init) ?? "?")"
        : "Δ \(pair.to.label) − \(pair.from.label)"
    }
    var table = Table(header: header)
    let indicators = Set(pairs.flatMap { $0.changes.map(\.indicator) })
    for indicator in vocabulary.indicators.map(\.id) where indicators.contains(indicator) {
      let name =
        vocabulary.indicator(id: indicator).map { "\($0.chineseName) (\(indicator))" } ?? indicator
      var row: [Table.Cell] = [.text(name)]
      row += entries.map { entry in
        entry.value(of: indicator).map {
          .text(display($0.target) + ($0.conflicts.isEmpty ? "" : " ≠"))
        } ?? .empty
      }
      row += pairs.map { pair in
        guard let change = pair.changes.first(where: { $0.indicator == indicator }) else {
          return .empty
        }
        return .text(deltaText(change))
      }
      table.append(row)
    }
    return table
  }

  /// `+0.5 pp (binding 6)`, `-10 万人` (in the targets' own unit when they share it), `=` or
  /// `n/a`.
  public static func deltaText(_ change: TargetComparison.Change) -> String {
    guard var delta = change.delta else {
      return ["unchanged", "equal"].contains(change.direction) ? "=" : "n/a"
    }
    var unit = " " + TargetComparison.baseUnit(change.to.target).unit
    if change.to.target.unit == "%" {
      unit = " pp"
    } else if change.from.target.unit == change.to.target.unit,
      let a = change.from.target.comparableValue, let b = change.to.target.comparableValue
    {
      // Both in 万人: -10 万人 reads better than -100000 人.
      delta = ((b - a) * 1e9).rounded() / 1e9
      unit = " " + change.to.target.unit
    }
    var text = (delta > 0 ? "+" : "") + Table.format(delta) + unit
    if let binding = change.bindingValue { text += " (binding \(Table.format(binding)))" }
    return text
  }

  /// A chain's heading: `锦州市 (210700): 2019 → 2025`, or the pair's caption.
  public static func caption(_ chain: [TargetComparison.Pair]) -> String {
    guard let first = chain.first else { return "" }
    guard first.relation == .years else { return first.caption }
    let years = ([first.from] + chain.map(\.to)).map { $0.year.map(String.init) ?? "?" }
    let code = first.from.place.code.map { " (\($0))" } ?? ""
    return first.from.place.label(nil) + code + ": " + years.joined(separator: " → ")
  }

  /// The pairs of `comparison` as chains to print together: each place's years in one chain,
  /// each level or places pair alone.
  public static func chains(_ comparison: TargetComparison) -> [[TargetComparison.Pair]] {
    var result: [[TargetComparison.Pair]] = []
    for pair in comparison.pairs {
      if pair.relation == .years, let last = result.last?.last, last.relation == .years,
        last.to.place.key == pair.from.place.key, last.to.year == pair.from.year
      {
        result[result.count - 1].append(pair)
      } else {
        result.append([pair])
      }
    }
    return result
  }
}
