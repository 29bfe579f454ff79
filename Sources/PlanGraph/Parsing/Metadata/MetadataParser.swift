/// Reads a document's header and signature lines: title, jurisdiction, level, year, issue
/// date and document number.
///
/// - Document number: a short line such as `辽政发〔2024〕3号` near the top.
/// - Jurisdiction, in this order: a signature line `X人民政府` followed by a date line; the
///   places at the start of the title; for a report, the congress session it was delivered to
///   (`在陕西省第十四届人民代表大会…`) and the speaker's office (`陕西省省长`); failing all,
///   the place the text names most often at the level its own words give (`全市`).
/// - Title: the first short line (or two lines joined) ending in `方案`; for a report the line
///   naming the 政府工作报告, up to `——`. Page furniture is gone before this is read.
/// - Year: the `YYYY年` at the start of the title; for a report, else the year of its year's
///   work (`2025年工作的总体要求`), else the delivery year (the next one for a report delivered
///   in November or December); for a plan, else the issue year.
/// - Level and parent: from the gazetteer when the place resolves to one division; else from
///   the place's last character, and a 市 whose plan carries out another 市's work report
///   (`《鞍山市政府工作报告》`) is a county-level city.
public enum MetadataParser {
  /// Where a document's jurisdiction was read.
  public enum PlaceSource: Sendable, Hashable {
    /// The signature `X人民政府` above the issue date.
    case signature
    /// The places the title starts with.
    case title
    /// The congress session a report was delivered to.
    case session
    /// The speaker's office (`陕西省省长`).
    case speaker
    /// The place the text names most often, `count` times.
    case mentions(count: Int)
    /// Given by the user (`--jurisdiction`).
    case override
    /// Nowhere.
    case none
  }

  /// The metadata of a document and where its place was read.
  public struct Reading: Sendable {
    /// The metadata.
    public var metadata: DocumentMetadata
    /// Where the jurisdiction came from.
    public var placeSource: PlaceSource
  }

  /// The metadata of a document from its normalized lines.
  public static func metadata(of lines: [SourceLine], kind: Document.Kind) -> DocumentMetadata {
    read(lines, kind: kind).metadata
  }

  /// The metadata of a document from its normalized lines (page furniture removed), and where
  /// its place was read.
  public static func read(_ lines: [SourceLine], kind: Document.Kind) -> Reading {
    var metadata = DocumentMetadata()
    var source = PlaceSource.none
    let head = lines.prefix(40)
    metadata.documentNumber = head.lazy.map(\.text).first(where: isDocumentNumber)
    if let (place, date) = signature(in: Array(head)) {
      metadata.jurisdiction = place
      metadata.issuedOn = date
      source = .signature
    }
    metadata.title = kind == .plan ? planTitle(in: Array(head)) : ReportHeader.title(in: head)
    let session = kind == .report ? ReportHeader.session(in: head) : nil
    if kind == .report, metadata.issuedOn == nil {
      metadata.issuedOn = session?.date
    }
    let titlePlaces = JurisdictionName.places(atStartOf: stripYear(metadata.title))
    var places: [String] = []
    if metadata.jurisdiction.isEmpty, !titlePlaces.isEmpty {
      (places, source) = (titlePlaces, .title)
    } else if metadata.jurisdiction.isEmpty, kind == .report {
      if let sessionPlaces = session?.places, !sessionPlaces.isEmpty {
        (places, source) = (sessionPlaces, .session)
      } else {
        let speaker = ReportHeader.speakerPlaces(in: head)
        if !speaker.isEmpty { (places, source) = (speaker, .speaker) }
      }
    }
    if let last = places.last {
      metadata.jurisdiction = last
      metadata.parentJurisdiction = places.dropLast().last
    }
    metadata.year = leadingYear(of: metadata.title)
    if metadata.year == nil, kind == .report {
      metadata.year =
        ReportHeader.workYear(in: lines[...]) ?? metadata.issuedOn.flatMap(deliveryYear)
    }
    metadata.year =
      metadata.year ?? metadata.issuedOn.flatMap { Int($0.prefix(4)) }
      ?? metadata.documentNumber.flatMap(numberYear)
    metadata.level = JurisdictionName.level(of: metadata.jurisdiction)
    if metadata.level == .city,
      let parent = implementedCity(in: metadata.title, besides: metadata.jurisdiction)
    {
      metadata.level = .county
      metadata.parentJurisdiction = parent
    }
    locate(&metadata, context: head.map(\.text))
    if metadata.jurisdiction.isEmpty {
      let texts = lines.map(\.text)
      if let mention = Gazetteer.shipped.mostNamed(
        in: texts, levels: Gazetteer.levels(namedBy: texts))
      {
        place(&metadata, in: mention.division)
        source = .mentions(count: mention.count)
      }
    }
    return Reading(metadata: metadata, placeSource: source)
  }

  /// Puts `division` and its level and parent into `metadata`.
  static func place(_ metadata: inout DocumentMetadata, in division: Gazetteer.Division) {
    metadata.jurisdiction = division.name
    metadata.jurisdictionCode = division.code
    metadata.level = division.level
    metadata.parentJurisdiction = Gazetteer.shipped.parent(of: division)?.name
  }

  /// The year a report delivered on `date` is on: the next one in November and December.
  private static func deliveryYear(_ date: String) -> Int? {
    guard let year = Int(date.prefix(4)) else { return nil }
    let month = Int(date.dropFirst(5).prefix(2)) ?? 1
    return month >= 11 ? year + 1 : year
  }

  /// The division code, level and parent from the gazetteer, when the place resolves to one
  /// division: 天津市 is a province-level municipality, 海城市 a county-level city in 鞍山市.
  static func locate(_ metadata: inout DocumentMetadata, context: [String]) {
    guard !metadata.jurisdiction.isEmpty else { return }
    let context = [metadata.parentJurisdiction ?? "", metadata.title] + context
    guard
      case .unique(let division) = Gazetteer.shipped.resolve(
        metadata.jurisdiction, context: context)
    else { return }
    metadata.jurisdictionCode = division.code
    metadata.level = division.level
    if metadata.parentJurisdiction == nil {
      metadata.parentJurisdiction = Gazetteer.shipped.parent(of: division)?.name
    }
  }

  private static func isDocumentNumber(_ line: String) -> Bool {
    guard line.utf8HasSuffix("号"), line.count <= 30 else { return false }
    return line.utf8Contains("〔") || line.utf8Contains(byte: 0x5B)
      || line.utf8Contains(byte: Byte.leftParenthesis)
  }

  /// `X人民政府` followed by a date line.
  private static func signature(in lines: [SourceLine]) -> (String, String)? {
    for (index, line) in lines.enumerated().dropLast()
    where line.text.utf8HasSuffix("人民政府") && line.text.count <= 20 {
      let place = String(line.text.dropLast(4))
      guard !place.isEmpty, let date = isoDate(lines[index + 1].text, wholeLine: true) else {
        continue
      }
      return (place, date)
    }
    return nil
  }

  private static func planTitle(in lines: [SourceLine]) -> String {
    for (index, line) in lines.enumerated() where isTitleLike(line.text) {
      if line.text.utf8HasSuffix("方案") { return line.text }
      if index + 1 < lines.count, lines[index + 1].text.utf8HasSuffix("方案"),
        isTitleLike(lines[index + 1].text)
      {
        return line.text + lines[index + 1].text
      }
    }
    return lines.first.map(\.text) ?? ""
  }

  /// A line short enough for a title (90 characters at most) with no sentence punctuation:
  /// the byte tests first, then the count of characters, which walks the whole line.
  private static func isTitleLike(_ text: String) -> Bool {
    !text.utf8Contains("。") && !text.utf8HasPrefix("(") && !text.utf8Contains(byte: Byte.comma)
      && !text.utf8HasPrefix("《") && !text.utf8HasSuffix(":") && text.count <= 90
  }

  /// `2025年1月25日` as `2025-01-25`.
  static func isoDate(_ text: String, wholeLine: Bool) -> String? {
    let scalars = Array(text.unicodeScalars)
    var numbers: [Int] = []
    var index = 0
    for marker in ["年", "月", "日"] as [Unicode.Scalar] {
      var value = 0
      var digits = 0
      while index < scalars.count, (48...57).contains(scalars[index].value), digits < 4 {
        value = value * 10 + Int(scalars[index].value - 48)
        digits += 1
        index += 1
      }
      guard digits > 0, index < scalars.count, scalars[index] == marker else { return nil }
      numbers.append(value)
      index += 1
    }
    if wholeLine && index != scalars.count { return nil }
    guard numbers[0] >= 1949, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else {
      return nil
    }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(numbers[0])-\(two(numbers[1]))-\(two(numbers[2]))"
  }

  private static func leadingYear(of title: String) -> Int? {
    guard let range = title.utf8Bounds(of: "年") else { return nil }
    let before = title[..<range.lowerBound].suffix(4)
    guard before.count == 4, let year = Int(before), year >= 1949 else { return nil }
    return year
  }

  /// The year in a document number: `国发〔2024〕6号` gives 2024.
  private static func numberYear(_ number: String) -> Int? {
    let digits = number.split { !$0.isASCII || !$0.isNumber }.first { $0.count == 4 }
    return digits.flatMap { Int(String($0)) }.flatMap { (1949...2100).contains($0) ? $0 : nil }
  }

  private static func stripYear(_ title: String) -> String {
    guard let year = leadingYear(of: title), let range = title.utf8Bounds(of: "\(year)年") else {
      return title
    }
    // `锦州市太和区2024年…` keeps its places: only the year goes.
    return String(title[..<range.lowerBound]) + title[range.upperBound...]
  }

  /// Another 市 whose work report the title says this plan carries out.
  private static func implementedCity(in title: String, besides own: String) -> String? {
    var rest = Substring(title)
    while let open = rest.firstIndex(of: "《") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: "》") else { break }
      let name = rest[..<close]
      if name.hasSuffix("政府工作报告") {
        let place = String(name.dropLast("政府工作报告".count))
        if place.hasSuffix("市") && place != own && place.count >= 2 { return place }
      }
    }
    return nil
  }
}
