import Testing

@testable import PlanGraph

/// Headings (`一、`, `(十二)`, `二是`) are read on bytes, as `Character` reads them: the numeral
/// and the punctuation after it must each be a whole character, so a combining mark joined to
/// any of them leaves the line a plain one.
@Suite("Heading numerals")
struct HeadingNumeralTests {
  /// The reading by characters that the byte reading replaced: a numeral is the run of numeral
  /// characters, `十` with at most one digit on each side or one digit other than zero.
  static func value(ofNumeral text: Substring) -> Int? {
    let digits: [Character: Int] = [
      "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "〇": 0,
      "零": 0,
    ]
    guard !text.isEmpty, text.count <= 3 else { return nil }
    let characters = Array(text)
    if let ten = characters.firstIndex(of: "十") {
      let high = ten == 0 ? 1 : digits[characters[0]]
      let low = ten == characters.count - 1 ? 0 : digits[characters[ten + 1]]
      guard let high, let low, ten <= 1, characters.count - ten <= 2 else { return nil }
      return high * 10 + low
    }
    guard characters.count == 1, let value = digits[characters[0]], value > 0 else { return nil }
    return value
  }

  static func isNumeral(_ character: Character) -> Bool {
    "一二三四五六七八九〇零十".contains(character)
  }

  /// The shape the character reading gives `line`: a section, a subsection or neither.
  static func expected(_ line: String) -> LineShape? {
    // The first byte decides, and the bracket's character is dropped with any mark on it.
    if line.utf8.first == UInt8(ascii: "(") {
      let body = line.dropFirst()
      let numeral = body.prefix(while: isNumeral)
      guard let value = value(ofNumeral: numeral) else { return nil }
      let rest = body[numeral.endIndex...]
      guard rest.first == ")" else { return nil }
      return .subsection(value, title: String(rest.dropFirst()))
    }
    let numeral = line.prefix(while: isNumeral)
    guard let value = value(ofNumeral: numeral) else { return nil }
    let rest = line[numeral.endIndex...]
    guard rest.first == "、" else { return nil }
    return .section(value, title: String(rest.dropFirst()))
  }

  static func actual(_ line: String) -> LineShape? {
    let shape = LineClassifier.shape(of: line)
    switch shape {
    case .section, .subsection: return shape
    default: return nil
    }
  }

  @Test("Every numeral of up to four characters, framed as a section or subsection, with marks")
  func everyNumeral() {
    let numerals: [String] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "〇", "零", "十"]
    var runs = numerals
    for first in numerals {
      for second in numerals {
        runs.append(first + second)
        for third in ["十", "二", "零"] { runs.append(first + second + third) }
      }
    }
    runs += ["二十三四", "十二十"]
    // A combining acute accent, a zero-width joiner, a variation selector, a Devanagari
    // spacing mark: each joins the character before it.
    let marks = ["", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{93E}"]
    var checked = 0
    var headings = 0
    for run in runs {
      for mark in marks {
        for (open, close) in [("", "、"), ("(", ")")] {
          for placed in [
            open + run + close + mark + "加快建设", open + mark + run + close + "项目",
            open + run + mark + close + "推进", open + run + close, open + run + close + "、二",
            open + run + "。" + close,
          ] {
            let expected = Self.expected(placed)
            #expect(Self.actual(placed) == expected, "\(placed.unicodeScalars.map(\.value))")
            checked += 1
            if expected != nil { headings += 1 }
          }
        }
      }
    }
    // 590 runs, 5 marks, 2 frames, 6 placements; the headings counted by a script that
    // joins each mark to the character before it.
    #expect(checked == 35_400)
    #expect(headings == 1_620)
  }

  @Test("Read values and titles")
  func values() {
    #expect(LineClassifier.shape(of: "一、总体要求") == .section(1, title: "总体要求"))
    #expect(LineClassifier.shape(of: "十二、其他") == .section(12, title: "其他"))
    #expect(LineClassifier.shape(of: "二十、") == .section(20, title: ""))
    #expect(LineClassifier.shape(of: "九十九、收尾") == .section(99, title: "收尾"))
    #expect(LineClassifier.shape(of: "(三)扩大内需") == .subsection(3, title: "扩大内需"))
    #expect(LineClassifier.shape(of: "(十一)改革") == .subsection(11, title: "改革"))
    #expect(LineClassifier.shape(of: "一百、多") == .text)
    #expect(LineClassifier.shape(of: "十十、错") == .text)
    #expect(LineClassifier.shape(of: "〇、错") == .text)
    #expect(LineClassifier.shape(of: "一\u{301}、错") == .text)
    #expect(TaskNumbering.strip("二是加快建设").0 == 2)
    #expect(TaskNumbering.strip("二是加快建设").1 == "加快建设")
    #expect(TaskNumbering.strip("十三是推进").0 == 13)
    #expect(TaskNumbering.strip("二是\u{301}加快").0 == nil)
    #expect(TaskNumbering.strip("二十五是").1 == "")
    #expect(TaskNumbering.strip("一二三四是").0 == nil)
  }
}
