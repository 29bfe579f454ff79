import PlanGraph
import PlanGraphTestSupport
import Testing

/// Crafted plans with markers where a diagnostic or boundary is expected.
@Suite("Task plan parser")
struct TaskPlanParserTests {
  static func parse(_ marked: MarkedText) -> Document {
    DocumentParser().parse(marked.text, path: "crafted.txt")
  }

  @Test("Wrapped text, indented fields, missing fields, a footer")
  func shapes() throws {
    let marked = MarkedText(
      """
      一、总体目标
      (一)稳增长
      1.推进项目建设,
      2.5万亩高标准农田。
        牵头领导:张 三
        牵头单位:市发展改革委、商务局
      1️⃣2.扩大消费。
      责任单位:市商务局等,各县(市)区人民政府
      2️⃣附件:分工表
      """)
    let document = Self.parse(marked)
    #expect(document.tasks.count == 2)
    #expect(document.tasks[0].text == "推进项目建设,2.5万亩高标准农田。")
    #expect(document.tasks[0].assignees(in: .leadLeader) == [Assignee(name: "张三", kind: .leader)])
    #expect(document.tasks[0].assignees(in: .leadUnit).map(\.name) == ["市发展改革委", "市商务局"])
    #expect(document.tasks[1].line == marked.lines[1])
    #expect(document.tasks[1].sectionNumber == 1)
    #expect(document.tasks[1].subsectionNumber == 1)
    #expect(
      document.diagnostics.contains {
        $0.code == .closingText && $0.location.line == marked.lines[2]
      })
  }

  @Test("Gaps in numbering and fields outside tasks are reported")
  func gaps() throws {
    let marked = MarkedText(
      """
      1️⃣牵头单位:市财政局
      1.第一项。
      牵头单位:市财政局
      2️⃣3.第三项。
      牵头单位:
      3️⃣4.第四项。
      """)
    let document = Self.parse(marked)
    #expect(document.tasks.map(\.number) == [1, 3, 4])
    let found = document.diagnostics.map { ($0.code, $0.location.line) }
    #expect(found.contains { $0 == (.fieldOutsideTask, marked.lines[1]!) })
    #expect(found.contains { $0 == (.taskNumberGap, marked.lines[2]!) })
    #expect(found.contains { $0 == (.emptyField, marked.lines[2]! + 1) })
    #expect(found.contains { $0 == (.taskWithoutFields, marked.lines[3]!) })
  }

  @Test("A field list that ends with a separator continues on the next line")
  func wrappedField() throws {
    let document = DocumentParser().parse(
      "1.任务。\n责任单位:市财政局、\n市税务局\n", path: "wrap.txt")
    #expect(document.tasks[0].assignees(in: .responsibleUnit).map(\.name) == ["市财政局", "市税务局"])
  }

  @Test("A label given twice in a task is noted once there; the next task starts afresh")
  func repeatedField() throws {
    let marked = MarkedText(
      """
      1.第一项。
      牵头单位:市财政局
      责任单位:市税务局、
      市人社局
      1️⃣牵头单位:市发展改革委
      2.第二项。
      牵头单位:市财政局
      责任单位:各县(市、
      区)人民政府
      3.第三项。
      责任单位:市商务局
      2️⃣责任单位:市商务局
      """)
    let document = Self.parse(marked)
    let repeated = document.diagnostics.filter { $0.code == .repeatedField }
    #expect(repeated.map(\.location.line) == [marked.lines[1]!, marked.lines[2]!])
    // Both lists of a repeated label are read, after the fields before them.
    #expect(document.tasks[0].assignees(in: .leadUnit).map(\.name) == ["市财政局", "市发展改革委"])
    #expect(document.tasks[0].assignees(in: .responsibleUnit).map(\.name) == ["市税务局", "市人社局"])
    // A bracket left open wraps the list onto the next line.
    #expect(document.tasks[1].assignees(in: .responsibleUnit).map(\.name) == ["各县(市、区)人民政府"])
    #expect(document.tasks[2].assignees(in: .responsibleUnit).map(\.name) == ["市商务局", "市商务局"])
  }

  @Test("Text without tasks is an error")
  func noTasks() {
    let document = DocumentParser().parse("这是一段没有任务的文字。\n牵头单位:市财政局\n牵头单位:市财政局", path: "x.txt")
    #expect(document.diagnostics.contains { $0.code == .noTasks && $0.severity == .error })
  }
}
