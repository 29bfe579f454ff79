/// Where the writers put bytes: an array, or a `ByteSink`.
protocol ByteOutput: ~Copyable {
  /// Appends one byte.
  mutating func append(_ byte: UInt8)
  /// Appends `bytes`.
  mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {}

/// Bytes appended for the cost of a capacity check and a copy.
///
/// `Array.append(contentsOf:)` spends about a hundred instructions a call before it copies a
/// byte (a uniqueness check, then a generic copy), and the writers make millions of short
/// appends: a name, a comma, a quote. A sink owns its memory and cannot be copied, so it needs
/// no uniqueness check. Hand the bytes on with `array` or `withBytes`.
struct ByteSink: ~Copyable, ByteOutput {
  private var base: UnsafeMutablePointer<UInt8>
  /// How many bytes it holds.
  private(set) var count = 0
  private var capacity: Int

  /// An empty sink with room for `capacity` bytes before it first grows.
  init(capacity: Int = 1024) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Whether it holds no bytes.
  var isEmpty: Bool { count == 0 }

  /// The last byte, if any.
  var last: UInt8? { count > 0 ? base[count - 1] : nil }

  /// The bytes as an array (a copy).
  var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Calls `body` with the bytes, valid only inside it.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: base, count: count))
  }

  /// Appends one byte.
  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    base[count] = byte
    count += 1
  }

  /// Appends `bytes`.
  ///
  /// Most appends are a cell or a key of a few bytes: those are copied by two overlapping
  /// loads and stores, not by a call to `memcpy`, which costs more than the copy at that size.
  @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    let length = bytes.count
    if capacity - count < length { grow(toHold: count + length) }
    if length <= 16 {
      Self.copyShort(
        from: UnsafeRawPointer(start), to: UnsafeMutableRawPointer(base + count), length)
    } else {
      (base + count).update(from: start, count: length)
    }
    count += length
  }

  /// Copies 1 to 16 bytes between buffers that do not overlap.
  @inline(__always) private static func copyShort(
    from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, _ length: Int
  ) {
    if length >= 8 {
      let head = source.loadUnaligned(as: UInt64.self)
      let tail = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 {
      let head = source.loadUnaligned(as: UInt32.self)
      let tail = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    } else {
      for offset in 0..<length {
        target.storeBytes(
          of: source.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset,
          as: UInt8.self)
      }
    }
  }

  /// Appends `count` copies of `byte` (none when `count` is 0): a run of commas, one store
  /// for the run instead of a capacity check and a store for each.
  mutating func append(repeating byte: UInt8, count length: Int) {
    guard length > 0 else { return }
    if capacity - count < length { grow(toHold: count + length) }
    (base + count).update(repeating: byte, count: length)
    count += length
  }

  /// Appends the bytes of an array.
  mutating func append(contentsOf bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
  }

  /// Appends a string's UTF-8 bytes.
  mutating func append(contentsOf text: String.UTF8View) {
    if let done: Void = text.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) {
      return done
    }
    for byte in text { append(byte) }
  }

  /// Empties it, keeping its memory.
  mutating func removeAll() { count = 0 }

  private mutating func grow(toHold needed: Int) {
    let larger = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }
}
