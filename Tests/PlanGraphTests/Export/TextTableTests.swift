import PlanGraphTestSupport
import Testing

@testable import PlanGraph

/// The text tables `load`, `network`, `targets` and `compare` print, against the renderer
/// they had before it worked on bytes (kept here as the oracle).
@Suite("Text tables")
struct TextTableTests {
  /// The blocks whose characters take two columns.
  static let wideBlocks: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
  ]

  /// The width as the renderer measured it before its shortcuts: every scalar's category
  /// looked up, nonspacing marks and the zero-width space taking none.
  static func oracleWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      guard scalar.properties.generalCategory != .nonspacingMark, scalar.value != 0x200B else {
        return width
      }
      return width + (wideBlocks.contains { $0.contains(scalar.value) } ? 2 : 1)
    }
  }

  /// A line without its trailing spaces as the renderer cut them before: its characters
  /// reversed, spaces dropped, reversed again.
  static func oracleTrim(_ line: String) -> String {
    String(line.reversed().drop { $0 == " " }.reversed())
  }

  /// Pieces of cells: CJK, ASCII, spaces, combining marks (U+0301, the kana voiced mark
  /// U+3099 inside the wide range), prepended marks that take a following space into their
  /// character (U+0600, U+0605, U+110BD), Hangul, full-width forms, a zero-width space, an
  /// emoji with its modifier, and an Arabic letter.
  static let pieces = [
    "市", "发展改革委", "GDP", "6%", " ", "  ", "e\u{301}", "か\u{3099}", "\u{600}", "\u{605}",
    "\u{110BD}", "한", "（一）", "\u{200B}", "👍\u{1F3FD}", "ب", "\u{20000}", "\u{3099}",
  ]

  static func randomText(_ random: inout SeededRandom, pieces count: Int) -> String {
    (0..<count).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
  }

  @Test("Widths as every scalar looked up gives them, on generated texts")
  func widths() {
    var random = SeededRandom(seed: 32)
    for _ in 0..<3_000 {
      let text = Self.randomText(&random, pieces: random.next(6))
      #expect(
        TextTable.width(of: text) == Self.oracleWidth(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test("Trailing spaces cut as the characters were, a prepended mark's space kept")
  func trailingSpaces() {
    // U+0600 takes the space after it into its character: that space stays.
    #expect(
      TextTable.trimmingTrailingSpaces(Array("市\u{600}   ".utf8)).elementsEqual(
        Array("市\u{600} ".utf8)))
    #expect(TextTable.trimmingTrailingSpaces(Array("市局   ".utf8)).elementsEqual(Array("市局".utf8)))
    var random = SeededRandom(seed: 33)
    var kept = 0
    for _ in 0..<5_000 {
      let line =
        Self.randomText(&random, pieces: random.next(5))
        + String(repeating: " ", count: random.next(4))
      let trimmed = String(
        decoding: TextTable.trimmingTrailingSpaces(Array(line.utf8)), as: UTF8.self)
      let expected = Self.oracleTrim(line)
      #expect(Array(trimmed.utf8) == Array(expected.utf8), "\(line.unicodeScalars.map(\.value))")
      if expected.utf8.last == 0x20 { kept += 1 }
    }
    // Lines whose last space a prepended mark keeps (or that end in a space joined to the
    // mark before it): the slow path is taken, and agrees.
    #expect(kept == 552)
  }

  @Test("Whole tables as the character-based renderer printed them")
  func tables() {
    var random = SeededRandom(seed: 34)
    for _ in 0..<300 {
      let columns = 1 + random.next(4)
      var table = Table(header: (0..<columns).map { "列\($0)" })
      for _ in 0..<random.next(6) {
        table.append(
          (0..<columns).map { _ -> Table.Cell in
            switch random.next(4) {
            case 0: .integer(random.next(1_000))
            case 1: .number(Double(random.next(10_000)) / 7)
            case 2: .empty
            default: .text(Self.randomText(&random, pieces: random.next(4)))
            }
          })
      }
      #expect(TextTable().string(for: table) == Self.oracleString(table))
    }
  }

  /// The renderer before it worked on bytes.
  static func oracleString(_ table: Table) -> String {
    func display(_ cell: Table.Cell) -> String {
      guard case .number(let value) = cell else { return cell.plainText }
      return TextTable.twoDecimals(value)  // unchanged by the bytes
    }
    let cells = [table.header] + table.rows.map { $0.map(display) }
    var widths = [Int](repeating: 0, count: table.header.count)
    for row in cells {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], oracleWidth(cell)) }
    }
    var numeric: Set<Int> = []
    for column in table.header.indices
    where table.rows.contains(where: {
      switch $0[column] {
      case .integer, .number: true
      default: false
      }
    }) {
      numeric.insert(column)
    }
    var lines: [String] = []
    for (index, row) in cells.enumerated() {
      let padded = row.enumerated().map { column, cell -> String in
        let pad = String(repeating: " ", count: widths[column] - oracleWidth(cell))
        return numeric.contains(column) ? pad + cell : cell + pad
      }
      lines.append(oracleTrim(padded.joined(separator: "  ")))
      if index == 0 {
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
