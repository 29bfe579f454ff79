import Glibc

/// Converts bytes from a legacy encoding to UTF-8 with the C library's `iconv`.
enum IconvConverter {
  /// Converts `bytes` from `encoding`, replacing each unconvertible byte with U+FFFD.
  static func convert(_ bytes: [UInt8], from encoding: String) throws(PlanGraphError)
    -> DecodedText
  {
    let descriptor = iconv_open("UTF-8", encoding)
    if descriptor == iconv_t(bitPattern: -1) {
      throw .conversionUnavailable(encoding: encoding)
    }
    defer { iconv_close(descriptor) }
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var produced = 0
    var invalidOffsets: [Int] = []
    var input = bytes
    input.withUnsafeMutableBufferPointer { inBuffer in
      var consumed = 0
      while consumed < inBuffer.count {
        if output.count - produced < 16 {
          output.append(contentsOf: repeatElement(0, count: output.count))
        }
        var inLeft = inBuffer.count - consumed
        var outLeft = output.count - produced
        let result: Int = output.withUnsafeMutableBufferPointer { outBuffer in
          var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
            inBuffer.baseAddress! + consumed
          ).assumingMemoryBound(to: CChar.self)
          var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
            outBuffer.baseAddress! + produced
          ).assumingMemoryBound(to: CChar.self)
          let before = inLeft
          let outBefore = outLeft
          let r = iconv(descriptor, &inPtr, &inLeft, &outPtr, &outLeft)
          consumed += before - inLeft
          produced += outBefore - outLeft
          return r
        }
        if result != -1 { break }
        switch errno {
        case E2BIG:
          output.append(contentsOf: repeatElement(0, count: output.count))
        default:  // EILSEQ or EINVAL (a sequence cut off at the end)
          invalidOffsets.append(consumed)
          if output.count - produced < 3 { output.append(contentsOf: repeatElement(0, count: 16)) }
          output[produced] = 0xEF
          output[produced + 1] = 0xBF
          output[produced + 2] = 0xBD
          produced += 3
          consumed += 1
        }
      }
    }
    output.removeSubrange(produced...)
    return DecodedText(
      bytes: output, encoding: .gb18030,
      linesWithInvalidBytes: TextDecoder.lineNumbers(of: invalidOffsets, in: bytes),
      invalidByteCount: invalidOffsets.count, controlByteCount: 0)
  }
}
