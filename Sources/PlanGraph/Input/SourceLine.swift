/// One non-blank line of normalized text with the number it had in the original input.
public struct SourceLine: Hashable, Sendable {
  /// The 1-based line number in the original input.
  public var number: Int
  /// The line in canonical form: full-width ASCII mapped, spaces inside Chinese removed,
  /// leading and trailing space trimmed.
  public var text: String
  /// How many UTF-8 bytes of indentation the original line had.
  public var indentation: Int

  /// Creates a line.
  public init(number: Int, text: String, indentation: Int = 0) {
    self.number = number
    self.text = text
    self.indentation = indentation
  }
}
