import Foundation

/// Runs the built `plangraph` tool and captures what it prints.
public struct CommandRunner {
  /// What a run produced.
  public struct Output: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var standardOutput: String
    /// Standard error.
    public var standardError: String
  }

  /// The `plangraph` binary next to the test bundle.
  public static var binary: URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("plangraph")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("plangraph")
  }

  /// Runs `plangraph` with `arguments` from the repository root, feeding `input` on stdin.
  public static func run(_ arguments: [String], input: [UInt8] = []) throws -> Output {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Fixture.root
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
      standardError: String(decoding: err, as: UTF8.self))
  }
}
