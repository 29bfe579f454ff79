/// Finds the targets of a document: every quantified clause of a plan's tasks, and a work
/// report's headline sentence (`主要预期目标是…`, `主要预期指标是…`) plus its multi-year goals.
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
        Self.clauses(of: task.text).compactMap {
          clauses.target(in: $0, line: task.line, taskID: task.id)
        }
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

  private static let headlineMarkers = ["主要预期目标是", "主要预期指标是", "主要预期目标为", "主要预期指标为"]

  /// The headline targets and, before them, the multi-year (年均) goals of a report.
  func reportTargets(_ lines: [SourceLine]) -> [Target] {
    var targets: [Target] = []
    for (index, line) in lines.enumerated() {
      guard let marker = Self.headlineMarkers.first(where: { line.text.contains($0) }),
        let range = line.text.range(of: marker)
      else { continue }
      // Multi-year goals stand in the 今后五年 part before the year's targets.
      let before = String(line.text[..<range.lowerBound])
      let earlier = lines[..<index].map(\.text).joined() + before
      if let fiveYears = earlier.range(of: "今后五年", options: .backwards) ?? earlier.range(of: "五年") {
        for clause in Self.clauses(of: String(earlier[fiveYears.upperBound...]))
        where clause.contains("年均") {
          if let target = clauses.target(in: clause, line: line.number),
            target.measure == .averageGrowth,
            !target.indicator.isEmpty
          {
            targets.append(target)
          }
        }
      }
      // The headline: sentences after the marker while they still set known targets.
      var rest = String(line.text[range.upperBound...])
      if rest.hasPrefix(":") { rest.removeFirst() }
      var sentenceLine = line.number
      var following = lines[(index + 1)...].makeIterator()
      while true {
        let sentences = rest.split(separator: "。", omittingEmptySubsequences: true)
        var stop = false
        for sentence in sentences {
          let found = Self.clauses(of: String(sentence)).compactMap {
            clauses.target(in: $0, line: sentenceLine)
          }.filter { !$0.indicator.isEmpty && $0.measure != .averageGrowth }
          if found.isEmpty {
            stop = true
            break
          }
          targets += found
        }
        guard !stop, let next = following.next() else { break }
        rest = next.text
        sentenceLine = next.number
      }
      return targets
    }
    return targets
  }
}
