/// Reads a web page saved from a government site: its text as lines, its tables as tables.
///
/// - Encoding: the one given, else a byte-order mark, else `<meta charset>` or `http-equiv`
///   (`gbk`, `gb2312` and `gb18030` read as GB18030), else detected like text.
/// - Text escaped as database dumps write it (`\"`, a literal `\r\n`) is unescaped first.
/// - Scripts, styles, comments, navigation (`<nav>`), forms, buttons and frames are dropped,
///   and so is a line made only of links (a menu, the site's name, related links); block
///   elements (`<p>`, `<div>`, `<br>`, `<li>`, headings, …) end lines; entities are
///   decoded. Each line is numbered by the HTML source line its text starts on.
/// - A data table (two or more rows of two or more cells, no table inside) becomes table
///   rows for the table reader, `rowspan` and `colspan` carrying a cell's value into every
///   position it covers; a table used for page layout is read as blocks.
public enum HTMLReader {
  /// Whether `bytes` read from `path` are a web page: by extension, or by starting with
  /// `<!DOCTYPE html`, `<html`, `<head` or `<meta`.
  public static func isHTML(_ bytes: [UInt8], path: String) -> Bool {
    let name = path.lowercased()
    if [".html", ".htm", ".shtml", ".xhtml"].contains(where: { name.hasSuffix($0) }) {
      return true
    }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, bytes[start] <= 0x20 { start += 1 }
    let head = String(decoding: bytes[start..<min(bytes.count, start + 16)], as: UTF8.self)
      .lowercased()
    return ["<!doctype html", "<html", "<head", "<meta"].contains { head.hasPrefix($0) }
  }

  /// The encoding `<meta>` declares in the first 4 kB, if any.
  public static func declaredEncoding(_ bytes: [UInt8]) -> TextEncoding? {
    let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
      .lowercased()
    guard let range = head.utf8Bounds(of: "charset=") else { return nil }
    let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
      .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    return TextEncoding(name: String(value))
  }

  /// The text of the page in `bytes`, decoded as `encoding` when one is given.
  /// - Throws: `PlanGraphError.conversionUnavailable` when `iconv` lacks the encoding.
  public static func read(_ bytes: [UInt8], encoding: TextEncoding? = nil)
    throws(PlanGraphError) -> (text: ExtractedText, decoded: DecodedText)
  {
    let hasBOM =
      bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
      || bytes.starts(with: [0xFE, 0xFF])
    let chosen = encoding ?? (hasBOM ? nil : declaredEncoding(bytes))
    let decoded = try TextDecoder.decode(bytes, as: chosen)
    let source = unescapingDump(decoded.bytes)
    var renderer = Renderer(tree: HTMLTree(source))
    renderer.render(0, depth: 0)
    renderer.flush()
    return (renderer.text, decoded)
  }

  /// Text as database dumps store it (`<p style=\"…\">…\r\n`) with its escapes undone, when
  /// it has more literal `\n` than line breaks or escaped quotes inside tags.
  static func unescapingDump(_ bytes: [UInt8]) -> [UInt8] {
    let backslash = UInt8(ascii: "\\")
    var literalBreaks = 0
    var escapedQuotes = 0
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == backslash {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "n") { literalBreaks += 1 }
        if next == UInt8(ascii: "\"") { escapedQuotes += 1 }
        index += 2
      } else {
        index += 1
      }
    }
    let breaks = bytes.count { $0 == 0x0A }
    guard literalBreaks > breaks || escapedQuotes >= 3 else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == backslash, index + 1 < bytes.count else {
        result.append(byte)
        index += 1
        continue
      }
      switch bytes[index + 1] {
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): break
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "/"), backslash:
        result.append(bytes[index + 1])
      default:
        result += [byte, bytes[index + 1]]
      }
      index += 2
    }
    return result
  }

  private struct Renderer {
    let tree: HTMLTree
    var text = ExtractedText()
    var current = ""
    var currentLine = 0
    var cellParagraphs: [String]?
    /// Whether the line being read has text outside links.
    var plain = false
    var linkDepth = 0

    init(tree: HTMLTree) { self.tree = tree }

    static let dropped: Set<String> = [
      "script", "style", "noscript", "template", "head", "nav", "form", "select", "button",
      "iframe", "svg", "object", "canvas", "map", "input", "textarea", "title",
    ]
    static let blocks: Set<String> = [
      "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
      "section", "article", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "header",
      "footer", "main", "aside", "figure", "figcaption", "td", "th", "caption", "tbody", "thead",
      "address",
    ]

    mutating func flush() {
      if cellParagraphs != nil {
        if !current.isEmpty { cellParagraphs!.append(current) }
      } else if !current.isEmpty {
        // A line made only of links is the site's: a menu, the site's name, related links.
        if plain || current.allSatisfy(\.isWhitespace) {
          text.append(paragraph: current, number: currentLine)
        } else {
          text.droppedLines.append(currentLine)
        }
      }
      current = ""
      plain = false
    }

    mutating func render(_ id: Int, depth: Int) {
      let node = tree.nodes[id]
      if node.name.isEmpty {
        if current.isEmpty { currentLine = node.line }
        // Line breaks inside HTML text are spaces.
        current += node.text.utf8Replacing("\n", with: " ")
        if linkDepth == 0, node.text.contains(where: { !$0.isWhitespace }) { plain = true }
        return
      }
      if Self.dropped.contains(node.name) || depth > 300 { return }
      if node.name == "table", let rows = dataRows(id) {
        flush()
        emit(rows, line: node.line)
        return
      }
      let isBlock = Self.blocks.contains(node.name)
      if isBlock { flush() }
      if node.name == "a" { linkDepth += 1 }
      for child in node.children { render(child, depth: depth + 1) }
      if node.name == "a" { linkDepth -= 1 }
      if isBlock { flush() }
    }

    /// The rows of a data table, or nil for a layout table.
    func dataRows(_ table: Int) -> [Int]? {
      var rows: [Int] = []
      var stack = tree.nodes[table].children
      while let id = stack.popLast() {
        let node = tree.nodes[id]
        switch node.name {
        case "table": return nil
        case "tr": rows.append(id)
        case "thead", "tbody", "tfoot": stack += node.children
        default: break
        }
        for child in node.children where tree.nodes[child].name == "table" { return nil }
      }
      rows.sort()
      let wide = rows.filter { row in
        tree.nodes[row].children.filter { ["td", "th"].contains(tree.nodes[$0].name) }.count >= 2
      }
      return wide.count >= 2 ? rows : nil
    }

    /// Writes table rows, spans filled.
    mutating func emit(_ rows: [Int], line: Int) {
      var pending: [Int: (text: String, rows: Int)] = [:]
      for row in rows {
        var cells: [String] = []
        var column = 0
        func fillPending() {
          while let carried = pending[column] {
            cells.append(carried.text)
            pending[column] = carried.rows > 1 ? (carried.text, carried.rows - 1) : nil
            column += 1
          }
        }
        for cell in tree.nodes[row].children where ["td", "th"].contains(tree.nodes[cell].name) {
          fillPending()
          let value = cellText(cell)
          let attributes = tree.nodes[cell].attributes
          let span = min(64, max(1, Int(attributes["colspan"] ?? "") ?? 1))
          let down = min(1000, max(1, Int(attributes["rowspan"] ?? "") ?? 1))
          for _ in 0..<span {
            cells.append(value)
            if down > 1 { pending[column] = (value, down - 1) }
            column += 1
          }
        }
        fillPending()
        text.append(row: cells, number: tree.nodes[row].line)
      }
    }

    /// A cell's text: its paragraphs joined as a plan writes a list.
    mutating func cellText(_ cell: Int) -> String {
      let saved = (current, currentLine, cellParagraphs, plain)
      current = ""
      cellParagraphs = []
      for child in tree.nodes[cell].children { render(child, depth: 1) }
      flush()
      let paragraphs = cellParagraphs ?? []
      (current, currentLine, cellParagraphs, plain) = saved
      return DocxReader.joinCell(paragraphs)
    }
  }
}
