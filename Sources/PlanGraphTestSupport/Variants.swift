import Glibc

/// Byte-level variants of a document that must parse to the same model.
public enum Variants {
  /// The text encoded as GB18030 through `iconv`.
  public static func gb18030(_ text: String) -> [UInt8] {
    let descriptor = iconv_open("GB18030", "UTF-8")
    defer { iconv_close(descriptor) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    var inLeft = input.count
    var outLeft = output.count
    input.withUnsafeMutableBytes { inBuffer in
      output.withUnsafeMutableBytes { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress?.assumingMemoryBound(
          to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress?
          .assumingMemoryBound(to: CChar.self)
        _ = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
      }
    }
    return Array(output.prefix(output.count - outLeft))
  }

  /// The text with CRLF line ends.
  public static func crlf(_ text: String) -> String {
    text.replacingOccurrences(of: "\n", with: "\r\n")
  }

  /// The text with ASCII colons, brackets, commas and semicolons in full-width form.
  public static func fullWidth(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case ":", "(", ")", ",", ";", ".":
        result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0xFEE0)!)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The text word-segmented: a space on each side of every CJK character and number.
  public static func segmented(_ text: String) -> String {
    var result = ""
    for character in text {
      if character.unicodeScalars.first!.value >= 0x2E80 || character == "%" {
        result += " \(character) "
      } else {
        result.append(character)
      }
    }
    return result
  }
}
