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

  @Test("Encoding names as users write them")
  func names() {
    #expect(TextEncoding(name: "GBK") == .gb18030)
    #expect(TextEncoding(name: "utf_8") == .utf8)
    #expect(TextEncoding(name: "latin1") == nil)
  }
}
