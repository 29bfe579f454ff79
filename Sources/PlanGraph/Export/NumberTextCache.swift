/// The text of the numbers a table wrote lately, so a value it repeats is formatted once.
///
/// `Table.format` of a fraction costs a `Double.description` (some 700 instructions and a heap
/// string); a plan's edge weights and weighted loads repeat a few dozen values (1,000
/// generated plans: 411 distinct weights in 357,187 edge rows, 46 distinct weighted loads in
/// 65,777 unit rows). Each value's bits pick one of 128 slots; a value that finds another in
/// its slot is formatted and takes the slot. Whole numbers and NaN are written as before,
/// without a `String`, and a text longer than a slot is formatted every time.
struct NumberTextCache {
  private static let slotCount = 128
  private static let slotBytes = 32
  /// Per slot: the bits of the value whose text it holds.
  private var keys: [UInt64] = []
  /// Per slot: the length of its text, or `UInt8.max` while empty.
  private var lengths: [UInt8] = []
  /// The slots' texts, `slotBytes` each.
  private var texts: [UInt8] = []

  /// An empty cache; its memory is taken at the first fraction.
  init() {}

  /// Appends `Table.format(value)`'s bytes.
  mutating func append<Output: ByteOutput & ~Copyable>(_ value: Double, to output: inout Output) {
    guard !value.isNaN, !Table.isWrittenAsInteger(value) else {
      return Table.appendFormatted(value, to: &output)
    }
    if keys.isEmpty {
      keys = [UInt64](repeating: 0, count: Self.slotCount)
      lengths = [UInt8](repeating: .max, count: Self.slotCount)
      texts = [UInt8](repeating: 0, count: Self.slotCount * Self.slotBytes)
    }
    let key = value.bitPattern
    // The top seven bits of a multiplicative hash: 128 slots.
    let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57)
    let start = slot * Self.slotBytes
    let length = Int(lengths[slot])
    if length != Int(UInt8.max) && keys[slot] == key {
      texts.withUnsafeBufferPointer {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<start + length]))
      }
      return
    }
    Table.fractionText(value).withUTF8Bytes { bytes in
      output.append(contentsOf: bytes)
      guard bytes.count <= Self.slotBytes else { return }
      keys[slot] = key
      lengths[slot] = UInt8(bytes.count)
      texts.withUnsafeMutableBufferPointer {
        _ = UnsafeMutableBufferPointer(rebasing: $0[start..<start + bytes.count])
          .update(fromContentsOf: bytes)
      }
    }
  }
}
