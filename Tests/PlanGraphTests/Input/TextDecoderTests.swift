import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Text decoder")
struct TextDecoderTests {
  @Test("UTF-8 with and without BOM")
  func utf8() throws {
    let plain = try TextDecoder.decode(Array("牵头单位".utf8))
    #expect(plain.encoding == .utf8)
    let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("牵头单位".utf8))
    #expect(bom.bytes == Array("牵头单位".utf8))
  }

  @Test("GB18030 is detected and decoded through iconv")
  func gb18030() throws {
    let decoded = try TextDecoder.decode(Variants.gb18030("牵头单位:市发展改革委"))
    #expect(decoded.encoding == .gb18030)
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "牵头单位:市发展改革委")
    #expect(decoded.invalidByteCount == 0)
  }

  @Test("Stray bytes: UTF-8 repaired when GB18030 reads no fewer bad, GB18030 when it reads fewer")
  func strayBytes() throws {
    let text = "牵头单位:市发展改革委、市财政局、市商务局\n责任单位:各县(市)区人民政府\n"
    // Three stray bytes in UTF-8: GB18030 reads them as bad too (and more), so UTF-8 is
    // repaired, every one of the three replaced.
    let pieces = ["牵头单位:市发展改革委", "、市财政局、", "市商务局\n责任单位:", "各县(市)区人民政府\n"]
    #expect(pieces.joined() == text)
    let utf8 = pieces.map { Array($0.utf8) }.joined(separator: [0xFF]).map { $0 }
    let repaired = try TextDecoder.decode(utf8)
    #expect(repaired.encoding == .utf8 && repaired.invalidByteCount == 3)
    let replaced = String(decoding: repaired.bytes, as: UTF8.self)
    #expect(replaced.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 3)
    #expect(replaced.replacingOccurrences(of: "\u{FFFD}", with: "") == text)
    // One stray byte in GB18030: its UTF-8 reading has many more, so GB18030 is read.
    var gb = Variants.gb18030(text)
    gb.insert(0xFF, at: 8)  // after 牵头单位, two bytes a character
    let decoded = try TextDecoder.decode(gb)
    #expect(decoded.encoding == .gb18030 && decoded.invalidByteCount == 1)
  }

  @Test("Encoding names as users write them")
  func names() {
    #expect(TextEncoding(name: "GBK") == .gb18030)
    #expect(TextEncoding(name: "utf_8") == .utf8)
    #expect(TextEncoding(name: "latin1") == nil)
  }
}
