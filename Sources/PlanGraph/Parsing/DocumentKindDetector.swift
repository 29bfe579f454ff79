/// Tells a plan from a work report by what its lines look like.
///
/// A document with at least two field lines (`牵头单位:` and the like) or two assignment
/// brackets (`(国家发展改革委牵头)`, `(牵头单位:区发改局)`) is a plan, and so is a table with
/// a 牵头单位 column (read before this is asked). Otherwise one
/// that addresses the congress (`各位代表`) or calls itself a 政府工作报告 without being a plan
/// is a report. Anything else is read as a plan, so that a plan with no readable tasks is
/// reported as such.
public enum DocumentKindDetector {
  /// The kind of the document whose normalized lines are `lines`.
  public static func kind(of lines: [SourceLine]) -> Document.Kind {
    if TableReader.header(in: lines) != nil { return .plan }
    var fieldLines = 0
    var brackets = 0
    for line in lines {
      if case .field = LineClassifier.shape(of: line.text) {
        fieldLines += 1
        if fieldLines >= 2 { return .plan }
      }
      if line.text.utf8Contains(byte: Byte.rightParenthesis) {
        brackets += AssignmentBracket.brackets(in: line.text, line: line.number).count
        if brackets >= 2 { return .plan }
      }
    }
    let opening = lines.prefix(5).map(\.text).joined()
    // `…政府工作报告重点任务分解方案的通知` is about a report, not one.
    let aboutAReport = ["分工", "分解", "方案", "通知", "意见"].contains { opening.utf8Contains($0) }
    let isReport =
      opening.utf8Contains("各位代表") || (opening.utf8Contains("政府工作报告") && !aboutAReport)
      || (!aboutAReport
        && lines.contains { $0.text.utf8Contains("主要预期目标") || $0.text.utf8Contains("主要预期指标") })
    return isReport ? .report : .plan
  }
}
