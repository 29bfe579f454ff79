/// Which documents get their own graph files (DOT and GraphML) in an export.
///
/// Corpus tables are always written; per-document drawings are only useful for the documents
/// someone will open, so a large corpus writes none unless asked.
public enum GraphSelection: Sendable, Equatable {
  /// Every document's graphs up to `automaticLimit` documents, none above.
  case automatic
  /// Every document's graphs.
  case all
  /// No graph files.
  case none
  /// The graphs of the documents with these ids.
  case documents(Set<String>)

  /// The corpus size up to which `automatic` writes every document's graphs.
  public static let automaticLimit = 50

  /// Reads `all`, `none`, `auto` or a comma-separated list of document ids.
  public init(parsing text: String) {
    switch text {
    case "all": self = .all
    case "none": self = .none
    case "auto", "automatic": self = .automatic
    default:
      self = .documents(Set(text.split(separator: ",").map { String($0) }.filter { !$0.isEmpty }))
    }
  }

  /// Whether the document `id` of a corpus of `count` documents gets graph files.
  public func includes(_ id: String, corpusSize count: Int) -> Bool {
    switch self {
    case .automatic: count <= Self.automaticLimit
    case .all: true
    case .none: false
    case .documents(let ids): ids.contains(id)
    }
  }
}
