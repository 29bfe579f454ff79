/// A report's text as sentences, each clause knowing the line it starts on.
///
/// Lines are joined before sentences are cut, because copies break sentences anywhere
/// (`主要预期目标` / `是:地区生产总值增长4.5%—5%`): a sentence ends at `。` (or `!`), never at a
/// line end. Clauses are cut at `、 , ; :` outside brackets and quotes. Works on UTF-8 bytes.
struct ReportSentences {
  /// One clause of a sentence.
  struct Clause {
    /// The clause's text.
    var text: String
    /// The input line it starts on.
    var line: Int
  }

  /// One sentence.
  struct Sentence {
    /// The sentence's text, without its closing `。`.
    var text: String
    /// The input line it starts on.
    var line: Int
    /// Its clauses in order.
    var clauses: [Clause]
  }

  /// The sentences in text order.
  private(set) var sentences: [Sentence] = []

  private static let fullStop = Array("。".utf8)
  private static let enumerationComma = Array("、".utf8)
  private static let openers: [[UInt8]] = ["(", "《", "“", "["].map { Array($0.utf8) }
  private static let closers: [[UInt8]] = [")", "》", "”", "]"].map { Array($0.utf8) }

  /// Cuts `lines` into sentences.
  init(_ lines: some Collection<SourceLine>) {
    var bytes: [UInt8] = []
    var clause: [UInt8] = []
    var clauseLine = 0
    var sentenceLine = 0
    var clauses: [Clause] = []
    var depth = 0
    func endClause() {
      if !clause.isEmpty {
        clauses.append(Clause(text: String(decoding: clause, as: UTF8.self), line: clauseLine))
      }
      clause.removeAll(keepingCapacity: true)
    }
    func endSentence() {
      endClause()
      if !bytes.isEmpty {
        sentences.append(
          Sentence(
            text: String(decoding: bytes, as: UTF8.self), line: sentenceLine, clauses: clauses))
      }
      bytes.removeAll(keepingCapacity: true)
      clauses.removeAll(keepingCapacity: true)
      depth = 0
    }
    for line in lines {
      let utf8 = Array(line.text.utf8)
      var i = 0
      while i < utf8.count {
        if bytes.isEmpty { sentenceLine = line.number }
        if clause.isEmpty { clauseLine = line.number }
        if Self.matches(Self.fullStop, utf8, at: i) || utf8[i] == UInt8(ascii: "!") {
          endSentence()
          i += utf8[i] == UInt8(ascii: "!") ? 1 : 3
          continue
        }
        if let opener = Self.openers.first(where: { Self.matches($0, utf8, at: i) }) {
          depth += 1
          bytes += opener
          clause += opener
          i += opener.count
          continue
        }
        if let closer = Self.closers.first(where: { Self.matches($0, utf8, at: i) }) {
          depth = max(0, depth - 1)
          bytes += closer
          clause += closer
          i += closer.count
          continue
        }
        let isSeparator = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(
          utf8[i])
        let isEnumeration = Self.matches(Self.enumerationComma, utf8, at: i)
        if depth == 0 && (isSeparator || isEnumeration) {
          let width = isEnumeration ? 3 : 1
          bytes += utf8[i..<i + width]
          endClause()
          i += width
          continue
        }
        bytes.append(utf8[i])
        clause.append(utf8[i])
        i += 1
      }
    }
    endSentence()
  }

  private static func matches(_ needle: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
    guard index + needle.count <= bytes.count else { return false }
    for k in 0..<needle.count where bytes[index + k] != needle[k] { return false }
    return true
  }
}
