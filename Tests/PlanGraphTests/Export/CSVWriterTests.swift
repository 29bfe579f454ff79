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
    "Numbers print in shortest round-trip form",
    arguments: [
      (1.0, "1"), (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"), (1e-7, "0.0000001"),
    ])
  func numbers(value: Double, text: String) {
    #expect(Table.format(value) == text)
  }
}
