import Foundation

/// Agency functions: 发展改革 whether a plan writes 发展改革委, 发展和改革局 or 发改局, at any
/// level and place.
///
/// Loaded from `agency-functions.tsv` (shipped with the library, made by
/// `Scripts/data/make_agency_functions.py` from the 2018 and 2023 institutional reform plans):
/// an id, a Chinese and an English label, and the name fragments that identify the function.
/// A name's function is the fragment that ends latest in it once bracketed notes are removed
/// (the agency word stands at the end of a Chinese name: 鞍山市生态环境局海城分局 is 生态环境,
/// 国网辽宁省电力有限公司 a state enterprise), the longer on a tie; so place and level
/// prefixes (国家, 省, 锦州市, 市委) never decide it.
public struct AgencyFunctions: Sendable {
  /// One function.
  public struct Function: Sendable, Hashable {
    /// The stable English id, such as `development_reform`.
    public var id: String
    /// The Chinese label, such as 发展改革.
    public var label: String
    /// The English label.
    public var englishLabel: String
    /// The name fragments that identify it.
    public var fragments: [String]
  }

  /// Every function, in the table's order; the last is `other`.
  public private(set) var functions: [Function] = []
  /// The index of the `other` function in `functions`.
  public private(set) var otherIndex = 0
  /// The fragments by their last byte, longest first, so a name is read once from its end:
  /// those ending in byte `b` are `byLastByte[firstByLastByte[b]..<firstByLastByte[b + 1]]`,
  /// each an offset and length in `fragmentBytes` and a function index.
  private var byLastByte: [(start: Int, count: Int, function: Int)] = []
  private var firstByLastByte: [Int] = []
  private var fragmentBytes: [UInt8] = []

  /// The id of the function of names no fragment matches.
  public static let otherID = "other"

  /// Reads the table from its text.
  /// - Throws: `PlanGraphError.badDataFile` for a line without four columns.
  public init(parsing text: String, path: String) throws(PlanGraphError) {
    var fragments: [(bytes: [UInt8], function: Int)] = []
    for (number, columns) in ShippedData.rows(of: text) {
      guard columns.count == 4 else {
        throw .badDataFile(path: path, line: number, reason: "expected 4 tab-separated columns")
      }
      let parts = columns[3].split(separator: "|").map(String.init)
      functions.append(
        Function(id: columns[0], label: columns[1], englishLabel: columns[2], fragments: parts))
      // A fragment points at the first function of its id, so one id is one index.
      let index = functions.firstIndex { $0.id == columns[0] }!
      for part in parts { fragments.append((Array(part.utf8), index)) }
    }
    var groups: [[Int]] = Array(repeating: [], count: 256)
    for (index, fragment) in fragments.enumerated() where !fragment.bytes.isEmpty {
      groups[Int(fragment.bytes.last!)].append(index)
    }
    for byte in 0..<256 {
      firstByLastByte.append(byLastByte.count)
      for index in groups[byte].sorted(by: {
        fragments[$0].bytes.count > fragments[$1].bytes.count
      }) {
        let fragment = fragments[index]
        byLastByte.append((fragmentBytes.count, fragment.bytes.count, fragment.function))
        fragmentBytes += fragment.bytes
      }
    }
    firstByLastByte.append(byLastByte.count)
    if !functions.contains(where: { $0.id == Self.otherID }) {
      functions.append(
        Function(id: Self.otherID, label: "其他", englishLabel: "other", fragments: []))
    }
    otherIndex = functions.firstIndex { $0.id == Self.otherID }!
  }

  /// The table shipped with PlanGraph, read once.
  public static let shipped: AgencyFunctions = {
    guard let (data, path) = ShippedData.contents(of: "agency-functions.tsv", besides: #filePath),
      let table = try? AgencyFunctions(parsing: String(decoding: data, as: UTF8.self), path: path)
    else { return try! AgencyFunctions(parsing: "", path: "") }
    return table
  }()

  /// The function of the agency `name`.
  ///
  /// Reads the name once from its end: the first end position where a fragment matches is the
  /// latest, and fragments are tried longest first there.
  public func function(of name: String) -> Function { functions[index(of: name)] }

  /// The index in `functions` of the function of the agency `name` (see `function(of:)`).
  public func index(of name: String) -> Int {
    name.withUTF8Bytes { written in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: written.count) { buffer in
        let count = Self.copyWithoutBrackets(written, to: buffer)
        return index(ofBare: UnsafeBufferPointer(rebasing: buffer[..<count]))
      }
    }
  }

  /// `index(of:)` for a name's bytes without bracketed notes.
  private func index(ofBare bytes: UnsafeBufferPointer<UInt8>) -> Int {
    fragmentBytes.withUnsafeBufferPointer { all in
      var end = bytes.count
      while end > 0 {
        let last = Int(bytes[end - 1])
        for candidate in byLastByte[firstByLastByte[last]..<firstByLastByte[last + 1]] {
          guard candidate.count <= end,
            ByteScan.equal(
              all.baseAddress! + candidate.start, bytes.baseAddress! + end - candidate.count,
              count: candidate.count)
          else { continue }
          // `市政府有关部门`: a group of departments, not the government.
          let tail = UnsafeBufferPointer(rebasing: bytes[end...])
          return Self.groupWords.contains { Self.hasSuffix(tail, $0) }
            ? otherIndex
            : candidate.function
        }
        end -= 1
      }
      return otherIndex
    }
  }

  /// Words that make a name a group of agencies rather than one.
  private static let groupWords = ["部门", "单位", "机构"].map { Array($0.utf8) }

  private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
    suffix.count <= bytes.count
      && suffix.withUnsafeBufferPointer {
        ByteScan.equal(
          bytes.baseAddress! + bytes.count - suffix.count, $0.baseAddress!, count: suffix.count)
      }
  }

  /// Function ids looked up once per distinct name: a plan names each agency on many tasks.
  public struct Lookup: Sendable {
    /// The table looked in.
    public let functions: AgencyFunctions
    /// The names looked up so far, and the index found for each, by the name's id.
    private var names = NameTable(capacity: 64)
    private var indexes: [Int] = []

    /// A lookup in `functions`.
    public init(_ functions: AgencyFunctions) { self.functions = functions }

    /// The id of the function of the agency `name`.
    public mutating func id(of name: String) -> String { functions.functions[index(of: name)].id }

    /// The index in `functions.functions` of the function of the agency `name`.
    public mutating func index(of name: String) -> Int { lookUp(name).function }

    /// The function of the agency `name` as `index(of:)` gives it, and the name's id among the
    /// names this lookup has seen: 0, 1, 2… in the order they were first looked up.
    public mutating func lookUp(_ name: String) -> (nameID: Int, function: Int) {
      let (id, isNew) = names.intern(name)
      if !isNew { return (id, indexes[id]) }
      let index = functions.index(of: name)
      indexes.append(index)
      return (id, index)
    }

    /// How many distinct names it has looked up.
    public var nameCount: Int { names.count }
  }

  /// The `other` function.
  public var other: Function { functions[otherIndex] }

  /// Copies `bytes` without `(…)` notes to `buffer` (`市财政局(金融局)` is 市财政局); the count.
  private static func copyWithoutBrackets(
    _ bytes: UnsafeBufferPointer<UInt8>, to buffer: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var count = 0
    var depth = 0
    for byte in bytes {
      if byte == 0x28 {
        depth += 1
      } else if byte == 0x29 {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        buffer[count] = byte
        count += 1
      }
    }
    return count
  }
}
