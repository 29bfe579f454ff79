import PlanGraph

/// Documents grouped by place and year: what comparisons pair and what the panel tables list.
///
/// A place is its GB/T 2260 division code when the document resolved to one, else its
/// jurisdiction's name, else the document alone. Several documents of one place and year (a
/// plan and the report it breaks down) make one entry; for each indicator the entry's value
/// comes from a report before a plan, and the others that set a different value are kept as
/// conflicts.
public struct TargetPanel: Sendable {
  /// One place.
  public struct Place: Sendable, Hashable {
    /// The key places are matched by: the division code, else `name:` and the name, else
    /// `doc:` and the document id.
    public var key: String
    /// The division code, when known.
    public var code: String?
    /// The jurisdiction's name; empty when the document names none.
    public var name: String
    /// The administrative level, when known.
    public var level: AdministrativeLevel?
    /// The name of the place above, when known.
    public var parent: String?

    /// The place of `document`.
    public init(_ document: Document) {
      let metadata = document.metadata
      code = metadata.jurisdictionCode
      name = metadata.jurisdiction
      level = metadata.level
      parent = metadata.parentJurisdiction
      if let code {
        key = code
      } else if !name.isEmpty {
        key = "name:" + name
      } else {
        key = "doc:" + document.id
      }
    }

    /// The division codes above this place, nearest first: county, prefecture, province.
    ///
    /// Read from the code's digits (GB/T 2260: `21` province, `2107` prefecture, `210703`
    /// county, longer codes townships), so a place whose parent has no document still finds
    /// the province.
    public var ancestorCodes: [String] {
      guard var code, code.count >= 6, code.allSatisfy(\.isASCII) else { return [] }
      var result: [String] = []
      if code.count > 6 {
        code = String(code.prefix(6))
        result.append(code)
      }
      let prefecture = String(code.prefix(4)) + "00"
      let province = String(code.prefix(2)) + "0000"
      if prefecture != code { result.append(prefecture) }
      if province != code && province != prefecture { result.append(province) }
      return result
    }

    /// The province's code, when the place has a code.
    public var provinceCode: String? {
      guard let code, code.count >= 2 else { return nil }
      return String(code.prefix(2)) + "0000"
    }

    /// `name` and, when known, the year: `锦州市2025`; the key when the name is empty.
    public func label(_ year: Int?) -> String {
      let name = name.isEmpty ? key.replacingPrefix("doc:") : name
      return name + (year.map(String.init) ?? "")
    }
  }

  /// The value one entry gives an indicator.
  public struct Value: Sendable {
    /// The document the value comes from.
    public var document: Document
    /// Its target.
    public var target: Target
    /// Other documents of the same place and year whose target for the indicator differs.
    public var conflicts: [(document: Document, target: Target)]
  }

  /// The documents of one place and year.
  public struct Entry: Sendable {
    /// The place.
    public var place: Place
    /// The year the targets are for; nil when no document says.
    public var year: Int?
    /// The documents: reports first, then plans, each by id.
    public var documents: [Document]

    /// The entry's value for `indicator`: from the first document that sets it.
    public func value(of indicator: String) -> Value? {
      var chosen: (Document, Target)?
      var conflicts: [(document: Document, target: Target)] = []
      for document in documents {
        guard let target = TargetComparison.target(indicator, in: document) else { continue }
        guard let first = chosen else {
          chosen = (document, target)
          continue
        }
        if !Self.agree(first.1, target) { conflicts.append((document, target)) }
      }
      return chosen.map { Value(document: $0.0, target: $0.1, conflicts: conflicts) }
    }

    /// `锦州市2025`.
    public var label: String { place.label(year) }

    private static func agree(_ a: Target, _ b: Target) -> Bool {
      TargetComparison.baseUnit(a).value == TargetComparison.baseUnit(b).value
        && TargetComparison.baseUnit(a).unit == TargetComparison.baseUnit(b).unit
        && a.measure == b.measure
    }
  }

  /// Every entry: by division code (so provinces, their cities and counties sort together),
  /// then places known only by name, then by year.
  public private(set) var entries: [Entry]
  /// The indicators any entry sets, in vocabulary order.
  public private(set) var indicators: [String]

  /// Groups `documents`.
  public init(_ documents: [Document], vocabulary: IndicatorVocabulary) {
    var byKey: [String: Int] = [:]
    var entries: [Entry] = []
    for document in documents {
      let place = Place(document)
      let key = place.key + "|" + (document.metadata.year.map(String.init) ?? "")
      if let index = byKey[key] {
        entries[index].documents.append(document)
      } else {
        byKey[key] = entries.count
        entries.append(Entry(place: place, year: document.metadata.year, documents: [document]))
      }
    }
    for index in entries.indices {
      entries[index].documents.sort {
        ($0.kind == .report ? 0 : 1, $0.id) < ($1.kind == .report ? 0 : 1, $1.id)
      }
    }
    self.entries = entries.sorted {
      ($0.place.code == nil ? 1 : 0, $0.place.key, $0.year ?? Int.max)
        < ($1.place.code == nil ? 1 : 0, $1.place.key, $1.year ?? Int.max)
    }
    let found = Set(documents.flatMap { $0.targets.map(\.indicator) }).subtracting([""])
    indicators = vocabulary.indicators.map(\.id).filter(found.contains)
  }

  /// The entries of each place with at least one entry, in entry order.
  public var places: [(place: Place, entries: [Entry])] {
    var result: [(place: Place, entries: [Entry])] = []
    for entry in entries {
      if result.last?.place.key == entry.place.key {
        result[result.count - 1].entries.append(entry)
      } else {
        result.append((entry.place, [entry]))
      }
    }
    return result
  }

  /// The years any entry has, ascending.
  public var years: [Int] { Set(entries.compactMap(\.year)).sorted() }
}

extension String {
  fileprivate func replacingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
