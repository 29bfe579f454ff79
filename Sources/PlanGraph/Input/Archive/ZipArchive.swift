import CZlib

/// A zip archive read from memory: the container of Word `.docx` and Excel `.xlsx` files.
///
/// Reads the central directory (APPNOTE 4.3.16, 4.3.12) and each entry through its local
/// header; entries are stored (method 0) or deflated (method 8, inflated by the system zlib).
/// Every size and offset is checked against the bytes there are, each entry's CRC-32 against
/// its contents, and the inflated total is capped (`limit`: 200 times the archive, at most
/// 512 MB) so a zip bomb stops with an error instead of filling memory. ZIP64, encryption and
/// other compression methods are refused with a clear reason.
public struct ZipArchive: Sendable {
  /// One file in the archive.
  public struct Entry: Sendable, Hashable {
    /// Its path inside the archive (`word/document.xml`).
    public var name: String
    /// 0 stored, 8 deflated.
    var method: UInt16
    var flags: UInt16
    var crc: UInt32
    var compressedSize: Int
    /// Its size unpacked, as the directory declares it.
    public var size: Int
    var localHeaderOffset: Int
  }

  /// The entries in directory order.
  public private(set) var entries: [Entry] = []
  /// The most bytes all entries read may inflate to.
  public let limit: Int
  /// The file the archive was read from, named in errors.
  public let path: String
  private let bytes: [UInt8]
  private var inflated = 0

  /// Reads the directory of the archive in `bytes` (read from `path`, named in errors).
  /// - Throws: `PlanGraphError.damagedArchive` when the directory cannot be read.
  public init(bytes: [UInt8], path: String) throws(PlanGraphError) {
    self.bytes = bytes
    self.path = path
    limit = min(max(bytes.count, 1) * 200, 512 << 20)
    guard let end = Self.endOfDirectory(in: bytes) else {
      throw .damagedArchive(
        path: path, reason: "no zip directory at the end of the file (truncated?)")
    }
    let count = Int(u16(end + 10))
    let size = Int(u32(end + 12))
    let offset = Int(u32(end + 16))
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF
      || (end >= 20 && u32(end - 20) == 0x0706_4B50)
    {
      throw .damagedArchive(path: path, reason: "a ZIP64 archive (over 4 GB or 65,535 files)")
    }
    guard offset + size <= end else {
      throw .damagedArchive(path: path, reason: "the zip directory points past the file's end")
    }
    var cursor = offset
    for _ in 0..<count {
      guard cursor + 46 <= end, u32(cursor) == 0x0201_4B50 else {
        throw .damagedArchive(path: path, reason: "a damaged zip directory entry")
      }
      let nameLength = Int(u16(cursor + 28))
      let extraLength = Int(u16(cursor + 30))
      let commentLength = Int(u16(cursor + 32))
      guard cursor + 46 + nameLength <= end else {
        throw .damagedArchive(path: path, reason: "a zip directory entry runs past its end")
      }
      let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
      entries.append(
        Entry(
          name: name, method: u16(cursor + 10), flags: u16(cursor + 8), crc: u32(cursor + 16),
          compressedSize: Int(u32(cursor + 20)), size: Int(u32(cursor + 24)),
          localHeaderOffset: Int(u32(cursor + 42))))
      cursor += 46 + nameLength + extraLength + commentLength
    }
  }

  /// The entry named `name`, if the archive has it.
  public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

  /// The unpacked contents of `entry`.
  /// - Throws: `PlanGraphError.damagedArchive` for a damaged, encrypted or oversized entry.
  public mutating func contents(of entry: Entry) throws(PlanGraphError) -> [UInt8] {
    func fail(_ reason: String) -> PlanGraphError {
      .damagedArchive(path: path, reason: "\(entry.name): \(reason)")
    }
    if entry.flags & 1 != 0 { throw fail("encrypted (save it again without a password)") }
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
      throw fail("its local header is missing (truncated or damaged file)")
    }
    let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
    guard start + entry.compressedSize <= bytes.count else {
      throw fail("its data runs past the end of the file (truncated?)")
    }
    guard entry.size <= limit - inflated else {
      throw fail(
        "it would unpack to \(entry.size) bytes, more than the \(limit) allowed for this file")
    }
    let data = bytes[start..<(start + entry.compressedSize)]
    let output: [UInt8]
    switch entry.method {
    case 0:
      output = Array(data)
    case 8:
      guard let result = Self.inflate(data, expected: entry.size) else {
        throw fail("its deflated data is damaged or larger than declared")
      }
      output = result
    default:
      throw fail("compression method \(entry.method) is not supported (only stored and deflate)")
    }
    guard output.count == entry.size else { throw fail("its size differs from the directory's") }
    let crc = output.withUnsafeBufferPointer { buffer in
      UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
    guard crc == entry.crc else { throw fail("its CRC-32 does not match (damaged file)") }
    inflated += output.count
    return output
  }

  /// The contents of the entry named `name`, or nil when there is none.
  public mutating func contents(named name: String) throws(PlanGraphError) -> [UInt8]? {
    guard let entry = entry(name) else { return nil }
    return try contents(of: entry)
  }

  /// Raw deflate data inflated to at most `expected` bytes; nil if it is damaged or longer.
  private static func inflate(_ data: ArraySlice<UInt8>, expected: Int) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { return nil }
    defer { inflateEnd(&stream) }
    // One byte of room beyond the declared size, so that more data shows as an error.
    var output = [UInt8](repeating: 0, count: expected + 1)
    var input = Array(data)
    let status = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        return CZlib.inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END, Int(stream.total_out) <= expected else { return nil }
    output.removeLast(output.count - Int(stream.total_out))
    return output
  }

  /// The offset of the end-of-central-directory record, searched from the end.
  private static func endOfDirectory(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    let lowest = max(0, bytes.count - 22 - 65_535)
    var index = bytes.count - 22
    while index >= lowest {
      if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05,
        bytes[index + 3] == 0x06
      {
        return index
      }
      index -= 1
    }
    return nil
  }

  private func u16(_ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private func u32(_ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
