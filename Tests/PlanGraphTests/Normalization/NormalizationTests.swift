import PlanGraph
import Testing

@Suite("Normalization")
struct NormalizationTests {
  @Test("Near-duplicate names differ in exactly one character")
  func nearDuplicates() {
    let pairs = NearDuplicateDetector.pairs(in: ["王威", "王巍", "刘兴达", "刘兴", "王威"])
    #expect(pairs.map { [$0.0, $0.1] } == [["王威", "王巍"]])
  }

  @Test("Near duplicates among plain names, read by bytes, are those read by characters")
  func nearDuplicatesByBytes() {
    let plain = [
      "王威", "王巍", "刘兴达", "刘兴", "王威", "张三", "张四", "李四", "Li Si", "Li Su", "ＡＢ", "ＡＣ", "王　威", "王 威",
      "刘兴达", "刘兴运", "a", "b",
    ]
    // A name with a combining mark makes the detector read every name as characters; it is
    // nine characters long and pairs with none.
    let marked = String(repeating: "e\u{301}", count: 9)
    let byCharacters = NearDuplicateDetector.pairs(in: plain + [marked]).map { [$0.0, $0.1] }
    #expect(NearDuplicateDetector.pairs(in: plain).map { [$0.0, $0.1] } == byCharacters)
    #expect(
      byCharacters == [
        ["Li Si", "Li Su"], ["刘兴达", "刘兴运"], ["张三", "张四"], ["张四", "李四"], ["王 威", "王　威"],
        ["王威", "王巍"], ["ＡＢ", "ＡＣ"],
      ])
  }

  @Test("Alias tables read tab-separated lines and normalize both columns")
  func aliases() throws {
    let table = try AliasTable(
      parsing: "# fix damage\n虎扑体育海关\t沈阳海关\n市发改委\t市发展改革委（牵头）\n", path: "a.tsv")
    #expect(table.resolve("虎扑体育海关") == "沈阳海关")
    #expect(table.resolve("市发改委") == "市发展改革委(牵头)")
    #expect(
      throws: PlanGraphError.badAliasTable(
        path: "a.tsv", line: 2, reason: "expected 2 tab-separated columns, found 1")
    ) {
      try AliasTable(parsing: "a\tb\nonly-one\n", path: "a.tsv")
    }
  }

  @Test("An alias table saved with Windows line ends (CRLF), a byte-order mark and blank lines")
  func aliasesWithCRLF() throws {
    let table = try AliasTable(
      parsing: "\u{FEFF}# 名称对照\r\n体育局\t区体育局\r\n\r\n  \r\n发改局\t区发展和改革局\r\n",
      path: "aliases.tsv")
    #expect(table.canonical == ["体育局": "区体育局", "发改局": "区发展和改革局"])
    // The bad line is named by its number, as in a file with LF ends.
    #expect(
      throws: PlanGraphError.badAliasTable(
        path: "a.tsv", line: 3, reason: "expected 2 tab-separated columns, found 1")
    ) {
      try AliasTable(parsing: "a\tb\r\n\r\nonly-one\r\n", path: "a.tsv")
    }
  }

  @Test("An alias table renames assignees and keeps what was written")
  func applyAliases() {
    let parser = DocumentParser(options: .init(aliases: AliasTable(["虎扑体育海关": "沈阳海关"])))
    let document = parser.parse("1.任务。\n责任单位:虎扑体育海关\n", path: "x.txt")
    let assignment = document.tasks[0].assignments[0]
    #expect(assignment.assignee.name == "沈阳海关")
    #expect(assignment.writtenAs == "虎扑体育海关")
  }

  @Test("An unresolvable prefix ellipsis is warned about")
  func unresolved() {
    let document = DocumentParser().parse("1.任务。\n牵头单位:市财政局、审计局\n", path: "x.txt")
    #expect(
      document.diagnostics.contains { $0.code == .unresolvedEllipsis && $0.location.line == 2 })
    #expect(document.tasks[0].assignees(in: .leadUnit).map(\.name) == ["市财政局", "审计局"])
  }
}
