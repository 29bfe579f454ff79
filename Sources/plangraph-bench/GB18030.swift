import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// UTF-8 to GB18030 through the C library's iconv, for the generated corpus's GB18030 share.
enum GB18030 {
  /// `bytes` in GB18030, or nil when iconv cannot convert them.
  static func encode(_ bytes: [UInt8]) -> [UInt8]? {
    let converter = iconv_open("GB18030", "UTF-8")
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
    let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
        var outLeft = outBuffer.count
        guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0
        else { return nil }
        return outBuffer.count - outLeft
      }
    }
    guard let written else { return nil }
    return output[..<written].map { UInt8(bitPattern: $0) }
  }
}
