/// A heading above tasks: a section `一、…` or a subsection `(一)…`.
///
/// The document terms are 一、 (section) and (一) (subsection). Only headings that have
/// tasks under them are kept: numbered points in a cover letter or in closing remarks
/// are not sections.
public struct Section: Codable, Hashable, Sendable {
  /// The heading's number: 一 is 1, 十二 is 12.
  public var number: Int
  /// The heading's text without its number.
  public var title: String
  /// The line the heading stands on in the original input.
  public var line: Int
  /// The subsections under a section; empty for a subsection.
  public var subsections: [Section]

  /// Creates a heading.
  public init(number: Int, title: String, line: Int, subsections: [Section] = []) {
    self.number = number
    self.title = title
    self.line = line
    self.subsections = subsections
  }
}
