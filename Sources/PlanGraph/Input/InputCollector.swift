import Foundation

/// Expands the inputs a user names into the files to read.
///
/// A file is read as it is; a directory is searched recursively for `.txt` files (and any
/// file whose name has no extension is skipped); `-` stands for standard input. The result is
/// sorted by path so every run reads in the same order.
public enum InputCollector {
  /// The extensions read when searching a directory.
  public static let documentExtensions: Set<String> = ["txt", "text"]

  /// The files named by `inputs`.
  /// - Throws: `PlanGraphError.unreadable` for a path that does not exist.
  public static func files(for inputs: [String]) throws(PlanGraphError) -> [String] {
    var files: [String] = []
    var standardInput = false
    for input in inputs {
      if input == "-" {
        standardInput = true
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
        throw .unreadable(path: input, reason: "no such file or directory")
      }
      if isDirectory.boolValue {
        files += documents(under: input)
      } else {
        files.append(input)
      }
    }
    var seen = Set<String>()
    let unique = files.filter { seen.insert($0).inserted }.sorted()
    return standardInput ? ["-"] + unique : unique
  }

  private static func documents(under directory: String) -> [String] {
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let path = base + "/" + relative
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      let ext = (relative as NSString).pathExtension.lowercased()
      if documentExtensions.contains(ext) { found.append(path) }
    }
    return found
  }
}
