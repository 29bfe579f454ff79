/// A work report's targets: the year's headline targets and the multi-year goals before them.
///
/// - The headline follows a marker (`主要预期目标是`, `主要目标是`, `预期目标是`, `主要预期指标`,
///   `主要指标`; with `:` or 是/为 or nothing), in the same sentence and the sentences after it
///   while they still set targets; a `(一)…(六)` list after `主要预期目标:` is one sentence of
///   clauses. A marker whose sentence speaks of five years (`今后五年`, `十五五`, `2035年`) opens
///   the multi-year goals instead.
/// - Without a marker, a sentence that arranges the year (`地区生产总值按增长5%安排`) is the
///   headline.
/// - Estimates and results are never targets: a clause or sentence with 预计, 实现了, 完成了,
///   比上年, 同比 is skipped, and so is `年均` growth outside the multi-year goals.
/// - `力争达到8%` after a target is its stretch goal; `在实际工作中努力争取更好结果` flags it.
/// - Each target keeps the line its clause starts on and its whole sentence.
extension TargetExtractor {
  private static let markers = ["主要预期目标", "主要预期指标", "主要目标", "预期目标", "主要指标"]
  private static let multiYearWords = ["今后五年", "十五五", "五年", "2035年", "2030年"]
  private static let estimateWords = ["预计", "实现了", "完成了", "比上年", "同比", "上年"]
  private static let reviewWords = ["以来", "年来", "过去", "回顾", "累计"]
  private static let listLabelEnds: [Character] = [")", "、", "."]

  /// The targets of a report from its normalized lines.
  func reportTargets(_ lines: [SourceLine]) -> [Target] {
    let sentences = ReportSentences(lines).sentences
    var multiYear: [Target] = []
    var inMultiYearGoals = false
    for (index, sentence) in sentences.enumerated() {
      guard let (clauseIndex, rest) = Self.marker(in: sentence) else {
        if Self.reviewWords.contains(where: { sentence.text.utf8Contains($0) }) {
          inMultiYearGoals = false
        } else if Self.multiYearWords.contains(where: { sentence.text.utf8Contains($0) }) {
          inMultiYearGoals = true
        }
        if inMultiYearGoals { multiYear += averageGoals(sentence) }
        continue
      }
      let before = sentence.clauses[..<clauseIndex].map(\.text).joined() + rest.before
      if Self.multiYearWords.contains(where: { before.utf8Contains($0) }) {
        inMultiYearGoals = true
        multiYear += averageGoals(sentence)
        continue
      }
      var candidates = sentence.clauses[(clauseIndex + 1)...].map { $0 }
      if !rest.after.isEmpty {
        candidates.insert(.init(text: rest.after, line: sentence.clauses[clauseIndex].line), at: 0)
      }
      var headline = targets(in: candidates, sentence: sentence.text)
      guard !headline.isEmpty else { continue }
      for next in sentences[(index + 1)...] {
        let more = targets(in: next.clauses, sentence: next.text)
        if more.isEmpty || Self.marker(in: next) != nil { break }
        headline += more
      }
      return multiYear + headline
    }
    for sentence in sentences
    where sentence.text.utf8Contains("按") && sentence.text.utf8Contains("安排")
      && !Self.estimateWords.contains(where: { sentence.text.utf8Contains($0) })
    {
      let headline = targets(in: sentence.clauses, sentence: sentence.text)
      if !headline.isEmpty { return multiYear + headline }
    }
    return multiYear
  }

  /// The first clause holding a marker, with the text before and after it (less 是/为/如下).
  private static func marker(in sentence: ReportSentences.Sentence)
    -> (Int, (before: String, after: String))?
  {
    for (index, clause) in sentence.clauses.enumerated() {
      for marker in markers {
        guard let range = clause.text.utf8Bounds(of: marker) else { continue }
        var after = clause.text[range.upperBound...]
        for word in ["是", "为", "如下"] where after.hasPrefix(word) {
          after = after.dropFirst(word.count)
        }
        return (index, (String(clause.text[..<range.lowerBound]), String(after)))
      }
    }
    return nil
  }

  /// The known targets of `clauses`, estimates and multi-year rates left out, stretch goals
  /// and the better-result note attached to the target before them.
  private func targets(in clauses: [ReportSentences.Clause], sentence: String) -> [Target] {
    let read = clauses.map { clause -> (clause: String, target: Target?) in
      let text = Self.withoutListLabel(clause.text)
      if Self.estimateWords.contains(where: { text.utf8Contains($0) }) { return (text, nil) }
      var target = self.clauses.target(in: text, line: clause.line)
      target?.sentence = sentence
      return (text, target)
    }
    return Self.attachingStretchGoals(read).filter {
      !$0.indicator.isEmpty && $0.measure != .averageGrowth
    }
  }

  /// The multi-year (`年均`) goals of a sentence in the part about the next five years.
  private func averageGoals(_ sentence: ReportSentences.Sentence) -> [Target] {
    guard
      !(Self.estimateWords + Self.reviewWords).contains(where: { sentence.text.utf8Contains($0) })
    else { return [] }
    return sentence.clauses.compactMap { clause in
      guard clause.text.utf8Contains("年均"),
        var target = clauses.target(in: Self.withoutListLabel(clause.text), line: clause.line),
        target.measure == .averageGrowth, !target.indicator.isEmpty
      else { return nil }
      target.sentence = sentence.text
      return target
    }
  }

  /// `(一)全市生产总值增长5%左右` without `(一)`; also `1.`, `一是`.
  static func withoutListLabel(_ text: String) -> String {
    var text = Substring(text)
    if text.hasPrefix("("), let close = text.firstIndex(of: ")"),
      text.distance(from: text.startIndex, to: close) <= 4
    {
      text = text[text.index(after: close)...]
    } else if let first = text.first, first.isNumber || "一二三四五六七八九十".contains(first) {
      var rest = text.drop { $0.isNumber || "一二三四五六七八九十".contains($0) }
      if rest.hasPrefix("是") || rest.first.map(listLabelEnds.contains) == true {
        rest = rest.dropFirst()
        if rest.count < text.count - 1 { text = rest }
      }
    }
    return String(text)
  }

  /// Clauses read in order: a clause of 力争/争取 with a value and no indicator of its own is
  /// the stretch goal of the target before it; one that asks for 更好结果 flags it.
  static func attachingStretchGoals(_ read: [(clause: String, target: Target?)]) -> [Target] {
    var result: [Target] = []
    for (clause, target) in read {
      if let last = result.indices.last {
        let striving = ["力争", "争取", "努力"].contains { clause.utf8HasPrefix($0) }
        let ownTarget = target.map { !$0.indicator.isEmpty } ?? false
        if !ownTarget,
          clause.utf8Contains("更好结果") || clause.utf8Contains("更好成绩") || clause == "力争更好"
        {
          result[last].seeksBetterResult = true
          continue
        }
        if striving, let target,
          target.indicator.isEmpty || target.indicator == result[last].indicator,
          target.unit == result[last].unit, let value = target.value
        {
          result[last].stretch = target.valueHigh ?? value
          continue
        }
      }
      if var target {
        // `增长5%以上并力争更好`: the flag in the target's own clause.
        if !target.indicator.isEmpty,
          ["更好结果", "更好成绩", "力争更好", "争取更好"].contains(where: { clause.utf8Contains($0) })
        {
          target.seeksBetterResult = true
        }
        result.append(target)
      }
    }
    return result
  }
}
