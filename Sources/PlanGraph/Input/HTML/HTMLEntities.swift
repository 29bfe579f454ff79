/// HTML character references, numeric and named.
///
/// Numeric (`&#20013;`, `&#x4E2D;`) and the named ones Chinese government pages use
/// (`&nbsp;`, `&ldquo;`, `&mdash;`, …). An unknown name stays as written.
enum HTMLEntities {
  private static let named: [String: String] = [
    "nbsp": " ", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "ldquo": "“",
    "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…",
    "middot": "·", "bull": "•", "times": "×", "divide": "÷", "emsp": " ", "ensp": " ",
    "thinsp": " ", "ideographicspace": "　", "copy": "©", "reg": "®", "trade": "™", "yen": "¥",
    "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "laquo": "«", "raquo": "»", "deg": "°",
    "plusmn": "±", "permil": "‰", "sect": "§", "para": "¶", "le": "≤", "ge": "≥", "ne": "≠",
    "sup2": "²", "sup3": "³", "frac12": "½", "zwsp": "", "zwj": "", "zwnj": "", "shy": "",
  ]

  /// `text` with its character references replaced.
  static func decode(_ text: String) -> String {
    guard text.utf8Contains(byte: UInt8(ascii: "&")) else { return text }
    var result = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
        result += "&"
        rest = after
        continue
      }
      let name = after[..<semicolon]
      if let value = reference(name) {
        result += value
        rest = after[after.index(after: semicolon)...]
      } else {
        result += "&"
        rest = after
      }
    }
    return result + rest
  }

  private static func reference(_ name: Substring) -> String? {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
      return String(Character(scalar))
    }
    return named[String(name)] ?? named[name.lowercased()]
  }
}
