/// Reads the XML that Word and Excel write into `XMLEvents` on its UTF-8 bytes.
///
/// `XMLParser` hands every element, attribute and run of text over as Foundation strings, one
/// delegate call each: for a plan saved from Word (645 kB of XML) it cost 321 million
/// instructions, four times the parse of the same plan as text. This scanner reads what
/// Office parts hold: elements and their attributes, character data with the five predefined
/// entities and character references, CDATA sections, comments and processing instructions,
/// with `\r\n` read as a line break and tabs and line breaks in attribute values as spaces.
///
/// It is strict rather than complete: text in another encoding, a declaration it does not
/// know, a name, entity or control character it does not accept, a tag that is not closed or
/// closed by another name returns nil, and `XMLEvents` lets `XMLParser` read the part and say
/// what is wrong with it. Adjacent runs of text are one event (`XMLParser` may split them).
enum XMLScanner {
  /// The events of `bytes`, or nil when the scanner leaves them to `XMLParser`.
  static func events(_ bytes: [UInt8]) -> [XMLEvents.Event]? {
    guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(bytes: buffer)
      return scanner.run() ? scanner.events : nil
    }
  }

  /// The scan's state: a value with mutating methods, so the loop needs no captured variables.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var events: [XMLEvents.Event] = []
    /// The byte ranges of the qualified names of the elements open.
    var open: [Range<Int>] = []
    var text: [UInt8] = []
    var sawRoot = false
    /// The byte ranges of the attribute names of the tag being read, to refuse one twice.
    var attributeNames: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      events.reserveCapacity(bytes.count / 16)
    }

    /// Where the part starts: after a byte-order mark, if it has one.
    var start: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// Scans every byte; false when the bytes are left to `XMLParser`.
    mutating func run() -> Bool {
      index = start
      if starts(with: "<?xml"), !declarationIsUTF8() { return false }
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "<"):
          guard markup() else { return false }
        case UInt8(ascii: "&"):
          guard let scalar = reference() else { return false }
          Self.append(scalar, to: &text)
        case UInt8(ascii: "\r"):
          // A line break is `\n` however the file ends its lines.
          text.append(UInt8(ascii: "\n"))
          passLineEnd()
        case UInt8(ascii: ">"):
          // `]]>` may not stand in text.
          guard !text.suffix(2).elementsEqual([0x5D, 0x5D]) else { return false }
          text.append(byte)
          index += 1
        case 0x09, 0x0A, 0x20...:
          // A run of plain bytes at once.
          var end = index + 1
          while end < bytes.count, Self.isPlain(bytes[end]) { end += 1 }
          text += bytes[index..<end]
          index = end
        default:
          return false  // a control character
        }
      }
      return flushText() && open.isEmpty && sawRoot
    }

    /// Whether `byte` needs no look in text: not a mark, a carriage return or a control byte.
    static func isPlain(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: ">"), UInt8(ascii: "\r"): false
      case 0x09, 0x0A, 0x20...: true
      default: false
      }
    }

    /// Ends the run of text: an event inside the root, nothing but spaces outside it.
    mutating func flushText() -> Bool {
      defer { text.removeAll(keepingCapacity: true) }
      guard !text.isEmpty else { return true }
      // (A carriage return is a line feed by now.)
      if open.isEmpty { return text.allSatisfy(Self.isSpace) }
      events.append(.text(String(decoding: text, as: UTF8.self)))
      return true
    }

    /// Reads the markup starting at `<`.
    mutating func markup() -> Bool {
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      // Most markup is a tag: the other forms start `<?` or `<!`.
      if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") {
        guard flushText() else { return false }
        return next == UInt8(ascii: "/") ? endTag() : startTag()
      }
      if next == UInt8(ascii: "?") { return instruction() }
      if starts(with: "<!--") {
        let start = index + 4
        guard skip(past: "-->") else { return false }
        // `--` may not stand in a comment, nor `-` end it.
        let content = bytes[start..<(index - 3)]
        return content.last != UInt8(ascii: "-")
          && !zip(content, content.dropFirst()).contains { $0 == 0x2D && $1 == 0x2D }
      }
      if starts(with: "<![CDATA[") {
        guard !open.isEmpty else { return false }
        let start = index + 9
        guard skip(past: "]]>") else { return false }
        let content = bytes[start..<(index - 3)]
        for (offset, byte) in zip(content.indices, content) {
          guard byte == UInt8(ascii: "\r") else {
            text.append(byte)
            continue
          }
          // `\r\n` and a lone `\r` are both one `\n`.
          if offset + 1 == content.endIndex || content[offset + 1] != UInt8(ascii: "\n") {
            text.append(UInt8(ascii: "\n"))
          }
        }
        return true
      }
      // A document type or any other declaration: Office parts have none.
      return false
    }

    /// Passes over a processing instruction, `<?target …?>`.
    ///
    /// Its target is a name, and `xml` (in any case) only in the declaration at the start.
    mutating func instruction() -> Bool {
      let atStart = index == start
      index += 2
      let target = name()
      guard Self.startsName(target, in: bytes), index < bytes.count else { return false }
      let reserved = bytes[target].map { $0 | 0x20 }.elementsEqual("xml".utf8)
      guard !reserved || atStart,
        Self.isSpace(bytes[index]) || starts(with: "?>")
      else { return false }
      return skip(past: "?>")
    }

    /// `</name>`: closes the element opened last.
    mutating func endTag() -> Bool {
      index += 2
      let name = self.name()
      skipSpaces()
      guard let last = open.last, !name.isEmpty, index < bytes.count,
        bytes[index] == UInt8(ascii: ">"),
        bytes[name].elementsEqual(bytes[last])
      else { return false }
      index += 1
      open.removeLast()
      events.append(.end(local(name)))
      return true
    }

    /// `<name attribute="value" …>` or `<name …/>`.
    mutating func startTag() -> Bool {
      guard !(open.isEmpty && sawRoot) else { return false }  // one root only
      index += 1
      let name = self.name()
      guard Self.startsName(name, in: bytes) else { return false }
      var attributes: [String: String] = [:]
      attributeNames.removeAll(keepingCapacity: true)
      while true {
        let spaced = skipSpaces()
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: ">") || starts(with: "/>") {
          let empty = bytes[index] == UInt8(ascii: "/")
          index += empty ? 2 : 1
          sawRoot = true
          events.append(.start(local(name), attributes))
          if empty { events.append(.end(local(name))) } else { open.append(name) }
          return true
        }
        let attribute = self.name()
        // Office tags carry a few attributes; a tag with hundreds (a hostile file) goes to
        // XMLParser rather than through the duplicate check, which is quadratic.
        guard spaced, attributeNames.count < 64, Self.startsName(attribute, in: bytes),
          !attributeNames.contains(where: { bytes[$0].elementsEqual(bytes[attribute]) })
        else { return false }
        attributeNames.append(attribute)
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return false }
        index += 1
        skipSpaces()
        guard let value = attributeValue() else { return false }
        attributes[local(attribute)] = value
      }
    }

    /// A quoted value, its references read and its tabs and line breaks made spaces.
    mutating func attributeValue() -> String? {
      guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else { return nil }
      let quote = bytes[index]
      index += 1
      // Most values hold no reference, line break or tab: their bytes are the value.
      var end = index
      while end < bytes.count, bytes[end] != quote, bytes[end] >= 0x20, bytes[end] != 0x26,
        bytes[end] != 0x3C
      {
        end += 1
      }
      if end < bytes.count, bytes[end] == quote {
        defer { index = end + 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
      }
      var value: [UInt8] = []
      while index < bytes.count, bytes[index] != quote {
        switch bytes[index] {
        case UInt8(ascii: "<"): return nil
        case UInt8(ascii: "&"):
          guard let scalar = reference() else { return nil }
          Self.append(scalar, to: &value)
        case UInt8(ascii: "\r"):
          value.append(0x20)
          passLineEnd()
        case 0x09, 0x0A:
          value.append(0x20)
          index += 1
        case 0x20...:
          value.append(bytes[index])
          index += 1
        default: return nil
        }
      }
      guard index < bytes.count else { return nil }
      index += 1
      return String(decoding: value, as: UTF8.self)
    }

    /// The character of `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#…;` or `&#x…;`.
    mutating func reference() -> Unicode.Scalar? {
      guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
        return nil
      }
      let name = bytes[(index + 1)..<semicolon]
      index = semicolon + 1
      switch String(decoding: name, as: UTF8.self) {
      case "amp": return "&"
      case "lt": return "<"
      case "gt": return ">"
      case "quot": return "\""
      case "apos": return "'"
      case let reference where reference.utf8HasPrefix("#"):
        let hex = reference.utf8HasPrefix("#x")
        let digits = reference.utf8.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty,
          digits.allSatisfy({ hex ? $0.isHexDigit : (0x30...0x39).contains($0) }),
          let value = UInt32(String(reference.dropFirst(hex ? 2 : 1)), radix: hex ? 16 : 10),
          Self.isCharacter(value)
        else { return nil }
        return Unicode.Scalar(value)
      default: return nil
      }
    }

    /// Appends `scalar`'s UTF-8 bytes to `output`.
    static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
      UTF8.encode(scalar) { output.append($0) }
    }

    /// Whether XML 1.0 allows the character `value` (a tab, a line break or no control).
    static func isCharacter(_ value: UInt32) -> Bool {
      switch value {
      case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
      default: false
      }
    }

    /// The byte range of the name at `index`.
    ///
    /// A name holds ASCII letters, digits, `.`, `-`, `_`, `:` and characters beyond ASCII. The
    /// byte after it must be one the caller expects (a space, `>`, `/>` or `=`), so a name
    /// holding any other mark is declined.
    mutating func name() -> Range<Int> {
      let start = index
      while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
      return start..<index
    }

    /// Whether `byte` may stand in a name.
    static func isNameByte(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
        UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...:
        true
      default: false
      }
    }

    /// Whether `name` is not empty and starts as an XML name may: a letter, `_`, `:` or a
    /// character beyond ASCII.
    static func startsName(_ name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard let first = name.first.map({ bytes[$0] }) else { return false }
      return first >= 0x80 || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
        || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z"))
    }

    /// The name without its prefix: `w:p` is `p`.
    func local(_ name: Range<Int>) -> String {
      let start = bytes[name].lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? name.lowerBound
      return String(decoding: bytes[start..<name.upperBound], as: UTF8.self)
    }

    /// Passes over the `\r` at `index`, and the `\n` after it if there is one.
    mutating func passLineEnd() {
      index += index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
    }

    /// Whether `byte` is XML white space: a space, a tab, a line feed or a carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Passes over spaces; whether there were any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
      let first = index
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
      return index > first
    }

    /// Whether the bytes at `index` are `literal`'s.
    func starts(with literal: StaticString) -> Bool {
      let count = literal.utf8CodeUnitCount
      guard index + count <= bytes.count else { return false }
      return (0..<count).allSatisfy { bytes[index + $0] == literal.utf8Start[$0] }
    }

    /// Moves past the next `end`; false when there is none.
    mutating func skip(past end: StaticString) -> Bool {
      while index < bytes.count {
        if starts(with: end) {
          index += end.utf8CodeUnitCount
          return true
        }
        index += 1
      }
      return false
    }

    /// Whether the XML declaration at `index` is one the scanner reads.
    ///
    /// That is `version`, then `encoding` (UTF-8) and `standalone` if there, each
    /// `name="value"` after a space, then `?>`. Anything else in it goes to `XMLParser`, which
    /// checks every part of it.
    func declarationIsUTF8() -> Bool {
      var probe = self
      probe.index += 5  // `<?xml`
      var pairs: [(String, String)] = []
      while probe.skipSpaces(), let pair = probe.pseudoAttribute() { pairs.append(pair) }
      // Ended by `?>`, within 200 bytes.
      guard probe.starts(with: "?>"), probe.index + 2 - index <= 200 else { return false }
      let names = pairs.map(\.0)
      // A version is `1.` and digits.
      let version = pairs.first?.1.utf8 ?? "".utf8
      guard names.first == "version", version.starts(with: "1.".utf8), version.count > 2,
        version.dropFirst(2).allSatisfy({ (0x30...0x39).contains($0) }),
        [
          ["version"], ["version", "encoding"], ["version", "standalone"],
          ["version", "encoding", "standalone"],
        ].contains(names)
      else { return false }
      if let encoding = pairs.first(where: { $0.0 == "encoding" })?.1,
        encoding.lowercased() != "utf-8"
      {
        return false
      }
      if let standalone = pairs.first(where: { $0.0 == "standalone" })?.1,
        standalone != "yes" && standalone != "no"
      {
        return false
      }
      return true
    }

    /// The declaration's `name="value"` at `index`, its value as written (a declaration
    /// holds no references); nil, `index` where it was, when there is none.
    mutating func pseudoAttribute() -> (String, String)? {
      let first = index
      let name = self.name()
      guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "="),
        index + 1 < bytes.count, bytes[index + 1] == 0x22 || bytes[index + 1] == 0x27,
        let end = bytes[(index + 2)...].firstIndex(of: bytes[index + 1])
      else {
        index = first
        return nil
      }
      defer { index = end + 1 }
      return (
        String(decoding: bytes[name], as: UTF8.self),
        String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
      )
    }
  }
}

extension UInt8 {
  /// Whether the byte is an ASCII hexadecimal digit.
  fileprivate var isHexDigit: Bool {
    (0x30...0x39).contains(self) || (0x61...0x66).contains(self | 0x20)
  }
}
