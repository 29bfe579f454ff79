import PlanGraph

/// Targets compared like with like: one place across its years, a place against the place
/// above it, and — only when asked — two places side by side.
///
/// Documents are grouped into a `TargetPanel` (place and year). Each entry contributes, per
/// indicator, its first target of the year (multi-year `average_growth` goals are kept apart),
/// from a report before a plan. The change is reported in the indicator's unit (percentage
/// points for rates; the midpoint of a range).
///
/// - `years`: consecutive years of one place (the same division code).
/// - `levels`: a place against its nearest ancestor (county → prefecture → province) that has
///   a document for the same year or the year before; the change is the lower level's gap
///   over the level above, and the binding value follows 就高不就低: the higher of the two
///   (the lower, for a ceiling such as `≤3%`). Totals (`万人`, `亿元`) do not compare across
///   places of different size; only rates do.
/// - `places`: when the documents are exactly two places, neither of one place nor one above
///   the other, they are shown side by side (`higher`, `lower`, `equal`), labelled as different
///   places, never as a change.
public struct TargetComparison: Sendable {
  /// How two entries relate.
  public enum Relation: String, Sendable, CaseIterable {
    /// One place, an earlier and a later year.
    case years
    /// A place above (`from`) and a place under it (`to`).
    case levels
    /// Two different places named together.
    case places
  }

  /// The change of one indicator between two entries.
  public struct Change: Sendable, Hashable {
    /// The canonical indicator id.
    public var indicator: String
    /// The earlier (or higher-level) document and its target.
    public var from: (document: Document, target: Target)
    /// The later (or lower-level) document and its target.
    public var to: (document: Document, target: Target)
    /// `to − from` in the indicator's unit, when both have comparable values.
    public var delta: Double?
    /// `raised`, `lowered`, `unchanged` (or, between places, `higher`, `lower`, `equal`) or
    /// `not_comparable`.
    public var direction: String
    /// How the two entries relate.
    public var relation: Relation
    /// Under 就高不就低, the value the lower level must meet.
    public var bindingValue: Double?
    /// Documents of either entry whose target for the indicator differs from the one used.
    public var conflicts: [(document: Document, target: Target)]

    /// Whether this is a higher level against a lower one rather than a change over time.
    public var acrossLevels: Bool { relation == .levels }

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

  /// Two entries compared, and their changes indicator by indicator.
  public struct Pair: Sendable {
    /// The earlier year, the place above, or the first place named.
    public var from: TargetPanel.Entry
    /// The later year, the place under it, or the second place.
    public var to: TargetPanel.Entry
    /// How they relate.
    public var relation: Relation
    /// The changes, in vocabulary order.
    public var changes: [Change]

    /// For `places`: whether both are in one province.
    public var sameProvince: Bool {
      from.place.provinceCode != nil && from.place.provinceCode == to.place.provinceCode
    }

    /// `different places, same province` and the like: how the pair reads in a heading.
    public var caption: String {
      switch relation {
      case .years:
        "\(from.place.label(nil)): \(from.year.map(String.init) ?? "?") → "
          + "\(to.year.map(String.init) ?? "?")"
      case .levels: "\(to.label) under \(from.label) (就高不就低 binding values)"
      case .places:
        "\(from.label) and \(to.label): different places"
          + (sameProvince ? ", same province" : "")
      }
    }
  }

  /// The documents grouped by place and year.
  public private(set) var panel: TargetPanel
  /// The pairs compared: years by place, then levels, then places.
  public private(set) var pairs: [Pair]

  /// Every change of every pair.
  public var changes: [Change] { pairs.flatMap(\.changes) }
  /// The indicators any document sets, in vocabulary order.
  public var indicators: [String] { panel.indicators }

  /// Compares `documents` by the relations asked for.
  ///
  /// `places` pairs only the two entries of exactly two unrelated places; `yearsBefore` is
  /// how much older than the place under it an ancestor's document may be.
  public init(
    _ documents: [Document], vocabulary: IndicatorVocabulary,
    relations: Set<Relation> = [.years], yearsBefore: Int = 1
  ) {
    panel = TargetPanel(documents, vocabulary: vocabulary)
    pairs = []
    let indicators = panel.indicators
    func pair(_ from: TargetPanel.Entry, _ to: TargetPanel.Entry, _ relation: Relation) -> Pair {
      Pair(
        from: from, to: to, relation: relation,
        changes: indicators.compactMap { Self.change($0, from: from, to: to, relation: relation) })
    }
    if relations.contains(.years) {
      for (_, entries) in panel.places {
        let dated = entries.filter { $0.year != nil }
        for (a, b) in zip(dated, dated.dropFirst()) { pairs.append(pair(a, b, .years)) }
      }
    }
    if relations.contains(.levels) {
      let places = PlaceIndex(panel.entries)
      for entry in panel.entries {
        if let above = places.ancestor(of: entry, yearsBefore: yearsBefore) {
          pairs.append(pair(panel.entries[above], entry, .levels))
        }
      }
    }
    if relations.contains(.places), pairs.isEmpty, panel.places.count == 2,
      panel.entries.count == 2
    {
      let (a, b) = (panel.entries[0], panel.entries[1])
      let related =
        a.place.ancestorCodes.contains(b.place.code ?? "-")
        || b.place.ancestorCodes.contains(a.place.code ?? "-")
      if !related {
        let ordered =
          (a.year ?? 0, a.place.key) <= (b.year ?? 0, b.place.key) ? (a, b) : (b, a)
        pairs.append(pair(ordered.0, ordered.1, .places))
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
    _ indicator: String, from: TargetPanel.Entry, to: TargetPanel.Entry, relation: Relation
  ) -> Change? {
    guard let fromValue = from.value(of: indicator), let toValue = to.value(of: indicator)
    else { return nil }
    let (source, target) = (fromValue.target, toValue.target)
    var delta: Double?
    var direction = "not_comparable"
    let (a, unitA) = baseUnit(source)
    let (b, unitB) = baseUnit(target)
    // Absolute totals of places of different size (46万人 for a province, 1.7万人 for a city)
    // are not a gap; between places only rates compare.
    let comparable = relation == .years || unitA == "%"
    if let a, let b, unitA == unitB, source.measure == target.measure, comparable {
      let difference = ((b - a) * 1e9).rounded() / 1e9
      delta = difference
      let words =
        relation == .places ? ("higher", "lower", "equal") : ("raised", "lowered", "unchanged")
      direction = difference > 0 ? words.0 : difference < 0 ? words.1 : words.2
    } else if source.measure == target.measure && source.qualifier == target.qualifier
      && (source.measure == .relative || source.measure == .absent)
    {
      direction = relation == .places ? "equal" : "unchanged"
    }
    var binding: Double?
    if relation == .levels, let a, let b, delta != nil {
      // The plans' own rule: whichever standard is stricter binds — the higher number, or
      // the lower one when both are ceilings.
      let ceilings = source.qualifier == .atMost && target.qualifier == .atMost
      binding = ceilings ? min(a, b) : max(a, b)
    }
    return Change(
      indicator: indicator, from: (fromValue.document, source),
      to: (toValue.document, target), delta: delta, direction: direction, relation: relation,
      bindingValue: binding, conflicts: fromValue.conflicts + toValue.conflicts)
  }
}
