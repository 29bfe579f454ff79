import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Layout detection")
struct LayoutDetectionTests {
  @Test("A cover notice gives no tasks and a note, not an error")
  func coverNotice() {
    let document = DocumentParser().parse(
      """
      某市人民政府办公室关于印发2024年政府工作报告重点任务分解方案的通知
      各县(市)区人民政府,市政府各部门:
      现将方案印发给你们,请认真贯彻落实。现就有关事项通知如下:
      1.明确任务分工。各牵头单位要细化措施。
      2.强化督促检查。
      3.严格考核问效。
      """, path: "notice.txt")
    #expect(document.kind == .plan)
    #expect(document.tasks.isEmpty)
    #expect(document.diagnostics.contains { $0.code == .coverNotice && $0.location.line == 4 })
    #expect(!document.diagnostics.contains { $0.severity == .error })
  }

  @Test("Tasks that name nobody give one warning at the first task")
  func noAssignments() {
    let document = DocumentParser().parse(
      "重点任务\n1.推进项目建设。\n2.扩大消费。\n3.保障民生。\n", path: "bare.txt")
    #expect(document.tasks.count == 3)
    let warnings = document.diagnostics.filter { $0.code == .noAssignments }
    #expect(warnings.count == 1)
    #expect(warnings.first?.location.line == 2)
    #expect(warnings.first?.message.contains("牵头单位") == true)
  }

  @Test("--layout forces a reader")
  func forced() {
    let text = "1.推进项目建设。(市发展改革委牵头)\n2.扩大消费。(市商务局牵头)\n"
    var options = DocumentParser.Options()
    #expect(DocumentParser(options: options).parse(text, path: "a.txt").plan?.layout == .inline)
    options.layout = .table
    #expect(DocumentParser(options: options).parse(text, path: "a.txt").tasks.isEmpty)
  }

  @Test("Labels on the task's own line, lenticular brackets and a leader's office in brackets")
  func variants() {
    let document = DocumentParser().parse(
      """
      重点任务分解方案
      1.推进项目建设。牵头领导:张三;牵头单位:市发改委;责任单位:市财政局、市住建局
      2.扩大消费。【牵头单位：市商务局；配合单位：市市场监管局】
      3.推进改革(含国企改革)。(市国资委牵头,市财政局配合)
      4.提升开放水平。(牵头单位:市商务局;责任领导:李四(副市长))
      """, path: "variants.txt")
    let roles = document.tasks.map { task in
      task.assignments.map { "\($0.role.matrixLetter)\($0.assignee.name)" }
    }
    #expect(
      roles == [
        ["L张三", "A市发改委", "R市财政局", "R市住建局"], ["A市商务局", "R市市场监管局"],
        ["A市国资委", "R市财政局"], ["A市商务局", "L李四"],
      ])
    #expect(document.tasks.map(\.text) == ["推进项目建设。", "扩大消费。", "推进改革(含国企改革)。", "提升开放水平。"])
    #expect(document.tasks[3].assignments[1].writtenAs == "李四(副市长)")
  }

  @Test("A lead marked inside a list, and the other responsible-unit labels")
  func leadMark() {
    let document = DocumentParser().parse(
      "方案\n1.推进项目建设。\n牵头领导:张三\n责任单位:市发改委(牵头)、市财政局\n2.扩大消费。\n协同单位:市商务局\n",
      path: "mark.txt")
    #expect(
      document.tasks[0].assignments.map { "\($0.role.matrixLetter)\($0.assignee.name)" } == [
        "L张三", "A市发改委", "R市财政局",
      ])
    #expect(document.tasks[1].assignees(in: .responsibleUnit).map(\.name) == ["市商务局"])
  }

  /// The reading every reader run in turn gives, chosen as the detector chooses: the most
  /// tasks naming anyone, field lines on a tie.
  static func everyReader(_ lines: [SourceLine]) -> LayoutReading {
    var best: LayoutReading?
    for reader in LayoutDetector.readers {
      let reading = reader.read(lines, file: "a.txt")
      if best == nil || reading.assignedTasks > best!.assignedTasks
        || (best!.assignedTasks == 0 && reading.assignedTasks == 0
          && reading.tasks.count > best!.tasks.count && reader.layout == .fieldLines)
      {
        best = reading
      }
    }
    return best!
  }

  /// Three tasks on field lines, then four inline ones: three in one paragraph, two of whose
  /// brackets open on one line and close on the next, and one with a 【】 inside its bracket.
  ///
  /// The inline reader can win only if every bracket closed on a later line is counted.
  static let mixedText = """
    2024年重点任务分工方案
    1.推进项目建设。
    牵头单位:市发展改革委
    2.稳定外贸。
    牵头单位:市商务局
    责任单位:各镇(街道)
    3.优化营商环境。
    牵头单位:市营商环境建设局
    一是培育新型消费(市商务局牵头,市发展改革委配合)。二是发展服务消费(市文化旅游局
    牵头,各区县政府负责)。三是稳定大宗消费(市商务局
    牵头)。
    推进重大项目建设(市发展改革委牵头,【年内完成】)。
    """

  /// Inline tasks after subsection headings, on the headings' own lines.
  static let subsectionText = """
    一、扩大内需
    (一)促进消费。一是培育新型消费(市商务局牵头,市发展改革委配合)。二是发展服务消费(市文化旅游局
    牵头,各区县政府负责)。
    (二)扩大有效投资。实施城市更新行动(市住房城乡建设局牵头)。推进重大项目建设(市发展改革委牵头)。
    """

  @Test("A reader is skipped only when it cannot win: the reading is the one every reader gives")
  func skippedReaders() throws {
    let mixed = TextNormalizer.lines(of: Self.mixedText)
    let reading = LayoutDetector.read(mixed, file: "a.txt")
    // The inline reader finds four tasks naming someone, one more than the field lines' three.
    #expect(reading.assignedTasks == 4 && reading.layout == .inline)
    #expect(reading.tasks.map(\.text).last == "推进重大项目建设")
    let subsections = LayoutDetector.read(TextNormalizer.lines(of: Self.subsectionText), file: "")
    #expect(subsections.assignedTasks == 4 && subsections.layout == .inline)
    var texts = [Self.mixedText, Self.subsectionText]
    for name in [
      "formats/state-council-inline.txt", "formats/twin-field-lines.txt", "formats/twin-hybrid.txt",
      "formats/twin-labelled.txt", "formats/twin-mixed.txt", "formats/twin-table.tsv",
      "formats/state-council-traditional.txt",
    ] + Fixture.plans.map(\.relativePath) {
      let url = Fixture.folder.appendingPathComponent(name)
      texts.append(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }
    for text in texts {
      let lines = TextNormalizer.lines(of: text)
      #expect(LayoutDetector.read(lines, file: "a.txt").tasks == Self.everyReader(lines).tasks)
    }
  }
}
