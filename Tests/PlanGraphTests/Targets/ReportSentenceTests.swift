import PlanGraphTestSupport
import Testing

@testable import PlanGraph

/// `ReportSentences` cuts a report into the sentences and clauses that the character-matching
/// cutter it replaced cut (kept here as the reference): on every report and plan we ship, and on
/// generated lines dense with marks, brackets left open and closed twice, and look-alike bytes.
@Suite("Report sentences")
struct ReportSentenceTests {
  /// The cutter before the byte pass: each mark matched at each byte.
  static func reference(_ lines: [SourceLine]) -> [(String, Int, [(String, Int)])] {
    let fullStop = Array("。".utf8)
    let comma = Array("、".utf8)
    let openers: [[UInt8]] = ["(", "《", "“", "["].map { Array($0.utf8) }
    let closers: [[UInt8]] = [")", "》", "”", "]"].map { Array($0.utf8) }
    func matches(_ needle: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
      index + needle.count <= bytes.count
        && Array(bytes[index..<index + needle.count]) == needle
    }
    var sentences: [(String, Int, [(String, Int)])] = []
    var bytes: [UInt8] = []
    var clause: [UInt8] = []
    var clauseLine = 0
    var sentenceLine = 0
    var clauses: [(String, Int)] = []
    var depth = 0
    func endClause() {
      if !clause.isEmpty { clauses.append((String(decoding: clause, as: UTF8.self), clauseLine)) }
      clause.removeAll()
    }
    func endSentence() {
      endClause()
      if !bytes.isEmpty {
        sentences.append((String(decoding: bytes, as: UTF8.self), sentenceLine, clauses))
      }
      bytes.removeAll()
      clauses.removeAll()
      depth = 0
    }
    for line in lines {
      let utf8 = Array(line.text.utf8)
      var i = 0
      while i < utf8.count {
        if bytes.isEmpty { sentenceLine = line.number }
        if clause.isEmpty { clauseLine = line.number }
        if matches(fullStop, utf8, at: i) || utf8[i] == UInt8(ascii: "!") {
          endSentence()
          i += utf8[i] == UInt8(ascii: "!") ? 1 : 3
          continue
        }
        if let opener = openers.first(where: { matches($0, utf8, at: i) }) {
          depth += 1
          bytes += opener
          clause += opener
          i += opener.count
          continue
        }
        if let closer = closers.first(where: { matches($0, utf8, at: i) }) {
          depth = max(0, depth - 1)
          bytes += closer
          clause += closer
          i += closer.count
          continue
        }
        let isSeparator = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(
          utf8[i])
        let isEnumeration = matches(comma, utf8, at: i)
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
    return sentences
  }

  static func cut(_ lines: [SourceLine]) -> [(String, Int, [(String, Int)])] {
    ReportSentences(lines).sentences.map { sentence in
      (sentence.text, sentence.line, sentence.clauses.map { ($0.text, $0.line) })
    }
  }

  static func expectSame(_ lines: [SourceLine], _ what: String) {
    let cut = Self.cut(lines)
    let reference = Self.reference(lines)
    #expect(cut.count == reference.count, "\(what): sentence count")
    for (new, old) in zip(cut, reference) {
      #expect(new.0 == old.0 && new.1 == old.1, "\(what): sentence at line \(old.1)")
      #expect(
        new.2.map(\.0) == old.2.map(\.0) && new.2.map(\.1) == old.2.map(\.1),
        "\(what): clauses of the sentence at line \(old.1)")
    }
  }

  @Test("Every report and plan we ship is cut as the reference cuts it")
  func shippedDocuments() {
    let fixtures = Fixture.reports + Fixture.webReports + Fixture.plans
    var sentences = 0
    for fixture in fixtures {
      let lines = TextNormalizer.lines(fromUTF8: fixture.bytes)
      Self.expectSame(lines, fixture.relativePath)
      sentences += Self.cut(lines).count
    }
    // 凌河 2022 alone has hundreds; the count shows the documents were read.
    #expect(sentences > 1_000)
  }

  @Test("Generated lines of marks, unbalanced brackets and look-alike characters")
  func generatedLines() {
    // Marks, characters whose bytes start as the marks' do (E3 80 xx: 〃 々 〆 〇 「 」, and
    // E2 80 xx: ‘ ’ — …), plain Chinese and ASCII.
    let pieces = [
      "。", "、", "(", ")", "[", "]", "《", "》", "“", "”", "!", ",", ";", ":", "〃", "々", "〇",
      "「", "」", "‘", "’", "—", "…", "增长", "5%", "地区生产总值", "a", " ", "〔", "〕",
    ]
    var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
    for round in 0..<300 {
      let lines = (1...(1 + random.next(6))).map { number in
        SourceLine(
          number: number * 2,
          text: (0..<random.next(30)).map { _ in pieces[random.next(pieces.count)] }.joined())
      }
      Self.expectSame(lines, "round \(round)")
    }
  }

  @Test("A sentence split over lines keeps the line it starts on; so does each clause")
  func linesOfSentencesAndClauses() {
    let lines = [
      SourceLine(number: 3, text: "主要预期目标"), SourceLine(number: 4, text: "是:地区生产总值增长5%左右,"),
      SourceLine(number: 5, text: "城镇新增就业(含“灵活”就业,兼职)10万人。下一句!"),
    ]
    let sentences = Self.cut(lines)
    #expect(sentences.count == 2)
    #expect(sentences[0].0 == "主要预期目标是:地区生产总值增长5%左右,城镇新增就业(含“灵活”就业,兼职)10万人")
    #expect(sentences[0].1 == 3)
    #expect(
      sentences[0].2.map(\.0) == ["主要预期目标是", "地区生产总值增长5%左右", "城镇新增就业(含“灵活”就业,兼职)10万人"])
    #expect(sentences[0].2.map(\.1) == [3, 4, 5])
    #expect(sentences[1].0 == "下一句" && sentences[1].1 == 5)
  }
}
