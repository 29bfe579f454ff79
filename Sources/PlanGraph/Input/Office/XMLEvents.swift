import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML part of an Office file as a flat list of events, read by `XMLScanner` or, where it
/// declines, Foundation's `XMLParser`.
///
/// Element and attribute names are local (`w:p` is `p`, `w:val` is `val`): Office files use
/// fixed namespaces, and readers loop over events instead of writing a delegate each.
struct XMLEvents {
  /// One event.
  enum Event {
    /// An element opens, with its attributes.
    case start(String, [String: String])
    /// An element closes.
    case end(String)
    /// Character data.
    case text(String)
  }

  /// The events in document order.
  private(set) var events: [Event] = []

  /// Reads `bytes` with `XMLScanner`, or with `XMLParser` where the scanner declines; throws
  /// the parser's error message when the XML is not well formed.
  ///
  /// A part with a document type declaration is refused before parsing: Office files never
  /// have one, and its entities could expand without bound (the "billion laughs").
  init(_ bytes: [UInt8]) throws(XMLFailure) {
    if Self.declaresDocumentType(bytes) {
      throw XMLFailure(
        message: "a <!DOCTYPE> or <!ENTITY> declaration, which Office files never have")
    }
    if let events = XMLScanner.events(bytes) {
      self.init(events: events)
    } else {
      try self.init(parsing: bytes)
    }
  }

  private init(events: [Event]) { self.events = events }

  /// Parses `bytes` with Foundation's `XMLParser`.
  ///
  /// It reads the parts `XMLScanner` leaves to it, and is the tests' reference; document
  /// types are refused by `init(_:)`, before this.
  init(parsing bytes: [UInt8]) throws(XMLFailure) {
    let collector = Collector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = collector
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
      let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed"
      throw XMLFailure(message: "XML error at line \(parser.lineNumber): \(error)")
    }
    events = collector.events
  }

  /// Whether `bytes` hold `<!DOCTYPE` or `<!ENTITY` (case-insensitively).
  static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
    let words = [Array("DOCTYPE".utf8), Array("ENTITY".utf8)]
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
        for word in words where index + 2 + word.count <= bytes.count {
          if (0..<word.count).allSatisfy({ bytes[index + 2 + $0] & 0xDF == word[$0] }) {
            return true
          }
        }
      }
      index += 1
    }
    return false
  }

  /// Why a part could not be read.
  struct XMLFailure: Error {
    var message: String
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var events: [Event] = []

    static func local(_ name: String) -> String {
      guard let colon = name.lastIndex(of: ":") else { return name }
      return String(name[name.index(after: colon)...])
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      var local: [String: String] = [:]
      for (key, value) in attributes { local[Self.local(key)] = value }
      events.append(.start(Self.local(elementName), local))
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      events.append(.end(Self.local(elementName)))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      events.append(.text(string))
    }

    /// A CDATA section is text, its line ends `\n` (`XMLParser` leaves `\r\n` in it), as
    /// `XMLScanner` reads it.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      let text = String(decoding: block, as: UTF8.self)
      events.append(.text(text.utf8Replacing("\r\n", with: "\n").utf8Replacing("\r", with: "\n")))
    }
  }
}
