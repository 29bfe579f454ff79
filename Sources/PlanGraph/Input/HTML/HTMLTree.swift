/// A forgiving HTML tree built from UTF-8 bytes, enough to read the text of a government page.
///
/// Tags are matched case-insensitively; an end tag with no open element of its name is
/// ignored, one with an open element closes everything above it; `<p>`, `<li>`, `<td>`,
/// `<th>` and `<tr>` close an open sibling of their kind as browsers do; void elements
/// (`<br>`, `<img>`, `<meta>`, …) have no children. Comments, `<!DOCTYPE>`, and the contents of
/// `<script>`, `<style>`, `<textarea>` and `<title>` are raw text: scripts and styles are left
/// out. Every text node keeps its source line. Works on bytes; nothing is ever looked up twice.
struct HTMLTree {
  /// One node: an element (`name` lower-cased) or a text run (`name` empty).
  struct Node {
    var name: String
    var text = ""
    var line: Int
    var attributes: [String: String] = [:]
    var children: [Int] = []
  }

  /// All nodes; node 0 is the document.
  private(set) var nodes: [Node] = [Node(name: "#document", line: 1)]

  private static let voids: Set<String> = [
    "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param",
    "source", "track", "wbr",
  ]
  private static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp"]
  /// Elements that close an open element of the listed names when they start.
  private static let closes: [String: Set<String>] = [
    "p": ["p"], "li": ["li"], "td": ["td", "th"], "th": ["td", "th"], "tr": ["tr", "td", "th"],
    "tbody": ["tbody", "thead", "tr", "td", "th"], "thead": ["tbody", "thead", "tr", "td", "th"],
    "dt": ["dt", "dd"], "dd": ["dt", "dd"], "option": ["option"],
  ]
  /// Elements a `p` may not stay open across.
  private static let blocks: Set<String> = [
    "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "p",
    "blockquote", "pre", "form", "hr", "dl", "center",
  ]

  /// Builds the tree of `bytes` (valid UTF-8).
  init(_ bytes: [UInt8]) {
    var stack = [0]
    var line = 1
    var index = 0
    var textStart = 0
    var textLine = 1
    let count = bytes.count

    func appendText(_ from: Int, _ to: Int) {
      guard to > from else { return }
      let slice = bytes[from..<to]
      guard slice.contains(where: { $0 > 0x20 }) else { return }
      let text = HTMLEntities.decode(String(decoding: slice, as: UTF8.self))
      // The text's line is where its first visible character stands.
      let leading = slice.prefix { $0 <= 0x20 }.count { $0 == 0x0A }
      nodes.append(Node(name: "", text: text, line: textLine + leading))
      nodes[stack.last!].children.append(nodes.count - 1)
    }
    func open(_ name: String, _ attributes: [String: String], at line: Int) {
      if let closed = Self.closes[name] {
        // Close the nearest open element of those kinds, if nothing but inline elements
        // stands between it and here.
        if let position = stack.lastIndex(where: { closed.contains(nodes[$0].name) }),
          !stack[(position + 1)...].contains(where: {
            ["table", "ul", "ol", "div"].contains(nodes[$0].name)
          })
        {
          stack.removeSubrange(position...)
        }
      }
      if Self.blocks.contains(name), let last = stack.last, nodes[last].name == "p" {
        stack.removeLast()
      }
      nodes.append(Node(name: name, line: line, attributes: attributes))
      let id = nodes.count - 1
      nodes[stack.last!].children.append(id)
      if !Self.voids.contains(name) && stack.count < 400 { stack.append(id) }
    }
    func close(_ name: String) {
      if let position = stack.lastIndex(where: { nodes[$0].name == name }), position > 0 {
        stack.removeSubrange(position...)
      }
    }

    while index < count {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        index += 1
        continue
      }
      guard byte == UInt8(ascii: "<"), index + 1 < count else {
        index += 1
        continue
      }
      let next = bytes[index + 1]
      let isTag =
        Self.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
        || next == UInt8(ascii: "?")
      guard isTag else {
        index += 1
        continue
      }
      appendText(textStart, index)
      let tagLine = line
      if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
        // A comment, a DOCTYPE or a processing instruction: skipped whole.
        let isComment = Self.matches(bytes, index, "<!--")
        let end =
          isComment ? Self.find(bytes, "-->", from: index + 4) : Self.find(bytes, ">", from: index)
        let stop = end.map { $0 + (isComment ? 3 : 1) } ?? count
        line += bytes[index..<stop].filter { $0 == 0x0A }.count
        index = stop
        textStart = index
        textLine = line
        continue
      }
      guard let tagEnd = Self.tagEnd(bytes, from: index + 1) else {
        index = count
        textStart = count
        break
      }
      let tag = Array(bytes[(index + 1)..<tagEnd])
      line += tag.filter { $0 == 0x0A }.count
      index = tagEnd + 1
      let (name, attributes, closing) = Self.parseTag(tag)
      if closing {
        close(name)
      } else {
        open(name, attributes, at: tagLine)
        if Self.rawText.contains(name) {
          // Raw text runs to the matching end tag.
          let end = Self.findClosing(bytes, name, from: index) ?? count
          if name == "title" || name == "textarea" {
            let saved = textLine
            textLine = line
            appendText(index, end)
            textLine = saved
          }
          line += bytes[index..<end].filter { $0 == 0x0A }.count
          index = end
          if let stop = Self.find(bytes, ">", from: end) { index = stop + 1 }
          close(name)
        }
      }
      textStart = index
      textLine = line
    }
    appendText(textStart, count)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func matches(_ bytes: [UInt8], _ index: Int, _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard index + needle.count <= bytes.count else { return false }
    for k in 0..<needle.count where bytes[index + k] | 0x20 != needle[k] | 0x20 { return false }
    return true
  }

  private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
    let first = text.utf8.first!
    var index = start
    while index < bytes.count {
      if bytes[index] == first, matches(bytes, index, text) { return index }
      index += 1
    }
    return nil
  }

  /// The `</name` that ends raw text, case-insensitively.
  private static func findClosing(_ bytes: [UInt8], _ name: String, from start: Int) -> Int? {
    var index = start
    while let found = find(bytes, "</", from: index) {
      if matches(bytes, found + 2, name) { return found }
      index = found + 2
    }
    return nil
  }

  /// The `>` that ends a tag, outside quoted attribute values.
  private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var quote: UInt8?
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return index
      }
      index += 1
    }
    return nil
  }

  /// A tag's lower-cased name, its attributes (names lower-cased, entities decoded) and
  /// whether it is an end tag.
  private static func parseTag(_ tag: [UInt8]) -> (String, [String: String], Bool) {
    var index = 0
    let closing = tag.first == UInt8(ascii: "/")
    if closing { index = 1 }
    let nameStart = index
    while index < tag.count, !isSpace(tag[index]), tag[index] != UInt8(ascii: "/") { index += 1 }
    let name = String(decoding: tag[nameStart..<index], as: UTF8.self).lowercased()
    var attributes: [String: String] = [:]
    while index < tag.count {
      while index < tag.count, isSpace(tag[index]) || tag[index] == UInt8(ascii: "/") {
        index += 1
      }
      let keyStart = index
      while index < tag.count, !isSpace(tag[index]), tag[index] != UInt8(ascii: "="),
        tag[index] != UInt8(ascii: "/")
      {
        index += 1
      }
      guard index > keyStart else {
        index += 1
        continue
      }
      let key = String(decoding: tag[keyStart..<index], as: UTF8.self).lowercased()
      while index < tag.count, isSpace(tag[index]) { index += 1 }
      var value = ""
      if index < tag.count, tag[index] == UInt8(ascii: "=") {
        index += 1
        while index < tag.count, isSpace(tag[index]) { index += 1 }
        if index < tag.count, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") {
          let quote = tag[index]
          let start = index + 1
          index = start
          while index < tag.count, tag[index] != quote { index += 1 }
          value = String(decoding: tag[start..<min(index, tag.count)], as: UTF8.self)
          index += 1
        } else {
          let start = index
          while index < tag.count, !isSpace(tag[index]) { index += 1 }
          value = String(decoding: tag[start..<index], as: UTF8.self)
        }
      }
      if attributes.count < 64 { attributes[key] = HTMLEntities.decode(value) }
    }
    return (name, attributes, closing)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}
