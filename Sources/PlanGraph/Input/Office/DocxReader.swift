/// Reads a Word `.docx` file: its paragraphs in order and its tables as tables.
///
/// - Paragraphs (`w:p`) are lines, numbered `¶1, ¶2, …` in document order (paragraphs inside
///   table cells counted too, so a number finds the paragraph in Word's navigation). Runs'
///   text (`w:t`) is joined; `w:tab` is a space; a line break (`w:br`, `w:cr`) starts a new
///   line of the same paragraph. Deleted text, field codes and the fallback copy of a text
///   box are left out; a text box's paragraphs come before the paragraph holding it.
/// - Numbering Word generates (`w:numPr`, directly or through the paragraph's style) is written
///   in front of the text as Word shows it (`1.`, `（一）`), because plans rely on it.
/// - Tables (`w:tbl`) are rows of cells joined by tabs for the table reader; a cell's
///   paragraphs are joined where the first ends without punctuation, as units listed one per
///   line are: with `、`, or `,` before a collective (`各…`) and after `等`, as plans write lists; a cell spanning columns (`w:gridSpan`) or continuing a vertical merge
///   (`w:vMerge`) carries its value into every position it covers. A table inside a cell is
///   read as that cell's text.
public enum DocxReader {
  /// The text of the `.docx` file in `bytes`.
  /// - Throws: `PlanGraphError.damagedArchive` when the archive or its XML cannot be read.
  public static func read(_ bytes: [UInt8], path: String) throws(PlanGraphError) -> ExtractedText {
    try read(ZipArchive(bytes: bytes, path: path))
  }

  /// The text of the `.docx` file `archive` holds.
  /// - Throws: `PlanGraphError.damagedArchive` when an entry or its XML cannot be read.
  public static func read(_ archive: ZipArchive) throws(PlanGraphError) -> ExtractedText {
    var archive = archive
    let path = archive.path
    guard let document = try archive.contents(named: "word/document.xml") else {
      throw .damagedArchive(path: path, reason: "no word/document.xml: not a Word .docx file")
    }
    do {
      let numbering = try DocxNumbering(
        numbering: archive.contents(named: "word/numbering.xml"),
        styles: archive.contents(named: "word/styles.xml"))
      var walker = Walker(numbering: numbering)
      return walker.read(try XMLEvents(document).events)
    } catch let failure as XMLEvents.XMLFailure {
      throw .damagedArchive(path: path, reason: "word/document.xml: \(failure.message)")
    } catch let error as PlanGraphError {
      throw error
    } catch {
      throw .damagedArchive(path: path, reason: "\(error)")
    }
  }

  /// Joins the paragraphs of one table cell.
  static func joinCell(_ paragraphs: [String]) -> String {
    var result = ""
    for paragraph in paragraphs.map({ TextNormalizer.normalize($0) }) where !paragraph.isEmpty {
      if let last = result.last, !last.isPunctuation, !last.isWhitespace,
        paragraph.first.map({ !$0.isPunctuation }) ?? false
      {
        // As plans write lists: `、` between names, `,` before a collective (`各街道`) and
        // after a list closed by 等.
        result += paragraph.hasPrefix("各") || last == "等" ? "," : "、"
      }
      result += paragraph
    }
    return result
  }

  private struct Walker {
    var numbering: DocxNumbering
    var text = ExtractedText()
    var paragraph = 0
    // The paragraph being read.
    var pieces: [String] = [""]
    var list: String?
    var level = 0
    var style: String?
    var inText = false
    var skipping = 0
    var inParagraph = false
    var outer: [(pieces: [String], list: String?, level: Int, style: String?)] = []
    // Tables: depth, and the top-level table's row and cell.
    var tableDepth = 0
    var row: [(text: String, span: Int, merge: String?, place: String)] = []
    var cellParagraphs: [String] = []
    var cellPlace: String?
    var span = 1
    var merge: String?
    var rowNumber = 0
    var mergedAbove: [Int: (text: String, place: String)] = [:]

    init(numbering: DocxNumbering) { self.numbering = numbering }

    mutating func read(_ events: [XMLEvents.Event]) -> ExtractedText {
      for event in events {
        switch event {
        case .start(let name, let attributes): start(name, attributes)
        case .end(let name): end(name)
        case .text(let string):
          if inText && skipping == 0 { pieces[pieces.count - 1] += string }
        }
      }
      return text
    }

    mutating func start(_ name: String, _ attributes: [String: String]) {
      switch name {
      case "p":
        paragraph += 1
        // A paragraph inside a paragraph (a text box's): the outer one waits.
        if inParagraph { outer.append((pieces, list, level, style)) }
        inParagraph = true
        pieces = [""]
        list = nil
        level = 0
        style = nil
        if tableDepth > 0, cellPlace == nil { cellPlace = "¶\(paragraph)" }
      case "t": inText = true
      case "tab": if skipping == 0 { pieces[pieces.count - 1] += " " }
      case "br", "cr": if skipping == 0 { pieces.append("") }
      // Deleted text, field codes, and the fallback copy of a text box Word writes twice.
      case "delText", "instrText", "Fallback": skipping += 1
      case "pStyle": style = attributes["val"]
      case "numId": list = attributes["val"]
      case "ilvl": level = Int(attributes["val"] ?? "") ?? 0
      case "tbl":
        tableDepth += 1
        if tableDepth == 1 { mergedAbove = [:] }
      case "tr" where tableDepth == 1:
        row = []
        rowNumber = paragraph + 1
      case "tc" where tableDepth == 1:
        cellParagraphs = []
        cellPlace = nil
        span = 1
        merge = nil
      case "gridSpan" where tableDepth == 1:
        span = max(1, min(64, Int(attributes["val"] ?? "") ?? 1))
      case "vMerge" where tableDepth == 1: merge = attributes["val"] ?? "continue"
      default: break
      }
    }

    mutating func end(_ name: String) {
      switch name {
      case "t": inText = false
      case "delText", "instrText", "Fallback": skipping = max(0, skipping - 1)
      case "p":
        endParagraph()
        inParagraph = false
        if let saved = outer.popLast() {
          (pieces, list, level, style) = saved
          inParagraph = true
        }
      case "tc" where tableDepth == 1:
        row.append(
          (DocxReader.joinCell(cellParagraphs), span, merge, cellPlace ?? "¶\(paragraph)"))
      case "tr" where tableDepth == 1: endRow()
      case "tbl": tableDepth = max(0, tableDepth - 1)
      default: break
      }
    }

    mutating func endParagraph() {
      var lines = pieces
      var numbered = list.map { ($0, level) }
      if numbered == nil, let style, let styled = numbering.styles[style] {
        numbered = (styled.list, styled.level)
      }
      if let (list, level) = numbered, list != "0",
        let label = numbering.label(list: list, level: level),
        !lines[0].unicodeScalars.allSatisfy(\.properties.isWhitespace)
      {
        lines[0] = label + lines[0]
      }
      if tableDepth > 0 {
        cellParagraphs += lines
      } else {
        for line in lines {
          text.append(paragraph: line, number: paragraph, place: "¶\(paragraph)")
        }
      }
    }

    mutating func endRow() {
      var cells: [String] = []
      var places: [String] = []
      var column = 0
      for cell in row {
        var value = (cell.text, cell.place)
        if let merge = cell.merge {
          if merge == "restart" {
            mergedAbove[column] = value
          } else if let above = mergedAbove[column] {
            value = above
          }
        } else {
          mergedAbove[column] = nil
        }
        for _ in 0..<cell.span {
          cells.append(value.0)
          places.append(value.1)
        }
        column += cell.span
      }
      text.append(row: cells, number: rowNumber, places: places)
    }
  }
}
