import Foundation
import PlanGraph
import Testing

@Suite("Streaming file writer")
struct StreamingFileWriterTests {
  static func folder() -> String {
    NSTemporaryDirectory() + "plangraph-stream-\(UUID().uuidString)"
  }

  @Test("Rows reach the final path only on commit; nothing else is left in the folder")
  func commit() throws {
    let folder = Self.folder()
    let path = folder + "/sub/table.csv"
    let writer = try StreamingFileWriter(path: path)
    try writer.append(Array("a,b\n".utf8))
    for index in 0..<300_000 { try writer.append(Array("\(index),x\n".utf8)) }
    #expect(!FileManager.default.fileExists(atPath: path))
    try writer.commit()
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("a,b\n0,x\n1,x\n"))
    #expect(text.hasSuffix("299999,x\n"))
    #expect(writer.byteCount == text.utf8.count)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/sub") == ["table.csv"])
  }

  @Test("A writer dropped before commit leaves the earlier file as it was")
  func discard() throws {
    let folder = Self.folder()
    let path = folder + "/table.csv"
    try AtomicFileWriter.write("old\n", to: path)
    do {
      let writer = try StreamingFileWriter(path: path)
      try writer.append(Array("new\n".utf8))
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["table.csv"])
  }

  @Test("A folder that is a file is refused with the path and the reason")
  func unwritable() throws {
    let folder = Self.folder()
    try AtomicFileWriter.write("x", to: folder + "/file")
    #expect(throws: PlanGraphError.self) {
      try StreamingFileWriter(path: folder + "/file/table.csv")
    }
  }
}
