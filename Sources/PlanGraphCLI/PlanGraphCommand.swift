import Foundation
import PlanGraph

/// The `plangraph` tool: dispatches to a subcommand and maps its outcome to an exit status.
@main
enum PlanGraphCommand {
  static let commands = Subcommand.allCases

  static let overview = """
    OVERVIEW: PlanGraph turns Chinese government task-assignment plans and work reports into data.

    USAGE: plangraph <subcommand> INPUTS... [options]

    SUBCOMMANDS:
    \(commands.map { "  " + $0.spec.name.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.spec.summary }.joined(separator: "\n"))

    See 'plangraph <subcommand> --help' for the options of each.

    """

  static func main() {
    MemoryUsage.keepFreedMemoryForReuse()
    let status = run(Array(CommandLine.arguments.dropFirst()))
    MemoryUsage.reportPeakIfAsked()
    exit(status.rawValue)
  }

  static func run(_ arguments: [String]) -> ExitCode {
    guard let name = arguments.first else {
      Console.error(overview)
      return .usage
    }
    if name == "--help" || name == "-h" || name == "help" {
      if arguments.count > 1, let command = Subcommand.named(arguments[1]) {
        Console.out(UsageText.help(for: command.spec))
      } else {
        Console.out(overview)
      }
      return .success
    }
    guard let command = Subcommand.named(name) else {
      var message = "error: unknown subcommand '\(name)'"
      if let near = EditDistance.closest(to: name, in: commands.map(\.spec.name)) {
        message += "; did you mean '\(near)'?"
      }
      Console.error(message + "\n\n" + overview)
      return .usage
    }
    let parsed: ParsedArguments
    do {
      parsed = try ArgumentScanner.scan(Array(arguments.dropFirst()), for: command.spec)
    } catch {
      return usage(error.message, for: command.spec)
    }
    if parsed.flag("help") {
      Console.out(UsageText.help(for: command.spec))
      return .success
    }
    do {
      return try command.run(parsed)
    } catch {
      switch error {
      case .usage(let message):
        return usage(message, for: command.spec)
      case .failed(let message):
        Console.error("error: \(message)")
        return .failure
      case .unwritable(let message):
        Console.error("error: \(message)")
        return .unwritable
      }
    }
  }

  private static func usage(_ message: String, for spec: CommandSpec) -> ExitCode {
    Console.error(
      "error: \(message)\nUsage: plangraph \(spec.name) \(spec.arguments)\n"
        + "  See 'plangraph \(spec.name) --help'.")
    return .usage
  }
}
