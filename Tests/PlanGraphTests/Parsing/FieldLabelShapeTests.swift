import Testing

@testable import PlanGraph

/// A field line's shape names its label by its place in the classifier's table; the reader
/// notes the labels a task gives as bits of one word.
@Suite("Field label shapes")
struct FieldLabelShapeTests {
  @Test("A field line's shape gives the label's place, role and where the value starts")
  func labelPlace() throws {
    guard case .field(let lead, let leadStart) = LineClassifier.shape(of: "牵头单位:市发展改革委")
    else { throw ShapeError.notField }
    #expect(LineClassifier.fieldLabel(at: lead).text == "牵头单位")
    #expect(LineClassifier.fieldRole(at: lead) == .leadUnit)
    #expect(leadStart == 13)  // four characters of three bytes, and the colon
    guard case .field(let hybrid, let hybridStart) = LineClassifier.shape(of: "分管市领导:张三")
    else { throw ShapeError.notField }
    #expect(LineClassifier.fieldLabel(at: hybrid).text == "分管市领导")
    #expect(LineClassifier.fieldRole(at: hybrid) == .leadLeader)
    #expect(hybridStart == 16)
    #expect(LineClassifier.shape(of: "牵头单位市发展改革委") == .text)
  }

  @Test("Every label has a bit of the reader's word")
  func labelsFitOneWord() {
    #expect(LineClassifier.fieldLabelCount == FieldLabel.all.count + FieldLabel.hybridLeaders.count)
    #expect(LineClassifier.fieldLabelCount <= UInt64.bitWidth)
  }

  private enum ShapeError: Error { case notField }
}
