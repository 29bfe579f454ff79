import Foundation

/// Renders DOT to SVG with the Graphviz `dot` program, when it is installed.
public enum GraphvizRenderer {
  /// The path of `dot` on `PATH`, if any.
  public static var dotPath: String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    return paths.map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The SVG of `dot`, without its XML prolog so it can be inlined in HTML; nil when Graphviz
  /// is missing or fails.
  public static func svg(_ dot: String) -> String? {
    guard let path = dotPath else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-Tsvg"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    // Write and read concurrently so a large drawing cannot fill a pipe and block.
    let data = Data(dot.utf8)
    let writer = Thread {
      input.fileHandleForWriting.write(data)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let svg = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let text = String(decoding: svg, as: UTF8.self)
    guard let start = text.range(of: "<svg") else { return nil }
    return String(text[start.lowerBound...])
  }
}
