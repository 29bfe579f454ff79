/// The list numbering Word generates (`word/numbering.xml`), replayed to give paragraphs the
/// labels the reader sees: `1.`, `（一）`, `一、`.
///
/// A paragraph's `w:numPr` (or its style's) names a list (`numId`) and a level (`ilvl`); the
/// list's abstract definition gives each level a format (`decimal`, `chineseCounting`, …), a
/// pattern (`%1.`, `（%1）`, `%1、`) and a start. Counters run per abstract list, as Word's
/// lists that share a definition continue one another; a level's use restarts the levels
/// below it, and a list with a `startOverride` starts again where it is first used.
struct DocxNumbering {
  struct Level {
    var format = "decimal"
    var pattern = "%1."
    var start = 1
  }

  private var levels: [String: [Int: Level]] = [:]
  private var lists: [String: (abstract: String, overrides: [Int: Int])] = [:]
  private var counters: [String: [Int]] = [:]
  private var restarted: Set<String> = []
  /// Paragraph styles that carry numbering: style id → (list, level).
  private(set) var styles: [String: (list: String, level: Int)] = [:]

  /// No numbering.
  init() {}

  /// Reads `numbering.xml` and, when there is one, `styles.xml`.
  init(numbering: [UInt8]?, styles styleBytes: [UInt8]?) throws(XMLEvents.XMLFailure) {
    if let numbering {
      var abstract: String?
      var list: String?
      var level = 0
      var override = 0
      for event in try XMLEvents(numbering).events {
        guard case .start(let name, let attributes) = event else { continue }
        switch name {
        case "abstractNum":
          abstract = attributes["abstractNumId"]
          list = nil
        case "num":
          list = attributes["numId"]
          abstract = nil
        case "lvl":
          level = Int(attributes["ilvl"] ?? "") ?? 0
          if let abstract { levels[abstract, default: [:]][level] = Level() }
        case "lvlOverride":
          override = Int(attributes["ilvl"] ?? "") ?? 0
        case "abstractNumId":
          if let list, let value = attributes["val"] { lists[list] = (value, [:]) }
        case "startOverride":
          if let list, let value = attributes["val"].flatMap(Int.init) {
            lists[list]?.overrides[override] = value
          }
        case "start", "numFmt", "lvlText":
          guard let abstract, let value = attributes["val"] else { continue }
          switch name {
          case "start": levels[abstract]?[level]?.start = Int(value) ?? 1
          case "numFmt": levels[abstract]?[level]?.format = value
          default: levels[abstract]?[level]?.pattern = value
          }
        default: break
        }
      }
    }
    if let styleBytes {
      var style: String?
      var list: String?
      var level = 0
      for event in try XMLEvents(styleBytes).events {
        switch event {
        case .start("style", let attributes):
          style = attributes["styleId"]
          list = nil
          level = 0
        case .start("numId", let attributes): list = attributes["val"]
        case .start("ilvl", let attributes): level = Int(attributes["val"] ?? "") ?? 0
        case .end("style"):
          if let style, let list, list != "0" { styles[style] = (list, level) }
          style = nil
        default: break
        }
      }
    }
  }

  /// The label of the next paragraph of `list` at `level`, or nil for bullets and unknown lists.
  mutating func label(list: String, level: Int) -> String? {
    guard let (abstract, overrides) = lists[list], let definition = levels[abstract],
      let own = definition[level]
    else { return nil }
    var counts = counters[abstract] ?? (0..<9).map { (definition[$0]?.start ?? 1) - 1 }
    if !overrides.isEmpty, restarted.insert(list).inserted {
      for (overridden, start) in overrides where overridden < 9 { counts[overridden] = start - 1 }
    }
    guard level < 9 else { return nil }
    counts[level] += 1
    for deeper in (level + 1)..<9 { counts[deeper] = (definition[deeper]?.start ?? 1) - 1 }
    counters[abstract] = counts
    if own.format == "bullet" || own.format == "none" { return nil }
    var label = own.pattern
    for index in (0...level).reversed() {
      let format = definition[index]?.format ?? "decimal"
      label = label.utf8Replacing("%\(index + 1)", with: Self.format(counts[index], as: format))
    }
    return label
  }

  /// `n` written in a Word number format.
  static func format(_ n: Int, as format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
      "ideographLegalTraditional", "taiwaneseCounting", "taiwaneseCountingThousand",
      "japaneseCounting":
      return chinese(n)
    case "ideographTraditional":
      let stems = Array("甲乙丙丁戊己庚辛壬癸")
      return n >= 1 && n <= stems.count ? String(stems[n - 1]) : String(n)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String(UnicodeScalar(0x2460 + n - 1).map(Character.init)!) : "\(n)"
    case "upperLetter", "lowerLetter":
      guard n >= 1 else { return String(n) }
      let letter = String(UnicodeScalar(UInt8(65 + (n - 1) % 26)))
      let text = String(repeating: letter, count: (n - 1) / 26 + 1)
      return format == "upperLetter" ? text : text.lowercased()
    case "upperRoman", "lowerRoman":
      let roman = romanNumeral(n)
      return format == "upperRoman" ? roman : roman.lowercased()
    default:
      return String(n)
    }
  }

  /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
  static func chinese(_ n: Int) -> String {
    let digits = Array("零一二三四五六七八九")
    guard n > 0, n < 1000 else { return String(n) }
    if n < 10 { return String(digits[n]) }
    if n < 20 { return "十" + (n % 10 == 0 ? "" : String(digits[n % 10])) }
    if n < 100 {
      return String(digits[n / 10]) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
    }
    let rest = n % 100
    let tail = rest == 0 ? "" : (rest < 10 ? "零" + String(digits[rest]) : tensForm(rest))
    return String(digits[n / 100]) + "百" + tail
  }

  private static func tensForm(_ n: Int) -> String {
    let digits = Array("零一二三四五六七八九")
    return String(digits[n / 10]) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
  }

  private static func romanNumeral(_ n: Int) -> String {
    guard n > 0, n < 4000 else { return String(n) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var n = n
    var result = ""
    for (value, letters) in table {
      while n >= value {
        result += letters
        n -= value
      }
    }
    return result
  }
}
