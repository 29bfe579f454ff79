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
public final class StreamingFileWriter {
  /// The path the file takes when committed.
  public let path: String
  /// The bytes written so far.
  public private(set) var byteCount = 0
  /// The SHA-256 of the bytes written so far.
  public var sha256: String { hasher.hexDigest() }
  private var hasher = SHA256()
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private static let flushSize = 1 << 20

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
    buffer.reserveCapacity(Self.flushSize * 2)
  }

  deinit { discard() }

  /// Appends `bytes`; they reach the disk in large blocks.
  /// - Throws: `PlanGraphError.unwritable` when the disk refuses them.
  public func append(_ bytes: some Sequence<UInt8>) throws(PlanGraphError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushSize { try flush() }
  }

  /// Writes what is buffered, closes the file and renames it over `path`.
  /// - Throws: `PlanGraphError.unwritable`; the temporary file is removed.
  public func commit() throws(PlanGraphError) {
    try flush()
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: "already closed") }
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

  private func flush() throws(PlanGraphError) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        discard()
        throw .unwritable(path: path, reason: reason)
      }
      offset += written
    }
    byteCount += buffer.count
    hasher.update(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
