/// One option a command accepts.
struct OptionSpec: Sendable {
  /// The long name without dashes, such as `out`.
  var name: String
  /// A one-letter short name, if any.
  var short: Character?
  /// The value's placeholder in help (`DIR`), or nil for a flag that takes no value.
  var valueName: String?
  /// What the option does, one line.
  var help: String
  /// Whether the option may be given more than once.
  var repeatable = false

  /// A flag (no value).
  static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, valueName: nil, help: help)
  }

  /// An option with a value.
  static func value(
    _ name: String, _ valueName: String, short: Character? = nil, help: String,
    repeatable: Bool = false
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, valueName: valueName, help: help, repeatable: repeatable)
  }
}

/// What a command looks like: its name, what it does, its arguments and options.
struct CommandSpec: Sendable {
  var name: String
  var summary: String
  var arguments: String
  var discussion: String
  var options: [OptionSpec]
  var examples: [String]
}
