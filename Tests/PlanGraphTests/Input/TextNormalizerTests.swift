import PlanGraphTestSupport
import Testing

@testable import PlanGraph

@Suite("Text normalizer")
struct TextNormalizerTests {
  @Test(
    "Word-segmented text and padded names close up",
    arguments: [
      ("增长 6 . 6 %", "增长6.6%"),
      ("王 健", "王健"),
      ("各县（市）区人民政府（管委会）", "各县(市)区人民政府(管委会)"),
      ("牵头单位：市财政局；市税务局", "牵头单位:市财政局;市税务局"),
      ("\u{3000}\u{3000}１．地区生产总值", "1.地区生产总值"),
      ("Made in China 2025", "Made in China 2025"),
      ("“两个确立”、《报告》。", "“两个确立”、《报告》。"),
      ("a\u{00A0}\u{00A0}b\u{200B}c", "a bc"),
    ])
  func normalize(input: String, expected: String) {
    #expect(TextNormalizer.normalize(input) == expected)
  }

  @Test("Lines keep their original numbers across CRLF, CR and blank lines")
  func lineNumbers() {
    let lines = TextNormalizer.lines(of: "一\r\n\r\n  二\r三\n\n四")
    #expect(lines.map(\.number) == [1, 3, 4, 6])
    #expect(lines.map(\.text) == ["一", "二", "三", "四"])
    #expect(lines[1].indentation == 2)
  }

  @Test("Text the shortcut takes as canonical is text the scan leaves as it is")
  func canonicalShortcut() {
    // Every character the scan changes or drops, characters sharing their first bytes
    // (、 。 “ ” — ™ ¥ ＄ ﻿), and plain text.
    let pieces = [
      " ", "\t", "\n", "\r", "\u{7F}", "\u{1}", "\u{3000}", "\u{00A0}", "\u{200B}", "\u{2002}",
      "\u{202F}", "\u{FEFF}", "（", "１", "～", "、", "。", "“", "”", "—", "…", "\u{2122}", "¥",
      "\u{2030}", "\u{E000}", "市", "局", "a", "1", "(", "😀", "\u{0301}",
    ]
    var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
    var canonical = 0
    for _ in 0..<5_000 {
      let text = (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
      let scanned = TextNormalizer.scanned(text)
      var copy = text
      let isCanonical = copy.withUTF8(TextNormalizer.isCanonical)
      // The shortcut is sound: what it passes, the scan returns unchanged.
      if isCanonical { #expect(scanned.utf8Equals(text), "\(Array(text.unicodeScalars))") }
      #expect(TextNormalizer.normalize(text).utf8Equals(scanned))
      if isCanonical { canonical += 1 }
    }
    #expect(canonical > 500)
    // Text with a space the scan keeps (between ASCII letters and digits) takes the scan.
    var words = "Made in China 2025"
    let wordsCanonical = words.withUTF8(TextNormalizer.isCanonical)
    #expect(!wordsCanonical)
    #expect(TextNormalizer.normalize(words) == words)
  }
}
