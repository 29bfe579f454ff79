/// The subcommands of `plangraph`, in the order help lists them.
enum Subcommand: CaseIterable {
  case parse
  case check
  case export
  case load
  case network
  case targets
  case compare
  case report

  var spec: CommandSpec {
    switch self {
    case .parse: ParseCommand.spec
    case .check: CheckCommand.spec
    case .export: ExportCommand.spec
    case .load: LoadCommand.spec
    case .network: NetworkCommand.spec
    case .targets: TargetsCommand.spec
    case .compare: TargetsCommand.compareSpec
    case .report: ReportCommand.spec
    }
  }

  func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    switch self {
    case .parse: try ParseCommand.run(arguments)
    case .check: try CheckCommand.run(arguments)
    case .export: try ExportCommand.run(arguments)
    case .load: try LoadCommand.run(arguments)
    case .network: try NetworkCommand.run(arguments)
    case .targets: try TargetsCommand.listTargets(arguments)
    case .compare: try TargetsCommand.compare(arguments)
    case .report: try ReportCommand.run(arguments)
    }
  }

  static func named(_ name: String) -> Subcommand? { allCases.first { $0.spec.name == name } }
}
