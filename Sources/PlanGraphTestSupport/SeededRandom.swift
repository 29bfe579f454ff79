/// The same pseudo-random numbers on every run, for tests that generate their inputs.
///
/// A 64-bit linear congruential generator (Knuth's multiplier), the high bits taken: enough to
/// vary generated lines and parts, and the same cases whenever a test runs, so the counts it
/// asserts stay exact.
public struct SeededRandom: Sendable {
  private var state: UInt64

  /// Starts the sequence at `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next number in `0..<bound`.
  public mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
