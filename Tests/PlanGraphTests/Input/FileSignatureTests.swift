import PlanGraph
import Testing

@Suite("File signatures")
struct FileSignatureTests {
  @Test("Formats that are not text are named by their first bytes, whatever the extension")
  func recognised() throws {
    let samples: [([UInt8], FileSignature)] = [
      (Array("%PDF-1.7\n".utf8), .pdf),
      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], .compoundDocument),
      // An empty zip archive: neither Word nor Excel.
      ([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), .zip),
      (Array("{\\rtf1\\ansi".utf8), .rtf),
      (Array("Rar!\u{1A}\u{07}".utf8), .archive),
      ([0x1F, 0x8B, 0x08, 0], .archive),
      ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], .image),
      ([0xFF, 0xD8, 0xFF, 0xE0], .image),
    ]
    for (bytes, format) in samples {
      #expect(FileSignature(of: bytes) == format)
      #expect(throws: PlanGraphError.unsupportedFormat(path: "plan.txt", format: format)) {
        try DocumentParser().parse(bytes: bytes, path: "plan.txt")
      }
    }
    // The first bytes of a zip and nothing more: a damaged archive, said so.
    #expect(
      throws: PlanGraphError.damagedArchive(
        path: "plan.txt", reason: "no zip directory at the end of the file (truncated?)")
    ) {
      try DocumentParser().parse(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0], path: "plan.txt")
    }
    let message = PlanGraphError.unsupportedFormat(path: "a.doc", format: .compoundDocument)
      .description
    #expect(message.contains("soffice --headless --convert-to"))
    // Text, GB18030 text and a UTF-16 byte-order mark are not signatures.
    #expect(FileSignature(of: Array("1.推进项目建设。".utf8)) == nil)
    #expect(FileSignature(of: [0xFF, 0xFE, 0x31, 0x00]) == nil)
    #expect(FileSignature(of: [0xB9, 0xA4, 0xD7, 0xF7]) == nil)
  }
}
