/// A form `export` writes the contract's tables in.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
  /// One CSV file per table (the default).
  case csv
  /// One SQLite database, `plangraph.sqlite`, with a table per CSV file.
  case sqlite

  /// Reads `csv`, `sqlite`, `all` or a comma list of them; nil for anything else.
  public static func parse(_ text: String) -> Set<ExportFormat>? {
    var formats = Set<ExportFormat>()
    for part in text.split(separator: ",") {
      if part == "all" {
        formats.formUnion(allCases)
      } else if let format = ExportFormat(rawValue: String(part)) {
        formats.insert(format)
      } else {
        return nil
      }
    }
    return formats.isEmpty ? nil : formats
  }
}
