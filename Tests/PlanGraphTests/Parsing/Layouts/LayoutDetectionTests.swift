import PlanGraph
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
}
