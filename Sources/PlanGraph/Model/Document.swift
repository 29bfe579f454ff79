/// One parsed input: a plan or a work report, its metadata and its diagnostics.
public struct Document: Codable, Hashable, Sendable, Identifiable {
  /// What kind of document an input is.
  public enum Kind: String, Codable, Hashable, Sendable {
    /// A task-assignment plan (分工方案).
    case plan
    /// A government work report (政府工作报告).
    case report
  }

  /// The input file's name without its extension, as in every exported table.
  public var id: String
  /// The path of the input as the user gave it.
  public var source: String
  /// Plan or report.
  public var kind: Kind
  /// What the document says about itself.
  public var metadata: DocumentMetadata
  /// The tasks and sections, for a plan.
  public var plan: TaskPlan?
  /// The numeric targets the document sets, in document order.
  public var targets: [Target] = []
  /// The encoding the input was read in.
  public var encoding: TextEncoding
  /// `traditional` when the document is written in traditional characters (it was parsed in
  /// simplified ones; names and texts are kept as written beside their simplified form); nil
  /// for simplified.
  public var script: ChineseScript.Script?
  /// Everything found while reading, sorted by line.
  public var diagnostics: [Diagnostic]

  /// Creates a document.
  public init(
    id: String, source: String, kind: Kind, metadata: DocumentMetadata = DocumentMetadata(),
    plan: TaskPlan? = nil, encoding: TextEncoding = .utf8, diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.source = source
    self.kind = kind
    self.metadata = metadata
    self.plan = plan
    self.encoding = encoding
    self.diagnostics = diagnostics
  }

  /// The plan's tasks, or none for a report.
  public var tasks: [PlanTask] { plan?.tasks ?? [] }

  /// The document's id made from a path: the file name without its extension, made safe to
  /// use as a folder name.
  ///
  /// Characters that are path separators, control characters or reserved on Windows
  /// (`/ \\ : * ? " < > |`) become `_`, and so does a leading dot (so `..` can never be a
  /// folder); an empty name is `document`. Two inputs with one name get distinct ids from
  /// `uniqueIDs(forPaths:)`.
  public static func id(forPath path: String) -> String {
    if path == "-" { return "stdin" }
    if let id = plainID(forPath: path) { return id }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var stem = name
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = String(name[..<dot]) }
    var safe = String(
      stem.unicodeScalars.prefix(120).map { scalar -> Character in
        let reserved = "/\\:*?\"<>|".unicodeScalars.contains(scalar)
        return reserved || scalar.properties.generalCategory == .control ? "_" : Character(scalar)
      })
    if safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
    return safe.isEmpty ? "document" : safe
  }

  /// The id of `path` read from its bytes when its file name needs no character replaced
  /// (the usual case), nil otherwise: every document parsed without an id comes here, and
  /// the rules above, scalar by scalar, cost as much as reading a short plan's metadata.
  ///
  /// Only a path of printable ASCII and CJK ideographs (U+4000–U+9FFF, lead bytes E4–E9) is
  /// read so: no character of those joins a `/` or `.` beside it into one `Character`, so
  /// its bytes split where the rules' characters do. Its name must have no reserved byte, no
  /// leading dot, and at most 120 bytes before the extension (so no scalar is cut).
  private static func plainID(forPath path: String) -> String? {
    let bounds = path.withUTF8Bytes { bytes -> Range<Int>? in
      var start = 0
      var end = bytes.count
      var reserved = false
      for (index, byte) in bytes.enumerated() {
        switch byte {
        case UInt8(ascii: "/"):
          start = index + 1
          end = bytes.count
          reserved = false
        case UInt8(ascii: "."):
          if index > start { end = index }
        case UInt8(ascii: "\\"), UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "?"),
          UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
          // Reserved in a file name; they may stand in a folder's.
          reserved = true
        case 0x20..<0x7F, 0x80..<0xC0, 0xE4...0xE9: continue
        default: return nil  // control bytes, DEL, and lead bytes of other scripts
        }
      }
      guard !reserved, start < end, end - start <= 120, bytes[start] != UInt8(ascii: ".") else {
        return nil
      }
      return start..<end
    }
    guard let bounds else { return nil }
    let utf8 = path.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
    return String(path[start..<utf8.index(start, offsetBy: bounds.count)])
  }

  /// Ids for `paths`, in order, distinct: a repeated id gets `-2`, `-3`… in path order.
  public static func uniqueIDs(forPaths paths: [String]) -> [String] {
    var used = Set<String>()
    return paths.map { path in
      let base = id(forPath: path)
      var candidate = base
      var number = 2
      while used.contains(candidate) {
        candidate = "\(base)-\(number)"
        number += 1
      }
      used.insert(candidate)
      return candidate
    }
  }
}
