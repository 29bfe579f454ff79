import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of a command in a child process: wall time, CPU time and peak memory, measured by
/// the kernel (`wait4`), so each corpus size is measured on its own and not on top of the last.
public struct ChildRun: Sendable {
  /// Wall-clock seconds from spawn to exit.
  public var wallSeconds: Double
  /// User plus system CPU seconds of the child.
  public var cpuSeconds: Double
  /// The child's peak resident memory in bytes: what it reported through
  /// `PLANGRAPH_PEAK_FILE` (its own high-water mark), else the kernel's `ru_maxrss`, which on
  /// Linux includes the spawning process's size.
  public var peakBytes: Int
  /// The raw wait status (0 for a clean exit 0).
  public var status: Int32

  /// Runs `arguments` (the first is the executable's path) and waits for it.
  public static func run(_ arguments: [String]) -> ChildRun {
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let start = DispatchTime.now().uptimeNanoseconds
    // The child's output is not wanted: only what it costs.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let peakFile = NSTemporaryDirectory() + "plangraph-peak-\(UUID().uuidString)"
    defer { unlink(peakFile) }
    var environment = ProcessInfo.processInfo.environment
    environment["PLANGRAPH_PEAK_FILE"] = peakFile
    let envp = environment.map { strdup("\($0)=\($1)") } + [nil]
    defer { for entry in envp { free(entry) } }
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
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
      peakBytes: (try? String(contentsOfFile: peakFile, encoding: .utf8)).flatMap { Int($0) }
        ?? Int(usage.ru_maxrss) * 1024, status: status)
  }
}
