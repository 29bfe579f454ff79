import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// Runs the built `plangraph` binary: exit codes, output and written files.
@Suite("plangraph command line")
struct CLITests {
  static func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "plangraph-cli-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("export writes the contract's files with the plans' real counts")
  func export() throws {
    let out = Self.temporaryFolder()
    let result = try CommandRunner.run(["export", "Fixtures/plans", "--out", out])
    #expect(result.status == 0, "\(result.standardError)")
    for name in ["documents.csv", "tasks.csv", "assignments.csv", "diagnostics.csv", "model.json"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
    }
    let documents = try String(contentsOfFile: out + "/documents.csv", encoding: .utf8)
    #expect(
      documents.contains(
        "jinzhou-2025-plan,plan,2025年市《政府工作报告》任务分解和责任分工方案,锦州市,city,2025,2025-01-25,,158,"))
    let tasks = try String(contentsOfFile: out + "/tasks.csv", encoding: .utf8)
    #expect(tasks.split(separator: "\n").count == 1 + 102 + 158 + 228)
    let model = try ModelFile(
      jsonLines: Data(contentsOf: URL(fileURLWithPath: out + "/model.json")))
    #expect(model.documents.map(\.tasks.count) == [102, 158, 228])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter {
      $0.hasPrefix(".")
    }
    #expect(leftovers.isEmpty)
  }

  @Test("export twice gives byte-identical files; --bom starts CSV with a BOM")
  func deterministic() throws {
    let a = Self.temporaryFolder()
    let b = Self.temporaryFolder()
    _ = try CommandRunner.run(["export", "Fixtures/plans", "Fixtures/reports", "--out", a])
    _ = try CommandRunner.run(["export", "Fixtures/plans", "Fixtures/reports", "--out", b, "--bom"])
    for name in ["tasks.csv", "model.json", "assignments.csv"] {
      let left = FileManager.default.contents(atPath: a + "/" + name)
      var right = FileManager.default.contents(atPath: b + "/" + name)
      if name.hasSuffix(".csv") {
        #expect(right?.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        right = right?.dropFirst(3)
      }
      #expect(left == right.map { Data($0) }, "\(name)")
    }
  }

  @Test("parse prints a summary; --format json prints the model")
  func parse() throws {
    let text = try CommandRunner.run(["parse", "Fixtures/plans/jinzhou-2025-plan.txt"])
    #expect(text.status == 0)
    #expect(text.standardOutput.contains("158 tasks"))
    #expect(
      text.standardOutput.contains(
        "assigned: 805 (176 lead_leader, 1 supervising_leader, 204 lead_unit, 424 responsible_unit)"
      ))
    #expect(text.standardOutput.contains("no leader: 17 tasks"))
    // Jinzhou writes no completion times; the labelled twin plan writes 22, 17 of them dates.
    #expect(!text.standardOutput.contains("deadlines:"))
    let dated = try CommandRunner.run(["parse", "Fixtures/formats/twin-labelled.txt"])
    #expect(dated.standardOutput.contains("deadlines: 22 tasks, 17 with a date"))
    let json = try CommandRunner.run(
      ["parse", "--format", "json", "-"], input: Fixture.liaoning2024.bytes)
    let model = try ModelFile(jsonData: Data(json.standardOutput.utf8))
    #expect(model.documents.first?.tasks.count == 228)
  }

  @Test(
    "parse streams many documents: the JSON is the model file's bytes, the text one summary each")
  func parseStreams() throws {
    // Plans, reports, formats and hostile inputs: four of them unreadable (a zip bomb, a
    // Word 97 file, a PDF, a truncated .docx), so the run exits 1 and names them, and every
    // other document is printed in input order.
    let inputs = ["Fixtures/plans", "Fixtures/reports", "Fixtures/formats", "Fixtures/hostile"]
    let json = try CommandRunner.run(["parse", "--format", "json"] + inputs)
    let paths = try InputCollector.files(for: inputs)
    let documents = DocumentParser().parse(paths: paths).compactMap { try? $0.get() }
    #expect(paths.count - documents.count == 4)
    #expect(json.status == 1)
    #expect(
      json.standardError.components(separatedBy: "error: Fixtures/formats/broken/").count == 5)
    #expect(
      json.standardOutput
        == String(decoding: ModelFile(documents: documents).jsonData(), as: UTF8.self))
    let text = try CommandRunner.run(["parse"] + inputs)
    #expect(text.status == 1)
    let heads = text.standardOutput.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(heads.count == documents.count)
    #expect(zip(heads, documents).allSatisfy { $0.hasPrefix($1.id + "  ") })
    #expect(text.standardOutput.components(separatedBy: "\n\n").count == documents.count)
  }

  @Test("check prints file:line:col diagnostics and exits 1 on errors")
  func check() throws {
    let clean = try CommandRunner.run(["check", "Fixtures/plans/haicheng-2023-plan.txt"])
    #expect(clean.status == 0)
    #expect(
      clean.standardOutput.contains(
        "Fixtures/plans/haicheng-2023-plan.txt:126:1: warning: leader names '王威'"))
    let folder = Self.temporaryFolder()
    let empty = folder + "/empty.txt"
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    let failing = try CommandRunner.run(["check", empty])
    #expect(failing.status == 1)
    #expect(failing.standardOutput.contains("empty.txt:0:1: error:"))
    let strict = try CommandRunner.run([
      "check", "--strict", "Fixtures/plans/haicheng-2023-plan.txt",
    ])
    #expect(strict.status == 1)
  }

  @Test(
    "Usage errors exit 2 and say what to do",
    arguments: [
      ["export", "Fixtures/plans", "--outt", "x"], ["parse"], ["frobnicate"],
      ["parse", "--encoding", "latin9", "Fixtures/plans"], ["export", "Fixtures/plans"],
    ])
  func usage(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains("error:"))
  }

  @Test("A missing input exits 1 naming the file; --help exits 0 for every command")
  func missingAndHelp() throws {
    let missing = try CommandRunner.run(["parse", "no/such/plan.txt"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("no/such/plan.txt"))
    for command in ["parse", "check", "export"] {
      let help = try CommandRunner.run([command, "--help"])
      #expect(help.status == 0)
      #expect(help.standardOutput.contains("USAGE: plangraph \(command)"))
    }
    #expect(
      try CommandRunner.run(["export", "Fixtures/plans", "--outt", "x"]).standardError.contains(
        "did you mean '--out'?"))
  }

  @Test("--aliases merges names; a bad table is an error naming its line")
  func aliases() throws {
    let folder = Self.temporaryFolder()
    let table = folder + "/aliases.tsv"
    try "虎扑体育海关\t沈阳海关\n".write(toFile: table, atomically: true, encoding: .utf8)
    let out = folder + "/out"
    let result = try CommandRunner.run([
      "export", "Fixtures/plans/liaoning-2024-plan.txt", "--aliases", table, "--out", out,
    ])
    #expect(result.status == 0)
    let assignments = try String(contentsOfFile: out + "/assignments.csv", encoding: .utf8)
    #expect(assignments.contains(",沈阳海关,unit,responsible_unit,true,虎扑体育海关"))
    try "only one column\n".write(toFile: table, atomically: true, encoding: .utf8)
    let bad = try CommandRunner.run(["parse", "Fixtures/plans", "--aliases", table])
    #expect(bad.status == 1)
    #expect(bad.standardError.contains("aliases.tsv:1:"))
  }
}
