import PlanGraph
import Testing

@Suite("Gazetteer")
struct GazetteerTests {
  let gazetteer = Gazetteer.shipped

  @Test("The bundled places resolve to their GB/T 2260 codes, levels and parents")
  func bundledPlaces() throws {
    guard case .unique(let haicheng) = gazetteer.resolve("海城市") else {
      Issue.record("海城市 should resolve")
      return
    }
    #expect(haicheng.code == "210381" && haicheng.level == .county)
    #expect(gazetteer.ancestors(of: haicheng).map(\.name) == ["鞍山市", "辽宁省"])
    guard case .unique(let linghe) = gazetteer.resolve("凌河区") else {
      Issue.record("凌河区 should resolve")
      return
    }
    #expect(linghe.code == "210703" && linghe.level == .district)
    #expect(gazetteer.parent(of: linghe)?.name == "锦州市")
    guard case .unique(let jinzhou) = gazetteer.resolve("锦州") else {
      Issue.record("锦州 should resolve")
      return
    }
    #expect(jinzhou.name == "锦州市" && jinzhou.code == "210700" && jinzhou.level == .city)
    // A province-level municipality is a province.
    guard case .unique(let tianjin) = gazetteer.resolve("天津市") else {
      Issue.record("天津市 should resolve")
      return
    }
    #expect(tianjin.level == .province && tianjin.code == "120000")
  }

  @Test("An ambiguous short name is resolved by the places the context names, or left ambiguous")
  func ambiguous() {
    // 海城 is 海城市 (辽宁, 鞍山) and 海城区 (广西, 北海).
    guard case .ambiguous(let both) = gazetteer.resolve("海城") else {
      Issue.record("海城 alone should be ambiguous")
      return
    }
    #expect(both.map(\.code) == ["210381", "450502"])
    #expect(gazetteer.resolve("海城", context: ["鞍山市政府工作报告"]) == .unique(both[0]))
    #expect(gazetteer.resolve("海城", context: ["北海市人民政府"]) == .unique(both[1]))
    #expect(gazetteer.resolve("不存在县") == .unknown)
  }

  @Test("A table is read by its bytes: comments, blank lines and CRLF endings, lines numbered")
  func tableText() throws {
    let text =
      "# code\tname\tshort_name\tlevel\tparent_code\r\n210000\t辽宁省\t辽宁\tprovince\t\r\n\r\n"
      + "\n210700\t锦州市\t锦州\tcity\t210000\r\n#210703\t凌河区\t凌河\tdistrict\t210700\n"
      + "210781\t凌海市\t凌海\tcounty\t210700"
    let table = try Gazetteer(parsing: text, path: "t.tsv")
    #expect(table.divisions.map(\.code) == ["210000", "210700", "210781"])
    #expect(table.division(code: "210000")?.parentCode == nil)
    #expect(table.division(code: "210700")?.parentCode == "210000")
    #expect(
      table.division(code: "210781").map { table.ancestors(of: $0).map(\.name) } == ["锦州市", "辽宁省"])
    #expect(table.resolve("凌海") == .unique(table.divisions[2]))
    #expect(table.resolve("凌河区") == .unknown)
    do {
      _ = try Gazetteer(parsing: text + "\n\n# end\n210782\t北镇市\t北镇\tcounty", path: "t.tsv")
      Issue.record("four columns should be refused")
    } catch .badDataFile(let path, let line, _) {
      #expect(path == "t.tsv" && line == 10)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("Mentions are counted by every run of two to five characters, the longest name first")
  func mentions() throws {
    let rows = [
      ["210000", "辽宁省", "辽宁", "province", ""], ["210700", "锦州市", "锦州", "city", "210000"],
      ["210781", "凌海市", "凌海", "county", "210700"], ["210782", "北镇市", "北镇", "county", "210700"],
      ["210111", "苏家屯区", "苏家屯", "district", "210000"],
    ]
    let table = try Gazetteer(
      parsing: rows.map { $0.joined(separator: "\t") }.joined(separator: "\n"), path: "t.tsv")
    // 凌海市 three times (once cut at a line's end as 凌海), 北镇 once, 锦州 at the city level
    // only, 苏家屯区 twice, after characters that start no name (全, 推, 在).
    let lines = [
      "全凌海市推进凌海市建设,北镇配合。", "在苏家屯区和苏家屯区之间。锦州市。", "推动凌海",
    ]
    let counties = try #require(table.mostNamed(in: lines, levels: [.county]))
    #expect(counties.division.name == "凌海市" && counties.count == 3)
    #expect(table.mostNamed(in: lines, levels: [.district]) == nil)
    #expect(table.mostNamed(in: lines + ["苏家屯"], levels: [.district])?.count == 3)
    #expect(table.mostNamed(in: ["凌海市北镇市北镇市"], levels: [.county]) == nil)
  }
}
