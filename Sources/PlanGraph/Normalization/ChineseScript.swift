/// Traditional characters read as simplified ones, and back: so that a plan re-published in
/// traditional characters (`…牽頭,…按職責分工負責`) is parsed by the same vocabulary.
///
/// The table (`ts-characters.tsv`, from OpenCC's `TSCharacters`, Apache-2.0; made by
/// `Scripts/data/make_ts_characters.py`) maps one character to one character, so converting
/// keeps every text's length; corner brackets (「」『』) are read as quotes (“”‘’). A document
/// is traditional when enough of its Han characters convert. Its parse runs on the simplified text; `Restorer` then writes names and task texts
/// back in the document's own characters, learning from the document which traditional
/// character each simplified one stood for.
public struct ChineseScript: Sendable {
  /// The script a document is written in.
  public enum Script: String, Codable, Hashable, Sendable {
    /// Simplified characters (the mainland's).
    case simplified
    /// Traditional characters.
    case traditional
  }

  private var table: [Unicode.Scalar: Unicode.Scalar] = [:]
  /// One bit per code point that the table converts: every Han character of every document is
  /// tested when its script is judged, and a bit test is cheaper than a dictionary lookup.
  private var converts: [UInt64] = []

  /// Reads a table of `traditional<TAB>simplified` lines; `#` lines are comments.
  public init(parsing text: String) {
    // The corner brackets traditional texts quote with, read as the mainland's quotes.
    for (corner, quote) in [("「", "“"), ("」", "”"), ("『", "‘"), ("』", "’")] {
      table[corner.unicodeScalars.first!] = quote.unicodeScalars.first!
    }
    // Every run of the program reads the table's four thousand lines: the two scalars of a
    // line are decoded from its bytes, with no row of strings made for it.
    var text = text
    text.withUTF8 { bytes in
      table.reserveCapacity(ShippedData.lineCount(bytes) + 4)
      ShippedData.forEachLine(in: bytes) { _, line in
        // `from<TAB>to`, one scalar each; other lines are passed over.
        let bounded = UnsafeBufferPointer(rebasing: bytes[..<line.upperBound])
        guard let (from, tab) = bounded.scalar(at: line.lowerBound), tab < line.upperBound,
          bytes[tab] == 0x09, let (to, next) = bounded.scalar(at: tab + 1),
          next == line.upperBound
        else { return }
        table[from] = to
      }
    }
    // At least every word of U+0000–U+9FFF, so that the Han characters of lead bytes E4–E9
    // are looked up without a bounds test.
    let highest = max(table.keys.map(\.value).max() ?? 0, 0x9FFF)
    converts = Array(repeating: 0, count: Int(highest) / 64 + 1)
    for scalar in table.keys { converts[Int(scalar.value) / 64] |= 1 << (scalar.value % 64) }
  }

  /// The table shipped with PlanGraph, read once.
  public static let shipped: ChineseScript = {
    guard let (data, _) = ShippedData.contents(of: "ts-characters.tsv", besides: #filePath)
    else { return ChineseScript(parsing: "") }
    return ChineseScript(parsing: String(decoding: data, as: UTF8.self))
  }()

  /// How many characters the table knows (the shipped file's, and four corner brackets).
  public var count: Int { table.count }

  /// `text` in simplified characters; every other character is kept.
  public func simplified(_ text: String) -> String { Self.mapping(text, by: table) }

  /// `text` with every scalar `table` knows replaced; the text itself when there is none.
  static func mapping(_ text: String, by table: [Unicode.Scalar: Unicode.Scalar]) -> String {
    guard text.unicodeScalars.contains(where: { table[$0] != nil }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(table[scalar] ?? scalar) }
    return String(scalars)
  }

  /// How many Han characters a text holds and how many of them the table converts: what
  /// its script is judged by.
  public struct Tally: Equatable, Sendable {
    /// Characters from U+3400 up (CJK ideographs and what follows them).
    public var han = 0
    /// Those of them the table converts to a simplified character.
    public var traditional = 0

    /// Counts nothing yet.
    public init() {}

    /// Traditional when at least 8 characters, and 3% of the Han characters, are
    /// traditional ones.
    public var script: Script {
      traditional >= 8 && traditional * 100 >= han * 3 ? .traditional : .simplified
    }

    /// Counts the character of `length` bytes (3 or 4: lead byte E0 and above) at `index`
    /// of `bytes`, decoded from them.
    @inline(__always) mutating func count(
      characterAt index: Int, of bytes: UnsafeBufferPointer<UInt8>, length: Int,
      _ converts: UnsafeBufferPointer<UInt64>
    ) {
      let lead = UInt32(bytes[index])
      let value =
        length == 3
        ? (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        : (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
          | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
      guard value >= 0x3400 else { return }
      han &+= 1
      let word = Int(value) / 64
      if word < converts.count && converts[word] & (1 << (value % 64)) != 0 {
        traditional &+= 1
      }
    }

    /// Counts the character of lead byte E4–E9 (U+4000–U+9FFF, all Han) whose bytes are
    /// `lead`, `second` and `third`: its bit is the table's word for the first two bytes,
    /// at the third's low bits.
    @inline(__always) mutating func countHan(
      _ lead: UInt8, _ second: UInt8, _ third: UInt8, _ converts: UnsafeBufferPointer<UInt64>
    ) {
      han &+= 1
      let word = Int(lead & 0x0F) << 6 | Int(second & 0x3F)
      traditional &+= Int(truncatingIfNeeded: converts[word] >> (third & 0x3F) & 1)
    }
  }

  /// Calls `body` with one bit per code point the table converts, at least every word of
  /// U+0000–U+9FFF: for a reader that tallies text as it goes (`Tally`).
  func withConversionBits<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
    converts.withUnsafeBufferPointer(body)
  }

  /// The script of `lines`: traditional when at least 8 characters, and 3% of the Han
  /// characters, are traditional ones.
  public func script(of lines: [SourceLine]) -> Script { tally(of: lines).script }

  /// The Han characters of `lines`, and how many of them the table converts.
  public func tally(of lines: [SourceLine]) -> Tally {
    var tally = Tally()
    // Every character of every document comes here: the scalars are decoded from the bytes.
    converts.withUnsafeBufferPointer { converts in
      for line in lines {
        // Counted in a local and added once per line: counters captured from outside the
        // closure were read and written back to memory at every character.
        let lineTally = line.text.withUTF8Bytes { bytes in
          var lineTally = Tally()
          var index = 0
          while index < bytes.count {
            // Most characters of a Chinese text are U+4000–U+9FFF (lead bytes E4–E9), all Han.
            // (A string's bytes are valid UTF-8: a lead byte has its continuation bytes.)
            if bytes[index] &- 0xE4 < 6 {
              lineTally.countHan(bytes[index], bytes[index &+ 1], bytes[index &+ 2], converts)
              index &+= 3
              continue
            }
            let length = UTF8Validation.length(ledBy: bytes[index])
            // U+3400 and above take three bytes or four; what is below them is skipped.
            if bytes[index] >= 0xE3 {
              guard index + length <= bytes.count else { break }
              lineTally.count(characterAt: index, of: bytes, length: length, converts)
            }
            index += length
          }
          return lineTally
        }
        tally.han += lineTally.han
        tally.traditional += lineTally.traditional
      }
    }
    return tally
  }

  /// Writes simplified text back in one document's characters.
  public struct Restorer: Sendable {
    private var back: [Unicode.Scalar: Unicode.Scalar] = [:]

    /// Learns, from the document's lines as written and as converted, which character each
    /// simplified one stood for (the most frequent, when the document used several).
    public init(original: [SourceLine], simplified: [SourceLine]) {
      var counts: [Unicode.Scalar: [Unicode.Scalar: Int]] = [:]
      for (a, b) in zip(original, simplified) {
        // A simplified character also written as itself (干 beside 幹) counts for itself.
        for (written, converted) in zip(a.text.unicodeScalars, b.text.unicodeScalars)
        where converted.value >= 0x3400 {
          counts[converted, default: [:]][written, default: 0] += 1
        }
      }
      for (converted, choices) in counts {
        let best = choices.max { ($0.value, $1.key.value) < ($1.value, $0.key.value) }?.key
        if let best, best != converted { back[converted] = best }
      }
    }

    /// `text` in the document's own characters.
    public func restoring(_ text: String) -> String { ChineseScript.mapping(text, by: back) }
  }
}
