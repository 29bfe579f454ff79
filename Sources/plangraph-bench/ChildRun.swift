import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of a command in a child process: wall time, CPU time and peak memory, measured by
/// the kernel (`wait4`), so each corpus size is measured on its own and not on top of the last.
struct ChildRun {
  var wallSeconds: Double
  var cpuSeconds: Double
  var peakBytes: Int
  var status: Int32

  /// Runs `arguments` (the first is the executable's path) and waits for it.
  static func run(_ arguments: [String]) -> ChildRun {
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, arguments[0], nil, nil, argv, environ)
    guard spawned == 0 else {
      return ChildRun(wallSeconds: 0, cpuSeconds: 0, peakBytes: 0, status: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return ChildRun(
      wallSeconds: wall, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
      // Linux reports ru_maxrss in kilobytes.
      peakBytes: Int(usage.ru_maxrss) * 1024, status: status)
  }
}
