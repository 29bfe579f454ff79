import PlanGraph
import Testing

@Suite("Table text")
struct TableTextTests {
  @Test("Quoted cells keep separators and line breaks; the record keeps its first line")
  func quoted() {
    let csv = "序号,工作任务,牵头单位\r\n1,\"推进项目建设,\n全年30个\",区发改局\r\n2,扩大消费，办活动,区商务局\r\n"
    let lines = TableText.lines(fromUTF8: Array(csv.utf8), separator: 0x2C)
    #expect(lines.map(\.number) == [1, 2, 4])
    #expect(lines[1].text == "1\t推进项目建设,全年30个\t区发改局")
    // A full-width comma inside an unquoted cell stays inside it.
    #expect(lines[2].text == "2\t扩大消费,办活动\t区商务局")
  }

  @Test("Tab-separated .txt is recognised by its header; prose with tabs is not")
  func separator() {
    let table = "标题\n序号\t工作任务\t牵头单位\n1\t甲\t乙\n2\t丙\t丁\n3\t戊\t己\n"
    #expect(TableText.separator(forPath: "a.txt", bytes: Array(table.utf8)) == 0x09)
    let prose = "一\t二\t三\n四\t五\t六\n七\t八\t九\n"
    #expect(TableText.separator(forPath: "b.txt", bytes: Array(prose.utf8)) == nil)
    #expect(TableText.separator(forPath: "c.CSV", bytes: []) == 0x2C)
  }

  @Test("Empty cells kept between others, dropped at a record's end; blank records dropped")
  func emptyCells() {
    // Excel's export: merged cells leave empty ones, padded names and full-width digits.
    let tsv =
      "序号\t工作任务\t牵头单位\t责任单位\t\t\n\t\t\t\t\t\n１\t 推进项目建设 \t\t区发改局、\u{3000}区财政局\t\t\n"
      + "\t\t区商务局\n\t \t\u{3000}\n2\t扩大消费\t区 商 务 局"
    let lines = TableText.lines(fromUTF8: Array(tsv.utf8), separator: 0x09)
    #expect(lines.map(\.number) == [1, 3, 4, 6])
    #expect(
      lines.map(\.text) == [
        "序号\t工作任务\t牵头单位\t责任单位", "1\t推进项目建设\t\t区发改局、区财政局", "\t\t区商务局",
        "2\t扩大消费\t区商务局",
      ])
  }
}
