/// Reads an Excel `.xlsx` workbook: every sheet's rows, in workbook order, as table lines.
///
/// Cells come from `xl/sharedStrings.xml` (`t="s"`), inline strings, or their stored value;
/// a merged range (`mergeCell`) carries its top-left value into every cell it covers. Each row
/// is one line of tab-joined cells named `Sheet1!C7` per cell. Line numbers are the sheet's row
/// numbers, the rows of a later sheet counted on after the earlier sheet's last row. Dates
/// and numbers are as stored (a date cell is its serial number).
public enum XlsxReader {
  /// The text of the `.xlsx` file in `bytes`.
  /// - Throws: `PlanGraphError.damagedArchive` when the archive or its XML cannot be read.
  public static func read(_ bytes: [UInt8], path: String) throws(PlanGraphError) -> ExtractedText {
    try read(ZipArchive(bytes: bytes, path: path))
  }

  /// The text of the `.xlsx` workbook `archive` holds.
  /// - Throws: `PlanGraphError.damagedArchive` when an entry or its XML cannot be read.
  public static func read(_ archive: ZipArchive) throws(PlanGraphError) -> ExtractedText {
    var archive = archive
    let path = archive.path
    guard let workbook = try archive.contents(named: "xl/workbook.xml") else {
      throw .damagedArchive(path: path, reason: "no xl/workbook.xml: not an Excel .xlsx file")
    }
    do {
      let relations = try archive.contents(named: "xl/_rels/workbook.xml.rels").map(Self.targets)
      let strings = try archive.contents(named: "xl/sharedStrings.xml").map(Self.sharedStrings)
      var text = ExtractedText()
      var offset = 0
      for (index, sheet) in try Self.sheets(workbook).enumerated() {
        var part = relations?[sheet.relation] ?? "worksheets/sheet\(index + 1).xml"
        part = part.hasPrefix("/") ? String(part.dropFirst()) : "xl/" + part
        guard let bytes = try archive.contents(named: part) else { continue }
        let rows = try Self.rows(of: bytes, strings: strings ?? [])
        for (number, cells) in rows.sorted(by: { $0.key < $1.key }) {
          let width = cells.keys.max().map { $0 + 1 } ?? 0
          let values = (0..<width).map { cells[$0] ?? "" }
          let places = (0..<width).map { "\(sheet.name)!\(Self.columnName($0))\(number)" }
          text.append(row: values, number: offset + number, places: places)
        }
        offset += rows.keys.max() ?? 0
      }
      return text
    } catch let failure as XMLEvents.XMLFailure {
      throw .damagedArchive(path: path, reason: failure.message)
    } catch let error as PlanGraphError {
      throw error
    } catch {
      throw .damagedArchive(path: path, reason: "\(error)")
    }
  }

  /// `A` for 0, `Z` for 25, `AA` for 26.
  static func columnName(_ index: Int) -> String {
    var index = index + 1
    var name = ""
    while index > 0 {
      index -= 1
      name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
      index /= 26
    }
    return name
  }

  /// `C7` → (column 2, row 7).
  static func position(_ reference: String) -> (column: Int, row: Int)? {
    var column = 0
    var digits = ""
    for character in reference.uppercased() {
      if let ascii = character.asciiValue, ascii >= 65, ascii <= 90, digits.isEmpty {
        column = column * 26 + Int(ascii - 64)
      } else if character.isASCII, character.isNumber {
        digits.append(character)
      } else if character != "$" {
        return nil
      }
    }
    guard column > 0, let row = Int(digits), row > 0, column <= 16_384 else { return nil }
    return (column - 1, row)
  }

  private static func sheets(_ bytes: [UInt8]) throws(XMLEvents.XMLFailure) -> [(
    name: String, relation: String
  )] {
    try XMLEvents(bytes).events.compactMap { event in
      guard case .start("sheet", let attributes) = event else { return nil }
      return (attributes["name"] ?? "Sheet", attributes["id"] ?? "")
    }
  }

  private static func targets(_ bytes: [UInt8]) throws(XMLEvents.XMLFailure) -> [String: String] {
    var result: [String: String] = [:]
    for case .start("Relationship", let attributes) in try XMLEvents(bytes).events {
      if let id = attributes["Id"], let target = attributes["Target"] { result[id] = target }
    }
    return result
  }

  private static func sharedStrings(_ bytes: [UInt8]) throws(XMLEvents.XMLFailure) -> [String] {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phonetic = 0
    for event in try XMLEvents(bytes).events {
      switch event {
      case .start("si", _): current = ""
      case .end("si"): strings.append(current)
      case .start("t", _): inText = true
      case .end("t"): inText = false
      case .start("rPh", _): phonetic += 1
      case .end("rPh"): phonetic -= 1
      case .text(let text) where inText && phonetic == 0: current += text
      default: break
      }
    }
    return strings
  }

  /// The cells of a sheet by row and column, merged ranges filled.
  private static func rows(of bytes: [UInt8], strings: [String])
    throws(XMLEvents.XMLFailure) -> [Int: [Int: String]]
  {
    var rows: [Int: [Int: String]] = [:]
    var merges: [(String, String)] = []
    var cell: (column: Int, row: Int)?
    var type = ""
    var value = ""
    var inValue = false
    var nextRow = 1
    var nextColumn = 0
    for event in try XMLEvents(bytes).events {
      switch event {
      case .start("row", let attributes):
        nextRow = attributes["r"].flatMap(Int.init) ?? nextRow
        nextColumn = 0
      case .end("row"): nextRow += 1
      case .start("c", let attributes):
        cell = attributes["r"].flatMap(position) ?? (nextColumn, nextRow)
        type = attributes["t"] ?? ""
        value = ""
      case .start("v", _), .start("t", _): inValue = true
      case .end("v"), .end("t"): inValue = false
      case .text(let text) where inValue: value += text
      case .end("c"):
        guard let (column, row) = cell else { continue }
        var text = value
        if type == "s" {
          text = Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        }
        if type == "b" { text = value == "1" ? "TRUE" : "FALSE" }
        if !text.isEmpty { rows[row, default: [:]][column] = text }
        nextColumn = column + 1
        cell = nil
      case .start("mergeCell", let attributes):
        let parts = (attributes["ref"] ?? "").split(separator: ":").map(String.init)
        if parts.count == 2 { merges.append((parts[0], parts[1])) }
      default: break
      }
    }
    for (from, to) in merges {
      guard let a = position(from), let b = position(to), b.row >= a.row, b.column >= a.column,
        (b.row - a.row + 1) * (b.column - a.column + 1) <= 100_000,
        let origin = rows[a.row]?[a.column]
      else { continue }
      for row in a.row...b.row {
        for column in a.column...b.column where rows[row]?[column] == nil {
          rows[row, default: [:]][column] = origin
        }
      }
    }
    return rows
  }
}
