/// Reads a document's header and signature lines: title, jurisdiction, level, year, issue
/// date and document number.
///
/// - Document number: a short line such as `辽政发〔2024〕3号` near the top.
/// - Jurisdiction and issue date: a signature line `X人民政府` followed by a date line
///   `2025年1月25日`; failing that, the place named at the start of the title.
/// - Title: the first short line (or two lines joined) ending in `方案`, or for a report the
///   first line up to `——`.
/// - Year: the `YYYY年` at the start of the title, else the issue year.
/// - Level: from the jurisdiction's last character (省, 市, 区, 县); a 市 whose plan carries
///   out another 市's work report (`《鞍山市政府工作报告》`) is a county-level city.
public enum MetadataParser {
  /// The metadata of a document from its normalized lines.
  public static func metadata(of lines: [SourceLine], kind: Document.Kind) -> DocumentMetadata {
    var metadata = DocumentMetadata()
    let head = Array(lines.prefix(40))
    metadata.documentNumber = head.lazy.map(\.text).first(where: isDocumentNumber)
    if let (place, date) = signature(in: head) {
      metadata.jurisdiction = place
      metadata.issuedOn = date
    }
    metadata.title = kind == .plan ? planTitle(in: head) : reportTitle(in: head)
    if metadata.jurisdiction.isEmpty || metadata.issuedOn == nil, kind == .report,
      let delivered = head.first.flatMap({ deliveredDate(in: $0.text) })
    {
      metadata.issuedOn = metadata.issuedOn ?? delivered
    }
    let titlePlaces = JurisdictionName.places(atStartOf: stripYear(metadata.title))
    if metadata.jurisdiction.isEmpty, let last = titlePlaces.last {
      metadata.jurisdiction = last
      metadata.parentJurisdiction = titlePlaces.dropLast().last
    }
    metadata.year =
      leadingYear(of: metadata.title) ?? metadata.issuedOn.flatMap { Int($0.prefix(4)) }
      ?? metadata.documentNumber.flatMap(numberYear)
    metadata.level = JurisdictionName.level(of: metadata.jurisdiction)
    if metadata.level == .city,
      let parent = implementedCity(in: metadata.title, besides: metadata.jurisdiction)
    {
      metadata.level = .county
      metadata.parentJurisdiction = parent
    }
    locate(&metadata, context: head.map(\.text))
    return metadata
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
    guard line.count <= 30, line.hasSuffix("号") else { return false }
    return line.contains("〔") || line.contains("[") || line.contains("(")
  }

  /// `X人民政府` followed by a date line.
  private static func signature(in lines: [SourceLine]) -> (String, String)? {
    for (index, line) in lines.enumerated().dropLast()
    where line.text.hasSuffix("人民政府") && line.text.count <= 20 {
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
      if line.text.hasSuffix("方案") { return line.text }
      if index + 1 < lines.count, lines[index + 1].text.hasSuffix("方案"),
        isTitleLike(lines[index + 1].text)
      {
        return line.text + lines[index + 1].text
      }
    }
    return lines.first.map(\.text) ?? ""
  }

  private static func isTitleLike(_ text: String) -> Bool {
    text.count <= 90 && !text.contains("。") && !text.hasPrefix("(") && !text.contains(",")
      && !text.hasPrefix("《")
      && !text.hasSuffix(":")
  }

  private static func reportTitle(in lines: [SourceLine]) -> String {
    guard let first = lines.first?.text else { return "" }
    if let dash = first.range(of: "——") { return String(first[..<dash.lowerBound]) }
    if let space = first.range(of: "政府工作报告") {
      return String(first[..<space.upperBound])
    }
    return first.count <= 40 ? first : String(first.prefix(40))
  }

  /// `——2021年12月8日在…` in a report's first line.
  private static func deliveredDate(in text: String) -> String? {
    guard let dash = text.range(of: "——") else { return nil }
    return isoDate(String(text[dash.upperBound...]), wholeLine: false)
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
    guard let range = title.range(of: "年") else { return nil }
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
    guard let year = leadingYear(of: title), let range = title.range(of: "\(year)年") else {
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
