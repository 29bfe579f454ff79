import PlanGraph
import Testing

@Suite("Page numbers")
struct PageNumberTests {
  @Test("Page numbers between field lines and tasks are no part of any task, in every form")
  func pageNumbersDropped() {
    let document = DocumentParser().parse(
      """
      2024年某区政府工作报告重点任务分解方案
      一、扩大有效需求
      1.举办促消费活动20场以上。
      牵头领导:李红梅
      — 3 —
      牵头单位:区商务局
      责任单位:区文旅局、区市场监管局
      -4-
      2.培育夜间经济集聚区2个。
      7 —
      牵头单位:区商务局
      第5页
      责任单位:区文旅局
      第 6 页 共 9 页
      3.推动汽车以旧换新,完成2.5万辆。
      － 8 －
      牵头单位:区商务局
      """, path: "pages.txt")
    let tasks = document.tasks
    #expect(tasks.map(\.number) == [1, 2, 3])
    #expect(
      tasks.map(\.text) == [
        "举办促消费活动20场以上。", "培育夜间经济集聚区2个。", "推动汽车以旧换新,完成2.5万辆。",
      ])
    #expect(
      tasks.map { $0.assignments.map(\.assignee.name) } == [
        ["李红梅", "区商务局", "区文旅局", "区市场监管局"], ["区商务局", "区文旅局"], ["区商务局"],
      ])
  }
}
