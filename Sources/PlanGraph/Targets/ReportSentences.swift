/// A report's text as sentences, each clause knowing the line it starts on.
///
/// Lines are joined before sentences are cut, because copies break sentences anywhere
/// (`主要预期目标` / `是:地区生产总值增长4.5%—5%`): a sentence ends at `。` (or `!`), never at a
/// line end. Clauses are cut at `、 , ; :` outside brackets and quotes. Works on UTF-8 bytes.
struct ReportSentences {
  /// One clause of a sentence.
  struct Clause {
    /// The clause's text.
    var text: String
    /// The input line it starts on.
    var line: Int
  }

  /// One sentence.
  struct Sentence {
    /// The sentence's text, without its closing `。`.
    var text: String
    /// The input line it starts on.
    var line: Int
    /// Its clauses in order.
    var clauses: [Clause]
  }

  /// The sentences in text order.
  private(set) var sentences: [Sentence] = []

  /// Cuts `lines` into sentences.
  ///
  /// One pass over each line's bytes: a byte that may start a mark (`。 、 ( ) [ ] 《 》 “ ”`,
  /// `! , ; :`) is looked at; the bytes between such bytes are copied as a run.
  init(_ lines: some Collection<SourceLine>) {
    var bytes: [UInt8] = []
    var clause: [UInt8] = []
    var clauseLine = 0
    var sentenceLine = 0
    var clauses: [Clause] = []
    var depth = 0
    func endClause() {
      if !clause.isEmpty {
        clauses.append(Clause(text: String(decoding: clause, as: UTF8.self), line: clauseLine))
      }
      clause.removeAll(keepingCapacity: true)
    }
    func endSentence() {
      endClause()
      if !bytes.isEmpty {
        sentences.append(
          Sentence(
            text: String(decoding: bytes, as: UTF8.self), line: sentenceLine, clauses: clauses))
      }
      bytes.removeAll(keepingCapacity: true)
      clauses.removeAll(keepingCapacity: true)
      depth = 0
    }
    for line in lines {
      line.text.withUTF8Bytes { utf8 in
        var i = 0
        while i < utf8.count {
          if bytes.isEmpty { sentenceLine = line.number }
          if clause.isEmpty { clauseLine = line.number }
          let (mark, width) = Self.mark(in: utf8, at: i)
          switch mark {
          case .plain:
            // The run up to the next byte that may start a mark.
            var end = i + 1
            while end < utf8.count, !Self.mayStartMark(utf8[end]) { end += 1 }
            bytes += utf8[i..<end]
            clause += utf8[i..<end]
            i = end
            continue
          case .sentenceEnd:
            endSentence()
          case .opener:
            depth += 1
            bytes += utf8[i..<i + width]
            clause += utf8[i..<i + width]
          case .closer:
            depth = max(0, depth - 1)
            bytes += utf8[i..<i + width]
            clause += utf8[i..<i + width]
          case .separator:
            bytes += utf8[i..<i + width]
            if depth == 0 {
              endClause()
            } else {
              clause += utf8[i..<i + width]
            }
          }
          i += width
        }
      }
    }
    endSentence()
  }

  /// What a byte of a line starts.
  private enum Mark {
    case plain, sentenceEnd, opener, closer, separator
  }

  /// Whether `byte` may start a mark: `! ( ) , : ; [ ]` or the lead byte of `。 、 《 》 “ ”`.
  private static func mayStartMark(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21, 0x28, 0x29, 0x2C, 0x3A, 0x3B, 0x5B, 0x5D, 0xE2, 0xE3: true
    default: false
    }
  }

  /// The mark starting at `index` of `bytes` and its width in bytes (1 for a plain byte).
  private static func mark(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Mark, Int) {
    let byte = bytes[index]
    switch byte {
    case 0x21: return (.sentenceEnd, 1)  // !
    case 0x28, 0x5B: return (.opener, 1)  // ( [
    case 0x29, 0x5D: return (.closer, 1)  // ) ]
    case 0x2C, 0x3A, 0x3B: return (.separator, 1)  // , : ;
    case 0xE2, 0xE3:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return (.plain, 1) }
      switch (byte, bytes[index + 2]) {
      case (0xE3, 0x82): return (.sentenceEnd, 3)  // 。 U+3002
      case (0xE3, 0x81): return (.separator, 3)  // 、 U+3001
      case (0xE3, 0x8A), (0xE2, 0x9C): return (.opener, 3)  // 《 U+300A, “ U+201C
      case (0xE3, 0x8B), (0xE2, 0x9D): return (.closer, 3)  // 》 U+300B, ” U+201D
      default: return (.plain, 1)
      }
    default: return (.plain, 1)
    }
  }
}
