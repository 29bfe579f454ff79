/// Diagnostics about how an input's bytes were read.
enum InputDiagnostics {
  /// At most this many lines with invalid bytes are reported one by one.
  static let invalidLineLimit = 20

  static func diagnose(_ decoded: DecodedText, byteCount: Int, file: String) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let whole = SourceLocation(file: file, line: 0)
    if byteCount == 0 {
      return diagnostics
    }
    if decoded.controlByteCount > max(8, byteCount / 100) {
      diagnostics.append(
        Diagnostic(
          .error, .binaryInput,
          "the input holds \(decoded.controlByteCount) control bytes and looks binary, not text; "
            + "pass a plain-text plan or report", at: whole))
    }
    if decoded.encoding == .gb18030 && decoded.invalidByteCount == 0 {
      diagnostics.append(
        Diagnostic(.note, .decodedAsGB18030, "not UTF-8; read as GB18030", at: whole))
    }
    for line in decoded.linesWithInvalidBytes.prefix(invalidLineLimit) {
      diagnostics.append(
        Diagnostic(
          .warning, .invalidBytes,
          "bytes invalid in \(decoded.encoding.rawValue) replaced with U+FFFD; if the file is in "
            + "another encoding, pass --encoding", at: SourceLocation(file: file, line: line)))
    }
    if decoded.linesWithInvalidBytes.count > invalidLineLimit {
      diagnostics.append(
        Diagnostic(
          .warning, .invalidBytes,
          "\(decoded.linesWithInvalidBytes.count - invalidLineLimit) more lines hold invalid bytes",
          at: whole))
    }
    return diagnostics
  }
}

extension Diagnostic.Code {
  /// Bytes that are not valid in the input's encoding.
  public static let invalidBytes = Diagnostic.Code("invalid-bytes")
  /// An input that looks like a binary file.
  public static let binaryInput = Diagnostic.Code("binary-input")
  /// An input with no text.
  public static let emptyInput = Diagnostic.Code("empty-input")
  /// An input that was not UTF-8 and was read as GB18030.
  public static let decodedAsGB18030 = Diagnostic.Code("decoded-gb18030")
}
