extension InlineReader: TaskBoundedReader {
  /// At most how many tasks the reader can find: one per closing bracket that may close an
  /// assignment bracket.
  ///
  /// Every task of an inline reading ends in a bracket that `AssignmentBracket` read, closed
  /// by `)` or `】` at depth 0 of its paragraph, so each has its own closing byte. Each line is
  /// scanned alone: a bracket closed on the line it opened at depth 0 counts only when its
  /// inside may assign (`AssignmentBracket.mayAssign`); any other closing byte counts, since
  /// its bracket may have opened on an earlier line of the paragraph. (A paragraph's depth at
  /// any byte is at least the line's own, so a bracket the paragraph closes at depth 0 is
  /// either closed at depth 0 on its line, with the same inside, or unmatched on it.) A
  /// subsection line, whose text after its heading may start a paragraph of its own, counts
  /// every closing byte.
  /// - Complexity: O(n) in the bytes of the lines.
  func assignedTaskBound(_ lines: [SourceLine], shapes: [LineShape]) -> Int {
    var bound = 0
    for (line, shape) in zip(lines, shapes) {
      if case .subsection = shape {
        bound += line.text.withUTF8Bytes(Self.closingBytes)
      } else {
        bound += Self.possibleAssignmentBrackets(in: line.text)
      }
    }
    return bound
  }

  /// The number of `)` and `】` in `bytes`.
  private static func closingBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var from = 0
    while let bracket = AssignmentBracket.bracket(in: bytes, from: from) {
      from = bracket.end
      if !bracket.opens { count += 1 }
    }
    return count
  }

  /// The closing brackets of `text` that may end an assignment bracket: those closing a
  /// bracket opened on this line whose inside may assign, and those with no opening here.
  private static func possibleAssignmentBrackets(in text: String) -> Int {
    text.withUTF8Bytes { bytes in
      var count = 0
      AssignmentBracket.forEachClosingBracket(in: bytes) { bracket in
        guard let open = bracket.open else {
          count += 1
          return
        }
        let inside = bytes[(open.offset + open.width)..<bracket.offset]
        if AssignmentBracket.mayAssign(bytes: UnsafeBufferPointer(rebasing: inside)) {
          count += 1
        }
      }
      return count
    }
  }
}
