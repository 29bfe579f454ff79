import Foundation

/// Finds a data file shipped with the library: in the SwiftPM resource bundle next to the
/// running binary, or, in a source checkout, beside the Swift file that loads it.
enum ShippedData {
  /// The contents and path of the shipped file `name`, if it can be found.
  static func contents(of name: String, besides sourceFile: String) -> (Data, String)? {
    var candidates: [URL] = []
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      candidates.append(folder.appendingPathComponent("PlanGraph_PlanGraph.resources/\(name)"))
      folder.deleteLastPathComponent()
    }
    candidates.append(
      URL(fileURLWithPath: sourceFile).deletingLastPathComponent().appendingPathComponent(name))
    for url in candidates {
      if let data = FileManager.default.contents(atPath: url.path) { return (data, url.path) }
    }
    return nil
  }
}

extension ShippedData {
  /// The rows of tab-separated `text` with their line numbers, comment (`#`) and empty lines
  /// left out, split on UTF-8 bytes: every run of the program loads these tables, and
  /// splitting them by `Character` cost more than parsing the three bundled plans.
  static func rows(of text: String) -> [(line: Int, columns: [String])] {
    var rows: [(line: Int, columns: [String])] = []
    for (offset, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    where !line.isEmpty && line.first != 0x23 {
      var columns = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
        String(Substring($0))
      }
      if let last = columns.last, last.utf8.last == 0x0D {
        columns[columns.count - 1] = String(last.utf8.dropLast())!
      }
      rows.append((offset + 1, columns))
    }
    return rows
  }
}
