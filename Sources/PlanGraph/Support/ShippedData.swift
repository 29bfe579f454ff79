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
  /// left out, and no carriage return at a line's end.
  ///
  /// Every run of the program loads these tables, so they are cut in one pass over the bytes
  /// with room for the rows and each row's columns made at once: splitting them by
  /// `Character` cost more than parsing the three bundled plans, and `Collection.split` of the
  /// bytes 52M instructions for the gazetteer alone.
  static func rows(of text: String) -> [(line: Int, columns: [String])] {
    var text = text
    return text.withUTF8 { bytes in
      var rows: [(line: Int, columns: [String])] = []
      // Room for every line at once: a table has thousands, and each doubling is a copy.
      rows.reserveCapacity(lineCount(bytes))
      forEachLine(in: bytes) { number, line in
        var columns: [String] = []
        columns.reserveCapacity(bytes[line].reduce(1) { $0 + ($1 == 0x09 ? 1 : 0) })
        var cell = line.lowerBound
        for index in line.lowerBound...line.upperBound
        where index == line.upperBound || bytes[index] == 0x09 {
          columns.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[cell..<index]), as: UTF8.self))
          cell = index + 1
        }
        rows.append((number, columns))
      }
      return rows
    }
  }

  /// Calls `body` with the number (from 1) and the byte range of each line of a table's
  /// `bytes` that is neither blank nor a comment (`#`), without its line feed or a carriage
  /// return before it.
  static func forEachLine(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ line: Range<Int>) -> Void
  ) {
    var number = 0
    var start = 0
    while start < bytes.count {
      number += 1
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      defer { start = end + 1 }
      // A line of nothing but a carriage return is blank.
      let stop = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
      guard stop > start, bytes[start] != 0x23 else { continue }
      body(number, start..<stop)
    }
  }

  /// The lines of a table's `text` that `forEachLine` gives, with their numbers.
  ///
  /// Lines end at line feeds found by bytes, so Windows line ends (`\r\n`, one `Character`,
  /// which `split(separator: "\n")` does not cut at) end lines too: the users' alias and
  /// indicator tables are cut here, as the shipped tables are.
  static func lines(of text: String) -> [(number: Int, text: String)] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [(number: Int, text: String)] = []
      forEachLine(in: bytes) { number, line in
        lines.append(
          (number, String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)))
      }
      return lines
    }
  }

  /// At least how many lines `forEachLine` gives: one more than the line feeds.
  static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
}
