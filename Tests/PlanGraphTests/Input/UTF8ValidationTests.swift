import Testing

@testable import PlanGraph

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  /// Each lead byte followed by bytes at the edges of every rule of Table 3-7, cut to one to
  /// four bytes, alone and between ASCII and CJK neighbours (the fast paths read eight and
  /// four bytes ahead): valid exactly where the standard library's validation says so.
  @Test("Agrees with the standard library at every edge of the well-formed ranges")
  func agreesWithStandardLibrary() {
    let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
    let ends: [UInt8] = [0x41, 0x80, 0xC0]
    let contexts: [([UInt8], [UInt8])] = [
      ([], []), (Array("a".utf8), Array("中".utf8)), (Array("牵头单位".utf8), Array("abcdefghij".utf8)),
    ]
    var compared = 0
    var valid = 0
    var disagreements: [[UInt8]] = []
    for lead in 0...255 {
      for second in edges {
        for third in ends {
          for fourth in ends {
            let sequence: [UInt8] = [UInt8(lead), second, third, fourth]
            for length in 1...4 {
              for (before, after) in contexts {
                let bytes = before + sequence.prefix(length) + after
                let expected = String(validating: bytes, as: UTF8.self) != nil
                let found = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
                if found != expected { disagreements.append(bytes) }
                if expected { valid += 1 }
                compared += 1
              }
            }
          }
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    #expect(compared == 304_128)
    #expect(valid == 61_164)
  }

  @Test("Text of every kind, and each byte of it broken in turn")
  func brokenText() {
    let text = Array("一、总体要求 (一)牵头单位:市发展改革委、市财政局 “十四五” — 2.5万亩 ·𠀀 é".utf8)
    #expect(text.withUnsafeBufferPointer(UTF8Validation.isValid))
    var invalid = 0
    for place in text.indices {
      for replacement: UInt8 in [0x80, 0xC0, 0xE0, 0xED, 0xF5, 0xFF] {
        var broken = text
        broken[place] = replacement
        let expected = String(validating: broken, as: UTF8.self) != nil
        #expect(broken.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(place)")
        if !expected { invalid += 1 }
      }
    }
    #expect(invalid == 566)
  }
}
