/// Shared tasks and weight per unordered pair of actor ids, counted in an open-addressed table.
///
/// A projection adds one pair for every two members of every task, many times the same pair;
/// a `Dictionary` hashes each with SipHash. Pairs here are one 64-bit key, placed by a
/// multiplicative hash and found by linear probing. Each pair's weight is summed in the order
/// its tasks are added, as the dictionary summed it.
struct PairTally {
  private var keys: [UInt64]
  private var counts: [Int]
  private var weights: [Double]
  private var shift: UInt64
  /// How many distinct pairs it holds.
  private(set) var count = 0

  private static let empty = UInt64.max

  /// An empty tally.
  init() {
    keys = Array(repeating: Self.empty, count: 64)
    counts = Array(repeating: 0, count: 64)
    weights = Array(repeating: 0, count: 64)
    shift = 64 - 6
  }

  /// Counts one more shared task of weight `weight` for the pair of `a` and `b`.
  mutating func add(_ a: Int32, _ b: Int32, weight: Double) {
    let pair = ActorPair(a, b)
    let key = UInt64(UInt32(bitPattern: pair.low)) << 32 | UInt64(UInt32(bitPattern: pair.high))
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let held = keys[slot]
      if held == key {
        counts[slot] += 1
        weights[slot] += weight
        return
      }
      if held == Self.empty { break }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    counts[slot] = 1
    weights[slot] = weight
    count += 1
    if count * 2 > keys.count { grow() }
  }

  /// Calls `body` with each pair (`low < high`), its shared tasks and weight, in no set order.
  func forEachPair(_ body: (_ low: Int32, _ high: Int32, _ count: Int, _ weight: Double) -> Void) {
    for slot in keys.indices where keys[slot] != Self.empty {
      let key = keys[slot]
      body(
        Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32)),
        Int32(bitPattern: UInt32(truncatingIfNeeded: key)), counts[slot], weights[slot])
    }
  }

  private mutating func grow() {
    let old = (keys, counts, weights)
    let capacity = keys.count * 2
    keys = Array(repeating: Self.empty, count: capacity)
    counts = Array(repeating: 0, count: capacity)
    weights = Array(repeating: 0, count: capacity)
    shift -= 1
    let mask = capacity - 1
    for slot in old.0.indices where old.0[slot] != Self.empty {
      let key = old.0[slot]
      var target = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[target] != Self.empty { target = (target + 1) & mask }
      keys[target] = key
      counts[target] = old.1[slot]
      weights[target] = old.2[slot]
    }
  }
}
