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
      return plan.tasks.flatMap { task in
        Self.attachingStretchGoals(
          Self.clauses(of: task.text).map {
            (clause: $0, target: clauses.target(in: $0, line: task.line, taskID: task.id))
          })
      }
    }
    return reportTargets(lines)
  }

  /// Splits text into clauses at `、 , ; 。 :` outside brackets and quotes.
  static func clauses(of text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "《", "“", "[": depth += 1
      case ")", "》", "”", "]": depth = max(0, depth - 1)
      default: break
      }
      if depth == 0 && "、,;。:".contains(character) {
        if !current.isEmpty { result.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
