/// A finding about an input: where it is, how serious, a stable code and a message.
///
/// Parsers return diagnostics next to the model instead of throwing, so that one damaged
/// task never hides the other hundred and fifty. The `code` values are the ones written to
/// `diagnostics.csv` and are stable across releases.
public struct Diagnostic: Codable, Hashable, Sendable {
  /// How serious a diagnostic is.
  public enum Severity: String, Codable, Hashable, Sendable, Comparable, CaseIterable {
    /// Worth knowing; the model is complete.
    case note
    /// Something was guessed or may be wrong in the input; the model is usable.
    case warning
    /// Part of the input could not be read into the model.
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    /// Orders note < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A stable identifier for a kind of diagnostic, such as `task-without-fields`.
  ///
  /// Each code is declared in an extension in the file that emits it.
  public struct Code: RawRepresentable, Codable, Hashable, Sendable, Comparable,
    CustomStringConvertible
  {
    /// The code as written in `diagnostics.csv`.
    public var rawValue: String

    /// Creates a code from its spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code from its spelling.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The code's spelling.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(rawValue)
    }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
      rawValue = try decoder.singleValueContainer().decode(String.self)
    }
  }

  /// Where the finding is.
  public var location: SourceLocation
  /// How serious it is.
  public var severity: Severity
  /// Its stable code.
  public var code: Code
  /// One sentence saying what was found and, where possible, what to do.
  public var message: String
  /// Further detail, one sentence each.
  public var notes: [String]

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ code: Code, _ message: String, at location: SourceLocation,
    notes: [String] = []
  ) {
    self.location = location
    self.severity = severity
    self.code = code
    self.message = message
    self.notes = notes
  }

  /// The diagnostic as a compiler would print it: `file:line:col: severity: message [code]`;
  /// `file.docx:¶214: …` or `file.xlsx:Sheet1!C7: …` where the file names its places.
  public var formatted: String {
    let position =
      location.place ?? "\(location.line):\(location.column)"
    return "\(location.file):\(position): \(severity.rawValue): \(message) [\(code)]"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }
}
