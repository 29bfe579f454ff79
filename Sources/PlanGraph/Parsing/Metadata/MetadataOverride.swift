/// A place or year the user gives for documents that name neither (`--jurisdiction`,
/// `--year`), for every input or for one.
///
/// Written `[INPUT=]VALUE`: `--year 2025` sets every input's year, `--year
/// notes.txt=2025` only that of the input whose path, file name or document id is
/// `notes.txt`. A place is looked up in the gazetteer, so `--jurisdiction 海城市` also gives
/// the division code, level and parent.
public struct MetadataOverride: Sendable, Hashable {
  /// The input it is for (a path, a file name or a document id), or nil for every input.
  public var input: String?
  /// The jurisdiction to set.
  public var jurisdiction: String?
  /// The year to set.
  public var year: Int?

  /// Creates an override.
  public init(input: String? = nil, jurisdiction: String? = nil, year: Int? = nil) {
    self.input = input
    self.jurisdiction = jurisdiction
    self.year = year
  }

  /// Reads `[INPUT=]PLACE`.
  public init(jurisdictionArgument argument: String) {
    let (input, value) = Self.split(argument)
    self.init(input: input, jurisdiction: TextNormalizer.normalize(value))
  }

  /// Reads `[INPUT=]YEAR`; nil when the year is not a number from 1949 to 2100.
  public init?(yearArgument argument: String) {
    let (input, value) = Self.split(argument)
    guard let year = Int(value), (1949...2100).contains(year) else { return nil }
    self.init(input: input, year: year)
  }

  private static func split(_ argument: String) -> (String?, String) {
    guard let equals = argument.lastIndex(of: "=") else { return (nil, argument) }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }

  /// Whether it is for the document read from `path` with `id`.
  public func applies(toPath path: String, id: String) -> Bool {
    guard let input else { return true }
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    return input == path || input == fileName || input == id
  }

  /// Sets the place or year in `metadata`.
  public func apply(to metadata: inout DocumentMetadata) {
    if let year { metadata.year = year }
    guard let jurisdiction, !jurisdiction.isEmpty else { return }
    metadata.jurisdiction = jurisdiction
    metadata.jurisdictionCode = nil
    metadata.parentJurisdiction = nil
    metadata.level = JurisdictionName.level(of: jurisdiction)
    if case .unique(let division) = Gazetteer.shipped.resolve(jurisdiction) {
      MetadataParser.place(&metadata, in: division)
    }
  }
}
