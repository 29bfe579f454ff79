import Foundation
import PlanGraphTestSupport
import Testing

@testable import PlanGraph

/// `ByteScan.firstOffset(of:in:)`, which the parser's substring tests use, finds what a
/// byte-by-byte search finds: the first occurrence, at every length and place.
@Suite("Byte search")
struct ByteSearchTests {
  /// The first offset of `needle` in `haystack`, one place after another.
  static func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty else { return 0 }
    guard needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first {
      Array(haystack[$0..<($0 + needle.count)]) == needle
    }
  }

  static func search(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
    needle.withUnsafeBufferPointer { n in
      haystack.withUnsafeBufferPointer { h in ByteScan.firstOffset(of: n, in: h) }
    }
  }

  @Test("A word at every place of haystacks of every length from 0 to 40, and past 4,096")
  func everyPlace() {
    // 经济增长 and 下达 as the parser searches them, and words of one and two bytes; the
    // filler shares their last bytes' values elsewhere (长 ends in 0xBF, so does 其) and
    // holds zeros and ones, which the word test's borrow may flag in the next byte.
    let filler = Array("其他\u{0}\u{1}要求下达经济增完成了".utf8)
    var checked = 0
    for needle in [Array("经济增长".utf8), Array("下达".utf8), [0xBF], [0x00, 0x01], Array("%".utf8)] {
      for length in Array(0...40) + [4_095, 4_096, 4_097, 5_000] {
        let haystack = (0..<length).map { filler[$0 % filler.count] }
        #expect(Self.search(needle, haystack) == Self.naive(needle, haystack))
        for place in stride(from: 0, through: length - needle.count, by: 1)
        where length <= 40 || place % 97 == 0 || place == length - needle.count {
          var planted = haystack
          planted.replaceSubrange(place..<(place + needle.count), with: needle)
          // A copy planted later too: the first must be found.
          if place + 2 * needle.count + 3 <= length {
            planted.replaceSubrange(
              (place + needle.count + 3)..<(place + 2 * needle.count + 3), with: needle)
          }
          #expect(
            Self.search(needle, planted) == Self.naive(needle, planted),
            "\(needle) in \(length) bytes at \(place)")
          checked += 1
        }
      }
    }
    #expect(checked > 2_000)
  }

  @Test("Empty needle at 0; a needle longer than the haystack, or absent, is not found")
  func edges() {
    #expect(Self.search([], Array("市财政局".utf8)) == 0)
    #expect(Self.search([], []) == 0)
    #expect(Self.search(Array("市财政局".utf8), Array("财政".utf8)) == nil)
    #expect(Self.search(Array("牵头".utf8), Array("由市财政局负责，市审计局配合".utf8)) == nil)
    #expect(Self.search(Array("负责".utf8), Array("由市财政局负责，市审计局配合".utf8)) == 15)
    #expect("由市财政局负责".utf8Range(of: "财政") == 6)
  }

  /// Searches `words` in texts of `filler`'s bytes of every length up to `longest` (each
  /// starting at another byte of it), as they are and with each word planted at every place;
  /// returns how many planted places were searched.
  static func searchEveryPlace(_ words: [String], filler: [UInt8], longest: Int) -> Int {
    let search = NeedleSet(words)
    var checked = 0
    for length in 0...longest {
      let haystack = (0..<length).map { filler[(length + $0) % filler.count] }
      let found = haystack.withUnsafeBufferPointer { search.containsAny(in: $0) }
      #expect(found == words.contains { Self.naive(Array($0.utf8), haystack) != nil })
      for word in words.map({ Array($0.utf8) }) {
        for place in stride(from: 0, through: length - word.count, by: 1) {
          var planted = haystack
          planted.replaceSubrange(place..<(place + word.count), with: word)
          #expect(planted.withUnsafeBufferPointer { search.containsAny(in: $0) })
          checked += 1
        }
      }
    }
    return checked
  }

  @Test("Several words in one pass: found wherever any one of them is, at every place")
  func severalWords() {
    // Three needles: the set searches them by their last two bytes (`WordSearch`). 扫 ends
    // in 0xAB and 【 in 0x90, bytes that end many other characters (搜, 】's neighbours); the
    // filler holds some of them.
    let checked = Self.searchEveryPlace(
      ["【", "扫", "字号:"], filler: Array("搜索】页面字体大小:".utf8), longest: 40)
    #expect(checked == 2_077)
  }

  @Test("Several words in long texts: every place of every 16-byte block and of the tail")
  func severalWordsInLongTexts() {
    // A one-byte word (`%`) among longer ones, and a filler of near misses: 】 (E3 80 91)
    // shares 【's first two bytes, 号 is 字号:'s without the colon, 长 ends 增长 and 省长
    // without the character before it, 吨 is 万吨's without 万.
    // A word of w bytes has 71 - w places in a text of 70, one fewer in each shorter text
    // down to its own length: (71 - w)(72 - w) / 2 in all.
    let filler = Array("搜索】页面字体大小号日描长度吨位长".utf8)
    for (words, places) in [
      (["【", "扫", "字号:"], 6_772), (["%", "万吨", "增长"], 6_775), (["省长"], 2_145),
    ] {
      #expect(Self.searchEveryPlace(words, filler: filler, longest: 70) == places)
    }
  }

  @Test("The longest needle found is the first in list order among the longest found")
  func longestMatch() {
    // Needles of one to five characters that overlap and repeat (the indicator vocabulary
    // names one variant under two indicators), and a byte-long one.
    let needles = ["增长", "地区生产总值", "生产总值", "总值", "%", "生产总值", "经济增长", "规上工业增加值", "工业增加值"]
    let set = NeedleSet(needles)
    let texts = [
      "", "地区生产总值增长6%", "规上工业增加值增长8%左右", "工业增加值", "%", "居民收入与经济增长同步",
      "生产总值", "总值总值", "粮食产量稳定在100万吨",
    ]
    var found = 0
    for text in texts {
      // The answer the vocabulary gave before: the list of matches, the first longest in it.
      var best: Int?
      for index in needles.indices
      where text.utf8Contains(needles[index])
        && (best == nil || needles[index].utf8.count > needles[best!].utf8.count)
      {
        best = index
      }
      #expect(set.longestMatch(in: text) == best, "\(text)")
      if best != nil { found += 1 }
    }
    #expect(found == 7)
    #expect(set.longestMatch(in: "地区生产总值增长6%") == 1)
    #expect(set.longestMatch(in: "生产总值") == 2)
  }

  @Test("Two or more needles found: a menu bar, not one entry written twice")
  func twoOrMore() {
    let needles = ["首页", "政务公开", "通知公告", "走进"]
    let set = NeedleSet(needles)
    let texts = [
      "", "首页", "首页首页", "首页>政务公开", "走进鞍山|通知公告", "政务公开目录", "首页 政务 公开", "通知公告、首页、走进",
    ]
    let counted = texts.map { text in needles.filter { text.utf8Contains($0) }.count >= 2 }
    #expect(texts.map(set.containsTwoOrMore) == counted)
    #expect(counted == [false, false, false, true, true, false, false, true])
  }

  @Test("Last scalar and scalar count read from the bytes agree with the scalar view")
  func lastScalar() {
    for text in ["", "a", "区", "古塔区", "é", "e\u{301}", "大连市人民政府", "𠀋街道", "Ω2𠀋", "各镇(街道)"] {
      #expect(text.lastScalar == text.unicodeScalars.last, "\(text)")
      #expect(text.scalarCount == text.unicodeScalars.count, "\(text)")
    }
  }

  @Test("A digit found among every byte value, at every place of lines up to 24 bytes")
  func digits() {
    var checked = 0
    for value in 0...255 {
      for length in 1...24 {
        // Chinese text around one byte of every value: 0x2F, 0x3A and bytes with the high
        // bit set are the neighbours a word-at-a-time range test could let through.
        for place in 0..<length {
          var bytes = Array("中文文本的字节".utf8.prefix(length))
          while bytes.count < length { bytes.append(0xBA) }
          bytes[place] = UInt8(value)
          let found = bytes.withUnsafeBufferPointer { ByteScan.containsDigit($0) }
          #expect(found == (0x30...0x39).contains(value), "\(value) at \(place) of \(length)")
          checked += 1
        }
      }
    }
    #expect(checked == 76_800)
  }

  @Test("Control bytes counted a word at a time equal a count byte by byte")
  func controlBytes() {
    var checked = 0
    for length in 0...26 {
      for first in 0...255 {
        // Every byte value planted in a text of Chinese, line breaks, tabs and ASCII.
        var bytes = Array("市财政局\n\t(民政局)\r\nA1".utf8.prefix(length))
        while bytes.count < length { bytes.append(0x41) }
        for place in stride(from: 0, to: length, by: 7) {
          bytes[place] = UInt8(first)
          let expected = bytes.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
          let counted = bytes.withUnsafeBufferPointer { ByteScan.controlByteCount(in: $0) }
          #expect(counted == expected, "\(bytes)")
          checked += 1
        }
      }
    }
    #expect(checked == 15_872)
  }

  @Test("Bracket balance counted a word at a time equals a count byte by byte")
  func bracketBalance() {
    var checked = 0
    for length in 0...26 {
      for first in 0...255 where first % 3 == 0 || (0x27...0x2A).contains(first) {
        // Two planted bytes over a mix of Chinese, brackets and ASCII.
        var bytes = Array("市(财政)局、((民政局".utf8.prefix(length))
        while bytes.count < length { bytes.append(0x29) }
        for place in stride(from: 0, to: length, by: 5) {
          bytes[place] = UInt8(first)
          if place + 1 < length { bytes[place + 1] = UInt8(255 - first) }
          let expected = bytes.reduce(0) { $0 + ($1 == 0x28 ? 1 : $1 == 0x29 ? -1 : 0) }
          let counted = bytes.withUnsafeBufferPointer { ByteScan.balance(of: 0x28, 0x29, in: $0) }
          #expect(counted == expected, "\(bytes)")
          checked += 1
        }
      }
    }
    #expect(checked == 7_128)
  }

  /// The closing brackets of `bytes` found one character at a time, as the bracket scanner
  /// found them before it passed over a block at a time: its oracle.
  static func closingBracketsByCharacter(_ bytes: [UInt8]) -> [String] {
    var found: [String] = []
    var depth = 0
    var open = (offset: 0, width: 1)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let isLenticular = byte == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      if byte == 0x28 || (isLenticular && bytes[index + 2] == 0x90) {
        if depth == 0 { open = (index, byte == 0x28 ? 1 : 3) }
        depth += 1
      } else if byte == 0x29 || (isLenticular && bytes[index + 2] == 0x91) {
        let end = index + (byte == 0x29 ? 1 : 3)
        if depth == 0 {
          found.append("nil \(index) \(end)")
        } else {
          depth -= 1
          if depth == 0 { found.append("\(open.offset)+\(open.width) \(index) \(end)") }
        }
      }
      index += UTF8Validation.length(ledBy: byte)
    }
    return found
  }

  @Test("Closing brackets found a block at a time are those found a character at a time")
  func closingBrackets() {
    // Brackets, and characters that share their bytes: 丐 and 丑 end in 0x90 and 0x91 like
    // 【 and 】, ぐ is E3 81 90, 、 and 〔 are E3 80 81 and E3 80 94, 䀐 and 䀑 E4 80 90 and 91.
    let pieces = ["(", ")", "【", "】", "丐", "丑", "ぐ", "、", "〔", "a", "市", "局", "䀐", "䀑"]
    var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
    var checked = 0
    var closings = 0
    for _ in 0..<4_000 {
      let text = (0..<random.next(32)).map { _ in pieces[random.next(pieces.count)] }.joined()
      let bytes = Array(text.utf8)
      var found: [String] = []
      bytes.withUnsafeBufferPointer { buffer in
        AssignmentBracket.forEachClosingBracket(in: buffer) { bracket in
          found.append(
            bracket.open.map { "\($0.offset)+\($0.width) \(bracket.offset) \(bracket.end)" }
              ?? "nil \(bracket.offset) \(bracket.end)")
        }
      }
      #expect(found == Self.closingBracketsByCharacter(bytes), "\(text)")
      checked += 1
      closings += found.count
    }
    #expect(checked == 4_000 && closings > 4_000)
  }

  @Test("Bounds and replacements by bytes agree with Foundation's on canonical text")
  func boundsAndReplacements() {
    let texts = [
      "2022年锦州市凌河区政府工作报告——2022年1月5日在锦州市凌河区第十九届人民代表大会第一次会议上",
      "陕西省代省长赵刚", "——", "年", "", "市发展改革委、市财政局、市发展改革委", "a-b_c-", "%1.%2.%1",
      "主要预期目标是:地区生产总值增长5%", "凌海市人民政府市长", "\n第一行\n第二行\n",
    ]
    let needles = ["——", "年", "日在", "在", "第", "市长", "人民代表大会", "-", "_", "%1", "市发展改革委", "\n", "|"]
    var found = 0
    for text in texts {
      for needle in needles {
        let bytes = text.utf8Bounds(of: needle)
        let foundation = text.range(of: needle)
        #expect(bytes == foundation, "\(needle) in \(text)")
        // The same on a substring, as the report header searches one.
        let tail = text.dropFirst(text.count / 3)
        #expect(tail.utf8Bounds(of: needle) == tail.range(of: needle), "\(needle) in \(tail)")
        #expect(
          text.utf8Replacing(needle, with: "<\(needle)>")
            == text.replacingOccurrences(of: needle, with: "<\(needle)>"))
        #expect(
          text.utf8Replacing(needle, with: "") == text.replacingOccurrences(of: needle, with: ""))
        if bytes != nil { found += 1 }
      }
    }
    #expect(found == 15)
    #expect("abc".utf8Bounds(of: "") == nil && "abc".utf8Replacing("", with: "x") == "abc")
  }
}
