/// Reads place names of Chinese jurisdictions: `辽宁省`, `锦州市`, `锦州市凌河区`.
public enum JurisdictionName {
  private static let levelCharacters: [Character] = ["省", "市", "区", "县"]

  /// The chain of places a text starts with.
  ///
  /// `锦州市凌河区政府工作报告` gives `["锦州市", "凌河区"]`. Abbreviations such as `市`
  /// alone are not places.
  public static func places(atStartOf text: String) -> [String] {
    var places: [String] = []
    var current = ""
    for character in text.prefix(16) {
      if "《“(,。:;、 ".contains(character) || character.isNumber { break }
      current.append(character)
      if levelCharacters.contains(character) {
        guard current.count >= 2 else { break }
        places.append(current)
        current = ""
      } else if current.count > 6 {
        break
      }
    }
    return places
  }

  /// The level a place name's last character marks.
  public static func level(of place: String) -> AdministrativeLevel? {
    if place.hasSuffix("街道") { return .township }
    return switch place.last {
    case "镇"?, "乡"?: .township
    case "省"?: .province
    case "市"?: .city
    case "区"?: .district
    case "县"?, "旗"?: .county
    default: nil
    }
  }
}
