import Foundation

/// Renders help text for commands.
enum UsageText {
  static func help(for spec: CommandSpec) -> String {
    var text = "OVERVIEW: \(spec.summary)\n\nUSAGE: plangraph \(spec.name) \(spec.arguments)\n"
    if !spec.discussion.isEmpty { text += "\n\(spec.discussion)\n" }
    text += "\nOPTIONS:\n"
    let rows =
      spec.options.map { option -> (String, String) in
        var left = "--\(option.name)"
        if let short = option.short { left = "-\(short), " + left }
        if let value = option.valueName { left += " \(value)" }
        return (left, option.help)
      } + [("-h, --help", "Show help for this command.")]
    let width = (rows.map(\.0.count).max() ?? 0) + 2
    for (left, right) in rows {
      text += "  " + left.padding(toLength: width, withPad: " ", startingAt: 0) + right + "\n"
    }
    if !spec.examples.isEmpty {
      text += "\nEXAMPLES:\n" + spec.examples.map { "  \($0)" }.joined(separator: "\n") + "\n"
    }
    return text + exitStatus
  }

  /// The exit statuses every command shares (`ExitCode`).
  static let exitStatus = """

    EXIT STATUS:
      0  every input read and every output written
      1  at least one input could not be read or had errors (with --strict, warnings too);
         the other inputs are still read and written
      2  the command was called wrongly
      3  an output could not be written (--out is not a folder, not writable, disk full)

    """
}
