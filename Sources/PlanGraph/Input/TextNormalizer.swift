/// Splits decoded text into lines and puts each line into canonical form, on UTF-8 bytes.
///
/// Canonical form, used for every name the tool outputs:
/// - full-width ASCII (U+FF01–U+FF5E: `（ ）： ， ； ． ０-９ ％`) becomes ASCII;
/// - ideographic (U+3000), non-breaking and other Unicode spaces and tabs become spaces;
///   zero-width spaces and stray byte-order marks are dropped;
/// - a run of spaces is removed unless it stands between two ASCII letters or digits, where it
///   becomes one space. So word-segmented text `增长 6 . 6 %` reads `增长6.6%`, and padded
///   names `王 健` read `王健`, while `Made in China 2025` keeps its spaces;
/// - `、 。 《 》 “ ”` and other CJK punctuation stay as they are.
///
/// Line ends may be LF, CRLF or CR. Blank lines are dropped; every kept line carries its
/// original line number.
public enum TextNormalizer {
  /// The non-blank lines of `bytes` (valid UTF-8), normalized.
  /// - Complexity: O(n) in the number of bytes, one pass.
  public static func lines(fromUTF8 bytes: [UInt8]) -> [SourceLine] {
    bytes.withUnsafeBufferPointer { lines(in: $0) }
  }

  /// The non-blank lines of `text`, normalized.
  public static func lines(of text: String) -> [SourceLine] {
    var text = text
    return text.withUTF8 { lines(in: $0) }
  }

  /// `text` in canonical form as one line: line breaks count as spaces.
  public static func normalize(_ text: String) -> String {
    var scanner = LineNormalizer()
    var text = text
    text.withUTF8 { buffer in
      for byte in buffer {
        scanner.feed(byte == Byte.lineFeed || byte == Byte.carriageReturn ? Byte.space : byte)
      }
    }
    return scanner.finishLine().text
  }

  private static func lines(in buffer: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
    var result: [SourceLine] = []
    result.reserveCapacity(buffer.count / 40)
    var scanner = LineNormalizer()
    var lineNumber = 1
    var i = 0
    let n = buffer.count
    while i < n {
      let byte = buffer[i]
      if byte == Byte.lineFeed || byte == Byte.carriageReturn {
        let line = scanner.finishLine()
        if !line.text.isEmpty {
          result.append(
            SourceLine(number: lineNumber, text: line.text, indentation: line.indentation))
        }
        lineNumber += 1
        if byte == Byte.carriageReturn, i + 1 < n, buffer[i + 1] == Byte.lineFeed { i += 1 }
      } else {
        scanner.feed(byte)
      }
      i += 1
    }
    let last = scanner.finishLine()
    if !last.text.isEmpty {
      result.append(SourceLine(number: lineNumber, text: last.text, indentation: last.indentation))
    }
    return result
  }
}

/// The byte-by-byte state machine behind `TextNormalizer`, for one line at a time.
struct LineNormalizer {
  private var output: [UInt8] = []
  /// Bytes of a multi-byte character being collected.
  private var pending: [UInt8] = []
  private var pendingLength = 0
  private var spacePending = false
  private var indentation = 0
  private var atLineStart = true

  init() {
    output.reserveCapacity(256)
    pending.reserveCapacity(4)
  }

  /// Takes the next byte of the line.
  @inline(__always)
  mutating func feed(_ byte: UInt8) {
    if pendingLength > 0 {
      pending.append(byte)
      if pending.count == pendingLength { flushCharacter() }
      return
    }
    if byte < 0x80 {
      if byte == Byte.space || byte == Byte.tab {
        markSpace(bytes: 1)
      } else if byte < 0x20 || byte == 0x7F {
        // Control characters other than tab carry no text; drop them.
      } else {
        emit(byte)
      }
      return
    }
    pendingLength =
      byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    pending.append(byte)
    if pendingLength == 1 { flushCharacter() }
  }

  /// Ends the line and returns its normalized text and indentation.
  mutating func finishLine() -> (text: String, indentation: Int) {
    if !pending.isEmpty { flushCharacter() }
    let text = String(decoding: output, as: UTF8.self)
    let result = (text, indentation)
    output.removeAll(keepingCapacity: true)
    spacePending = false
    indentation = 0
    atLineStart = true
    return result
  }

  private mutating func markSpace(bytes: Int) {
    if atLineStart { indentation += bytes } else { spacePending = true }
  }

  @inline(__always)
  private mutating func emit(_ byte: UInt8) {
    if spacePending {
      if let last = output.last, Byte.isASCIIAlphanumeric(last), Byte.isASCIIAlphanumeric(byte) {
        output.append(Byte.space)
      }
      spacePending = false
    }
    atLineStart = false
    output.append(byte)
  }

  private mutating func flushCharacter() {
    defer {
      pending.removeAll(keepingCapacity: true)
      pendingLength = 0
    }
    let count = pending.count
    if count == 3 {
      let (b0, b1, b2) = (pending[0], pending[1], pending[2])
      // Full-width ASCII U+FF01–U+FF5E.
      if b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 { return emit(b2 - 0x60) }
      if b0 == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E { return emit(b2 - 0x20) }
      // U+3000 ideographic space.
      if b0 == 0xE3 && b1 == 0x80 && b2 == 0x80 { return markSpace(bytes: 3) }
      if b0 == 0xE2 && b1 == 0x80 {
        // U+2000–U+200A spaces, U+202F narrow no-break space.
        if b2 <= 0x8A || b2 == 0xAF { return markSpace(bytes: 3) }
        // U+200B–U+200D zero-width characters.
        if b2 >= 0x8B && b2 <= 0x8D { return }
      }
      // U+FEFF byte-order mark inside text.
      if b0 == 0xEF && b1 == 0xBB && b2 == 0xBF { return }
    } else if count == 2 && pending[0] == 0xC2 && pending[1] == 0xA0 {
      return markSpace(bytes: 2)
    }
    if spacePending {
      // A multi-byte character is never ASCII alphanumeric: the space goes.
      spacePending = false
    }
    atLineStart = false
    output.append(contentsOf: pending)
  }
}
