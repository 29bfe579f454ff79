/// Writes a document as one compact JSON line, byte for byte what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes for its `Codable` form, about ten times
/// faster: `model.json` is the largest file of an export.
///
/// Keys are written in sorted order by hand; a test compares every bundled fixture's line with
/// `JSONEncoder`'s, so a field added to the model and not here fails it.
struct ModelJSONWriter: ~Copyable {
  private var bytes: ByteSink

  init(capacity: Int = 4096) { bytes = ByteSink(capacity: capacity) }

  /// The JSON written so far, then a line break.
  mutating func line() -> [UInt8] {
    bytes.append(0x0A)
    return bytes.array
  }

  mutating func write(_ document: Document) {
    open()
    key("diagnostics", first: true)
    array(document.diagnostics) { $0.write($1) }
    key("encoding")
    string(document.encoding.rawValue)
    key("id")
    string(document.id)
    key("kind")
    string(document.kind.rawValue)
    key("metadata")
    write(document.metadata)
    if let plan = document.plan {
      key("plan")
      write(plan)
    }
    if let script = document.script {
      key("script")
      string(script.rawValue)
    }
    key("source")
    string(document.source)
    key("targets")
    array(document.targets) { $0.write($1) }
    close()
  }

  private mutating func write(_ metadata: DocumentMetadata) {
    var first = true
    open()
    optional("documentNumber", metadata.documentNumber, &first) { $0.string($1) }
    optional("issuedOn", metadata.issuedOn, &first) { $0.string($1) }
    key("jurisdiction", first: first)
    string(metadata.jurisdiction)
    optional("jurisdictionCode", metadata.jurisdictionCode) { $0.string($1) }
    optional("level", metadata.level) { $0.string($1.rawValue) }
    optional("parentJurisdiction", metadata.parentJurisdiction) { $0.string($1) }
    key("title")
    string(metadata.title)
    optional("year", metadata.year) { $0.integer($1) }
    close()
  }

  private mutating func write(_ plan: TaskPlan) {
    var first = true
    open()
    optional("layout", plan.layout, &first) { $0.string($1.rawValue) }
    key("sections", first: first)
    array(plan.sections) { $0.write($1) }
    key("tasks")
    array(plan.tasks) { $0.write($1) }
    close()
  }

  private mutating func write(_ section: Section) {
    open()
    key("line", first: true)
    integer(section.line)
    key("number")
    integer(section.number)
    key("subsections")
    array(section.subsections) { $0.write($1) }
    key("title")
    string(section.title)
    close()
  }

  private mutating func write(_ task: PlanTask) {
    open()
    key("assignments", first: true)
    array(task.assignments) { $0.write($1) }
    optional("deadline", task.deadline) { $0.string($1) }
    optional("deadlineText", task.deadlineText) { $0.string($1) }
    key("id")
    string(task.id)
    key("line")
    integer(task.line)
    key("number")
    integer(task.number)
    optional("sectionNumber", task.sectionNumber) { $0.integer($1) }
    optional("subsectionNumber", task.subsectionNumber) { $0.integer($1) }
    key("text")
    string(task.text)
    optional("textAsWritten", task.textAsWritten) { $0.string($1) }
    close()
  }

  /// The most numerous record: its fixed parts (keys, and the kind and role, plain ASCII
  /// words) are written as whole runs.
  private mutating func write(_ assignment: Assignment) {
    switch assignment.assignee.kind {
    case .leader: raw(#"{"assignee":{"kind":"leader","name":"#)
    case .unit: raw(#"{"assignee":{"kind":"unit","name":"#)
    case .collective: raw(#"{"assignee":{"kind":"collective","name":"#)
    }
    string(assignment.assignee.name)
    raw(#"},"line":"#)
    integer(assignment.line)
    optional("nameAsWritten", assignment.nameAsWritten) { $0.string($1) }
    raw(Self.listAndRole(assignment.openList, assignment.role))
    string(assignment.writtenAs)
    close()
  }

  /// `,"openList":…,"role":"…","writtenAs":`, one run for each of the eight combinations.
  private static func listAndRole(_ openList: Bool, _ role: Role) -> StaticString {
    switch (openList, role) {
    case (false, .leadLeader): #","openList":false,"role":"lead_leader","writtenAs":"#
    case (false, .supervisingLeader):
      #","openList":false,"role":"supervising_leader","writtenAs":"#
    case (false, .leadUnit): #","openList":false,"role":"lead_unit","writtenAs":"#
    case (false, .responsibleUnit): #","openList":false,"role":"responsible_unit","writtenAs":"#
    case (true, .leadLeader): #","openList":true,"role":"lead_leader","writtenAs":"#
    case (true, .supervisingLeader): #","openList":true,"role":"supervising_leader","writtenAs":"#
    case (true, .leadUnit): #","openList":true,"role":"lead_unit","writtenAs":"#
    case (true, .responsibleUnit): #","openList":true,"role":"responsible_unit","writtenAs":"#
    }
  }

  private mutating func write(_ target: Target) {
    open()
    key("indicator", first: true)
    string(target.indicator)
    key("indicatorText")
    string(target.indicatorText)
    key("line")
    integer(target.line)
    key("measure")
    string(target.measure.rawValue)
    key("qualifier")
    string(target.qualifier.rawValue)
    key("seeksBetterResult")
    boolean(target.seeksBetterResult)
    optional("sentence", target.sentence) { $0.string($1) }
    optional("stretch", target.stretch) { $0.number($1) }
    optional("taskID", target.taskID) { $0.string($1) }
    key("text")
    string(target.text)
    key("unit")
    string(target.unit)
    optional("value", target.value) { $0.number($1) }
    optional("valueHigh", target.valueHigh) { $0.number($1) }
    close()
  }

  private mutating func write(_ diagnostic: Diagnostic) {
    open()
    key("code", first: true)
    string(diagnostic.code.rawValue)
    key("location")
    open()
    key("column", first: true)
    integer(diagnostic.location.column)
    key("file")
    string(diagnostic.location.file)
    key("line")
    integer(diagnostic.location.line)
    optional("place", diagnostic.location.place) { $0.string($1) }
    close()
    key("message")
    string(diagnostic.message)
    key("notes")
    array(diagnostic.notes) { $0.string($1) }
    key("severity")
    string(diagnostic.severity.rawValue)
    close()
  }

  // MARK: JSON pieces

  private mutating func open() { bytes.append(0x7B) }

  private mutating func close() { bytes.append(0x7D) }

  private mutating func array<Element>(_ elements: [Element], _ body: (inout Self, Element) -> Void)
  {
    bytes.append(0x5B)
    // By index, so each element is lent to `body` in place: `enumerated()` would copy every
    // task and assignment (a retain and a release of each of their strings).
    for index in elements.indices {
      if index > 0 { bytes.append(0x2C) }
      body(&self, elements[index])
    }
    bytes.append(0x5D)
  }

  /// Bytes that need no escaping, as they are.
  @inline(__always) private mutating func raw(_ text: StaticString) {
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// `"name":`, after a comma unless it is the object's first key.
  @inline(__always) private mutating func key(_ name: StaticString, first: Bool = false) {
    if !first { bytes.append(0x2C) }
    bytes.append(0x22)
    raw(name)
    bytes.append(0x22)
    bytes.append(0x3A)
  }

  /// A key and value when `value` is present (`encodeIfPresent`), never the first key.
  private mutating func optional<Value>(
    _ name: StaticString, _ value: Value?, _ body: (inout Self, Value) -> Void
  ) {
    guard let value else { return }
    key(name)
    body(&self, value)
  }

  /// A key and value when `value` is present, perhaps as the object's first key.
  private mutating func optional<Value>(
    _ name: StaticString, _ value: Value?, _ first: inout Bool, _ body: (inout Self, Value) -> Void
  ) {
    guard let value else { return }
    key(name, first: first)
    first = false
    body(&self, value)
  }

  private mutating func string(_ text: String) {
    bytes.append(0x22)
    text.withUTF8Bytes { append(escaping: $0) }
    bytes.append(0x22)
  }

  /// `text`'s bytes with JSON's escapes, runs without an escape appended whole.
  private mutating func append(escaping text: UnsafeBufferPointer<UInt8>) {
    guard ByteScan.contains(text, below: 0x23, orEqualTo: 0x5C, where: Self.needsEscape) else {
      bytes.append(contentsOf: text)
      return
    }
    var start = 0
    for (index, byte) in text.enumerated() where Self.needsEscape(byte) {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
      start = index + 1
      switch byte {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
      case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
      default:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
      }
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C
  }

  private mutating func integer(_ value: Int) {
    ByteText.appendDecimal(value, to: &bytes)
  }

  /// A number as `JSONEncoder` writes a `Double`: integral values without `.0`.
  private mutating func number(_ value: Double) {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      integer(Int(value))
    } else {
      bytes.append(contentsOf: value.description.utf8)
    }
  }

  private mutating func boolean(_ value: Bool) {
    ByteText.appendBoolean(value, to: &bytes)
  }
}
