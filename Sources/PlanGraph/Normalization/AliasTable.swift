import Foundation

/// A user's table of names to merge: name as written -> canonical name.
///
/// The file has two tab-separated columns per line; `#` starts a comment line; blank lines
/// are skipped. Both columns are normalized like document text, so full-width brackets in the
/// table match ASCII ones in the plans. Typical use: fix text damage (`虎扑体育海关` ->
/// `沈阳海关`) and merge renamed agencies or near-duplicate leader names.
public struct AliasTable: Hashable, Sendable, Codable {
  /// Canonical name for each name as written.
  public private(set) var canonical: [String: String]

  /// Creates a table from pairs.
  public init(_ pairs: [String: String] = [:]) {
    canonical = [:]
    for (from, to) in pairs {
      canonical[TextNormalizer.normalize(from)] = TextNormalizer.normalize(to)
    }
  }

  /// Reads a table from tab-separated text.
  /// - Throws: `PlanGraphError.badAliasTable` naming the first bad line.
  public init(parsing text: String, path: String) throws(PlanGraphError) {
    canonical = [:]
    for (number, text) in ShippedData.lines(of: text) {
      var line = text
      if number == 1 && line.first == "\u{FEFF}" { line.removeFirst() }
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 2 else {
        throw .badAliasTable(
          path: path, line: number,
          reason: "expected 2 tab-separated columns, found \(columns.count)")
      }
      let from = TextNormalizer.normalize(String(columns[0]))
      let to = TextNormalizer.normalize(String(columns[1]))
      guard !from.isEmpty, !to.isEmpty else {
        throw .badAliasTable(path: path, line: number, reason: "a column is empty")
      }
      canonical[from] = to
    }
  }

  /// Reads a table from a file.
  /// - Throws: `PlanGraphError.unreadable` or `.badAliasTable`.
  public init(contentsOf url: URL) throws(PlanGraphError) {
    let bytes = try InputReader.read(url)
    let decoded = try TextDecoder.decode(bytes)
    try self.init(parsing: String(decoding: decoded.bytes, as: UTF8.self), path: url.path)
  }

  /// The canonical name for `name`, or `name` itself.
  public func resolve(_ name: String) -> String { canonical[name] ?? name }

  /// Whether the table has no entries.
  public var isEmpty: Bool { canonical.isEmpty }
}
