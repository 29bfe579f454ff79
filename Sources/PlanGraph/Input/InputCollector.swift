import Foundation

/// Expands the inputs a user names into the files to read.
///
/// A file is read as it is; a directory is searched recursively for `.txt`, `.docx`, `.xlsx`
/// and web pages (`.html`, `.htm`, `.shtml`), for `.pdf`, `.doc`, `.wps`, `.xls` and `.rtf` files (to be named in an error
/// that says how to convert them), and for `.csv` and `.tsv` files whose header row is a plan
/// table's (any file whose name has no
/// extension is skipped); `-` stands for standard input. The result is sorted by path so every
/// run reads in the same order.
public enum InputCollector {
  /// The extensions read when searching a directory.
  public static let documentExtensions: Set<String> = [
    "txt", "text", "csv", "tsv", "docx", "xlsx", "html", "htm", "shtml",
  ]
  /// Extensions of documents PlanGraph cannot read, collected from folders so that each is
  /// named in an error with how to convert it rather than silently left out.
  public static let convertibleExtensions: Set<String> = ["pdf", "doc", "wps", "xls", "rtf"]

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

  /// Whether the first lines of the table file at `path` hold a plan table's header row.
  static func isPlanTable(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    var head = [UInt8]((try? handle.read(upToCount: 16 * 1024)) ?? Data())
    // Whole lines only, so a character cut at the end does not make the head look GB18030.
    if head.count == 16 * 1024, let end = head.lastIndex(of: 0x0A) { head = Array(head[...end]) }
    guard let text = try? TextDecoder.decode(head).bytes,
      let separator = TableText.separator(forPath: path, bytes: text)
    else { return false }
    return TableReader.header(in: TableText.lines(fromUTF8: text, separator: separator)) != nil
  }

  private static func documents(under directory: String) -> [String] {
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var found: [String] = []
    var tables: [Int] = []
    while let relative = enumerator.nextObject() as? String {
      let path = base + "/" + relative
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      let ext = (relative as NSString).pathExtension.lowercased()
      guard documentExtensions.contains(ext) || convertibleExtensions.contains(ext) else {
        continue
      }
      if ext == "csv" || ext == "tsv" { tables.append(found.count) }
      found.append(path)
    }
    // A CSV or TSV file in a folder is a plan only if it has a plan table's header; other
    // tables (an earlier export, golden files) are data, not documents. Their heads are read
    // on all cores: a corpus can hold thousands, and nothing else runs yet.
    let isPlan = tables.map { found[$0] }.concurrentMap { isPlanTable($0) }
    var keep = [Bool](repeating: true, count: found.count)
    for (table, plan) in zip(tables, isPlan) where !plan { keep[table] = false }
    return found.indices.filter { keep[$0] }.map { found[$0] }
  }
}
