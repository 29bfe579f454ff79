/// A text encoding PlanGraph reads.
public enum TextEncoding: String, Codable, Hashable, Sendable, CaseIterable {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "utf-8"
  /// GB18030, which includes GBK and GB2312; decoded with the C library's `iconv`.
  case gb18030
  /// UTF-16 with a byte-order mark.
  case utf16 = "utf-16"

  /// Reads an encoding name as users write it: `utf8`, `UTF-8`, `gbk`, `gb2312`, `gb18030`.
  public init?(name: String) {
    switch name.lowercased().utf8Replacing("-", with: "").utf8Replacing("_", with: "") {
    case "utf8": self = .utf8
    case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
    case "utf16": self = .utf16
    default: return nil
    }
  }
}
