import PlanGraph
import PlanGraphTestSupport
import Testing

/// The same document in another encoding, line ending or punctuation gives the same model.
@Suite("Input variants")
struct VariantTests {
  static func model(_ bytes: [UInt8], _ fixture: Fixture) throws -> Document {
    try DocumentParser().parse(bytes: bytes, path: fixture.path)
  }

  @Test("GB18030, CRLF, full-width and word-segmented copies parse alike", arguments: Fixture.plans)
  func variants(fixture: Fixture) throws {
    let original = try Self.model(fixture.bytes, fixture)
    let gb = try Self.model(Variants.gb18030(fixture.text), fixture)
    #expect(gb.encoding == .gb18030)
    #expect(gb.diagnostics.contains { $0.code == .decodedAsGB18030 })
    #expect(gb.plan == original.plan)
    #expect(gb.metadata == original.metadata)
    for text in [
      Variants.crlf(fixture.text), Variants.fullWidth(fixture.text),
      Variants.segmented(fixture.text),
    ] {
      let variant = try Self.model(Array(text.utf8), fixture)
      #expect(variant.plan == original.plan)
      #expect(variant.metadata == original.metadata)
      #expect(variant.diagnostics == original.diagnostics)
    }
    var bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    bom += fixture.bytes
    #expect(try Self.model(bom, fixture).plan == original.plan)
    let forced = try DocumentParser(options: .init(encoding: .gb18030)).parse(
      bytes: Variants.gb18030(fixture.text), path: fixture.path)
    #expect(forced.plan == original.plan)
  }

  @Test("Old Mac CR line ends keep line numbers")
  func carriageReturns() throws {
    let text = Fixture.jinzhou2025.text.replacingOccurrences(of: "\n", with: "\r")
    let document = try Self.model(Array(text.utf8), .jinzhou2025)
    #expect(document.tasks.count == 158)
    #expect(document.tasks.first { $0.number == 98 }?.line == 415)
  }
}
