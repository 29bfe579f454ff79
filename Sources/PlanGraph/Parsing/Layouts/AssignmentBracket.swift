/// Reads assignments written in a bracket or a sentence rather than on field lines.
///
/// Two forms, on normalized text (full-width brackets, colons and commas already ASCII):
/// - inline roles, as the State Council writes them: `国家发展改革委、财政部牵头,各地区、各相关部门
///   按职责分工负责,年内持续推进`: names before 牵头 lead; before 负责, 按职责分工负责, 配合, 参与 or
///   落实 they share; a time phrase is the deadline;
/// - labelled fields: `责任领导:杜新国、丁玲;牵头单位:区发改局;责任单位:区财政局` with `;` or `,`
///   between fields, and `完成时限:` for the deadline.
public enum AssignmentBracket {
  /// What a bracket says: the role spans and the deadline.
  public struct Reading: Hashable, Sendable {
    /// Each role's names as written, in the bracket's order.
    public var spans: [RoleSpan] = []
    /// The completion time, if the bracket gives one.
    public var deadline: String?
  }

  /// A bracket of a line that holds assignments.
  public struct Found: Hashable, Sendable {
    /// The byte offset of `(` in the text.
    public var start: Int
    /// The byte offset just after `)`.
    public var end: Int
    /// What it says.
    public var reading: Reading
  }

  /// Every top-level bracket of `text` that holds assignments, in order: `(…)`, or `【…】` as
  /// some plans write the labelled form.
  public static func brackets(in text: String, line: Int) -> [Found] {
    brackets(inUTF8: Array(text.utf8), line: line)
  }

  /// `brackets(in:line:)` for text given as its UTF-8 bytes.
  static func brackets(inUTF8 bytes: [UInt8], line: Int) -> [Found] {
    var found: [Found] = []
    bytes.withUnsafeBufferPointer { buffer in
      forEachClosingBracket(in: buffer) { bracket in
        guard let open = bracket.open else { return }
        let inside = buffer[(open.offset + open.width)..<bracket.offset]
        let content = String(decoding: UnsafeBufferPointer(rebasing: inside), as: UTF8.self)
        if let reading = read(content, line: line, column: open.offset + open.width + 1) {
          found.append(Found(start: open.offset, end: bracket.end, reading: reading))
        }
      }
    }
    return found
  }

  /// A closing `)` or `】` that closes a top-level bracket, or that closes nothing.
  struct ClosingBracket {
    /// The offset and width of the `(` or `【` it closes at depth 0, or nil when no bracket was
    /// open.
    var open: (offset: Int, width: Int)?
    /// Its own offset.
    var offset: Int
    /// The offset just after it.
    var end: Int
  }

  /// Calls `body` for each closing bracket of `bytes` that closes a top-level bracket or closes
  /// none, in order; brackets nested in others are passed over.
  ///
  /// The one bracket scanner: `brackets(inUTF8:line:)` reads the top-level brackets it finds,
  /// and `InlineReader`'s task bound counts what it finds line by line, which is sound only
  /// because both see the same brackets.
  static func forEachClosingBracket(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (ClosingBracket) -> Void
  ) {
    var depth = 0
    var open = (offset: 0, width: 1)
    var from = 0
    while let bracket = bracket(in: bytes, from: from) {
      from = bracket.end
      if bracket.opens {
        if depth == 0 { open = (bracket.offset, bracket.end - bracket.offset) }
        depth += 1
      } else if depth == 0 {
        body(ClosingBracket(open: nil, offset: bracket.offset, end: bracket.end))
      } else {
        depth -= 1
        if depth == 0 { body(ClosingBracket(open: open, offset: bracket.offset, end: bracket.end)) }
      }
    }
  }

  /// The first `(`, `)`, `【` or `】` of `bytes` at or after `from`: its offset, the offset just
  /// after it, and whether it opens a bracket.
  static func bracket(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (
    offset: Int, end: Int, opens: Bool
  )? {
    guard let index = ByteScan.firstBracketEnd(in: bytes, from: from) else { return nil }
    let byte = bytes[index]
    if byte < 0x80 { return (index, index + 1, byte == Byte.leftParenthesis) }
    return (index - 2, index + 1, byte == 0x90)
  }

  /// Labelled fields that end a line without a bracket: `1.…。牵头领导:X;牵头单位:Y`.
  ///
  /// One pass over the line: a label counts only at the line's start or after `。`, `;` or a
  /// space, and only when a colon follows it.
  /// - Complexity: O(n × labels) in the line's bytes, never quadratic.
  public static func labelledTail(of text: String, line: Int) -> Found? {
    var text = text
    return text.withUTF8 { bytes in
      for start in bytes.indices {
        let afterSentence =
          start == 0 || bytes[start - 1] == Byte.semicolon || bytes[start - 1] == 0x20
          || (start >= 3 && bytes[start - 3] == 0xE3 && bytes[start - 2] == 0x80
            && bytes[start - 1] == 0x82)
        guard afterSentence, label(at: start, in: bytes) != nil else { continue }
        let content = UnsafeBufferPointer(rebasing: bytes[start...])
        guard let reading = labelled(bytes: content, line: line, column: start + 1) else {
          return nil
        }
        return Found(start: start, end: bytes.count, reading: reading)
      }
      return nil
    }
  }

  /// The assignments `content` (a bracket's inside, or a `部门分工:` value) names, or nil
  /// when it names none.
  public static func read(_ content: String, line: Int, column: Int = 1) -> Reading? {
    // Most brackets (`各镇(街道)`, `(试行)`) hold neither a label's colon nor a role word:
    // one scan turns them away before any clause is built.
    guard mayAssign(content) else { return nil }
    if let labelled = labelled(content, line: line, column: column) { return labelled }
    var reading = Reading()
    var offset = 0
    // `区税务局,各街道、乡镇配合`: names before a comma share the role of the clause after it.
    var pending: (text: String, offset: Int)?
    for clause in clauses(of: content) {
      defer { offset += clause.utf8.count + 1 }
      var text = clause
      while let first = text.first, first == " " || first == "由" { text.removeFirst() }
      while let last = text.last, last == "。" || last == " " { text.removeLast() }
      guard !text.isEmpty else { continue }
      if let (role, names) = roleClause(text) {
        let start = pending?.offset ?? offset
        let names = pending.map { $0.text + "," + names } ?? names
        pending = nil
        guard !names.isEmpty else { continue }
        reading.spans.append(RoleSpan(role: role, text: names, line: line, column: column + start))
      } else if DeadlineParser.isDeadline(text) {
        reading.deadline = reading.deadline.map { $0 + "," + text } ?? text
      } else {
        pending = (pending.map { $0.text + "," + text } ?? text, pending?.offset ?? offset)
      }
    }
    return reading.spans.isEmpty ? nil : reading
  }

  /// A word every role ending holds.
  private static let roleWords = NeedleSet(["牵头", "负责", "落实", "配合", "参与", "协助"])

  /// Whether a bracket's inside may name assignments: it holds a label's colon or a role word.
  ///
  /// `read` returns nil for every other.
  static func mayAssign(_ content: String) -> Bool {
    content.withUTF8Bytes(mayAssign(bytes:))
  }

  /// `mayAssign(_:)` on the UTF-8 bytes of whole characters.
  static func mayAssign(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains(Byte.colon) || roleWords.containsAny(in: bytes)
  }

  /// Role words at the end of a clause, longest first, and the role they give.
  private static let roleEndings: [(String, Role)] = [
    ("按职责分工负责", .responsibleUnit), ("按职责分工落实", .responsibleUnit),
    ("按照职责分工负责", .responsibleUnit), ("按职责负责", .responsibleUnit),
    ("分别牵头负责", .leadUnit), ("牵头负责", .leadUnit), ("牵头落实", .leadUnit),
    ("共同牵头", .leadUnit), ("分别牵头", .leadUnit), ("牵头", .leadUnit),
    ("配合落实", .responsibleUnit), ("负责落实", .responsibleUnit), ("分别负责", .responsibleUnit),
    ("共同负责", .responsibleUnit), ("配合", .responsibleUnit), ("参与", .responsibleUnit),
    ("落实", .responsibleUnit), ("协助", .responsibleUnit), ("负责", .responsibleUnit),
  ]

  private static func roleClause(_ clause: String) -> (Role, String)? {
    for (ending, role) in roleEndings where clause.utf8HasSuffix(ending) {
      var names = String(clause.utf8.dropLast(ending.utf8.count))!
      if names.utf8HasSuffix("按职责") { names = String(names.utf8.dropLast(9))! }
      return (role, names)
    }
    return nil
  }

  /// A labelled bracket: `牵头单位:…;责任单位:…`.
  private static func labelled(_ content: String, line: Int, column: Int) -> Reading? {
    var content = content
    return content.withUTF8 { labelled(bytes: $0, line: line, column: column) }
  }

  /// `labelled(_:line:column:)` on the content's UTF-8 bytes.
  ///
  /// A bracket is labelled only when a label opens it: one that does not (most, which name
  /// roles inline) is turned away by its first bytes, before any scan.
  private static func labelled(bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int)
    -> Reading?
  {
    guard !bytes.isEmpty, label(at: 0, in: bytes) != nil else { return nil }
    var starts: [(offset: Int, valueStart: Int, label: BracketLabel)] = []
    var index = 0
    while index < bytes.count {
      // A label counts at the start, or after `,`, `;`, a space or `。`.
      let atBoundary =
        index == 0 || bytes[index - 1] == Byte.comma || bytes[index - 1] == Byte.semicolon
        || bytes[index - 1] == 0x20
        || (index >= 3 && bytes[index - 3] == 0xE3 && bytes[index - 2] == 0x80
          && bytes[index - 1] == 0x82)
      if atBoundary, let label = label(at: index, in: bytes) {
        starts.append((index, index + label.bytes.count + 1, label))
        index += label.bytes.count + 1
        continue
      }
      index += 1
    }
    var reading = Reading()
    for (number, start) in starts.enumerated() {
      var end = number + 1 < starts.count ? starts[number + 1].offset : bytes.count
      // Without the `,`, `;`, `。` and spaces that end it.
      while end > start.valueStart {
        let last = bytes[end - 1]
        if last == Byte.comma || last == Byte.semicolon || last == 0x20 {
          end -= 1
        } else if last == 0x82, end - 3 >= start.valueStart, bytes[end - 3] == 0xE3,
          bytes[end - 2] == 0x80
        {
          end -= 3
        } else {
          break
        }
      }
      guard end > start.valueStart else { continue }
      let value = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start.valueStart..<end]), as: UTF8.self)
      switch start.label.meaning {
      case .role(let role):
        reading.spans.append(
          RoleSpan(role: role, text: value, line: line, column: column + start.valueStart))
      case .deadline:
        reading.deadline = value
      }
    }
    return reading.spans.isEmpty ? nil : reading
  }

  /// The first label of `BracketLabel.all` that starts at `index` of `bytes` with a colon
  /// right after it.
  private static func label(at index: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> BracketLabel?
  {
    // Every label starts with a Chinese character.
    guard bytes[index] >= 0xE0, let base = bytes.baseAddress else { return nil }
    return BracketLabel.all.first { label in
      let count = label.bytes.count
      return index + count < bytes.count && base[index + count] == Byte.colon
        && ByteScan.equal(base + index, label.bytes, count: count)
    }
  }

  /// Splits at top-level `,` and `;`.
  private static func clauses(of content: String) -> [String] {
    var content = content
    return content.withUTF8 { bytes in
      var clauses: [String] = []
      var depth = 0
      var start = 0
      for index in bytes.indices {
        let byte = bytes[index]
        if byte == Byte.leftParenthesis { depth += 1 }
        if byte == Byte.rightParenthesis { depth = max(0, depth - 1) }
        if depth == 0 && (byte == Byte.comma || byte == Byte.semicolon) {
          clauses.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
          start = index + 1
        }
      }
      clauses.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return clauses
    }
  }
}

/// A label inside a bracket or on a hybrid line, and what its value is.
struct BracketLabel: Sendable {
  enum Meaning: Sendable {
    case role(Role)
    case deadline
  }

  var text: String
  var meaning: Meaning
  var bytes: [UInt8]

  init(text: String, meaning: Meaning) {
    self.text = text
    self.meaning = meaning
    bytes = Array(text.utf8)
  }

  /// Role labels of field lines, the hybrid plans' leader labels, and deadline labels.
  static let all: [BracketLabel] =
    (FieldLabel.all + FieldLabel.hybridLeaders).map {
      BracketLabel(text: $0.text, meaning: .role($0.role))
    }
    + DeadlineLabel.all.map { BracketLabel(text: $0, meaning: .deadline) }
}

/// The labels of a completion time.
///
/// The document terms are 完成时限, 时间节点 and 完成时间.
enum DeadlineLabel {
  static let all = ["完成时限", "完成时间", "时间节点", "时限要求", "时间要求", "时限"]
}
