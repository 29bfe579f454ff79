/// Reads a 任务分解表: a header row and a row per task, from lines of tab-joined cells
/// (`TableText` makes them from CSV and TSV files).
///
/// ```
/// 序号  工作任务                    牵头领导  牵头单位      责任单位          完成时限
/// 一、稳增长
/// 1     地区生产总值增长6%左右。    刘希明    市发展改革委  市统计局等        年底前
/// 2     推进…                                 市商务局      (blank: as above)
/// ```
/// Rows above the header are the title; a row with one cell (or one value in every cell, as a
/// merged cell exports) that reads `一、…` or `(一)…` is a heading; a blank role or deadline cell repeats the cell above it (merged cells as Word and
/// Excel export them) until the next heading; a row with no task text adds its names to the
/// task above. Task numbers are the 序号 printed when they run in one sequence, else positions.
public struct TableReader: PlanLayoutReader {
  /// Tables.
  public var layout: PlanLayout { .table }

  /// Creates a reader.
  public init() {}

  /// The index of the header row in `lines` and its columns, if the lines hold a table.
  public static func header(in lines: [SourceLine]) -> (index: Int, columns: [TableColumn?])? {
    for (index, line) in lines.prefix(40).enumerated() where line.text.utf8Contains(byte: 0x09) {
      let cells = line.text.utf8Fields(separatedBy: Byte.tab)
      if let columns = TableColumn.header(cells) { return (index, columns) }
    }
    return nil
  }

  /// The tasks of `lines`.
  /// - Complexity: O(n) in the number of cells.
  public func read(_ lines: [SourceLine], file: String) -> LayoutReading {
    guard let (headerIndex, columns) = Self.header(in: lines) else { return LayoutReading() }
    var section: HeadingDraft?
    var subsection: HeadingDraft?
    var above: [TableColumn: String] = [:]
    var tasks: [TaskDraft] = []
    var stated: [Int?] = []
    for line in lines[(headerIndex + 1)...] {
      let cells = line.text.utf8Fields(separatedBy: Byte.tab)
      var filled = cells.enumerated().filter { !$0.element.isEmpty }
      if filled.isEmpty { continue }
      // A cell merged across the row (a heading or a note spanning the table) comes out of
      // Word, Excel and HTML with its value in every column it covers: it is one cell.
      if filled.count > 1, filled.allSatisfy({ $0.element.utf8Equals(filled[0].element) }) {
        filled = [filled[0]]
      }
      if filled.count == 1 {
        switch LineClassifier.shape(of: filled[0].element) {
        case .section(let number, let title):
          section = HeadingDraft(number: number, title: title, line: line.number)
          subsection = nil
          above = [:]
          continue
        case .subsection(let number, let title):
          subsection = HeadingDraft(number: number, title: title, line: line.number)
          above = [:]
          continue
        default:
          // A note under the table (`注:…`, a signature) is no task.
          if columns[safe: filled[0].offset] == nil || columns[filled[0].offset] == .number {
            continue
          }
        }
      }
      var text = ""
      var number: Int?
      var spans: [RoleSpan] = []
      var deadline: String?
      for (index, column) in columns.enumerated() {
        guard let column else { continue }
        var value = index < cells.count ? cells[index] : ""
        let start = cells[..<min(index, cells.count)].reduce(0) { $0 + $1.utf8.count + 1 } + 1
        switch column {
        case .number: number = Self.number(value)
        case .task: text = value
        case .role(let role):
          if value.isEmpty, !text.isEmpty { value = above[column] ?? "" }
          above[column] = value
          if !value.isEmpty {
            spans.append(RoleSpan(role: role, text: value, line: line.number, column: start))
          }
        case .deadline:
          if value.isEmpty, !text.isEmpty { value = above[column] ?? "" }
          above[column] = value
          deadline = value.isEmpty ? nil : value
        }
      }
      if text.isEmpty {
        // A row with no task text continues the task above (its task cell was merged).
        if !tasks.isEmpty { tasks[tasks.count - 1].spans += spans }
        continue
      }
      stated.append(number)
      tasks.append(
        TaskDraft(
          number: 0, text: text, line: line.number, section: section, subsection: subsection,
          spans: spans, deadline: deadline, layout: .table))
    }
    let numbers = stated.compactMap { $0 }
    let inSequence =
      numbers.count == stated.count && zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }
    for index in tasks.indices { tasks[index].number = inSequence ? numbers[index] : index + 1 }
    return LayoutReading(tasks: tasks)
  }
}

extension TableReader {
  /// The 序号 a cell prints, read without its `.` and `、` (`12.`, `3、`).
  static func number(_ cell: String) -> Int? {
    cell.withUTF8Bytes { bytes in
      var digits: [UInt8] = []
      var index = 0
      while index < bytes.count {
        if bytes[index] == Byte.period {
          index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE3, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x81
        {
          index += 3  // 、
        } else {
          digits.append(bytes[index])
          index += 1
        }
      }
      return Int(String(decoding: digits, as: UTF8.self))
    }
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
