import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// Word and Excel files (Fixtures/formats/make_office.py) and the files PlanGraph refuses.
@Suite("Word and Excel inputs")
struct OfficeInputTests {
  static func extract(_ name: String) throws -> ExtractedText {
    let fixture = Fixture("formats/" + name)
    return name.hasSuffix(".xlsx")
      ? try XlsxReader.read(fixture.bytes, path: fixture.path)
      : try DocxReader.read(fixture.bytes, path: fixture.path)
  }

  static func failure(_ bytes: [UInt8], _ path: String = "x.docx") -> PlanGraphError? {
    do {
      _ = try DocumentParser().parse(bytes: bytes, path: path)
      return nil
    } catch {
      return error
    }
  }

  @Test("Word's own numbering is written in front of the paragraphs as Word shows it")
  func numbering() throws {
    let texts = try Self.extract("twin-word-numbered.docx").lines.map(\.text)
    #expect(texts.contains("一、经济社会发展主要预期目标"))
    #expect(texts.contains("二、重点工作任务"))
    #expect(texts.contains("(一)扩大有效投资") && texts.contains("(四)保障改善民生"))
    #expect(texts.contains("1.地区生产总值增长6%左右。"))
    // Task numbers count on across sections: task 7 is the first of section 二.
    #expect(texts.contains("7.全年实施亿元以上项目30个,争取地方政府专项债券资金3亿元。"))
    #expect(texts.contains("22.做好安全生产和防灾减灾,坚决遏制重特大事故发生。"))
    // 三、 continues the sections; the closing points restart at (一); a bullet has no label.
    #expect(texts.contains("三、工作要求"))
    #expect(texts.contains("(一)强化责任落实。各牵头单位要对照任务分工,细化工作措施,明确时间节点。"))
    #expect(texts.contains("本方案自印发之日起执行。"))
  }

  @Test("Paragraphs: runs joined, line breaks split, deleted text and field codes left out")
  func paragraphs() throws {
    let text = try Self.extract("twin-word-paragraphs.docx")
    let texts = text.lines.map(\.text)
    #expect(texts.contains("1. 地区生产总值增长6%左右。") || texts.contains("1.地区生产总值增长6%左右。"))
    #expect(texts.contains("牵头领导:杜新国"))
    // Task 3: 牵头单位 and 责任单位 in one paragraph, a manual line break between them.
    let lead = try #require(text.lines.first { $0.text == "牵头单位:区工信局" })
    let responsible = try #require(text.lines.first { $0.text == "责任单位:区统计局,各街道、乡镇" })
    #expect(lead.number == responsible.number)
    #expect(text.places[lead.number] == ["¶\(lead.number)"])
    // Task 4's deadline was edited with track changes: the deleted words are gone.
    #expect(!texts.contains("完成时限:2024年6月底前年底前"))
    #expect(texts.filter { $0 == "完成时限:年底前" }.count == 9)  // as many as the plan has
    #expect(!texts.contains { $0.contains("PAGE") })
    #expect(texts.last == "—3—")
  }

  @Test("A Word table: spans and vertical merges carry their values, cells name paragraphs")
  func wordTable() throws {
    let text = try Self.extract("twin-word-table.docx")
    let rows = text.lines.filter { $0.text.contains("\t") }
    #expect(rows.first?.text == "序号\t工作任务\t牵头领导\t牵头单位\t责任单位\t完成时限")
    // A section row spanning the table is one cell.
    #expect(text.lines.contains { $0.text == "一、经济社会发展主要预期目标" })
    // Tasks 12-14 share 李红梅 in one merged cell; 13 and 14 carry it.
    let task13 = try #require(rows.first { $0.text.hasPrefix("13\t") })
    let cells = task13.text.split(separator: "\t", omittingEmptySubsequences: false)
    #expect(cells[2] == "李红梅" && cells[5] == "2024年第三季度")
    // Units typed one per paragraph in their cell are joined as the plan writes them.
    #expect(cells[4] == "区文旅局、区市场监管局等")
    let task12 = try #require(rows.first { $0.text.hasPrefix("12\t") })
    #expect(text.places[task13.number]?[2] == text.places[task12.number]?[2])
    let task2 = try #require(rows.first { $0.text.hasPrefix("2\t") })
    #expect(task2.text.hasSuffix("\t区税务局,各街道、乡镇\t年底前"))
  }

  @Test("An Excel workbook: merged cells filled, every cell named Sheet!C7")
  func workbook() throws {
    let text = try Self.extract("twin-table.xlsx")
    #expect(text.lines.first?.text == "锦州市太和区2024年《政府工作报告》重点任务分解方案")
    let task13 = try #require(text.lines.first { $0.text.hasPrefix("13\t") })
    #expect(task13.text.split(separator: "\t")[2] == "李红梅")
    #expect(text.places[task13.number]?[2] == "任务分解表!C\(task13.number)")
    // The second sheet's rows follow the first sheet's 31 rows.
    let note = try #require(text.lines.first { $0.text == "填表说明" })
    #expect(note.number == 32 && text.places[32] == ["说明!A1"])
  }

  @Test("A diagnostic names the paragraph or cell it is about")
  func places() throws {
    var text = ExtractedText()
    text.lines = [SourceLine(number: 7, text: "1\t推进…\t\t市商务局")]
    text.places[7] = ["Sheet1!A7", "Sheet1!B7", "Sheet1!C7", "Sheet1!D7"]
    let document = DocumentParser().parse(text, path: "plan.xlsx")
    #expect(document.diagnostics.allSatisfy { $0.location.place?.hasPrefix("Sheet1!") ?? true })
    let diagnostic = Diagnostic(
      .warning, .emptyInput, "x", at: SourceLocation(file: "plan.xlsx", line: 7, column: 13))
    #expect(text.located(diagnostic).location.place == "Sheet1!C7")
    #expect(text.located(diagnostic).formatted.hasPrefix("plan.xlsx:Sheet1!C7: warning: x"))
  }

  @Test("Damaged archives, PDFs and Word 97 files: a clear error each, never a crash")
  func refused() throws {
    let broken = Fixture("formats/broken/truncated.docx")
    #expect(
      Self.failure(broken.bytes, broken.path)
        == .damagedArchive(
          path: broken.path, reason: "no zip directory at the end of the file (truncated?)"))
    let bomb = Fixture("formats/broken/bomb.docx")
    guard case .damagedArchive(_, let reason) = Self.failure(bomb.bytes, bomb.path) else {
      Issue.record("the zip bomb was read")
      return
    }
    #expect(reason.contains("word/document.xml: it would unpack to 5000134 bytes"))
    // One byte of the deflated document.xml changed: the CRC or the inflater says so.
    var bytes = Fixture("formats/twin-word-table.docx").bytes
    let archive = try ZipArchive(bytes: bytes, path: "t.docx")
    #expect(archive.entries.map(\.name).contains("word/document.xml"))
    let start = try #require(
      (0..<(bytes.count - 17)).first {
        bytes[$0..<($0 + 17)].elementsEqual("word/document.xml".utf8) && bytes[$0 - 30] == 0x50
      })
    bytes[start + 17 + 40] ^= 0xFF
    guard case .damagedArchive = Self.failure(bytes) else {
      Issue.record("a damaged entry was read")
      return
    }
    let pdf = Fixture("formats/broken/scanned.pdf")
    let pdfError = try #require(Self.failure(pdf.bytes, pdf.path))
    #expect(pdfError == .unsupportedFormat(path: pdf.path, format: .pdf))
    #expect(pdfError.description.contains("pdftotext -layout"))
    let doc = Fixture("formats/broken/old-word.doc")
    let docError = try #require(Self.failure(doc.bytes, doc.path))
    #expect(docError.description.contains("soffice --headless --convert-to docx"))
    // Any prefix of a Word file is an error or a document, never a crash.
    let whole = Fixture("formats/twin-word-paragraphs.docx").bytes
    for length in stride(from: 0, to: whole.count, by: 97) {
      _ = Self.failure(Array(whole.prefix(length)))
    }
  }

  @Test("A work report read from Word gives what its text copy gives")
  func reportFromWord() throws {
    let word = try DocumentParser().parse(path: Fixture("formats/shaanxi-2026-report.docx").path)
    let text = try DocumentParser().parse(
      path: Fixture("formats/web-reports/shaanxi-2026-report.txt").path)
    #expect(word.kind == .report && text.kind == .report)
    #expect(word.metadata.jurisdictionCode == "610000" && word.metadata.year == 2026)
    #expect(word.metadata.title == text.metadata.title)
    #expect(word.metadata.issuedOn == text.metadata.issuedOn)
    let rows = { (document: Document) in
      document.targets.map {
        "\($0.indicator) \($0.measure.rawValue) \($0.value ?? -1) \($0.qualifier.rawValue) \($0.seeksBetterResult)"
      }
    }
    #expect(rows(word) == rows(text))
    #expect(rows(word).contains("gdp growth 5.0 about true"))
  }

  @Test("A ZIP64 archive is refused with the reason")
  func zip64() throws {
    // An end-of-directory record claiming 65,535 entries: the ZIP64 marker.
    let bytes: [UInt8] =
      [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
      + [UInt8](
        repeating: 0, count: 10)
    #expect(
      throws: PlanGraphError.damagedArchive(
        path: "x.docx", reason: "a ZIP64 archive (over 4 GB or 65,535 files)")
    ) { try ZipArchive(bytes: bytes, path: "x.docx") }
  }

  @Test("A Word part with entity declarations (a billion laughs) is refused before parsing")
  func entityDeclarations() throws {
    let laughs = """
      <?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
      """
    let bytes = try Self.zip(["word/document.xml": Array(laughs.utf8)])
    guard case .damagedArchive(_, let reason) = Self.failure(bytes) else {
      Issue.record("a document type declaration was parsed")
      return
    }
    #expect(reason.contains("<!DOCTYPE> or <!ENTITY> declaration"))
  }

  /// A zip of stored entries, for tests.
  static func zip(_ entries: [String: [UInt8]]) throws -> [UInt8] {
    var local: [UInt8] = []
    var directory: [UInt8] = []
    func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
    for (name, data) in entries.sorted(by: { $0.key < $1.key }) {
      let crc = CRC32.checksum(data)
      let offset = local.count
      let header =
        u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc)
        + u32(UInt32(data.count)) + u32(UInt32(data.count)) + u16(name.utf8.count) + u16(0)
      local += [0x50, 0x4B, 0x03, 0x04] + header + Array(name.utf8) + data
      directory +=
        [0x50, 0x4B, 0x01, 0x02] + u16(20) + header + u16(0) + u16(0) + u16(0)
        + u32(0) + u32(UInt32(offset)) + Array(name.utf8)
    }
    return local + directory + [0x50, 0x4B, 0x05, 0x06] + u16(0) + u16(0) + u16(entries.count)
      + u16(entries.count) + u32(UInt32(directory.count)) + u32(UInt32(local.count)) + u16(0)
  }
}

/// CRC-32 (IEEE) for building zips in tests.
enum CRC32 {
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
