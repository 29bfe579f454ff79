import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader never sees half of one: write a temporary file beside the
/// target, then rename it over the target.
///
/// The rename makes a file whole or absent to any reader and to a run that fails or is
/// killed. Like `StreamingFileWriter`, it does not `fsync`: a power cut in the seconds after a
/// run can still lose what the kernel had not yet written, and a corpus export writes
/// thousands of small files, each of which an `fsync` would make wait for the disk.
public enum AtomicFileWriter {
  /// Writes `text` as UTF-8 to `path`, creating missing folders.
  /// - Throws: `PlanGraphError.unwritable`.
  public static func write(_ text: String, to path: String) throws(PlanGraphError) {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `data` to `path`, creating missing folders.
  /// - Throws: `PlanGraphError.unwritable`.
  public static func write(_ data: Data, to path: String) throws(PlanGraphError) {
    try write([UInt8](data), to: path)
  }

  /// Writes `bytes` to `path`, creating missing folders.
  /// - Throws: `PlanGraphError.unwritable`; no temporary file is left behind.
  public static func write(_ bytes: [UInt8], to path: String) throws(PlanGraphError) {
    let temporary = temporaryPath(for: path)
    var descriptor = create(temporary)
    if descriptor < 0 && errno == ENOENT {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw .unwritable(path: path, reason: reason(error))
      }
      descriptor = create(temporary)
    }
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: lastError()) }
    var failure = writeAll(bytes, to: descriptor)
    if close(descriptor) != 0, failure == nil { failure = lastError() }
    if failure == nil, rename(temporary, path) != 0 { failure = lastError() }
    if let failure {
      unlink(temporary)
      throw .unwritable(path: path, reason: failure)
    }
  }

  /// A short reason for a Foundation error: the POSIX error's text where there is one.
  public static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let posix = underlying, posix.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(posix.code)))
    }
    return error.localizedDescription
  }

  /// The hidden name beside `path` that the file is written under before the rename.
  private static func temporaryPath(for path: String) -> String {
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
    return "\(folder).\(name).\(getpid()).tmp"
  }

  private static func create(_ path: String) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  }

  /// Writes all of `bytes`, retrying short and interrupted writes; the error's text, if any.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    bytes.withUnsafeBytes { raw -> String? in
      var offset = 0
      while offset < raw.count {
        let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return lastError()
        }
        offset += written
      }
      return nil
    }
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The C library's `write`, which the writer's own `write` methods hide inside its scope.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
