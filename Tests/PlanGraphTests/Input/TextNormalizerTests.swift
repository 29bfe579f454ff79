import PlanGraph
import Testing

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
}
