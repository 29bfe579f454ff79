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

  @Test(
    "A file of several blocks and a tail is written whole, past the page cache where the file system allows",
    arguments: [NSTemporaryDirectory(), "/dev/shm/"])
  func blocks(root: String) throws {
    guard FileManager.default.fileExists(atPath: root) else { return }
    let folder = root + "plangraph-stream-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/table.csv"
    let writer = try StreamingFileWriter(path: path)
    // Rows of 1 to 997 bytes, so blocks end mid-row: 3 blocks and 3,189 bytes.
    var expected: [UInt8] = []
    var length = 1
    while expected.count < 3 * StreamingFileWriter.blockSize + 3_189 {
      let row = [UInt8](repeating: UInt8(0x41 + length % 26), count: length) + [0x0A]
      let taken = Array(row.prefix(3 * StreamingFileWriter.blockSize + 3_189 - expected.count))
      try writer.append(taken)
      expected += taken
      length = length % 997 + 1
    }
    try writer.commit()
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(written.count == 3 * (1 << 20) + 3_189)
    #expect(written == expected)
    #expect(writer.byteCount == written.count)
    #expect(writer.sha256 == SHA256.hex(expected))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["table.csv"])
    if ["ext4", "xfs"].contains(Self.fileSystem(of: folder)) {
      // Both take direct writes.
      #expect(writer.wroteDirectly)
    }
  }

  /// The type of the file system `path` is on, from the longest mount point above it in
  /// `/proc/mounts`, or nil where there is no such file.
  static func fileSystem(of path: String) -> String? {
    guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else {
      return nil
    }
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path + "/"
    var best: (point: String, type: String)?
    for line in mounts.split(separator: "\n") {
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count > 2 else { continue }
      let point = fields[1].hasSuffix("/") ? fields[1] : fields[1] + "/"
      if resolved.hasPrefix(point), point.count > (best?.point.count ?? -1) {
        best = (point, fields[2])
      }
    }
    return best?.type
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
