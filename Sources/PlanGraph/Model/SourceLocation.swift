/// A place in an input document: file, 1-based line and 1-based column in UTF-8 bytes, and
/// for Word and Excel files the paragraph or cell.
///
/// Line numbers always refer to the original input, before any normalization, so a user
/// can open the file at the line a diagnostic names.
public struct SourceLocation: Codable, Hashable, Sendable, Comparable {
  /// The path or name of the input as the user gave it (`-` for standard input).
  public var file: String
  /// The 1-based line number in the original input; 0 when the whole file is meant.
  public var line: Int
  /// The 1-based column in UTF-8 bytes of the original line; 1 when unknown.
  public var column: Int
  /// Where a structured file names the place: `¶214` in a Word file, `Sheet1!C7` in a
  /// workbook; nil for text, where the line says it.
  public var place: String?

  /// Creates a location.
  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// Orders by file, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
