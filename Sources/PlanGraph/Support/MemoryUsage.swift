import Foundation

/// This process's peak memory, for the benchmark and the linear-cost checks.
public enum MemoryUsage {
  /// The peak resident memory of this process image, in bytes.
  ///
  /// On Linux this is `VmHWM` from `/proc/self/status`: the high-water mark of this program's
  /// own memory. `getrusage`'s `ru_maxrss` is not used there because a process started by
  /// `posix_spawn` inherits its parent's resident size in it.
  public static func peakResidentBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    {
      let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return kilobytes * 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
  }

  /// Resets the peak to the current resident size, so the next `peakResidentBytes()` tells
  /// the peak of what runs in between (Linux's `/proc/self/clear_refs`; elsewhere nothing).
  public static func resetPeak() {
    if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
      handle.write(Data("5".utf8))
      try? handle.close()
    }
  }

  /// Writes the peak to the file `PLANGRAPH_PEAK_FILE` names, if the environment sets it; the
  /// benchmark and the linear-cost tests set it for the processes they measure.
  public static func reportPeakIfAsked() {
    guard let path = ProcessInfo.processInfo.environment["PLANGRAPH_PEAK_FILE"] else { return }
    try? String(peakResidentBytes()).write(toFile: path, atomically: true, encoding: .utf8)
  }
}
