/// Reads a completion time (完成时限) as a date where it names one.
///
/// `2024年6月底前` and `2024年6月` are the month's last day; `6月15日前` that day; `年底前`,
/// `年内`, `全年` and `12月底前` the plan year's 31 December; `上半年` 30 June; `一季度`/`第一季度`
/// a quarter's end. `长期坚持`, `持续推进` and other open-ended phrases have no date.
public enum DeadlineParser {
  /// The date `text` names, as `YYYY-MM-DD`, with `year` for a text that names no year.
  public static func date(_ text: String, year: Int?) -> String? {
    let scalars = Array(text.unicodeScalars)
    var numbers: [(value: Int, unit: Unicode.Scalar)] = []
    var index = 0
    while index < scalars.count {
      guard let digit = scalars[index].properties.numericType, digit == .decimal,
        scalars[index].isASCII
      else {
        index += 1
        continue
      }
      var value = 0
      while index < scalars.count, scalars[index].isASCII,
        let d = Int(String(scalars[index]))
      {
        // A run of digits longer than a year is no date part; it must not overflow either.
        value = min(value, 100_000) * 10 + d
        index += 1
      }
      if index < scalars.count { numbers.append((value, scalars[index])) }
    }
    let stated = numbers.first { $0.unit == "年" && $0.value >= 1990 && $0.value <= 2100 }?.value
    guard let year = stated ?? year else { return nil }
    let month = numbers.first { $0.unit == "月" && (1...12).contains($0.value) }?.value
    let day = numbers.first { $0.unit == "日" && (1...31).contains($0.value) }?.value
    if let month {
      let last = lastDay(of: month, in: year)
      return format(year, month, min(day ?? last, last))
    }
    if let quarter = quarter(in: text) {
      return format(year, quarter * 3, quarter == 1 || quarter == 4 ? 31 : 30)
    }
    if text.utf8Contains("上半年") { return format(year, 6, 30) }
    if text.utf8Contains("年底") || text.utf8Contains("年末") || text.utf8Contains("年内")
      || text.utf8Contains("全年") || text.utf8Contains("今年")
    {
      if text.utf8Contains("持续") || text.utf8Contains("长期") { return nil }
      return format(year, 12, 31)
    }
    return nil
  }

  /// Whether `text` reads as a completion time rather than a list of names.
  public static func isDeadline(_ text: String) -> Bool {
    let phrases = [
      "底前", "月前", "日前", "年底", "年内", "年末", "上半年", "下半年", "季度", "长期坚持", "持续推进", "持续开展",
      "长期", "持续", "完成", "前完成", "逐步推进", "分年度", "每年",
    ]
    guard text.unicodeScalars.count <= 24 else { return false }
    if text.utf8Contains("牵头") || text.utf8Contains("负责") || text.utf8Contains("配合") {
      return false
    }
    return phrases.contains { text.utf8Contains($0) }
  }

  private static func quarter(in text: String) -> Int? {
    for (index, numeral) in ["一", "二", "三", "四"].enumerated()
    where text.utf8Contains(numeral + "季度") {
      return index + 1
    }
    return nil
  }

  private static func lastDay(of month: Int, in year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }
}
