/// The arguments of one command after scanning.
struct ParsedArguments {
  var flags: Set<String> = []
  var values: [String: [String]] = [:]
  var positionals: [String] = []

  func flag(_ name: String) -> Bool { flags.contains(name) }
  func value(_ name: String) -> String? { values[name]?.last }
  func values(of name: String) -> [String] { values[name] ?? [] }
}

/// A mistake in how a command was called; the tool exits with status 2.
struct UsageError: Error, CustomStringConvertible {
  var message: String
  var command: String?
  var description: String { message }
}

/// Scans `--name value`, `--name=value`, `-n value`, flags, `--` and positionals.
enum ArgumentScanner {
  static func scan(_ arguments: [String], for spec: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    func option(named name: String) throws(UsageError) -> OptionSpec {
      if let option = spec.options.first(where: { $0.name == name }) { return option }
      let names = spec.options.map(\.name) + ["help"]
      var message = "unknown option '--\(name)' for '\(spec.name)'"
      if let near = EditDistance.closest(to: name, in: names) {
        message += "; did you mean '--\(near)'?"
      }
      throw UsageError(message: message, command: spec.name)
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inline: String?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
      } else {
        let letter = argument.dropFirst()
        guard letter.count == 1, let spec = spec.options.first(where: { $0.short == letter.first })
        else {
          if argument == "-h" {
            parsed.flags.insert("help")
            continue
          }
          throw UsageError(
            message: "unknown option '\(argument)' for '\(spec.name)'", command: spec.name)
        }
        name = spec.name
      }
      if name == "help" {
        parsed.flags.insert("help")
        continue
      }
      let spec = try option(named: name)
      guard spec.valueName != nil else {
        if inline != nil {
          throw UsageError(message: "'--\(name)' takes no value", command: nil)
        }
        parsed.flags.insert(name)
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError(message: "'--\(name)' needs a value (\(spec.valueName!))", command: nil)
      }
      parsed.values[name, default: []].append(value)
    }
    return parsed
  }
}

/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where !b.isEmpty {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }

  /// The candidate within distance 2 of `word`, if one is.
  static func closest(to word: String, in candidates: [String]) -> String? {
    candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
  }
}
