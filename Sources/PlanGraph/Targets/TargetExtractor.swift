/// Finds the targets of a document: every quantified clause of a plan's tasks, and a work
/// report's headline targets plus its multi-year goals (`TargetExtractor+Reports.swift`).
public struct TargetExtractor: Sendable {
  /// The clause reader.
  public var clauses: TargetClauseParser

  /// Creates an extractor.
  public init(vocabulary: IndicatorVocabulary) {
    clauses = TargetClauseParser(vocabulary: vocabulary)
  }

  /// The targets of `document`; report targets need its normalized `lines`.
  public func targets(of document: Document, lines: [SourceLine]) -> [Target] {
    if let plan = document.plan {
      // By index: `flatMap { task in … }` would copy every task.
      let tasks = plan.tasks
      return tasks.indices.flatMap { index -> [Target] in
        // A clause is part of its task's text: a text nothing in which may matter has no
        // clause that may, and is not cut into clauses at all.
        guard tasks[index].text.withUTF8Bytes(Self.mayMatter) else { return [] }
        return Self.attachingStretchGoals(
          Self.clauses(of: tasks[index].text, keeping: Self.mayMatter).map {
            (
              clause: $0,
              target: clauses.target(in: $0, line: tasks[index].line, taskID: tasks[index].id)
            )
          })
      }
    }
    return reportTargets(lines)
  }

  /// Whether a clause of a task, as UTF-8 bytes, can change the task's targets: it may hold a
  /// target, or it speaks of 更好 (`并力争更好`, a flag on the target before it).
  ///
  /// `attachingStretchGoals` passes over every other clause without effect, so most clauses of
  /// a plan never become a `String`.
  static func mayMatter(_ clause: UnsafeBufferPointer<UInt8>) -> Bool {
    ByteScan.containsDigit(clause) || mattering.containsAny(in: clause)
  }

  /// The words of `mayMatter` besides a digit: those a target may rest on, and 更好.
  private static let mattering = NeedleSet(TargetClauseParser.targetWords.needles + ["更好"])

  /// Splits text into clauses at `、 , ; 。 :` outside brackets and quotes, keeping those whose
  /// bytes `keeping` accepts.
  ///
  /// Reads UTF-8 bytes: the separators and brackets are one ASCII byte or one three-byte
  /// scalar, so a clause boundary is never inside a character.
  static func clauses(
    of text: String, keeping: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }
  ) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [String] = []
      var start = 0
      var depth = 0
      var index = 0
      func close(_ end: Int) {
        guard end > start else { return }
        let clause = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if keeping(clause) { result.append(String(decoding: clause, as: UTF8.self)) }
      }
      while index < bytes.count {
        let byte = bytes[index]
        var width = 1
        var separator = false
        switch byte {
        case 0x28, 0x5B: depth += 1  // ( [
        case 0x29, 0x5D: depth = max(0, depth - 1)  // ) ]
        case 0x2C, 0x3B, 0x3A: separator = true  // , ; :
        case 0xE2,
          0xE3 where index + 2 < bytes.count:
          width = 3
          switch (byte, bytes[index + 1], bytes[index + 2]) {
          case (0xE3, 0x80, 0x8A), (0xE2, 0x80, 0x9C): depth += 1  // 《 “
          case (0xE3, 0x80, 0x8B), (0xE2, 0x80, 0x9D): depth = max(0, depth - 1)  // 》 ”
          case (0xE3, 0x80, 0x81), (0xE3, 0x80, 0x82): separator = true  // 、 。
          default: break
          }
        default:
          // Other characters are passed over whole: no separator or bracket is inside one.
          width = UTF8Validation.length(ledBy: byte)
        }
        if separator && depth == 0 {
          close(index)
          start = index + width
        }
        index += width
      }
      close(bytes.count)
      return result
    }
  }
}
