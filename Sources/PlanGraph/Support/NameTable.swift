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
  /// The names' UTF-8 bytes one after another, compared in place of the strings.
  private var storage: [UInt8] = []
  /// Per id: where its name's bytes end in `storage` (they start where the last id's end).
  private var ends: [Int32] = []
  /// The process's seed, read once per table: a `static let` read at every hash goes through
  /// its one-time initialization check each time.
  private let seed = Self.processSeed

  /// An empty table with room for `capacity` names before it grows.
  public init(capacity: Int = 8) {
    var slotCount = 16
    while slotCount < 2 * capacity { slotCount *= 2 }
    slots = [Int32](repeating: -1, count: slotCount)
    hashes.reserveCapacity(capacity)
    tags.reserveCapacity(capacity)
    names.reserveCapacity(capacity)
    ends.reserveCapacity(capacity)
    storage.reserveCapacity(capacity * 16)
  }

  /// How many names the table holds.
  public var count: Int { names.count }

  /// The id of `name` under `tag` (two tags keep one name apart: a unit and a leader of the
  /// same name), or nil when it was never added.
  public func id(of name: String, tag: UInt8 = 0) -> Int? {
    name.withUTF8Bytes { id(ofUTF8: $0, tag: tag) }
  }

  /// The id of the name whose UTF-8 bytes are `bytes`, under `tag`, or nil when it was never
  /// added.
  func id(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> Int? {
    let id = slots[slot(of: bytes, tag: tag, hash: Self.hash(bytes, tag: tag, seed: seed))]
    return id < 0 ? nil : Int(id)
  }

  /// The id of the UTF-8 `bytes` under `tag`, adding them with the next id if they are new,
  /// with an empty string for their name: for a table that only tells byte strings apart
  /// (a plan's role spans), which never reads `names`.
  mutating func intern(bytesOnly bytes: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> (
    id: Int, isNew: Bool
  ) {
    intern(bytes, tag: tag) { "" }
  }

  /// The id of `name` under `tag`, adding it with the next id if it is new; `isNew` says which.
  public mutating func intern(_ name: String, tag: UInt8 = 0) -> (id: Int, isNew: Bool) {
    // The name's bytes are found once, for the hash, the probe and, if new, the copy.
    name.withUTF8Bytes { bytes in intern(bytes, tag: tag) { name } }
  }

  /// The id of the name whose UTF-8 bytes are `bytes`, under `tag`, adding it with the next
  /// id if it is new (its string made of the bytes only then); `isNew` says which.
  ///
  /// A plan writes the same names on task after task; `names[id]` is then the same string
  /// for every one of them, made (and its bytes validated) once.
  mutating func intern(utf8 bytes: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> (
    id: Int, isNew: Bool
  ) {
    intern(bytes, tag: tag) { String(decoding: bytes, as: UTF8.self) }
  }

  /// The id of the name of UTF-8 `bytes` under `tag`; when it is new, it is added with the
  /// string `name()` gives, which is called only then.
  @inline(__always)
  private mutating func intern(
    _ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8, name: () -> String
  ) -> (id: Int, isNew: Bool) {
    let hash = Self.hash(bytes, tag: tag, seed: seed)
    let found = slot(of: bytes, tag: tag, hash: hash)
    if slots[found] >= 0 { return (Int(slots[found]), false) }
    let id = names.count
    names.append(name())
    hashes.append(hash)
    tags.append(tag)
    storage.append(contentsOf: bytes)
    ends.append(Int32(storage.count))
    slots[found] = Int32(id)
    if 2 * names.count > slots.count { grow() }
    return (id, true)
  }

  /// The slot holding the name of UTF-8 `bytes` under `tag`, or the empty slot where it
  /// belongs; the names are compared as the bytes kept in `storage`.
  private func slot(of bytes: UnsafeBufferPointer<UInt8>, tag: UInt8, hash: UInt64) -> Int {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    return storage.withUnsafeBufferPointer { storage in
      while true {
        let id = Int(slots[index])
        if id < 0 { return index }
        if hashes[id] == hash && tags[id] == tag {
          let start = id == 0 ? 0 : Int(ends[id - 1])
          let count = Int(ends[id]) - start
          if count == bytes.count
            && (count == 0
              || ByteScan.equal(storage.baseAddress! + start, bytes.baseAddress!, count: count))
          {
            return index
          }
        }
        index = (index + 1) & mask
      }
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
  private static let processSeed = UInt64.random(in: .min ... .max)

  /// A hash of a name's UTF-8 `bytes`, their count, `tag` and `seed` (the process's, kept by
  /// each table): each eight bytes are mixed in by a multiplication and a shift, the result
  /// finished with MurmurHash3's 64-bit finalizer.
  ///
  /// The last bytes short of eight are read as the word that ends the name (overlapping the
  /// one before), or as two overlapping half words in a name of four to seven bytes, not one
  /// byte at a time: the count is mixed in first, so names of different lengths still differ.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8, seed: UInt64)
    -> UInt64
  {
    let raw = UnsafeRawBufferPointer(bytes)
    let count = raw.count
    var hash = seed ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(tag)
    if count >= 8 {
      var offset = 0
      while offset + 8 <= count {
        hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      if offset < count {
        hash = mix(hash, raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      }
    } else if count >= 4 {
      let low = UInt64(raw.loadUnaligned(as: UInt32.self))
      let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      hash = mix(hash, low | high << 32)
    } else if count > 0 {
      var word: UInt64 = 0
      for offset in 0..<count { word |= UInt64(raw[offset]) << UInt64(8 * offset) }
      hash = mix(hash, word)
    }
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash &*= 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return hash
  }

  @inline(__always) private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    var mixed = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 29
    return mixed
  }
}
