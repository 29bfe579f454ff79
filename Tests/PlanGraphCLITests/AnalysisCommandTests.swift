import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("plangraph load, network and the graph files of export")
struct AnalysisCommandTests {
  @Test("load ranks units and leaders with real counts")
  func load() throws {
    let units = try CommandRunner.run([
      "load", "Fixtures/plans/jinzhou-2025-plan.txt", "--top", "2",
    ])
    #expect(units.status == 0)
    let row = units.standardOutput.split(separator: "\n").first { $0.hasPrefix("市发展改革委") }
    #expect(row?.split(separator: " ") == ["市发展改革委", "unit", "29", "12", "41", "18.62"])
    let leaders = try CommandRunner.run([
      "load", "Fixtures/plans/liaoning-2024-plan.txt", "--by", "leader", "--top", "1",
    ])
    #expect(leaders.standardOutput.contains("王健"))
    #expect(try CommandRunner.run(["load", "Fixtures/plans", "--by", "agency"]).status == 2)
  }

  @Test("load and network over many inputs: every plan in input order, reports passed over")
  func manyInputs() throws {
    let folder = NSTemporaryDirectory() + "plangraph-many-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let load = try CommandRunner.run([
      "load", "Fixtures/plans", "Fixtures/reports", "--csv", folder + "/load.csv",
    ])
    #expect(load.status == 0)
    let heads = load.standardOutput.split(separator: "\n").filter { $0.contains("-plan  ") }
    #expect(
      heads == [
        "haicheng-2023-plan  海城市 2023", "jinzhou-2025-plan  锦州市 2025",
        "liaoning-2024-plan  辽宁省 2024",
      ])
    // The CSV holds every plan's units and collectives, as `parse` names them: 69 + 10,
    // 55 + 9 and 80 + 15.
    let rows = try String(contentsOfFile: folder + "/load.csv", encoding: .utf8)
      .split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
    #expect(rows.count == 79 + 64 + 95)
    #expect(rows.prefix(79).allSatisfy { $0 == "haicheng-2023-plan" })
    #expect(rows.suffix(95).allSatisfy { $0 == "liaoning-2024-plan" })
    // An unreadable input is named and makes the exit status 1; the plans are still printed,
    // and the graph file is the first plan's.
    let network = try CommandRunner.run([
      "network", "Fixtures/plans", "Fixtures/formats/broken/scanned.pdf", "--dot",
      folder + "/first.dot",
    ])
    #expect(network.status == 1)
    #expect(network.standardError.contains("Fixtures/formats/broken/scanned.pdf: this is a PDF"))
    #expect(
      network.standardOutput.split(separator: "\n").filter { $0.contains("-plan  ") } == [
        "haicheng-2023-plan  海城市", "jinzhou-2025-plan  锦州市", "liaoning-2024-plan  辽宁省",
      ])
    let dot = try String(contentsOfFile: folder + "/first.dot", encoding: .utf8)
    #expect(dot.contains("海城经济开发区") && !dot.contains("锦州"))
  }

  @Test("network prints the heaviest pair and writes DOT; --ego narrows to one unit")
  func network() throws {
    let folder = NSTemporaryDirectory() + "plangraph-net-\(UUID().uuidString)"
    let result = try CommandRunner.run([
      "network", "Fixtures/plans/jinzhou-2025-plan.txt", "--dot", folder + "/j.dot", "--graphml",
      folder + "/j.graphml",
      "--min-weight", "1",
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("55 units, 283 ties"))
    #expect(result.standardOutput.contains("市发展改革委  市商务局                    19"))
    let dot = try String(contentsOfFile: folder + "/j.dot", encoding: .utf8)
    #expect(dot.contains("\"市发展改革委\" -- \"市商务局\""))
    let ego = try CommandRunner.run([
      "network", "Fixtures/plans/jinzhou-2025-plan.txt", "--ego", "市商务局",
    ])
    #expect(ego.status == 0)
    #expect(ego.standardOutput.contains("28 units"))
    let missing = try CommandRunner.run([
      "network", "Fixtures/plans/jinzhou-2025-plan.txt", "--ego", "市不存在局",
    ])
    #expect(missing.status == 1)
  }

  @Test("export writes analysis tables and one folder of graphs per plan, the same twice")
  func export() throws {
    let a = NSTemporaryDirectory() + "plangraph-x-\(UUID().uuidString)"
    let b = NSTemporaryDirectory() + "plangraph-x-\(UUID().uuidString)"
    #expect(
      try CommandRunner.run(["export", "Fixtures/plans", "Fixtures/reports", "--out", a]).status
        == 0)
    #expect(
      try CommandRunner.run(["export", "Fixtures/plans", "Fixtures/reports", "--out", b]).status
        == 0)
    let names = [
      "unit_load.csv", "leader_load.csv", "coresponsibility_nodes.csv",
      "coresponsibility_edges.csv",
      "responsibility.csv", "jinzhou-2025-plan/responsibility_matrix.csv", "gephi_nodes.csv",
      "gephi_edges.csv",
      "jinzhou-2025-plan/coresponsibility.dot", "liaoning-2024-plan/bipartite.graphml",
      "haicheng-2023-plan/leaders_units.dot",
    ]
    for name in names {
      let left = FileManager.default.contents(atPath: a + "/" + name)
      #expect(left != nil, "\(name)")
      #expect(
        left == FileManager.default.contents(atPath: b + "/" + name), "\(name) differs between runs"
      )
    }
    let load = try String(contentsOfFile: a + "/unit_load.csv", encoding: .utf8)
    #expect(load.contains("jinzhou-2025-plan,市发展改革委,unit,29,12,41,"))
    #expect(load.contains("liaoning-2024-plan,省发展改革委,unit,55,"))
  }
}

@Suite("plangraph load --sections")
struct LoadSectionsTests {
  @Test("Section breakdown rows read lead/total per section")
  func sections() throws {
    let result = try CommandRunner.run([
      "load", "Fixtures/plans/jinzhou-2025-plan.txt", "--sections", "--top", "40",
    ])
    #expect(result.status == 0)
    let row = result.standardOutput.split(separator: "\n").first {
      $0.hasPrefix("市发展改革委 ") && $0.contains("/")
    }
    #expect(
      row?.split(separator: " ").map(String.init) == [
        "市发展改革委", "5/6", "5/6", "6/8", "4/7", "6/8", "2/2", "1/4",
      ])
    #expect(result.standardOutput.contains("§9 以政治建设为引领,全面提升政府工作效能"))
  }
}

@Suite("plangraph targets and compare")
struct TargetCommandTests {
  @Test("compare prints indicator × document with deltas and writes target_changes.csv")
  func compare() throws {
    let csv = NSTemporaryDirectory() + "plangraph-tc-\(UUID().uuidString).csv"
    let result = try CommandRunner.run([
      "compare", "Fixtures/plans/haicheng-2023-plan.txt", "Fixtures/plans/jinzhou-2025-plan.txt",
      "--csv", csv,
    ])
    #expect(result.status == 0)
    let gdp = result.standardOutput.split(separator: "\n").first { $0.hasPrefix("地区生产总值") }
    #expect(
      gdp?.split(separator: " ").map(String.init) == [
        "地区生产总值", "(gdp)", "≥6.5%", "6%", "-0.5", "pp",
      ])
    #expect(
      result.standardOutput.contains(
        "海城市2023 and 锦州市2025: different places, same province"))
    let table = try String(contentsOfFile: csv, encoding: .utf8)
    #expect(
      table.contains(
        "gdp,haicheng-2023-plan,海城市,2023,6.5,at_least,jinzhou-2025-plan,锦州市,2025,6,point,-0.5,pp,lower,places,,210381,210700,\n"
      ))
    #expect(try CommandRunner.run(["compare", "Fixtures/plans/jinzhou-2025-plan.txt"]).status == 1)
    #expect(try CommandRunner.run(["compare", "Fixtures/plans", "--by", "size"]).status == 2)
  }

  @Test("compare --by place pairs each province's own years; --by level a place and the one above")
  func compareCorpus() throws {
    let csv = NSTemporaryDirectory() + "plangraph-tc-\(UUID().uuidString).csv"
    let byPlace = try CommandRunner.run([
      "compare", "Fixtures/formats/web-reports", "Fixtures/plans", "Fixtures/reports", "--csv", csv,
    ])
    #expect(byPlace.status == 0)
    for heading in [
      "天津市 (120000): 2025 → 2026", "锦州市 (210700): 2019 → 2025", "河南省 (410000): 2025 → 2026",
      "陕西省 (610000): 2025 → 2026",
    ] {
      #expect(byPlace.standardOutput.contains(heading), "\(heading)")
    }
    let rows = CSVReader.records(try String(contentsOfFile: csv, encoding: .utf8)).dropFirst()
    #expect(rows.allSatisfy { $0[16] == $0[17] && $0[14] == "years" })
    #expect(
      rows.contains {
        $0[0] == "gdp" && $0[1] == "henan-2025-report" && $0[11] == "-0.75" && $0[13] == "lowered"
      })
    let byLevel = try CommandRunner.run([
      "compare", "Fixtures/formats/web-reports", "Fixtures/plans", "Fixtures/reports", "--by",
      "level",
    ])
    #expect(byLevel.standardOutput.contains("凌海市2025 under 锦州市2025 (就高不就低 binding values)"))
    let gdp = byLevel.standardOutput.split(separator: "\n").filter { $0.hasPrefix("地区生产总值") }
    #expect(
      gdp.map { $0.split(separator: " ").suffix(4).joined(separator: " ") } == [
        "+0.5 pp (binding 6)", "0 pp (binding 6)",
      ])
    // The old spelling still works.
    let old = try CommandRunner.run([
      "compare", "Fixtures/plans", "Fixtures/reports", "--order", "level",
    ])
    #expect(old.status == 0 && old.standardOutput.contains("锦州市2025 under 辽宁省2024"))
  }

  @Test("targets --pivot gdp prints and writes places × years")
  func pivot() throws {
    let csv = NSTemporaryDirectory() + "plangraph-pivot-\(UUID().uuidString).csv"
    let result = try CommandRunner.run([
      "targets", "Fixtures/formats/web-reports", "Fixtures/plans", "Fixtures/reports", "--pivot",
      "gdp", "--csv", csv,
    ])
    #expect(result.status == 0)
    let henan = result.standardOutput.split(separator: "\n").first { $0.hasPrefix("410000") }
    #expect(
      henan?.split(separator: " ").map(String.init) == [
        "410000", "河南省", "province", "≥5.5%", "→6%", "4.5–5%",
      ])
    let table = CSVReader.records(try String(contentsOfFile: csv, encoding: .utf8))
    #expect(
      table.first == [
        "jurisdiction_code", "jurisdiction", "level", "parent", "2019", "2022", "2023", "2024",
        "2025", "2026",
      ])
    #expect(table.count == 9)
    #expect(table.contains(["410000", "河南省", "province", "", "", "", "", "", "5.5", "4.75"]))
    #expect(table.contains(["210700", "锦州市", "city", "辽宁省", "6.6", "", "", "", "6", ""]))
    #expect(try CommandRunner.run(["targets", "Fixtures/plans", "--pivot", "gpd"]).status == 2)
  }

  @Test("targets lists the Linghe headline and export writes targets.csv")
  func targets() throws {
    let result = try CommandRunner.run(["targets", "Fixtures/reports/linghe-2022-report.txt"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("new_urban_jobs"))
    #expect(result.standardOutput.contains("3700人"))
    let out = NSTemporaryDirectory() + "plangraph-tg-\(UUID().uuidString)"
    #expect(
      try CommandRunner.run(["export", "Fixtures/plans", "Fixtures/reports", "--out", out]).status
        == 0)
    let targets = try String(contentsOfFile: out + "/targets.csv", encoding: .utf8)
    #expect(
      targets.contains(
        "liaoning-2024-plan,辽宁省,2024,liaoning-2024-plan#1,gdp,地区生产总值,growth,5.5,,%,about,"))
    let documents = try String(contentsOfFile: out + "/documents.csv", encoding: .utf8)
    #expect(
      documents.contains(
        "linghe-2022-report,report,2022年锦州市凌河区政府工作报告,凌河区,district,2022,2021-12-08,,0,13,"))
  }
}
