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

  /// `target_changes.csv`: one row per indicator per neighbouring pair of documents.
  ///
  /// Two columns follow the contract's: `comparison` (years or levels) and `binding_value`
  /// (就高不就低).
  public static func changes(_ comparison: TargetComparison) -> Table {
    var table = Table(header: [
      "indicator", "from_doc", "from_jurisdiction", "from_year", "from_value", "from_qualifier",
      "to_doc",
      "to_jurisdiction", "to_year", "to_value", "to_qualifier", "delta", "unit", "direction",
      "comparison",
      "binding_value",
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
        .text(change.direction),
        .text(change.acrossLevels ? "levels" : "years"),
        change.bindingValue.map { .number($0) } ?? .empty,
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

  /// The aligned table `compare` prints: indicator × document, then a delta column per pair.
  public static func comparisonTable(
    _ comparison: TargetComparison, vocabulary: IndicatorVocabulary
  ) -> Table {
    let documents = comparison.documents
    let pairs = Array(zip(documents, documents.dropFirst()))
    var header =
      ["indicator"]
      + documents.map { "\($0.metadata.jurisdiction)\($0.metadata.year.map(String.init) ?? "")" }
    header += pairs.map {
      "Δ \($0.0.metadata.year.map(String.init) ?? "?")→\($0.1.metadata.year.map(String.init) ?? "?")"
    }
    var table = Table(header: header)
    for indicator in comparison.indicators {
      let name =
        vocabulary.indicator(id: indicator).map { "\($0.chineseName) (\(indicator))" } ?? indicator
      var row: [Table.Cell] = [.text(name)]
      row += documents.map { document in
        TargetComparison.target(indicator, in: document).map { .text(display($0)) } ?? .empty
      }
      row += pairs.map { pair in
        guard
          let change = comparison.changes.first(where: {
            $0.indicator == indicator && $0.from.document.id == pair.0.id
              && $0.to.document.id == pair.1.id
          })
        else { return .empty }
        guard let delta = change.delta else {
          return .text(change.direction == "unchanged" ? "=" : "n/a")
        }
        let unit =
          change.to.target.unit == "%"
          ? " pp" : " " + TargetComparison.baseUnit(change.to.target).unit
        var text = (delta > 0 ? "+" : "") + Table.format(delta) + unit
        if let binding = change.bindingValue { text += " (binding \(Table.format(binding)))" }
        return .text(text)
      }
      table.append(row)
    }
    return table
  }
}
