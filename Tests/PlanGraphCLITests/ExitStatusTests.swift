import Foundation
import PlanAnalyses
import PlanGraph
import PlanGraphTestSupport
import Testing

/// The exit statuses the README and --help document, one bad input at a time.
@Suite("Exit status and accountable output")
struct ExitStatusTests {
  static func folder() -> String {
    let path = NSTemporaryDirectory() + "plangraph-exit-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func files(in folder: String) throws -> Set<String> {
    var found = Set<String>()
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let path = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
      if !isFolder.boolValue { found.insert(path) }
    }
    return found
  }

  @Test("0 when every input is read cleanly")
  func clean() throws {
    let result = try CommandRunner.run([
      "export", "Fixtures/plans/jinzhou-2025-plan.txt", "--out", Self.folder() + "/out",
    ])
    #expect(result.status == 0)
  }

  @Test("1 for an unreadable file among good ones; the good ones are still exported")
  func partial() throws {
    let folder = Self.folder()
    let bad = folder + "/in/bad.txt"
    try FileManager.default.createDirectory(
      atPath: folder + "/in", withIntermediateDirectories: true)
    // A UTF-16 byte-order mark followed by bytes that are no text.
    _ = FileManager.default.createFile(
      atPath: bad, contents: Data([0xFF, 0xFE] + (0..<200).map { UInt8(($0 * 37) % 256) }))
    try FileManager.default.copyItem(
      atPath: Fixture.jinzhou2025.path, toPath: folder + "/in/jinzhou-2025-plan.txt")
    let result = try CommandRunner.run(["export", folder + "/in", "--out", folder + "/out"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.txt"))
    #expect(result.standardError.contains("1 document(s) with errors"))
    let tasks = try String(contentsOfFile: folder + "/out/tasks.csv", encoding: .utf8)
    #expect(tasks.split(separator: "\n").count == 1 + 158)
  }

  @Test("1 for a PDF, named as a PDF with how to convert it")
  func pdf() throws {
    let folder = Self.folder()
    _ = FileManager.default.createFile(
      atPath: folder + "/plan.txt", contents: Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8))
    let result = try CommandRunner.run([
      "export", folder + "/plan.txt", Fixture.haicheng2023.path, "--out", folder + "/out",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("plan.txt: this is a PDF, not text"))
    #expect(result.standardError.contains("pdftotext -layout"))
    #expect(result.standardError.contains("1 input(s) could not be read"))
    #expect(FileManager.default.fileExists(atPath: folder + "/out/haicheng-2023-plan"))
  }

  @Test("3 when --out is a file: the message names --out and says it must be a folder")
  func outputIsAFile() throws {
    let folder = Self.folder()
    _ = FileManager.default.createFile(atPath: folder + "/afile", contents: Data("x".utf8))
    let result = try CommandRunner.run([
      "export", Fixture.jinzhou2025.path, "--out", folder + "/afile",
    ])
    #expect(result.status == 3)
    #expect(result.standardError.contains("--out"))
    #expect(result.standardError.contains("is a file, not a folder"))
    #expect(try String(contentsOfFile: folder + "/afile", encoding: .utf8) == "x")
  }

  @Test("3 when --out cannot be created: the message names --out and the reason")
  func outputNotWritable() throws {
    // Not even root can make a folder in /proc.
    let result = try CommandRunner.run([
      "export", Fixture.jinzhou2025.path, "--out", "/proc/plangraph-out",
    ])
    #expect(result.status == 3)
    #expect(result.standardError.contains("--out: /proc/plangraph-out"))
    #expect(result.standardError.contains("cannot write"))
  }

  @Test("--strict makes warnings count: Haicheng's near-duplicate leaders give 1")
  func strict() throws {
    let out = Self.folder() + "/out"
    let lenient = try CommandRunner.run(["export", Fixture.haicheng2023.path, "--out", out])
    #expect(lenient.status == 0)
    let strict = try CommandRunner.run([
      "export", Fixture.haicheng2023.path, "--out", out, "--strict",
    ])
    #expect(strict.status == 1)
  }

  @Test("A second export with fewer inputs leaves exactly the files its manifest lists")
  func manifestReplacesTheRun() throws {
    let out = Self.folder() + "/out"
    let first = try CommandRunner.run([
      "report", "Fixtures/plans", "Fixtures/reports", "--out", out,
    ])
    #expect(first.status == 0)
    #expect(FileManager.default.fileExists(atPath: out + "/liaoning-2024-plan/bipartite.dot"))
    // A file the user put there is never removed.
    _ = FileManager.default.createFile(atPath: out + "/notes.txt", contents: Data("mine".utf8))
    let second = try CommandRunner.run(["export", Fixture.jinzhou2025.path, "--out", out])
    #expect(second.status == 0)
    let manifest = try JSONDecoder().decode(
      ExportManifest.self,
      from: Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json")))
    let listed = Set(manifest.files.map(\.path))
    #expect(try Self.files(in: out) == listed.union(["manifest.json", "notes.txt"]))
    #expect(!listed.contains("index.html"))
    #expect(manifest.inputs.map(\.documentID) == ["jinzhou-2025-plan"])
    #expect(manifest.counts["tasks"] == 158)
    for file in manifest.files {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out + "/" + file.path)))
      #expect(SHA256.hex(bytes) == file.sha256, "\(file.path)")
      #expect(bytes.count == file.bytes)
    }
  }

  @Test("The same inputs in any order give byte-identical files")
  func orderIndependent() throws {
    let inputs = (Fixture.plans + Fixture.reports).map(\.path)
    var manifests: [[ExportManifest.File]] = []
    for order in [
      inputs, inputs.reversed(), [inputs[2], inputs[0], inputs[4], inputs[1], inputs[3]],
    ] {
      let out = Self.folder() + "/out"
      let result = try CommandRunner.run(["export"] + order + ["--out", out])
      #expect(result.status == 0)
      let manifest = try JSONDecoder().decode(
        ExportManifest.self,
        from: Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json")))
      manifests.append(manifest.files)
    }
    // 14 corpus CSV files and model.json; target_changes, targets_panel, function_edges and
    // load_changes; functions.dot and .graphml; and per plan 6 graph files and its matrix.
    #expect(manifests[0].count == 15 + 4 + 2 + 3 * 7)
    #expect(manifests[1] == manifests[0])
    #expect(manifests[2] == manifests[0])
  }
}
