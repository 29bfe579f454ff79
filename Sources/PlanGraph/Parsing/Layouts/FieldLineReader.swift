/// Reads a field-line plan: numbered tasks, each followed by field lines.
///
/// The shape (all three bundled plans):
/// ```
/// 一、今年经济社会发展的主要预期目标
/// (一)增强城市枢纽功能。
/// 1.地区生产总值增长6%。
/// 牵头领导:刘希明
/// 牵头单位:市发展改革委
/// 责任单位:市工业和信息化局、市农业农村局、市商务局等,各县(市)区人民政府(管委会)
/// ```
/// A task starts at `N.` or `N、` where N is the next number in sequence; its text runs on
/// until the first field line. After its field lines, any other line ends the task: closing
/// remarks, `附件:` and `责任编辑:` footers are never part of a task. Headings are kept only
/// when tasks stand under them, so numbered points in a cover letter are not sections.
///
/// It also reads the hybrid form (`分管省领导:林克庆` and `部门分工:省发展改革委牵头,各地、各部门
/// 配合。` after a task), `完成时限:` lines, and a numbered task whose text ends in an assignment
/// bracket (`1.…(牵头单位:区发改局;责任单位:区财政局)`), so a plan that mixes field lines and
/// brackets is read whole.
public struct FieldLineReader: PlanLayoutReader {
  /// Field lines.
  public var layout: PlanLayout { .fieldLines }

  /// Creates a reader.
  public init() {}

  /// The tasks of `lines`.
  /// - Complexity: O(n) in the number of lines.
  public func read(_ lines: [SourceLine], file: String) -> LayoutReading {
    read(lines, shapes: lines.map { LineClassifier.shape(of: $0.text) }, file: file)
  }
}

extension FieldLineReader: ShapedLayoutReader {
  func read(_ lines: [SourceLine], shapes: [LineShape], file: String) -> LayoutReading {
    var state = FieldLineState(file: file)
    for (line, shape) in zip(lines, shapes) { state.consume(line, shape: shape) }
    return state.finish()
  }
}
