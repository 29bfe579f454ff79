import Testing

@testable import PlanGraph

/// A table row cut into cells and a 序号 cell read by bytes, as the character-based
/// `split` and `filter` they replaced read them.
@Suite("Table cells")
struct TableCellTests {
  @Test("Cells between tabs, empty ones kept, as split(separator:omittingEmptySubsequences:)")
  func cells() {
    let rows = [
      "序号\t工作任务\t牵头领导\t牵头单位\t责任单位\t完成时限", "1\t\t\t市发展改革委\t\t", "", "\t", "一、稳增长",
      "2\t推进“放管服”改革。\t刘希明\t市营商局(市政务服务中心)\t各县(市)区政府、各开发区\t2024年底前\t",
    ]
    for row in rows {
      let expected = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(row.utf8Fields(separatedBy: Byte.tab) == expected, "\(row)")
    }
    #expect(rows[1].utf8Fields(separatedBy: Byte.tab).count == 6)
    #expect("".utf8Fields(separatedBy: Byte.tab) == [""])
  }

  @Test("序号 with its . or 、 dropped, as the filter over characters read it")
  func numbers() {
    let cells = ["12", "12.", "3、", "1.2", "+5", "", "一", " 7", "7 ", "、", "2、1", "1..", "十二、"]
    for cell in cells {
      #expect(TableReader.number(cell) == Int(cell.filter { $0 != "." && $0 != "、" }), "\(cell)")
    }
    #expect(
      cells.map(TableReader.number) == [12, 12, 3, 12, 5, nil, nil, nil, nil, nil, 21, 1, nil])
  }
}
