/// Whoever a plan names for a task: a leader, a single agency, or a group of agencies.
///
/// The document terms are 牵头领导 and 牵头单位 / 责任单位: whoever is named. Names are in
/// canonical form (see `TextNormalizer`): `各县(市)区人民政府(管委会)` and
/// `各县（市）区人民政府（管委会）` are one assignee.
public struct Assignee: Codable, Hashable, Sendable, Comparable {
  /// What sort of assignee this is.
  public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A person, such as a vice-mayor (牵头领导).
    case leader
    /// One agency, such as 市发展改革委.
    case unit
    /// A group rather than one agency, such as 各县(市)区人民政府 or 市政府有关部门.
    case collective

    /// Hashes the case, not its raw value (a `String` hash normalizes it first).
    public func hash(into hasher: inout Hasher) { hasher.combine(tag) }

    /// The case's place, as a `NameTable` tag.
    var tag: UInt8 {
      switch self {
      case .leader: 0
      case .unit: 1
      case .collective: 2
      }
    }

    /// The case whose `tag` is `tag` (2 or above is a collective).
    init(tag: UInt8) {
      switch tag {
      case 0: self = .leader
      case 1: self = .unit
      default: self = .collective
      }
    }
  }

  /// The canonical name.
  public var name: String
  /// Leader, unit or collective.
  public var kind: Kind

  /// Creates an assignee.
  public init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }

  /// Orders by name, then kind.
  public static func < (lhs: Assignee, rhs: Assignee) -> Bool {
    (lhs.name, lhs.kind.rawValue) < (rhs.name, rhs.kind.rawValue)
  }
}
