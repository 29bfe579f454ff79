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
    #expect(try CommandRunner.run(["export", "Fixtures", "--out", a]).status == 0)
    #expect(try CommandRunner.run(["export", "Fixtures", "--out", b]).status == 0)
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
    let table = try String(contentsOfFile: csv, encoding: .utf8)
    #expect(
      table.contains(
        "gdp,haicheng-2023-plan,海城市,2023,6.5,at_least,jinzhou-2025-plan,锦州市,2025,6,point,-0.5,pp,lowered,years,"
      ))
    #expect(try CommandRunner.run(["compare", "Fixtures/plans/jinzhou-2025-plan.txt"]).status == 1)
    #expect(try CommandRunner.run(["compare", "Fixtures/plans", "--order", "size"]).status == 2)
  }

  @Test("targets lists the Linghe headline and export writes targets.csv")
  func targets() throws {
    let result = try CommandRunner.run(["targets", "Fixtures/reports/linghe-2022-report.txt"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("new_urban_jobs"))
    #expect(result.standardOutput.contains("3700人"))
    let out = NSTemporaryDirectory() + "plangraph-tg-\(UUID().uuidString)"
    #expect(try CommandRunner.run(["export", "Fixtures", "--out", out]).status == 0)
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
