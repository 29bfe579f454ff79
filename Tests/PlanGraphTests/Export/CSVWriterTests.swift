import Foundation
import PlanGraph
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
  @Test("RFC 4180 quoting, formula guard on text only, optional BOM")
  func quoting() {
    var table = Table(header: ["a", "b"])
    table.append([.text("x,\"y\""), .integer(-3)])
    table.append([.text("=SUM(A1)"), .number(0.25)])
    table.append([.text("-1"), .boolean(true)])
    #expect(CSVWriter().string(for: table) == "a,b\n\"x,\"\"y\"\"\",-3\n'=SUM(A1),0.25\n'-1,true\n")
    #expect(CSVWriter(byteOrderMark: true).string(for: table).hasPrefix("\u{FEFF}a,b\n"))
  }

  @Test("Integers and booleans are written as String(value) spells them")
  func integersAndBooleans() {
    let values = [0, 7, -3, 10, 1_000_000, Int.max, Int.min]
    var table = Table(header: ["n"])
    for value in values { table.append([.integer(value)]) }
    table.append([.boolean(false)])
    let expected = values.map(String.init).joined(separator: "\n") + "\nfalse\n"
    #expect(CSVWriter().string(for: table) == "n\n" + expected)
  }

  @Test(
    "Numbers print in shortest round-trip form, past Int's range too",
    arguments: [
      (1.0, "1"), (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"), (1e-7, "0.0000001"),
      (1e21, "1000000000000000000000"), (-1.5e20, "-150000000000000000000"),
    ])
  func numbers(value: Double, text: String) {
    #expect(Table.format(value) == text)
  }

  @Test("Rows streamed to CSV match the same rows written from a table, byte for byte")
  func streamedRows() {
    let cells: [[Table.Cell]] = [
      [.text("x,\"y\""), .integer(-3), .number(0.25), .boolean(false), .empty],
      [.text("=SUM(A1)"), .integer(Int.min), .number(1e-7), .boolean(true), .text("市财政局")],
      [.text("-1"), .integer(0), .number(-2), .number(.nan), .text("a\nb")],
      [.text(""), .integer(42), .number(1e21), .number(1.0 / 3.0), .text("+")],
    ]
    var table = Table(header: ["a", "b", "c", "d", "e"])
    var streamed = CSVRows()
    for row in cells {
      table.append(row)
      for cell in row { streamed.append(cell) }
      streamed.endRow()
    }
    var expected: [UInt8] = []
    CSVWriter().appendRows(of: table, to: &expected)
    #expect(
      String(decoding: streamed.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
  }

  @Test(
    "A joined cell is written as its joined text would be",
    arguments: [
      ("plan-1", "市财政局"), ("=x", "y"), ("", "-1"), ("a,b", "c"), ("a", "say \"hi\""),
      ("", ""), ("line\nbreak", "z"),
    ])
  func joinedCells(first: String, second: String) {
    var joined = CSVRows()
    joined.appendJoined(first, UInt8(ascii: ":"), second)
    joined.append(.text(second))
    joined.endRow()
    var whole = CSVRows()
    whole.append(.text(first + ":" + second))
    whole.append(.text(second))
    whole.endRow()
    #expect(joined.bytes == whole.bytes)
    var rows = TableRows(header: ["id", "label"])
    rows.appendJoined(first, UInt8(ascii: ":"), second)
    rows.append(.text(second))
    rows.endRow()
    #expect(rows.table.rows == [[.text(first + ":" + second), .text(second)]])
    var fromBytes = CSVRows()
    Array((first + ":" + second).utf8).withUnsafeBufferPointer { fromBytes.appendText(utf8: $0) }
    Array(second.utf8).withUnsafeBufferPointer { fromBytes.appendText(utf8: $0) }
    fromBytes.endRow()
    #expect(fromBytes.bytes == whole.bytes)
  }

  @Test("A comma, quote or line break is quoted at every place in a cell, among words of text")
  func specialAtEveryOffset() {
    // Text that passes the word-at-a-time test: Chinese, digits, `#`, `-`, spaces and a tab.
    let filler = Array("市财政局plan-0001#12 \t2025年".utf8)
    var cases = 0
    for special in [",", "\"", "\n", "\r"] {
      // From the second byte: a cell starting with a line break is also formula-guarded.
      for offset in 1...filler.count {
        var cell = filler
        cell.insert(contentsOf: Array(special.utf8), at: offset)
        let text = String(decoding: cell, as: UTF8.self)
        var table = Table(header: ["a"])
        table.append([.text(text)])
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(CSVWriter().string(for: table) == "a\n" + quoted + "\n", "\(offset)")
        cases += 1
      }
    }
    var plain = Table(header: ["a"])
    plain.append([.text(String(decoding: filler, as: UTF8.self))])
    #expect(CSVWriter().string(for: plain) == "a\n市财政局plan-0001#12 \t2025年\n")
    #expect(cases == 4 * filler.count)
  }

  @Test("Cells of every length from 0 to 40 bytes are copied whole, byte for byte")
  func cellsOfEveryLength() {
    // Short cells are copied by overlapping words, long ones by memcpy: every length and
    // both sides of each boundary (3/4, 7/8, 16/17), ASCII and three-byte characters.
    let ascii = Array("abcdefghijklmnopqrstuvwxyz0123456789ABCD".utf8)
    let chinese = Array("市发展和改革委员会财政局教育局".utf8)
    for source in [ascii, chinese] {
      var rows = CSVRows()
      var expected: [UInt8] = []
      for length in 0...min(40, source.count) {
        let cell = Array(source.prefix(length))
        // As text, a character cut in two is repaired to U+FFFD: those are its bytes.
        let text = String(decoding: cell, as: UTF8.self)
        cell.withUnsafeBufferPointer { rows.appendText(utf8: $0) }
        rows.append(.text(text))
        rows.endRow()
        expected += cell + [0x2C] + Array(text.utf8) + [0x0A]
      }
      #expect(rows.bytes == expected)
    }
  }

  @Test("Repeated and colliding numbers are written as Table.format writes each, in both paths")
  func repeatedNumbers() {
    // Formatted texts are kept per value in 128 slots: 600 distinct values (sevenths, whole
    // numbers, values whose text is longer than a slot, NaN) repeated and interleaved so slots
    // are taken, hit and taken again.
    var values: [Double] = [1.7e300, -1.7e300, 1e-7, .nan, 1e21, -0.0, 0.1]
    for index in 0..<3_000 { values.append(Double((index * 37) % 600) / 7) }
    var table = Table(header: ["x"])
    var streamed = CSVRows()
    var expected = ""
    for value in values {
      table.append([.number(value)])
      streamed.append(.number(value))
      streamed.endRow()
      expected += Table.format(value) + "\n"
    }
    #expect(String(decoding: streamed.bytes, as: UTF8.self) == expected)
    #expect(CSVWriter().string(for: table) == "x\n" + expected)
    #expect(Table.format(1.7e300).utf8.count == 301)
    #expect(Table.format(Double(5) / 7) == "0.7142857142857143")
  }

  @Test("A prepared cell writes the bytes its text writes, quoted and guarded alike")
  func preparedCells() {
    let texts = [
      "plan-00001", "", "市发展和改革委员会", "x,\"y\"", "=SUM(A1)", "-1", "+86", "@home", "a\nb",
      "甲,乙", "2024-03",
    ]
    var plain = CSVRows()
    var prepared = CSVRows()
    var table = TableRows(header: ["a", "b"])
    for text in texts {
      plain.append(.text(text))
      plain.append(.integer(1))
      plain.endRow()
      prepared.append(prepared: PreparedText(text))
      prepared.append(.integer(1))
      prepared.endRow()
      table.append(prepared: PreparedText(text))
      table.append(.integer(1))
      table.endRow()
    }
    #expect(prepared.bytes == plain.bytes)
    #expect(
      String(decoding: prepared.bytes, as: UTF8.self).hasPrefix(
        "plan-00001,1\n,1\n市发展和改革委员会,1\n\"x,\"\"y\"\"\",1\n'=SUM(A1),1\n'-1,1\n"))
    #expect(
      CSVWriter().bytes(for: table.table) == CSVWriter().headerBytes(["a", "b"]) + plain.bytes)
  }
}
