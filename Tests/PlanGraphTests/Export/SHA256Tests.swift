import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("SHA-256")
struct SHA256Tests {
  @Test("FIPS 180-2 test vectors, fed whole and in pieces")
  func vectors() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(
      SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    var million = SHA256()
    for _ in 0..<1000 { million.update([UInt8](repeating: 0x61, count: 1000)) }
    #expect(
      million.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    // Pieces that straddle blocks, and a collection without contiguous storage.
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
    var pieces = SHA256()
    var start = 0
    for size in [1, 7, 63, 65, 64, 128, 3] + Array(repeating: 100, count: 6) + [69] {
      pieces.update(bytes[start..<(start + size)])
      start += size
    }
    #expect(start == bytes.count)
    #expect(pieces.hexDigest() == SHA256.hex(bytes))
    var lazy = SHA256()
    lazy.update(repeatElement(UInt8(0x61), count: 1_000_000))
    #expect(lazy.hexDigest() == million.hexDigest())
  }
}
