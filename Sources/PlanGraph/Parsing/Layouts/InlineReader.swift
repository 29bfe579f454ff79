import CMemmem
import Glibc

/// Reads a plan that writes each task's assignments in a bracket after it, as the State
/// Council's 分工意见 and their local copies do.
///
/// ```
/// (一)着力扩大国内需求。
/// 1.提高直接融资比重。(国家发展改革委、财政部牵头,各地区、各相关部门按职责分工负责,年内持续推进)
/// 一是…(省发改委牵头)。二是…(省商务厅等负责)。
/// 推进…。(责任领导:杜新国;牵头单位:区发改局;责任单位:区财政局)
/// ```
/// A paragraph (lines joined until one ends a sentence) is cut after every assignment bracket;
/// each piece is a task, its number the one printed (`1.`, `1、`, `(1)`, `一是`) when the plan
/// numbers its tasks in one sequence, else its position. Paragraphs without an assignment
/// bracket (preamble, closing requirements) are never tasks.
public struct InlineReader: PlanLayoutReader {
  /// Inline brackets.
  public var layout: PlanLayout { .inline }

  /// Creates a reader.
  public init() {}

  private struct Piece {
    var stated: Int?
    var draft: TaskDraft
  }

  /// The tasks of `lines`.
  /// - Complexity: O(n) in the length of the text.
  public func read(_ lines: [SourceLine], file: String) -> LayoutReading {
    read(lines, shapes: lines.map { LineClassifier.shape(of: $0.text) }, file: file)
  }
}

extension InlineReader: ShapedLayoutReader {
  /// The tasks of `lines`, whose shapes are `shapes`.
  func read(_ lines: [SourceLine], shapes: [LineShape], file: String) -> LayoutReading {
    var section: HeadingDraft?
    var subsection: HeadingDraft?
    var paragraph: [SourceLine] = []
    var pieces: [Piece] = []
    func flush() {
      pieces += Self.tasks(in: paragraph, section: section, subsection: subsection)
      paragraph = []
    }
    for (line, shape) in zip(lines, shapes) {
      switch shape {
      case .section(let number, let title)
      where !line.text.utf8Contains(byte: Byte.rightParenthesis):
        flush()
        section = HeadingDraft(number: number, title: title, line: line.number)
        subsection = nil
      case .subsection(let number, let title):
        flush()
        let (heading, rest) = Self.splitHeading(title)
        subsection = HeadingDraft(number: number, title: heading, line: line.number)
        if !rest.isEmpty {
          paragraph = [SourceLine(number: line.number, text: rest, indentation: line.indentation)]
          if Self.endsParagraph(rest) { flush() }
        }
      case .footer:
        flush()
      case .pageNumber:
        break
      default:
        paragraph.append(line)
        if Self.endsParagraph(line.text) { flush() }
      }
    }
    flush()
    let stated = pieces.compactMap(\.stated)
    let numbered =
      stated.count == pieces.count && zip(stated, stated.dropFirst()).allSatisfy { $0 < $1 }
    var tasks: [TaskDraft] = []
    for (index, piece) in pieces.enumerated() {
      var draft = piece.draft
      draft.number = numbered ? piece.stated! : index + 1
      tasks.append(draft)
    }
    return LayoutReading(tasks: tasks)
  }

  /// `持续扩大有效需求。推动…(X牵头)`: the heading is the first sentence when tasks follow it.
  private static func splitHeading(_ title: String) -> (String, String) {
    guard title.utf8Contains(byte: Byte.rightParenthesis),
      let stop = title.utf8Bounds(of: "。"),
      !AssignmentBracket.brackets(in: title, line: 0).isEmpty
    else { return (title, "") }
    return (String(title[..<stop.lowerBound]), String(title[stop.upperBound...]))
  }

  /// Whether `text` is empty or ends in `。 ) ; : ! ? 】`, read from its last bytes.
  private static func endsParagraph(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in
      guard let last = bytes.last else { return true }
      switch last {
      case Byte.rightParenthesis, Byte.semicolon, Byte.colon, 0x21, 0x3F: return true
      case 0x82, 0x91:  // 。 U+3002, 】 U+3011
        let count = bytes.count
        return count >= 3 && bytes[count - 3] == 0xE3 && bytes[count - 2] == 0x80
      default: return false
      }
    }
  }

  /// 】 in UTF-8.
  private static let closingLenticular: [UInt8] = [0xE3, 0x80, 0x91]

  /// The tasks of one paragraph: a piece ending in an assignment bracket each.
  private static func tasks(
    in paragraph: [SourceLine], section: HeadingDraft?, subsection: HeadingDraft?
  ) -> [Piece] {
    guard let first = paragraph.first else { return [] }
    var text: [UInt8] = []
    var starts: [(offset: Int, line: SourceLine)] = []
    starts.reserveCapacity(paragraph.count)
    text.reserveCapacity(paragraph.reduce(0) { $0 + $1.text.utf8.count })
    for line in paragraph {
      starts.append((text.count, line))
      text += line.text.utf8
    }
    func line(at offset: Int) -> (number: Int, column: Int) {
      // Binary search: the last line starting at or before `offset`.
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle].offset <= offset { low = middle } else { high = middle - 1 }
      }
      let start = starts[low]
      return (start.line.number, offset - start.offset + start.line.indentation + 1)
    }
    let closes = text.withUnsafeBufferPointer {
      guard let base = $0.baseAddress else { return false }
      return ByteScan.firstOffset(of: Byte.rightParenthesis, in: $0, from: 0) != nil
        || memmem(base, $0.count, Self.closingLenticular, 3) != nil
    }
    guard closes else { return [] }
    var pieces: [Piece] = []
    var from = 0
    for found in AssignmentBracket.brackets(inUTF8: text, line: first.number) {
      var body = String(decoding: text[from..<found.start], as: UTF8.self)
      from = found.end
      while from < text.count, [Byte.period, Byte.semicolon, Byte.comma, 0x20].contains(text[from])
      {
        from += 1
      }
      if text[from...].starts(with: [0xE3, 0x80, 0x82]) { from += 3 }
      let bodyStart = found.start - body.utf8.count
      let (stated, stripped) = TaskNumbering.strip(trimmed(body))
      body = stripped
      guard !body.isEmpty else { continue }
      let spans = found.reading.spans.map { span in
        var span = span
        let at = line(at: found.start + span.column - 1)
        span.line = at.number
        span.column = at.column
        return span
      }
      pieces.append(
        Piece(
          stated: stated,
          draft: TaskDraft(
            number: 0, text: body, line: line(at: bodyStart).number, section: section,
            subsection: subsection, spans: spans, deadline: found.reading.deadline,
            layout: .inline)))
    }
    return pieces
  }

  private static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while let first = text.first, first == " " || first == "。" || first == ";" || first == "," {
      text.removeFirst()
    }
    while let last = text.last, last == " " { text.removeLast() }
    return String(text)
  }
}

/// The number a task is printed with: `1.`, `1、`, `(1)`, `一是`, `第一,`.
enum TaskNumbering {
  /// The printed number and the text after it; no number leaves the text as it is.
  static func strip(_ text: String) -> (Int?, String) {
    let bytes = Array(text.utf8)
    var index = bytes.first == Byte.leftParenthesis ? 1 : 0
    var value = 0
    let digitsStart = index
    while index < bytes.count, index - digitsStart < 3, Byte.isDigit(bytes[index]) {
      value = value * 10 + Int(bytes[index] - Byte.zero)
      index += 1
    }
    if index > digitsStart && index < bytes.count {
      let rest: Int?
      if digitsStart == 1 {
        rest = bytes[index] == Byte.rightParenthesis ? index + 1 : nil
      } else if bytes[index] == Byte.period, index + 1 < bytes.count,
        !Byte.isDigit(bytes[index + 1])
      {
        rest = index + 1
      } else if bytes[index...].starts(with: [0xE3, 0x80, 0x81]) {
        rest = index + 3
      } else {
        rest = nil
      }
      if let rest { return (value, String(decoding: bytes[rest...], as: UTF8.self)) }
    }
    return bytes.withUnsafeBufferPointer { bytes in
      guard let (number, end) = ChineseNumeral.read(bytes, from: 0, before: shi) else {
        return (nil, text)
      }
      return (number, String(decoding: bytes[end...], as: UTF8.self))
    }
  }

  /// 是 U+662F, after a numeral in `一是…`.
  private static let shi: [UInt8] = [0xE6, 0x98, 0xAF]
}
