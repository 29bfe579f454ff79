/// Who an actor node stands for: a name within a jurisdiction.
///
/// Keyed by jurisdiction so that 市商务局 of 锦州市 and 市商务局 of 海城市 stay two nodes when
/// several documents are graphed together.
public struct ActorKey: Hashable, Sendable, Comparable, Codable {
  /// The issuing jurisdiction of the document that names the actor (`锦州市`).
  public var jurisdiction: String
  /// The actor's canonical name.
  public var name: String
  /// Leader, unit or collective.
  public var kind: Assignee.Kind

  /// Creates a key.
  public init(jurisdiction: String, name: String, kind: Assignee.Kind) {
    self.jurisdiction = jurisdiction
    self.name = name
    self.kind = kind
  }

  /// Whether the two keys have the same bytes: names are normalized when read, so this is
  /// `String` equality without normalizing each character again (see `NameKey`).
  public static func == (lhs: ActorKey, rhs: ActorKey) -> Bool {
    lhs.kind == rhs.kind && lhs.name.utf8Equals(rhs.name)
      && lhs.jurisdiction.utf8Equals(rhs.jurisdiction)
  }

  /// Feeds the UTF-8 bytes of the jurisdiction and name, and the kind.
  public func hash(into hasher: inout Hasher) {
    jurisdiction.hashUTF8(into: &hasher)
    name.hashUTF8(into: &hasher)
    hasher.combine(kind)
  }

  /// Orders by jurisdiction, name, then kind.
  public static func < (lhs: ActorKey, rhs: ActorKey) -> Bool {
    // Keys of one document share their jurisdiction: equal bytes settle it without a
    // comparison. `sortsBefore` is `String`'s `<` (see there).
    if !lhs.jurisdiction.utf8Equals(rhs.jurisdiction) {
      if lhs.jurisdiction.sortsBefore(rhs.jurisdiction) { return true }
      if rhs.jurisdiction.sortsBefore(lhs.jurisdiction) { return false }
    }
    if !lhs.name.utf8Equals(rhs.name) {
      if lhs.name.sortsBefore(rhs.name) { return true }
      if rhs.name.sortsBefore(lhs.name) { return false }
    }
    return lhs.kind.rawValue < rhs.kind.rawValue
  }

  /// Whether the jurisdiction and the name are both plainly NFC (`String.isPlainNFC`): between
  /// two such keys `<` is `precedesInBytes`.
  @inline(__always) var isPlainNFC: Bool { jurisdiction.isPlainNFC && name.isPlainNFC }

  /// `<` between two keys that are both `isPlainNFC`, decided on their bytes alone: a sort
  /// tests each key once instead of both strings in every comparison.
  @inline(__always) func precedesInBytes(_ other: ActorKey) -> Bool {
    let jurisdictions = jurisdiction.compareUTF8(other.jurisdiction)
    if jurisdictions != 0 { return jurisdictions < 0 }
    let names = name.compareUTF8(other.name)
    if names != 0 { return names < 0 }
    return kind.rawValue < other.kind.rawValue
  }
}
