import Foundation

/// Reads input bytes from files and standard input.
public enum InputReader {
  /// The bytes of the file at `url`, or of standard input when its path is `-`.
  /// - Throws: `PlanGraphError.unreadable` or `.isDirectory`.
  public static func read(_ url: URL) throws(PlanGraphError) -> [UInt8] {
    if url.path == "-" || url.relativeString == "-" { return readStandardInput() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .unreadable(path: url.path, reason: "no such file")
    }
    if isDirectory.boolValue { throw .isDirectory(path: url.path) }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .unreadable(path: url.path, reason: "permission denied or not a regular file")
    }
    return [UInt8](data)
  }

  /// All of standard input.
  public static func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }
}
