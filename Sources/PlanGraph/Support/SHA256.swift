import CCrypto
import Foundation

/// SHA-256 (FIPS 180-4), for the checksums in `manifest.json`.
///
/// Foundation on Linux has no digest API and the package takes no dependencies, so this is the
/// system's OpenSSL libcrypto (`libssl-dev`, through the `CCrypto` system library), fed
/// incrementally: `update(_:)` as bytes arrive, `hexDigest()` at the end. libcrypto uses the
/// processor's SHA instructions where it has them: a corpus export checksums every byte it
/// writes, gigabytes for a national corpus, and a portable Swift loop ran at about a tenth of
/// that speed.
public struct SHA256: @unchecked Sendable {
  // A plain C struct of integers: copying it copies the hash state, as a value type should.
  private var context = SHA256_CTX()

  /// A hasher with nothing fed yet.
  public init() { SHA256_Init(&context) }

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
    let direct: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      _ = SHA256_Update(&context, buffer.baseAddress, buffer.count)
    }
    if direct == nil {
      Array(bytes).withUnsafeBufferPointer { buffer in
        _ = SHA256_Update(&context, buffer.baseAddress, buffer.count)
      }
    }
  }

  /// The digest of everything fed, as 64 lowercase hex digits.
  public func hexDigest() -> String {
    var copy = context
    var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    _ = SHA256_Final(&digest, &copy)
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
