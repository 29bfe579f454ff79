import PlanGraph

/// Targets aligned by indicator across documents, with the change between neighbours.
///
/// Documents are ordered by the year their targets are for (`.year`) or from the province down
/// and then by year (`.level`). Each document contributes, per indicator, its first target of
/// the year (multi-year `average_growth` goals are kept apart). Between neighbouring documents
/// the change is reported in the indicator's unit (percentage points for rates; the midpoint of
/// a range). When the first document is at a higher level than the second (province -> city),
/// the change is the lower level's gap over the level above, and the binding value is the
/// higher of the two (就高不就低).
public struct TargetComparison: Sendable {
  /// How documents are ordered.
  public enum Order: String, Sendable, CaseIterable {
    /// By the year the targets are for, then from the province down.
    case year
    /// From the province down, then by year.
    case level
  }

  /// The change of one indicator between two documents.
  public struct Change: Sendable, Hashable {
    /// The canonical indicator id.
    public var indicator: String
    /// The earlier (or higher-level) document and its target.
    public var from: (document: Document, target: Target)
    /// The later (or lower-level) document and its target.
    public var to: (document: Document, target: Target)
    /// `to − from` in the indicator's unit, when both have comparable values.
    public var delta: Double?
    /// `raised`, `lowered`, `unchanged` or `not_comparable`.
    public var direction: String
    /// Whether this is a higher level against a lower one rather than a change over time.
    public var acrossLevels: Bool
    /// Under 就高不就低, the value the lower level must meet: the higher of the two.
    public var bindingValue: Double?

    /// Equal when documents, indicator and numbers are equal.
    public static func == (lhs: Change, rhs: Change) -> Bool {
      lhs.indicator == rhs.indicator && lhs.from.document.id == rhs.from.document.id
        && lhs.to.document.id == rhs.to.document.id && lhs.delta == rhs.delta
        && lhs.direction == rhs.direction
    }

    /// Hashes documents and indicator.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(indicator)
      hasher.combine(from.document.id)
      hasher.combine(to.document.id)
    }
  }

  /// The documents in comparison order.
  public private(set) var documents: [Document]
  /// The indicators any document sets, in vocabulary order.
  public private(set) var indicators: [String]
  /// The changes between neighbouring documents, indicator by indicator.
  public private(set) var changes: [Change]

  /// Compares `documents` ordered by `order`.
  public init(_ documents: [Document], vocabulary: IndicatorVocabulary, order: Order = .year) {
    func levelRank(_ document: Document) -> Int {
      document.metadata.level.map { AdministrativeLevel.allCases.firstIndex(of: $0)! } ?? 9
    }
    func year(_ document: Document) -> Int { document.metadata.year ?? Int.max }
    self.documents = documents.sorted {
      switch order {
      case .year: (year($0), levelRank($0), $0.id) < (year($1), levelRank($1), $1.id)
      case .level: (levelRank($0), year($0), $0.id) < (levelRank($1), year($1), $1.id)
      }
    }
    let found = Set(documents.flatMap { $0.targets.map(\.indicator) }).subtracting([""])
    indicators = vocabulary.indicators.map(\.id).filter(found.contains)
    changes = []
    for (a, b) in zip(self.documents, self.documents.dropFirst()) {
      for indicator in indicators {
        guard let from = Self.target(indicator, in: a), let to = Self.target(indicator, in: b)
        else { continue }
        changes.append(
          Self.change(
            indicator, from: (a, from), to: (b, to), acrossLevels: levelRank(a) < levelRank(b)))
      }
    }
  }

  /// The year's target for `indicator` in `document`: its first one that is not multi-year.
  public static func target(_ indicator: String, in document: Document) -> Target? {
    document.targets.first { $0.indicator == indicator && $0.measure != .averageGrowth }
  }

  /// A target's comparable value in its base unit: `1.7万人` is 17000 人, `5亿元` 500000000 元.
  public static func baseUnit(_ target: Target) -> (value: Double?, unit: String) {
    guard let value = target.comparableValue else { return (nil, target.unit) }
    if target.unit.count > 1, target.unit.hasPrefix("万") {
      return (value * 10_000, String(target.unit.dropFirst()))
    }
    if target.unit.count > 1, target.unit.hasPrefix("亿") {
      return (value * 100_000_000, String(target.unit.dropFirst()))
    }
    return (value, target.unit)
  }

  private static func change(
    _ indicator: String, from: (Document, Target), to: (Document, Target), acrossLevels: Bool
  ) -> Change {
    var delta: Double?
    var direction = "not_comparable"
    let (a, unitA) = baseUnit(from.1)
    let (b, unitB) = baseUnit(to.1)
    // Absolute totals of places of different size (46万人 for a province, 1.7万人 for a city)
    // are not a gap; across levels only rates compare.
    let comparableAcrossLevels = !acrossLevels || unitA == "%"
    if let a, let b, unitA == unitB, from.1.measure == to.1.measure, comparableAcrossLevels {
      let difference = ((b - a) * 1e9).rounded() / 1e9
      delta = difference
      direction = difference > 0 ? "raised" : difference < 0 ? "lowered" : "unchanged"
    } else if from.1.measure == to.1.measure && from.1.qualifier == to.1.qualifier
      && (from.1.measure == .relative || from.1.measure == .absent)
    {
      direction = "unchanged"
    }
    var binding: Double?
    if acrossLevels, let a, let b, delta != nil {
      // The plans' own rule, literally: whichever number is higher is the standard.
      binding = max(a, b)
    }
    return Change(
      indicator: indicator, from: from, to: to, delta: delta, direction: direction,
      acrossLevels: acrossLevels, bindingValue: binding)
  }
}
