/// The part an assignee plays in a task.
///
/// The raw values are the spellings used in `assignments.csv`.
public enum Role: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
  /// The leader in charge of the task. The document terms are 牵头领导 and 责任领导.
  case leadLeader = "lead_leader"
  /// The leader who oversees the task's area. The document term is 分管领导.
  case supervisingLeader = "supervising_leader"
  /// The agency that owns the task. The document term is 牵头单位.
  case leadUnit = "lead_unit"
  /// An agency that shares the task. The document terms are 责任单位, 配合单位 and 协办单位.
  case responsibleUnit = "responsible_unit"

  /// Whether this role is held by a person rather than an agency.
  public var isLeaderRole: Bool { self == .leadLeader || self == .supervisingLeader }

  /// The letter used in `responsibility_matrix.csv`: L, S, A or R.
  public var matrixLetter: String {
    switch self {
    case .leadLeader: "L"
    case .supervisingLeader: "S"
    case .leadUnit: "A"
    case .responsibleUnit: "R"
    }
  }

  /// Orders roles as the plans list them: leaders first, then lead and responsible units.
  public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

  /// Hashes the role's place, not its raw value (a `String` hash normalizes it first).
  public func hash(into hasher: inout Hasher) { hasher.combine(rank) }

  /// The role's place as a `NameTable` tag.
  var tag: UInt8 { UInt8(rank) }

  /// The role's place in `allCases`, without building that array on every comparison.
  private var rank: Int {
    switch self {
    case .leadLeader: 0
    case .supervisingLeader: 1
    case .leadUnit: 2
    case .responsibleUnit: 3
    }
  }
}
