/// Reads the Chinese numerals of headings: 一 to 九十九.
enum ChineseNumeral {
  private static let digits: [Character: Int] = [
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "〇": 0,
    "零": 0,
  ]

  /// Whether `character` can be part of a heading numeral.
  static func isNumeral(_ character: Character) -> Bool {
    character == "十" || digits[character] != nil
  }

  /// The value of a numeral such as `十二` or `二十`, or nil if it is not one.
  static func value(of text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 3 else { return nil }
    let characters = Array(text)
    if let ten = characters.firstIndex(of: "十") {
      let high = ten == 0 ? 1 : digits[characters[0]]
      let low = ten == characters.count - 1 ? 0 : digits[characters[ten + 1]]
      guard let high, let low, ten <= 1, characters.count - ten <= 2 else { return nil }
      return high * 10 + low
    }
    guard characters.count == 1, let value = digits[characters[0]], value > 0 else { return nil }
    return value
  }
}
