/// Reads place names of Chinese jurisdictions: `辽宁省`, `锦州市`, `锦州市凌河区`.
///
/// Works on Unicode scalars: titles are canonical text, where each Chinese character is one
/// scalar (stepping through `Character`s cost 65,000 instructions a title).
public enum JurisdictionName {
  /// The chain of places a text starts with.
  ///
  /// `锦州市凌河区政府工作报告` gives `["锦州市", "凌河区"]`. Abbreviations such as `市`
  /// alone are not places.
  public static func places(atStartOf text: String) -> [String] {
    var places: [String] = []
    var current = String.UnicodeScalarView()
    var count = 0
    for scalar in text.unicodeScalars.prefix(16) {
      if endsPlaces(scalar) { break }
      current.append(scalar)
      count += 1
      if isLevel(scalar) {
        guard count >= 2 else { break }
        places.append(String(current))
        current = String.UnicodeScalarView()
        count = 0
      } else if count > 6 {
        break
      }
    }
    return places
  }

  /// Whether a place name ends at `scalar`: a mark (`《 “ ( , 。 : ; 、` or a space) or a
  /// number (a digit or a numeral such as 一, as `Character.isNumber` has it).
  private static func endsPlaces(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "《", "“", "(", ",", "。", ":", ";", "、", " ": true
    default: scalar.properties.numericType != nil
    }
  }

  /// Whether `scalar` names a level: 省, 市, 区 or 县.
  private static func isLevel(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "省", "市", "区", "县": true
    default: false
    }
  }

  /// The level a place name's last character marks.
  public static func level(of place: String) -> AdministrativeLevel? {
    if place.utf8HasSuffix("街道") { return .township }
    return switch place.lastScalar {
    case "镇"?, "乡"?: .township
    case "省"?: .province
    case "市"?: .city
    case "区"?: .district
    case "县"?, "旗"?: .county
    default: nil
    }
  }
}
