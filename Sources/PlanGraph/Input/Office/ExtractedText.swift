/// Text taken out of a structured file (Word, Excel, HTML): lines in the form the text readers
/// take, and where each line came from in the file's own terms.
///
/// Paragraphs and headings are one line each; a table row is one line of cells joined by a tab
/// (each cell normalized on its own, as `TableText` does), so the table reader reads it. A line's
/// number is the paragraph (`¶`), the sheet's row, or the HTML source line.
public struct ExtractedText: Sendable {
  /// The lines, in reading order.
  public var lines: [SourceLine] = []
  /// Per line number, the names of its places.
  ///
  /// One for a paragraph (`¶214`), one per cell for a table row (`Sheet1!C7`). Lines without
  /// an entry are named by their number.
  public var places: [Int: [String]] = [:]

  /// Line numbers of what the reader left out as a web page's furniture (lines of links).
  public var droppedLines: [Int] = []

  /// Creates an empty text.
  public init() {}

  /// Adds a paragraph (normalized) as line `number`, named `place`.
  mutating func append(paragraph text: String, number: Int, place: String? = nil) {
    let normalized = TextNormalizer.normalize(text)
    guard !normalized.isEmpty else { return }
    lines.append(SourceLine(number: number, text: normalized))
    if let place { places[number] = [place] }
  }

  /// Adds a table row: each cell normalized, joined by tabs; trailing empty cells dropped.
  mutating func append(row cells: [String], number: Int, places cellPlaces: [String]? = nil) {
    var normalized = cells.map { TextNormalizer.normalize($0) }
    while let last = normalized.last, last.isEmpty { normalized.removeLast() }
    guard !normalized.isEmpty else { return }
    // A cell merged across the whole row (a title, a heading, a note) is one cell.
    if normalized.count > 1, normalized.allSatisfy({ $0 == normalized[0] }) {
      normalized = [normalized[0]]
    }
    lines.append(SourceLine(number: number, text: normalized.joined(separator: "\t")))
    if let cellPlaces { places[number] = cellPlaces }
  }

  /// `diagnostic` pointed at the paragraph or cell its line and column fall in.
  public func located(_ diagnostic: Diagnostic) -> Diagnostic {
    let location = diagnostic.location
    guard let names = places[location.line], let first = names.first else { return diagnostic }
    var cell = 0
    if names.count > 1, let line = lines.first(where: { $0.number == location.line }) {
      cell = line.text.utf8.prefix(max(0, location.column - 1)).filter { $0 == 0x09 }.count
    }
    var located = diagnostic
    located.location.place = cell < names.count ? names[cell] : first
    return located
  }
}
