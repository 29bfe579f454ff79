/// Reads CSV and tab-separated text into lines of cells, the form the table layout reads.
///
/// Each record becomes one `SourceLine` whose cells, each in canonical form
/// (`TextNormalizer.normalize`), are joined by a tab: the normalizer turns tabs inside text into
/// spaces, so a tab in a table line is always a cell boundary. Quoted cells (`"…"`, `""` for a
/// quote) may hold separators and line breaks, as Excel writes them; the record keeps the line
/// number it starts on. Cells are split before normalization, so a full-width `，` inside an
/// unquoted CSV cell stays inside it.
public enum TableText {
  /// The separator of a table file, if `bytes` read from `path` are one.
  ///
  /// `.csv` is comma-separated and `.tsv` tab-separated; other text whose first lines mostly
  /// hold tabs, one of them a header with a 牵头单位-like column, is tab-separated.
  public static func separator(forPath path: String, bytes: [UInt8]) -> UInt8? {
    let name = path.lowercased()
    if name.hasSuffix(".csv") { return Byte.comma }
    if name.hasSuffix(".tsv") || name.hasSuffix(".tab") { return 0x09 }
    var tabbed = 0
    var lines = 0
    var header = false
    for line in firstLines(of: bytes.prefix(64 * 1024), count: 30) {
      let cells = line.split(separator: 0x09, omittingEmptySubsequences: false)
      guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { continue }
      lines += 1
      if cells.count >= 3 {
        tabbed += 1
        let texts = cells.map { TextNormalizer.normalize(String(decoding: $0, as: UTF8.self)) }
        if TableColumn.header(texts) != nil { header = true }
      }
    }
    return header && tabbed >= 3 && tabbed * 4 >= lines ? 0x09 : nil
  }

  /// The first `count` non-empty lines of `bytes`, found without splitting the rest.
  private static func firstLines(of bytes: ArraySlice<UInt8>, count: Int) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = bytes.startIndex
    while lines.count < count, start < bytes.endIndex {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
      if end > start { lines.append(bytes[start..<end]) }
      start = end + 1
    }
    return lines
  }

  /// The records of `bytes` (valid UTF-8) as lines of tab-joined normalized cells.
  /// - Complexity: O(n) in the number of bytes.
  public static func lines(fromUTF8 bytes: [UInt8], separator: UInt8) -> [SourceLine] {
    var lines: [SourceLine] = []
    // The record's normalized cells joined by tabs, as bytes: one string is made per record.
    var record: [UInt8] = []
    // The record's length up to the end of its last non-empty cell, and its cells so far.
    var kept = 0
    var cells = 0
    var cell: [UInt8] = []
    var quoted = false
    var line = 1
    var recordLine = 1
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    func endCell() {
      if cells > 0 { record.append(0x09) }
      cells += 1
      let start = record.count
      cell.withUnsafeBufferPointer { raw in
        // Cut at ASCII bytes, so whole characters; most are canonical already, the others
        // go through the scan (`normalize` would test them for canonical form again).
        if TextNormalizer.isCanonical(raw) {
          record += raw
        } else {
          record += TextNormalizer.scanned(String(decoding: raw, as: UTF8.self)).utf8
        }
      }
      if record.count > start { kept = record.count }
      cell.removeAll(keepingCapacity: true)
    }
    func endRecord() {
      endCell()
      if kept > 0 {
        lines.append(
          SourceLine(number: recordLine, text: String(decoding: record[..<kept], as: UTF8.self)))
      }
      record.removeAll(keepingCapacity: true)
      kept = 0
      cells = 0
    }
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if quoted {
        if byte == 0x22 {
          if index < bytes.count && bytes[index] == 0x22 {
            cell.append(0x22)
            index += 1
          } else {
            quoted = false
          }
        } else {
          if byte == 0x0A || (byte == 0x0D && (index == bytes.count || bytes[index] != 0x0A)) {
            line += 1
          }
          cell.append(byte)
        }
        continue
      }
      switch byte {
      case 0x22 where cell.allSatisfy({ $0 == 0x20 }):
        quoted = true
        cell.removeAll()
      case separator:
        endCell()
      case 0x0D where index < bytes.count && bytes[index] == 0x0A:
        break
      case 0x0A, 0x0D:
        endRecord()
        line += 1
        recordLine = line
      default:
        cell.append(byte)
      }
    }
    endRecord()
    return lines
  }
}
