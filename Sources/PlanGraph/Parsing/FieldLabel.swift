/// The labels that open a field line in a plan, and the role each one assigns.
///
/// The document terms are 牵头领导, 责任领导 and 分管领导 for leaders; 牵头单位 for the lead
/// agency; 责任单位, 配合单位 and 协办单位 for agencies that share a task. Variants seen in
/// other plans (牵头部门, 责任部门, 配合部门, 参与单位, 参与部门, 协同单位, 协同部门, 协办部门) are
/// read the same way.
public struct FieldLabel: Hashable, Sendable {
  /// The label as written, without its colon.
  public var text: String
  /// The role the names after it are assigned.
  public var role: Role

  /// Creates a label.
  public init(_ text: String, role: Role) {
    self.text = text
    self.role = role
  }

  /// Every label PlanGraph recognises, longest first.
  public static let all: [FieldLabel] = [
    FieldLabel("牵头领导", role: .leadLeader),
    FieldLabel("责任领导", role: .leadLeader),
    FieldLabel("分管领导", role: .supervisingLeader),
    FieldLabel("牵头单位", role: .leadUnit),
    FieldLabel("牵头部门", role: .leadUnit),
    FieldLabel("责任单位", role: .responsibleUnit),
    FieldLabel("责任部门", role: .responsibleUnit),
    FieldLabel("配合单位", role: .responsibleUnit),
    FieldLabel("配合部门", role: .responsibleUnit),
    FieldLabel("协办单位", role: .responsibleUnit),
    FieldLabel("参与单位", role: .responsibleUnit),
    FieldLabel("参与部门", role: .responsibleUnit),
    FieldLabel("协同单位", role: .responsibleUnit),
    FieldLabel("协同部门", role: .responsibleUnit),
    FieldLabel("协办部门", role: .responsibleUnit),
  ]

  /// The leader labels of hybrid plans: the leader in charge named by level.
  ///
  /// The document terms are 分管省领导, 分管市领导, 牵头省领导 and 牵头市领导.
  public static let hybridLeaders: [FieldLabel] = ["省", "市", "区", "县"].flatMap { level in
    [
      FieldLabel("分管\(level)领导", role: .leadLeader),
      FieldLabel("牵头\(level)领导", role: .leadLeader),
      FieldLabel("责任\(level)领导", role: .leadLeader),
    ]
  }

  /// Whether two labels assign the same role with the same bytes: labels come from the tables
  /// above, and a task's field lines are checked against each other on every line, where
  /// `String ==` would normalize both Chinese texts to compare them. (Byte-equal texts are
  /// canonically equal, so the synthesized hash still agrees.)
  public static func == (lhs: FieldLabel, rhs: FieldLabel) -> Bool {
    lhs.role == rhs.role && lhs.text.utf8Equals(rhs.text)
  }

  /// The labels as UTF-8 bytes, for matching line prefixes.
  static let encoded: [(bytes: [UInt8], label: FieldLabel)] = (all + hybridLeaders).map {
    (Array($0.text.utf8), $0)
  }
}
