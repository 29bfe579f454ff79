/// The subcommands of `plangraph`, in the order help lists them.
enum Subcommand: CaseIterable {
  case parse
  case check
  case export

  var spec: CommandSpec {
    switch self {
    case .parse: ParseCommand.spec
    case .check: CheckCommand.spec
    case .export: ExportCommand.spec
    }
  }

  func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    switch self {
    case .parse: try ParseCommand.run(arguments)
    case .check: try CheckCommand.run(arguments)
    case .export: try ExportCommand.run(arguments)
    }
  }

  static func named(_ name: String) -> Subcommand? { allCases.first { $0.spec.name == name } }
}
