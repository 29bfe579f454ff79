import PlanGraphTestSupport
import Testing

@testable import PlanGraph

/// `XMLScanner` gives the events `XMLParser` gives (adjacent text joined, as every reader joins
/// it) for every part of every Word and Excel file we ship and for XML written to hold every
/// form the scanner reads; what it declines is what `XMLParser` refuses or it does not read.
@Suite("XML scanner")
struct XMLScannerTests {
  /// The events as lines: attributes sorted, adjacent text joined.
  static func lines(_ events: [XMLEvents.Event]) -> [String] {
    var lines: [String] = []
    for event in events {
      switch event {
      case .start(let name, let attributes):
        let pairs = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        lines.append("<\(name) \(pairs.joined(separator: " "))>")
      case .end(let name): lines.append("</\(name)>")
      case .text(let text):
        if let last = lines.last, last.hasPrefix("text:") {
          lines[lines.count - 1] += text
        } else {
          lines.append("text:" + text)
        }
      }
    }
    return lines
  }

  static func expectSame(_ bytes: [UInt8], _ what: String) throws {
    let scanned = try #require(XMLScanner.events(bytes), "\(what): declined")
    let parsed = try XMLEvents(parsing: bytes).events
    #expect(Self.lines(scanned) == Self.lines(parsed), "\(what)")
  }

  @Test("Every part of every Word and Excel file we ship")
  func shippedParts() throws {
    let files = [
      "twin-word-paragraphs.docx", "twin-word-numbered.docx", "twin-word-table.docx",
      "twin-table.xlsx", "shaanxi-2026-report.docx",
    ]
    var parts = 0
    for file in files {
      var archive = try ZipArchive(bytes: Fixture("formats/\(file)").bytes, path: file)
      for entry in archive.entries
      where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
        try Self.expectSame(try archive.contents(of: entry), "\(file) \(entry.name)")
        parts += 1
      }
    }
    #expect(parts == 21)
  }

  @Test("Entities, references, CDATA, comments, instructions, spaces and line ends")
  func forms() throws {
    let documents = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document xmlns:w=\"u\">"
        + "<w:body>\r\n <w:p><w:r><w:t xml:space=\"preserve\"> 牵头单位:市财政局 </w:t></w:r>"
        + "<w:r><w:t>A&amp;B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#26519;&#x4E1A;&#9;</w:t></w:r>"
        + "<!-- a comment, <w:t>not text</w:t> --><?mso-application progid=\"Word\"?>"
        + "<w:r><w:t><![CDATA[<raw> & text\r\nline]]></w:t></w:r><w:tab/><w:br w:type=\"page\"/>"
        + "</w:p>\n<w:p w:rsidR='00A1' a:b=\"x&#10;y\tz\r\nw &amp; &lt;\"/></w:body></w:document>\n",
      "\u{FEFF}<sst xmlns=\"m\" count=\"2\"><si><t>区发改局</t></si><si><r><t>区</t></r><r><t>财政局</t></r>"
        + "<rPh sb=\"0\"><t>く</t></rPh></si></sst>",
      "<a>line one\rline two\r\nline three\n</a>",
      "<?xml version=\"1.0\"\r\n encoding=\"UTF-8\"\r\n?><a>x</a>",
      "<?xml version='1.0' encoding='utf-8'?><root><empty/><empty></empty>  text  <x y = \"1\" /></root>",
    ]
    for (index, document) in documents.enumerated() {
      try Self.expectSame(Array(document.utf8), "document \(index)")
    }
    let events = try #require(XMLScanner.events(Array(documents[0].utf8)))
    #expect(Self.lines(events).contains("text:A&B <C> \"D\" 'E' 林业\t"))
    #expect(Self.lines(events).contains("<p a=x\ny z w & < rsidR=00A1>") == false)
    #expect(Self.lines(events).contains("<p b=x\ny z w & < rsidR=00A1>"))
  }

  @Test(
    "Malformed XML is left to XMLParser, which refuses it",
    arguments: [
      "<a><b></a></b>", "text<a></a>", "<a>&nope;</a>", "<a>&#0;</a>", "<a b=1></a>",
      "<a b=\"1\" b=\"2\"></a>", "<a b=\"1\"c=\"2\"></a>", "<a>\u{1}</a>", "<a>]]></a>",
      "<1a></1a>",
      "<a b=\"<\"></a>", "<a>&#x;</a>", "<a>&amp</a>", "<a></b>",
      "<?xml version=\"1.-0\"?><a/>", "<?xersion=\"1.0\"?><a/>", "<a><!-- x -- y --></a>",
      "<a><?xml version=\"1.0\"?></a>", "<?xml version=\"1.0\" foo?><a/>",
      "<?xml encoding=\"UTF-8\" version=\"1.0\"?><a/>",
    ])
  func declined(xml: String) {
    #expect(XMLScanner.events(Array(xml.utf8)) == nil)
    #expect(throws: XMLEvents.XMLFailure.self) { try XMLEvents(Array(xml.utf8)) }
  }

  @Test("A bad root, marks in names and a spaced declaration go to XMLParser, which reads them")
  func leftToParser() throws {
    // XMLParser recovers from these rather than refusing them: the scanner leaves its reading.
    // Spaces around a declaration's `=` are XML, which the scanner leaves to it too.
    for xml in [
      "<a>", "<a></a><b></b>", "", "<a b?=\"1\"/>", "<t&W/>", "<?xml version = \"1.0\"?><a/>",
    ] {
      #expect(XMLScanner.events(Array(xml.utf8)) == nil)
      let events = try XMLEvents(Array(xml.utf8)).events
      #expect(Self.lines(events) == Self.lines(try XMLEvents(parsing: Array(xml.utf8)).events))
    }
  }

  @Test("A tag with thousands of attributes goes to XMLParser, not through a quadratic check")
  func manyAttributes() throws {
    let attributes = (0..<5_000).map { " a\($0)=\"\($0)\"" }.joined()
    let xml = Array("<r><p\(attributes)/></r>".utf8)
    #expect(XMLScanner.events(xml) == nil)
    let events = try XMLEvents(xml).events
    guard case .start("p", let read) = events[1] else {
      Issue.record("no <p>")
      return
    }
    #expect(read.count == 5_000 && read["a4999"] == "4999")
  }

  @Test(
    "Parts changed at random: what the scanner reads, XMLParser reads the same",
    arguments: [
      ("twin-word-table.docx", "word/document.xml"), ("twin-table.xlsx", "xl/sharedStrings.xml"),
      ("twin-word-numbered.docx", "word/numbering.xml"), ("twin-table.xlsx", "xl/workbook.xml"),
    ])
  func mutatedParts(file: String, part: String) throws {
    var archive = try ZipArchive(bytes: Fixture("formats/\(file)").bytes, path: file)
    let original = try #require(try archive.contents(named: part))
    // The bytes XML gives a meaning to, and a Chinese character's.
    let pieces: [[UInt8]] = [
      "<", ">", "/", "&", ";", "\"", "'", "=", " ", "\r", "\n", "!", "?", "-", "[", "]", ":", "#",
      "&amp;", "&#x4E00;", "<!--", "-->", "<![CDATA[", "]]>", "市",
    ].map { Array($0.utf8) }
    var random = SeededRandom(seed: 0xDEAD_BEEF_CAFE_F00D)
    var read = 0
    for round in 0..<800 {
      var bytes = original
      for _ in 0..<(1 + random.next(3)) {
        let at = random.next(bytes.count)
        switch random.next(3) {
        case 0: bytes.insert(contentsOf: pieces[random.next(pieces.count)], at: at)
        case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.next(4)))
        default: bytes.replaceSubrange(at..<(at + 1), with: pieces[random.next(pieces.count)])
        }
      }
      guard let scanned = XMLScanner.events(bytes) else { continue }
      read += 1
      guard let parsed = try? XMLEvents(parsing: bytes).events else {
        Issue.record("round \(round): XMLParser refuses what the scanner read")
        continue
      }
      let (mine, theirs) = (Self.lines(scanned), Self.lines(parsed))
      if mine != theirs {
        let at =
          mine.indices.first { $0 >= theirs.count || mine[$0] != theirs[$0] } ?? mine.count
        let message =
          "round \(round), event \(at): \(mine.dropFirst(at).first ?? "end") against "
          + "\(theirs.dropFirst(at).first ?? "end")"
        Issue.record(Comment(rawValue: message))
      }
    }
    // Most changes break the part; a few hundred still read.
    #expect(read > 50, "\(read)")
  }

  @Test("Other encodings and invalid UTF-8 go to XMLParser too")
  func encodings() throws {
    #expect(XMLScanner.events(Array("<?xml version=\"1.0\" encoding=\"GBK\"?><a/>".utf8)) == nil)
    #expect(XMLScanner.events([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]) == nil)
    #expect(XMLScanner.events(Array("<?xml version=\"1.0\"?><a/>".utf8)) != nil)
  }
}
