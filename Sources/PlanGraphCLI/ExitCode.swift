/// The tool's exit statuses, in one place.
enum ExitCode: Int32 {
  /// Everything worked; warnings may have been printed.
  case success = 0
  /// Errors were found in the input, or nothing useful could be produced.
  case failure = 1
  /// The command was called wrongly.
  case usage = 2
  /// An output could not be written (not a folder, not writable, disk full).
  case unwritable = 3
}
