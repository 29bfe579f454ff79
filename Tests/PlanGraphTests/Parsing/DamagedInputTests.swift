import PlanGraph
import PlanGraphTestSupport
import Testing

/// Truncated, empty, binary and random inputs give diagnostics, never a crash.
@Suite("Damaged input")
struct DamagedInputTests {
  let parser = DocumentParser()

  @Test("An empty input is an error, not a crash")
  func empty() throws {
    let document = try parser.parse(bytes: [], path: "empty.txt")
    #expect(document.diagnostics.map(\.code) == [.emptyInput])
    #expect(document.diagnostics.containsErrors)
  }

  @Test("Blank lines only are empty too")
  func blank() throws {
    let document = try parser.parse(bytes: Array("\n \r\n\u{3000}\n".utf8), path: "blank.txt")
    #expect(document.diagnostics.map(\.code) == [.emptyInput])
  }

  @Test("A plan cut in the middle of a character keeps the tasks before the cut")
  func truncated() throws {
    let bytes = Fixture.jinzhou2025.bytes
    let cut = Array(bytes.prefix(bytes.count / 2 + 1))
    let document = try parser.parse(bytes: cut, path: "cut.txt")
    #expect(document.tasks.count > 50 && document.tasks.count < 158)
    #expect(document.tasks.map(\.number) == Array(1...document.tasks.count))
    #expect(!document.diagnostics.containsErrors)
  }

  @Test("Binary bytes are reported as binary")
  func binary() throws {
    let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    let document = try parser.parse(bytes: bytes, path: "binary.bin")
    #expect(document.diagnostics.contains { $0.code == .binaryInput && $0.severity == .error })
    #expect(document.tasks.isEmpty)
  }

  @Test("Random bytes never crash the parser", arguments: 1...20)
  func random(seed: UInt64) throws {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    var bytes: [UInt8] = []
    for _ in 0..<(Int(seed) * 997 % 20_000) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(UInt8(truncatingIfNeeded: state >> 56))
    }
    let document = try parser.parse(bytes: bytes, path: "random.bin")
    #expect(document.diagnostics.containsErrors)
  }

  @Test("Invalid UTF-8 in a plan is reported at its line")
  func invalidBytes() throws {
    var bytes = Array("1.地区生产总值增长6%。\n牵头单位:市发展改革委\n".utf8)
    bytes.insert(0xFF, at: bytes.count - 4)
    bytes.insert(0xC3, at: 2)
    let document = try parser.parse(bytes: bytes, path: "bad.txt")
    let lines = document.diagnostics.filter { $0.code == .invalidBytes }.map(\.location.line)
    #expect(document.encoding == .utf8)
    #expect(lines == [1, 2])
    #expect(document.tasks.count == 1)
  }
}
