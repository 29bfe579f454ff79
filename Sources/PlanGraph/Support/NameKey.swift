/// A name as a dictionary key compared and hashed on its UTF-8 bytes.
///
/// `String`'s own `==` and hashing follow Unicode canonical equivalence, which for Chinese
/// text means normalizing every character on every lookup; the names PlanGraph keys on are
/// normalized once when read, so their bytes decide equality and hashing can skip that work.
public struct NameKey: Hashable, Sendable, Comparable {
  /// The name.
  public var name: String

  /// Wraps `name`.
  public init(_ name: String) { self.name = name }

  /// Whether the two names have the same UTF-8 bytes.
  public static func == (lhs: NameKey, rhs: NameKey) -> Bool { lhs.name.utf8Equals(rhs.name) }

  /// Orders by UTF-8 bytes (code point order).
  public static func < (lhs: NameKey, rhs: NameKey) -> Bool {
    lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
  }

  /// Feeds the name's UTF-8 bytes.
  public func hash(into hasher: inout Hasher) { name.hashUTF8(into: &hasher) }
}

extension String {
  /// Feeds this string's UTF-8 bytes and length to `hasher`, without normalizing.
  public func hashUTF8(into hasher: inout Hasher) {
    withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(utf8.count)
  }
}
