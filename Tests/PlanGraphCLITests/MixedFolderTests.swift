import Foundation
import PlanGraphTestSupport
import Testing

/// A folder as users fill it: text, Word, Excel, a PDF and a Word 97 file, read in one run.
@Suite("A folder of mixed downloads")
struct MixedFolderTests {
  @Test("Every readable file is exported, every other named with how to convert it; exit 1")
  func mixedFolder() throws {
    let folder = NSTemporaryDirectory() + "plangraph-mixed-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: folder + "/in/sub", withIntermediateDirectories: true)
    for (name, target) in [
      ("formats/twin-field-lines.txt", "in/plan.txt"),
      ("formats/twin-word-table.docx", "in/附件1 任务分解表.docx"),
      ("formats/twin-table.xlsx", "in/sub/任务分解表.xlsx"),
      ("formats/broken/scanned.pdf", "in/scanned.pdf"),
      ("formats/broken/old-word.doc", "in/sub/old.doc"),
      ("formats/broken/truncated.docx", "in/truncated.docx"),
    ] {
      try FileManager.default.copyItem(
        atPath: Fixture(name).path, toPath: folder + "/" + target)
    }
    let result = try CommandRunner.run(["export", folder + "/in", "--out", folder + "/out"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("scanned.pdf: this is a PDF"))
    #expect(result.standardError.contains("old.doc: this is a Word 97-2003"))
    #expect(result.standardError.contains("truncated.docx: cannot unpack"))
    let documents = CSVReader.records(
      try String(contentsOfFile: folder + "/out/documents.csv", encoding: .utf8))
    #expect(documents.dropFirst().map { $0[0] } == ["plan", "任务分解表", "附件1 任务分解表"])
    #expect(documents.dropFirst().allSatisfy { $0[8] == "22" })
  }
}
