/// Names interned to dense ids, looked up by their UTF-8 bytes and a small tag.
///
/// The per-plan tables (an actor per name and kind, a column per name, a function per agency,
/// a split per role span) look a name up once per assignment. A `Dictionary` keyed by
/// `NameKey` hashes the name's bytes with SipHash and its `Hasher` set-up, some 600
/// instructions a lookup for a Chinese agency name; this table mixes the bytes eight at a time
/// and probes an open-addressed array of ids, a fraction of that.
///
/// Ids are given in the order names are first added, so they never depend on the hash: the
/// hash is seeded once per process at random, as `Hasher` is, so a document cannot be written
/// to make its names collide. Equality is byte equality, as `NameKey`'s: names are normalized
/// when read.
public struct NameTable: Sendable {
  /// Each slot holds an id, or -1 when empty; the count is a power of two, at most half full.
  private var slots: [Int32]
  /// Per id: the hash of its name and tag.
  private var hashes: [UInt64] = []
  /// Per id: the tag it was added with.
  private var tags: [UInt8] = []
  /// The names, by id.
  public private(set) var names: [String] = []

  /// An empty table with room for `capacity` names before it grows.
  public init(capacity: Int = 8) {
    var slotCount = 16
    while slotCount < 2 * capacity { slotCount *= 2 }
    slots = [Int32](repeating: -1, count: slotCount)
    hashes.reserveCapacity(capacity)
    tags.reserveCapacity(capacity)
    names.reserveCapacity(capacity)
  }

  /// How many names the table holds.
  public var count: Int { names.count }

  /// The id of `name` under `tag` (two tags keep one name apart: a unit and a leader of the
  /// same name), or nil when it was never added.
  public func id(of name: String, tag: UInt8 = 0) -> Int? {
    let hash = Self.hash(name, tag: tag)
    let found = slot(of: name, tag: tag, hash: hash)
    let id = slots[found]
    return id < 0 ? nil : Int(id)
  }

  /// The id of `name` under `tag`, adding it with the next id if it is new; `isNew` says which.
  public mutating func intern(_ name: String, tag: UInt8 = 0) -> (id: Int, isNew: Bool) {
    let hash = Self.hash(name, tag: tag)
    let found = slot(of: name, tag: tag, hash: hash)
    if slots[found] >= 0 { return (Int(slots[found]), false) }
    let id = names.count
    names.append(name)
    hashes.append(hash)
    tags.append(tag)
    slots[found] = Int32(id)
    if 2 * names.count > slots.count { grow() }
    return (id, true)
  }

  /// The slot holding `name` under `tag`, or the empty slot where it belongs.
  private func slot(of name: String, tag: UInt8, hash: UInt64) -> Int {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = Int(slots[index])
      if id < 0 { return index }
      if hashes[id] == hash && tags[id] == tag && names[id].utf8Equals(name) { return index }
      index = (index + 1) & mask
    }
  }

  /// Doubles the slots and places every id again by its stored hash.
  private mutating func grow() {
    var larger = [Int32](repeating: -1, count: 2 * slots.count)
    let mask = larger.count - 1
    for id in names.indices {
      var index = Int(truncatingIfNeeded: hashes[id]) & mask
      while larger[index] >= 0 { index = (index + 1) & mask }
      larger[index] = Int32(id)
    }
    slots = larger
  }

  /// The process's seed, drawn once.
  private static let seed = UInt64.random(in: .min ... .max)

  /// A hash of `name`'s bytes, their count and `tag`: each eight bytes are mixed in by a
  /// multiplication and a shift, the result finished with MurmurHash3's 64-bit finalizer.
  static func hash(_ name: String, tag: UInt8) -> UInt64 {
    name.withUTF8Bytes { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var hash = seed ^ (UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(tag)
      var offset = 0
      while offset + 8 <= raw.count {
        hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      if offset < raw.count {
        var word: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
          word |= UInt64(raw[offset]) << shift
          shift += 8
          offset += 1
        }
        hash = mix(hash, word)
      }
      hash ^= hash >> 33
      hash &*= 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 33
      hash &*= 0xC4CE_B9FE_1A85_EC53
      hash ^= hash >> 33
      return hash
    }
  }

  @inline(__always) private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    var mixed = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 29
    return mixed
  }
}
