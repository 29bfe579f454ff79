import Foundation

/// Writes files so that a reader never sees half of one: write a temporary file beside the
/// target, then rename it over the target.
public enum AtomicFileWriter {
  /// Writes `text` as UTF-8 to `path`, creating missing folders.
  /// - Throws: `PlanGraphError.unwritable`.
  public static func write(_ text: String, to path: String) throws(PlanGraphError) {
    try write(Data(text.utf8), to: path)
  }

  /// Writes `data` to `path`, creating missing folders.
  /// - Throws: `PlanGraphError.unwritable`.
  public static func write(_ data: Data, to path: String) throws(PlanGraphError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let temporary = folder.appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
      try data.write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw PlanGraphError.unwritable(path: path, reason: reason)
      }
    } catch let error as PlanGraphError {
      throw error
    } catch {
      throw .unwritable(path: path, reason: reason(error))
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
}
