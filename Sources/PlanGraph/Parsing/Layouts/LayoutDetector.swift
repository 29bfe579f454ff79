/// Chooses the layout a plan is written in: every text reader reads the document and the one
/// that finds the most tasks naming anyone wins (field lines on a tie).
public enum LayoutDetector {
  /// The readers of normalized text, in order of preference on a tie.
  public static let readers: [any PlanLayoutReader] = [
    FieldLineReader(), InlineReader(), TableReader(),
  ]

  /// The best reading of `lines`, or the reading of the forced layout.
  public static func read(_ lines: [SourceLine], file: String, forcing layout: PlanLayout? = nil)
    -> LayoutReading
  {
    if let layout,
      let reader = readers.first(where: { $0.layout == (layout == .mixed ? .fieldLines : layout) })
    {
      return reader.read(lines, file: file)
    }
    var best: LayoutReading?
    // Two readers go line by line: each line is classified once for both.
    let shapes = lines.map { LineClassifier.shape(of: $0.text) }
    for reader in readers {
      // Only field lines win a tie, so another reader that cannot find more tasks naming anyone
      // than the best so far is not run at all.
      if let best, reader.layout != .fieldLines,
        let bound = (reader as? any TaskBoundedReader)?.assignedTaskBound(lines, shapes: shapes),
        bound <= best.assignedTasks
      {
        continue
      }
      let reading =
        (reader as? any ShapedLayoutReader)?.read(lines, shapes: shapes, file: file)
        ?? reader.read(lines, file: file)
      if best == nil || reading.assignedTasks > best!.assignedTasks
        || (best!.assignedTasks == 0 && reading.assignedTasks == 0
          && reading.tasks.count > best!.tasks.count && reader.layout == .fieldLines)
      {
        best = reading
      }
    }
    if best!.assignedTasks == 0, !best!.tasks.isEmpty, isNotice(lines) {
      // `…的通知` with requirements `1.明确任务…`: the plan itself is not in this file.
      var notice = LayoutReading(diagnostics: best!.diagnostics)
      notice.isCoverNotice = true
      notice.diagnostics.append(
        Diagnostic(
          .note, .coverNotice,
          "a cover notice: its \(best!.tasks.count) numbered point(s) assign nobody, so they "
            + "are not tasks; the plan is usually its attachment (附件)",
          at: SourceLocation(file: file, line: best!.tasks[0].line)))
      return notice
    }
    return best!
  }

  /// Whether the document's title calls it a notice (通知).
  private static func isNotice(_ lines: [SourceLine]) -> Bool {
    lines.prefix(6).contains { $0.text.utf8Contains("通知") }
  }
}

/// A reader that can say cheaply how many tasks naming anyone it could find at most.
protocol TaskBoundedReader: PlanLayoutReader {
  /// A number its reading's `assignedTasks` never exceeds for `lines`, whose shapes are
  /// `shapes`.
  func assignedTaskBound(_ lines: [SourceLine], shapes: [LineShape]) -> Int
}

/// A reader that can take the lines' shapes from the caller, which computed them once.
protocol ShapedLayoutReader: PlanLayoutReader {
  /// The tasks of `lines`, whose shapes are `shapes` (one per line).
  func read(_ lines: [SourceLine], shapes: [LineShape], file: String) -> LayoutReading
}

extension Diagnostic.Code {
  /// A cover notice whose numbered points are not tasks.
  public static let coverNotice = Diagnostic.Code("cover-notice")
}
