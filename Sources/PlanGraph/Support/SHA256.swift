import Foundation

/// SHA-256 (FIPS 180-4), for the checksums in `manifest.json`.
///
/// Foundation on Linux has no digest API and the package takes no dependencies, so this is the
/// standard algorithm, fed incrementally: `update(_:)` as bytes arrive, `hexDigest()` at the end.
public struct SHA256: Sendable {
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// A hasher with nothing fed yet.
  public init() {}

  /// The hex digest of `bytes`.
  public static func hex(_ bytes: some Collection<UInt8>) -> String {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.hexDigest()
  }

  /// The size and hex digest of the file at `path`, read 1 MB at a time.
  /// - Throws: `PlanGraphError.unreadable`.
  public static func file(_ path: String) throws(PlanGraphError) -> (bytes: Int, hex: String) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "cannot open it to compute its SHA-256")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var size = 0
    while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      hasher.update(chunk)
      size += chunk.count
    }
    return (size, hasher.hexDigest())
  }

  /// Feeds `bytes`.
  public mutating func update(_ bytes: some Collection<UInt8>) {
    let direct: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
    if direct == nil { Array(bytes).withUnsafeBufferPointer { update(buffer: $0) } }
  }

  /// Feeds `bytes`, compressing whole blocks straight from them once `pending` is empty.
  private mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
    length &+= UInt64(buffer.count)
    var offset = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, buffer.count)
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<taken]))
      offset = taken
      guard pending.count == 64 else { return }
      pending.withUnsafeBufferPointer { Self.compress(&state, $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = (buffer.count - offset) / 64 * 64
    if whole > 0 {
      Self.compress(&state, UnsafeBufferPointer(rebasing: buffer[offset..<(offset + whole)]))
      offset += whole
    }
    pending.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[offset...]))
  }

  /// The digest of everything fed, as 64 lowercase hex digits.
  public func hexDigest() -> String {
    var copy = self
    var tail = copy.pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bits = length &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
    }
    tail.withUnsafeBufferPointer { Self.compress(&copy.state, $0) }
    let digits = Array("0123456789abcdef")
    var text = ""
    for word in copy.state {
      for shift in stride(from: 28, through: 0, by: -4) {
        text.append(digits[Int((word >> UInt32(shift)) & 0xF)])
      }
    }
    return text
  }

  /// Compresses `blocks`, a whole number of 64-byte blocks, into `state`; the message
  /// schedule lives on the stack.
  private static func compress(_ state: inout [UInt32], _ blocks: UnsafeBufferPointer<UInt8>) {
    @inline(__always) func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
    k.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        var (a0, b0, c0, d0, e0, f0, g0, h0) = (
          state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
        )
        var offset = 0
        while offset + 64 <= blocks.count {
          for i in 0..<16 {
            let at = offset + 4 * i
            w[i] =
              UInt32(blocks[at]) << 24 | UInt32(blocks[at + 1]) << 16 | UInt32(blocks[at + 2]) << 8
              | UInt32(blocks[at + 3])
          }
          for i in 16..<64 {
            let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
          }
          var (a, b, c, d, e, f, g, h) = (a0, b0, c0, d0, e0, f0, g0, h0)
          for i in 0..<64 {
            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
          }
          a0 &+= a
          b0 &+= b
          c0 &+= c
          d0 &+= d
          e0 &+= e
          f0 &+= f
          g0 &+= g
          h0 &+= h
          offset += 64
        }
        state = [a0, b0, c0, d0, e0, f0, g0, h0]
      }
    }
  }
}
