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
    var tally = ChineseScript.Tally()
    return bytes.withUnsafeBufferPointer { scan($0, joiningLines: false, tally: &tally) }
  }

  /// The non-blank lines of `bytes` (valid UTF-8), normalized, and their Han characters
  /// counted by `table` (`ChineseScript.tally(of:)` of the lines), in the same pass.
  ///
  /// The pass looks at every character it copies anyway: counting the Han characters here
  /// costs less than reading the lines again to judge their script.
  public static func lines(fromUTF8 bytes: [UInt8], tallyingScriptBy table: ChineseScript)
    -> (lines: [SourceLine], tally: ChineseScript.Tally)
  {
    var tally = ChineseScript.Tally()
    let lines = table.withConversionBits { converts in
      bytes.withUnsafeBufferPointer {
        scan($0, joiningLines: false, tally: &tally, converts: converts)
      }
    }
    return (lines, tally)
  }

  /// The non-blank lines of `text`, normalized.
  public static func lines(of text: String) -> [SourceLine] {
    var text = text
    var tally = ChineseScript.Tally()
    return text.withUTF8 { scan($0, joiningLines: false, tally: &tally) }
  }

  /// `text` in canonical form as one line: line breaks count as spaces.
  ///
  /// Text already canonical, as most table cells and names are, is returned as it is,
  /// without a copy.
  public static func normalize(_ text: String) -> String {
    var text = text
    return text.withUTF8(isCanonical) ? text : scanned(text)
  }

  /// `text` through the scan, canonical or not: `normalize` without its shortcut.
  static func scanned(_ text: String) -> String {
    var text = text
    var tally = ChineseScript.Tally()
    return text.withUTF8 { scan($0, joiningLines: true, tally: &tally) }.first?.text ?? ""
  }

  /// Whether the scan would return `bytes` (valid UTF-8) unchanged as one line: they hold no
  /// space, control byte, full-width form, byte-order mark or Unicode space.
  static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case 0x21..<0x7F: i += 1
      case 0xC2:
        guard i + 1 >= bytes.count || bytes[i + 1] != 0xA0 else { return false }
        i += 2
      case 0xE2, 0xE3:
        guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else {
          i += 1
          continue
        }
        let b2 = bytes[i + 2]
        if b == 0xE3 ? b2 == 0x80 : b2 <= 0x8D || b2 == 0xAF { return false }
        i += 3
      case 0x80..<0xC2, 0xC3..<0xE2, 0xE4..<0xEF, 0xF0...: i += 1
      default: return false  // spaces, tabs, line breaks, control bytes, 0x7F, 0xEF
      }
    }
    return true
  }

  /// The one pass behind every entry point.
  ///
  /// Multi-byte characters are recognised by looking ahead at their continuation bytes
  /// directly; plain runs are copied byte by byte. With `converts` (`ChineseScript`'s bits),
  /// every character copied from U+3400 up is counted in `tally`.
  private static func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, joiningLines: Bool, tally: inout ChineseScript.Tally,
    converts: UnsafeBufferPointer<UInt64>? = nil
  ) -> [SourceLine] {
    var lines = LineBuilder()
    lines.result.reserveCapacity(buffer.count / 48)
    let n = buffer.count
    var i = 0

    while i < n {
      let b = buffer[i]
      if b < 0x80 {
        if b == Byte.lineFeed || b == Byte.carriageReturn {
          if b == Byte.carriageReturn, i + 1 < n, buffer[i + 1] == Byte.lineFeed { i += 1 }
          if joiningLines { lines.space() } else { lines.finishLine() }
          lines.lineNumber += 1
        } else if b == Byte.space || b == Byte.tab {
          lines.space()
        } else if b >= 0x20 && b != 0x7F {
          lines.emitASCII(b)
        }
        i += 1
        continue
      }
      if i + 2 < n {
        let b1 = buffer[i + 1]
        let b2 = buffer[i + 2]
        if b == 0xEF {
          // Full-width ASCII U+FF01–U+FF5E; a stray byte-order mark U+FEFF.
          if b1 == 0xBC && b2 >= 0x81 {
            lines.emitASCII(b2 - 0x60)
            i += 3
            continue
          }
          if b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E {
            lines.emitASCII(b2 - 0x20)
            i += 3
            continue
          }
          if b1 == 0xBB && b2 == 0xBF {
            i += 3
            continue
          }
        } else if b == 0xE3 && b1 == 0x80 && b2 == 0x80 {
          // U+3000 ideographic space.
          lines.space()
          i += 3
          continue
        } else if b == 0xE2 && b1 == 0x80 {
          // U+2000–U+200A and U+202F spaces; U+200B–U+200D zero-width characters.
          if b2 <= 0x8A || b2 == 0xAF {
            lines.space()
            i += 3
            continue
          }
          if b2 >= 0x8B && b2 <= 0x8D {
            i += 3
            continue
          }
        }
      }
      if b == 0xC2, i + 1 < n, buffer[i + 1] == 0xA0 {
        lines.space()
        i += 2
        continue
      }
      // Any other character: a space before it goes (it is never ASCII alphanumeric).
      lines.spacePending = false
      let length = UTF8Validation.length(ledBy: b)
      var end = min(n, i + length)
      if let converts {
        if b >= 0xE3, i + length <= n {
          tally.count(characterAt: i, of: buffer, length: length, converts)
        }
        // The CJK ideographs after it, counted as they go into the run.
        while end + 2 < n, buffer[end] &- 0xE4 < 6 {
          tally.countHan(buffer[end], buffer[end + 1], buffer[end + 2], converts)
          end += 3
        }
      } else {
        // The CJK ideographs after it (U+4000–U+9FFF) need no rule: copied as one run.
        while end < n, buffer[end] >= 0xE4, buffer[end] <= 0xE9 { end = min(n, end + 3) }
      }
      lines.output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<end]))
      i = end
    }
    lines.finishLine()
    return lines.result
  }

  /// The line being built and the lines done: a value with mutating methods, so the scan's
  /// loop needs no captured variables (each of which cost a dynamic exclusivity check per
  /// byte).
  private struct LineBuilder: ~Copyable {
    var result: [SourceLine] = []
    var output = ByteSink()
    var lineNumber = 1
    var indentation = 0
    var spacePending = false

    @inline(__always) mutating func space() {
      if output.isEmpty { indentation += 1 } else { spacePending = true }
    }

    @inline(__always) mutating func emitASCII(_ byte: UInt8) {
      if spacePending {
        if let last = output.last, Byte.isASCIIAlphanumeric(last), Byte.isASCIIAlphanumeric(byte) {
          output.append(Byte.space)
        }
        spacePending = false
      }
      output.append(byte)
    }

    mutating func finishLine() {
      if !output.isEmpty {
        result.append(
          SourceLine(
            number: lineNumber, text: output.withBytes { String(decoding: $0, as: UTF8.self) },
            indentation: indentation))
      }
      output.removeAll()
      spacePending = false
      indentation = 0
    }
  }
}
