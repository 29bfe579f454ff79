#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// What a normalized line of a plan is, judged from its first bytes.
enum LineShape: Equatable {
  /// `N.text` or `N、text`; `decimalLike` when a digit follows the period (`2.5万亩`).
  case numbered(Int, rest: String, decimalLike: Bool)
  /// `一、title`.
  case section(Int, title: String)
  /// `(一)title`.
  case subsection(Int, title: String)
  /// `牵头单位:value` and the other field labels; the value starts `valueStart` UTF-8 bytes
  /// into the line, its string made only by a reader that keeps it. The label is its place
  /// in `LineClassifier.fieldLabel(at:)`'s table, so a shape holds no string to retain.
  case field(label: Int, valueStart: Int)
  /// `完成时限:value` and the other deadline labels.
  case deadline(label: String, value: String)
  /// `部门分工:省发展改革委牵头,各地、各部门配合。`: roles written as a sentence.
  case roleSentence(label: String, value: String)
  /// `附件:`, `责任编辑:` and other footer lines that end the tasks.
  case footer
  /// A page number left by a PDF or print copy (`— 3 —`, `-3-`, `第3页`): no part of any task.
  case pageNumber
  /// Anything else.
  case text
}

/// Classifies lines on their UTF-8 bytes; only the short prefix is ever looked at.
enum LineClassifier {
  private static let footerPrefixes: [[UInt8]] = [
    "附件", "责任编辑", "(此件公开发布)", "抄送", "来源:", "打印本页", "关闭窗口",
  ].map { Array($0.utf8) }

  /// The shape of `line`.
  static func shape(of line: String) -> LineShape {
    line.withUTF8Bytes { bytes in
      shape(of: line, prefix: UnsafeBufferPointer(rebasing: bytes.prefix(64)))
    }
  }

  /// The shape of `line`, whose first (at most 64) UTF-8 bytes are `utf8`.
  private static func shape(of line: String, prefix utf8: UnsafeBufferPointer<UInt8>) -> LineShape {
    if utf8.isEmpty { return .text }
    // A page number holds only digits, numerals, spaces, dashes, 第, 页 and 共: never a field's
    // or a heading's colon, 、 or bracket, nor a task number's period, so it is looked for
    // first only among lines starting with a digit, and otherwise last.
    if Byte.isDigit(utf8[0]) {
      return isPageNumber(utf8) ? .pageNumber : numbered(line, prefix: utf8) ?? .text
    }
    if let field = field(line, prefix: utf8) { return field }
    if let labelled = labelled(line, prefix: utf8) { return labelled }
    if utf8[0] == Byte.leftParenthesis, let heading = subsection(line) { return heading }
    if utf8[0] >= 0xE3, let heading = section(line) { return heading }
    for prefix in footerPrefixes where utf8.starts(with: prefix) { return .footer }
    return isPageNumber(utf8) ? .pageNumber : .text
  }

  /// Digits framed only by dashes and spaces, or `第N页` with an optional `共N页`.
  private static func isPageNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    // Its ASCII is digits, spaces and `-` only (below), with a digit among them: a task's
    // `1.` fails on its bytes, before a string is made and characters' numeric types looked
    // up.
    guard utf8.count <= 40, ByteScan.containsDigit(utf8) else { return false }
    for byte in utf8 where byte < 0x80 && !Byte.isDigit(byte) && byte != 0x20 && byte != 0x2D {
      return false
    }
    guard mayStartPageNumber(utf8) else { return false }
    let text = String(decoding: utf8, as: UTF8.self)
    for scalar in text.unicodeScalars
    where !isPageNumberMark(scalar) && scalar.properties.numericType == nil {
      return false
    }
    let digits = text.filter(\.isASCII).filter(\.isNumber)
    guard !digits.isEmpty, digits.count <= 4 else { return false }
    let rest = text.filter { !$0.isNumber && $0 != " " }
    if rest.isEmpty { return false }
    if rest.allSatisfy({ "—-–－".contains($0) }) { return true }
    return rest == "第页" || rest == "第页共页" || rest == "共页第页"
  }

  /// Whether the first character, decoded from the bytes, may start a page number: most lines
  /// fail here, on a character not a digit, numeral, space, dash, 第, 页 or 共, before any
  /// `String` is made of them.
  private static func mayStartPageNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var bytes = utf8.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let first) = decoder.decode(&bytes) else { return false }
    return isPageNumberMark(first) || first.properties.numericType != nil
  }

  /// Whether `scalar` is a space, a dash, 第, 页 or 共: with digits, all a page number is made of.
  private static func isPageNumberMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x2D, 0x2013, 0x2014, 0xFF0D, 0x7B2C, 0x9875, 0x5171: true
    default: false
    }
  }

  private static func numbered(_ line: String, prefix utf8: UnsafeBufferPointer<UInt8>)
    -> LineShape?
  {
    var value = 0
    var i = 0
    while i < utf8.count, Byte.isDigit(utf8[i]), i < 4 {
      value = value * 10 + Int(utf8[i] - Byte.zero)
      i += 1
    }
    guard i < utf8.count else { return nil }
    let separatorLength: Int
    if utf8[i] == Byte.period {
      separatorLength = 1
    } else if utf8[i...].starts(with: [0xE3, 0x80, 0x81]) {
      separatorLength = 3
    } else {
      return nil
    }
    let restStart = i + separatorLength
    let decimalLike =
      separatorLength == 1 && restStart < utf8.count && Byte.isDigit(utf8[restStart])
    let rest = line.droppingUTF8Prefix(restStart)
    return .numbered(value, rest: rest, decimalLike: decimalLike)
  }

  private static func field(_ line: String, prefix utf8: UnsafeBufferPointer<UInt8>)
    -> LineShape?
  {
    guard utf8.count >= 12, utf8[0] >= 0xE0, let base = utf8.baseAddress else { return nil }
    // Each label's bytes compared in place, and only where the line has a colon after as
    // many bytes: no label's bytes or name are copied for a line.
    let labels = fieldLabels
    for index in labels.ends.indices {
      let start = index == 0 ? 0 : labels.ends[index - 1]
      let count = labels.ends[index] - start
      guard count < utf8.count, utf8[count] == Byte.colon,
        labels.bytes.withUnsafeBufferPointer({
          ByteScan.equal(base, $0.baseAddress! + start, count: count)
        })
      else { continue }
      return .field(label: index, valueStart: count + 1)
    }
    return nil
  }

  /// The field labels' bytes one after another, where each ends, and the labels.
  private static let fieldLabels: (bytes: [UInt8], ends: [Int], labels: [FieldLabel]) = FieldLabel
    .encoded.reduce(
      into: ([], [], [])
    ) { table, entry in
      table.bytes += entry.bytes
      table.ends.append(table.bytes.count)
      table.labels.append(entry.label)
    }

  /// How many field labels there are: a reader may note the ones a task gives as the bits
  /// of one `UInt64`.
  static var fieldLabelCount: Int { fieldLabels.labels.count }

  /// The field label of a `.field` shape's `label`.
  static func fieldLabel(at index: Int) -> FieldLabel { fieldLabels.labels[index] }

  /// The role the field label of a `.field` shape's `label` assigns.
  static func fieldRole(at index: Int) -> Role { fieldLabels.labels[index].role }

  private static let deadlineLabels = DeadlineLabel.all.map { Array($0.utf8) }
  private static let sentenceLabels = ["部门分工", "责任分工", "分工"].map { Array($0.utf8) }

  private static func labelled(_ line: String, prefix utf8: UnsafeBufferPointer<UInt8>)
    -> LineShape?
  {
    guard utf8.count >= 7, utf8[0] >= 0xE0 else { return nil }
    for (labels, isDeadline) in [(deadlineLabels, true), (sentenceLabels, false)] {
      for bytes in labels where utf8.starts(with: bytes) {
        guard bytes.count < utf8.count, utf8[bytes.count] == Byte.colon else { continue }
        let label = String(decoding: bytes, as: UTF8.self)
        let value = line.droppingUTF8Prefix(bytes.count + 1)
        return isDeadline
          ? .deadline(label: label, value: value) : .roleSentence(label: label, value: value)
      }
    }
    return nil
  }

  /// `一、title`: a numeral, then `、`, each a whole character.
  private static func section(_ line: String) -> LineShape? {
    line.withUTF8Bytes { bytes in
      guard let (value, end) = ChineseNumeral.read(bytes, from: 0, before: comma) else {
        return nil
      }
      return .section(value, title: line.droppingUTF8Prefix(end))
    }
  }

  /// `(一)title`: a bracket, a numeral, then `)`, each a whole character.
  private static func subsection(_ line: String) -> LineShape? {
    line.withUTF8Bytes { bytes in
      // The bracket with any mark joined to it, as `Character` reads it.
      let body =
        ChineseNumeral.isWholeCharacter(bytes, at: 0, width: 1) ? 1 : String(line.first!).utf8.count
      guard
        let (value, end) = ChineseNumeral.read(bytes, from: body, before: [Byte.rightParenthesis])
      else { return nil }
      return .subsection(value, title: line.droppingUTF8Prefix(end))
    }
  }

  /// 、 U+3001.
  private static let comma: [UInt8] = [0xE3, 0x80, 0x81]
}
