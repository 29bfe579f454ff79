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

  @Test(
    "Numbers print in shortest round-trip form",
    arguments: [
      (1.0, "1"), (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"), (1e-7, "0.0000001"),
    ])
  func numbers(value: Double, text: String) {
    #expect(Table.format(value) == text)
  }
}
