import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes one file in pieces as its rows arrive, under a temporary name until `commit()`.
///
/// A corpus table is too large to build in memory, so it is appended to a hidden temporary
/// file beside its final path and renamed into place only when the run has written all of it:
/// a reader never sees half a file, and a run that fails or is killed leaves the earlier file
/// as it was. An uncommitted writer removes its temporary file when it is discarded.
///
/// Bytes reach the disk in blocks of `blockSize`. Once a file has filled one block it is a
/// large file (the tables of a corpus export run to gigabytes), and on Linux its blocks are
/// written with `O_DIRECT`, straight from the page-aligned block to the disk, past the
/// kernel's page cache: copying gigabytes into the page cache cost the kernel more CPU time
/// than the disk took (3 GB: 4.8–11.7 s of kernel time through the cache, 0.5 s direct, on
/// the development machine). The tail, shorter than a block, goes through the cache. Where
/// the file system refuses direct writes (tmpfs, some network file systems) every block
/// goes through the cache.
public final class StreamingFileWriter {
  /// The path the file takes when committed.
  public let path: String
  /// The bytes written so far.
  public private(set) var byteCount = 0
  /// Whether any block went to the disk directly, past the page cache.
  public private(set) var wroteDirectly = false
  /// The SHA-256 of the bytes written so far.
  public var sha256: String { hasher.hexDigest() }
  /// The size of the blocks the file is written in, a multiple of any disk's sector size.
  public static let blockSize = 1 << 20
  private var hasher = SHA256()
  private let temporaryPath: String
  private var descriptor: Int32
  /// The block being filled, page-aligned as direct writes need.
  private let block: UnsafeMutableRawPointer
  private var filled = 0
  /// Whether to try direct writes when the next whole block is written.
  private var mayWriteDirectly = true
  /// Whether the descriptor has direct writes on now.
  private var isDirect = false

  /// Opens a temporary file for `path`, creating missing folders.
  /// - Throws: `PlanGraphError.unwritable` when the folder or the file cannot be created.
  public init(path: String) throws(PlanGraphError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: path, reason: AtomicFileWriter.reason(error))
    }
    temporaryPath =
      folder.appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
      ).path
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
    block = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 4096)
  }

  deinit {
    discard()
    block.deallocate()
  }

  /// Appends `bytes`; they reach the disk in blocks of `blockSize`.
  /// - Throws: `PlanGraphError.unwritable` when the disk refuses them.
  public func append(_ bytes: some Sequence<UInt8>) throws(PlanGraphError) {
    let copied = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(PlanGraphError) in try append(UnsafeRawBufferPointer(buffer)) }
    }
    if let copied { return try copied.get() }
    let array = Array(bytes)
    try array.withUnsafeBytes { raw in Result { () throws(PlanGraphError) in try append(raw) } }
      .get()
  }

  /// Writes what is buffered, closes the file and renames it over `path`.
  /// - Throws: `PlanGraphError.unwritable`; the temporary file is removed.
  public func commit() throws(PlanGraphError) {
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: "already closed") }
    // The tail is shorter than a block, so it cannot go directly.
    if filled > 0 { try writeBlock(directly: false) }
    let closed = close(descriptor)
    descriptor = -1
    if closed != 0 || rename(temporaryPath, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw .unwritable(path: path, reason: reason)
    }
  }

  /// Closes and removes the temporary file, leaving `path` as it was.
  public func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporaryPath)
  }

  private func append(_ bytes: UnsafeRawBufferPointer) throws(PlanGraphError) {
    var offset = 0
    while offset < bytes.count {
      let count = min(Self.blockSize - filled, bytes.count - offset)
      (block + filled).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
      filled += count
      offset += count
      if filled == Self.blockSize { try writeBlock(directly: true) }
    }
  }

  /// Writes the block's `filled` bytes at the end of the file, directly if asked and allowed.
  private func writeBlock(directly: Bool) throws(PlanGraphError) {
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: "already closed") }
    let bytes = UnsafeBufferPointer(start: block.assumingMemoryBound(to: UInt8.self), count: filled)
    hasher.update(bytes)
    let wanted = directly && mayWriteDirectly
    if wanted != isDirect {
      if Self.setDirect(descriptor, wanted) {
        isDirect = wanted
      } else {
        mayWriteDirectly = false
      }
    }
    var offset = 0
    while offset < filled {
      let written = write(descriptor, block + offset, filled - offset)
      if written < 0 {
        if errno == EINTR { continue }
        // A file system may take the flag and still refuse the write: the block then goes
        // through the page cache, as all later ones do.
        if errno == EINVAL && isDirect {
          try writeThroughCache()
          continue
        }
        let reason = String(cString: strerror(errno))
        discard()
        throw .unwritable(path: path, reason: reason)
      }
      if isDirect && written > 0 { wroteDirectly = true }
      offset += written
      // A short direct write leaves the rest unaligned.
      if offset < filled && isDirect { try writeThroughCache() }
    }
    byteCount += filled
    filled = 0
  }

  /// Turns direct writes off for good.
  private func writeThroughCache() throws(PlanGraphError) {
    mayWriteDirectly = false
    guard Self.setDirect(descriptor, false) else {
      let reason = String(cString: strerror(errno))
      discard()
      throw .unwritable(path: path, reason: reason)
    }
    isDirect = false
  }

  /// Turns direct writes on or off for `descriptor`; whether that succeeded.
  private static func setDirect(_ descriptor: Int32, _ on: Bool) -> Bool {
    #if os(Linux)
      guard let direct = directFlag else { return !on }
      let flags = fcntl(descriptor, F_GETFL)
      guard flags >= 0 else { return false }
      return fcntl(descriptor, F_SETFL, on ? flags | direct : flags & ~direct) == 0
    #else
      return !on
    #endif
  }

  /// Linux's `O_DIRECT`, which Glibc's Swift module leaves out (it is declared only under
  /// `_GNU_SOURCE`); its value is fixed by each architecture's system-call interface.
  private static var directFlag: Int32? {
    #if arch(x86_64) || arch(i386)
      return 0o40000
    #elseif arch(arm64) || arch(arm)
      return 0o200000
    #else
      return nil
    #endif
  }
}
