import PlanGraph

/// One plan's unit loads as `load_changes.csv` needs them.
///
/// Names, functions, lead and total tasks: small, so a corpus export keeps one per plan.
public struct PlaceLoadRecord: Sendable, Hashable {
  /// One unit's load.
  public struct Unit: Sendable, Hashable {
    /// The unit's name.
    public var name: String
    /// Its function's id.
    public var function: String
    /// Tasks it leads.
    public var leadTasks: Int
    /// Tasks it is named on in any unit role.
    public var totalTasks: Int
  }

  /// The plan's id.
  public var documentID: String
  /// Its jurisdiction.
  public var jurisdiction: String
  /// Its division code (GB/T 2260), when the gazetteer placed it.
  public var jurisdictionCode: String?
  /// The year it is for.
  public var year: Int?
  /// Its specific units (not collectives).
  public var units: [Unit]

  /// The record of an analysed plan.
  public init(_ analysis: PlanAnalysis, functions: AgencyFunctions = .shipped) {
    self.init(analysis.document, unitLoad: analysis.unitLoad, functions: functions)
  }

  /// The record of a plan whose workload is known (all a record needs).
  public init(_ workload: PlanWorkload, functions: AgencyFunctions = .shipped) {
    self.init(workload.document, unitLoad: workload.unitLoad, functions: functions)
  }

  private init(_ document: Document, unitLoad: [UnitLoad], functions: AgencyFunctions) {
    documentID = document.id
    jurisdiction = document.metadata.jurisdiction
    jurisdictionCode = document.metadata.jurisdictionCode
    year = document.metadata.year
    units = unitLoad.filter { $0.unit.kind == .unit }.map {
      Unit(
        name: $0.unit.name, function: functions.function(of: $0.unit.name).id,
        leadTasks: $0.leadTasks, totalTasks: $0.totalTasks)
    }
  }
}

/// How each agency's load changed between two plans of one place (same division code, or
/// the same name where the gazetteer has none; different years): `load_changes.csv`.
///
/// Units are paired by name first; the rest by function: one to one is `renamed` (发改局 →
/// 发展改革委), one to several `split`, several to one `merged`; what is left is `gone` or
/// `new`. Plans of one place are compared in year order, each with the next.
public enum LoadChanges {
  /// The header of `load_changes.csv`.
  public static let header = [
    "jurisdiction", "from_doc", "from_year", "to_doc", "to_year", "function", "from_unit",
    "to_unit", "match", "from_lead_tasks", "to_lead_tasks", "lead_change", "from_total_tasks",
    "to_total_tasks", "total_change", "jurisdiction_code",
  ]

  /// The changes between consecutive plans of each place in `records`.
  public static func table(_ records: [PlaceLoadRecord]) -> Table {
    var table = Table(header: header)
    // Each pair's rows depend on the pair alone: they are worked out on all cores (the corpus
    // export does this last, alone) and appended in order.
    for rows in pairs(records).concurrentMap({ rows(from: $0, to: $1) }) {
      for row in rows { table.append(row) }
    }
    return table
  }

  /// `load_changes.csv`: `csv.bytes(for: table(records))`, each pair's rows encoded on some
  /// core and never kept as a table (a national corpus has millions of them).
  public static func csvBytes(_ records: [PlaceLoadRecord], csv: CSVWriter) -> [UInt8] {
    let encoded = pairs(records).concurrentMap { from, to in
      var lines = CSVRows()
      for row in rows(from: from, to: to) {
        for cell in row { lines.append(cell) }
        lines.endRow()
      }
      return lines.bytes
    }
    var bytes = csv.headerBytes(header)
    bytes.reserveCapacity(bytes.count + encoded.reduce(0) { $0 + $1.count })
    for lines in encoded { bytes += lines }
    return bytes
  }

  /// Consecutive plans of each place, places in key order, plans by year then id; plans of
  /// one year are not compared.
  private static func pairs(_ records: [PlaceLoadRecord]) -> [(
    from: PlaceLoadRecord, to: PlaceLoadRecord
  )] {
    let placed = records.filter {
      ($0.jurisdictionCode != nil || !$0.jurisdiction.isEmpty) && $0.year != nil
    }
    let places = Dictionary(grouping: placed) { $0.jurisdictionCode ?? "name:" + $0.jurisdiction }
    return places.keys.sorted().flatMap { place in
      let plans = places[place]!.sorted { ($0.year!, $0.documentID) < ($1.year!, $1.documentID) }
      return zip(plans, plans.dropFirst()).filter { $0.year != $1.year }.map { ($0, $1) }
    }
  }

  private static func rows(from: PlaceLoadRecord, to: PlaceLoadRecord) -> [[Table.Cell]] {
    var pairs: [(PlaceLoadRecord.Unit?, PlaceLoadRecord.Unit?, String)] = []
    let toByName = Dictionary(to.units.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var leftFrom: [PlaceLoadRecord.Unit] = []
    var matched = Set<String>()
    for unit in from.units {
      if let same = toByName[unit.name] {
        pairs.append((unit, same, "same_name"))
        matched.insert(unit.name)
      } else {
        leftFrom.append(unit)
      }
    }
    let leftTo = to.units.filter { !matched.contains($0.name) }
    let fromByFunction = Dictionary(grouping: leftFrom, by: \.function)
    let toByFunction = Dictionary(grouping: leftTo, by: \.function)
    for function in Set(fromByFunction.keys).union(toByFunction.keys).sorted() {
      let a = fromByFunction[function] ?? []
      let b = toByFunction[function] ?? []
      let byFunction = function != AgencyFunctions.otherID
      if byFunction, a.count == 1, b.count >= 1 {
        for unit in b { pairs.append((a[0], unit, b.count == 1 ? "renamed" : "split")) }
      } else if byFunction, a.count > 1, b.count == 1 {
        for unit in a { pairs.append((unit, b[0], "merged")) }
      } else {
        pairs += a.map { ($0, nil, "gone") } + b.map { (nil, $0, "new") }
      }
    }
    // Largest change in lead tasks first, then by the old name, then the new one (`String`'s
    // order, compared on bytes where that is the same order).
    let sorted = pairs.sorted { x, y in
      let dx = abs((x.1?.leadTasks ?? 0) - (x.0?.leadTasks ?? 0))
      let dy = abs((y.1?.leadTasks ?? 0) - (y.0?.leadTasks ?? 0))
      if dx != dy { return dy < dx }
      let old = (x.0?.name ?? "").canonicalOrder(y.0?.name ?? "")
      if old != 0 { return old < 0 }
      return (x.1?.name ?? "").canonicalOrder(y.1?.name ?? "") < 0
    }
    return sorted.map { old, new, match in
      let function = old?.function ?? new?.function ?? AgencyFunctions.otherID
      let leads = (old?.leadTasks ?? 0, new?.leadTasks ?? 0)
      let totals = (old?.totalTasks ?? 0, new?.totalTasks ?? 0)
      return [
        .text(from.jurisdiction), .text(from.documentID), .optional(from.year),
        .text(to.documentID), .optional(to.year), .text(function), .optional(old?.name),
        .optional(new?.name), .text(match), .integer(leads.0), .integer(leads.1),
        .integer(leads.1 - leads.0), .integer(totals.0), .integer(totals.1),
        .integer(totals.1 - totals.0), .optional(from.jurisdictionCode),
      ]
    }
  }
}
