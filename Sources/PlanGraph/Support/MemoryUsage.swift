import Foundation

#if canImport(Glibc)
  import CMalloc
#endif

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

  /// Asks the C allocator to keep freed memory for the next allocation instead of handing it
  /// back to the system; the CLI and the benchmark's export call it once, at the start.
  ///
  /// A corpus export allocates and frees each plan's buffers, some of hundreds of kilobytes,
  /// thousands of times. By default glibc maps a buffer that large to fresh pages of its own
  /// and returns a free heap top larger than 128 kB to the system, so the same memory is
  /// faulted in and zeroed by the kernel again plan after plan. Here buffers up to 32 MB come
  /// from the heap, and the heap is trimmed only when 256 MB at its top are free. A 3,000-plan
  /// export (four alternating pairs of runs) took 23,000–25,000 page faults instead of
  /// 56,000–68,000, 2.5% less CPU and 3% less wall time, with the same peak memory. Elsewhere
  /// than glibc it does nothing.
  public static func keepFreedMemoryForReuse() {
    #if canImport(Glibc)
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
    #endif
  }
}
