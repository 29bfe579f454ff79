/// Chooses the layout a plan is written in: every text reader reads the document and the one
/// that finds the most tasks naming anyone wins (field lines on a tie).
public enum LayoutDetector {
  /// The readers of normalized text, in order of preference on a tie.
  public static let readers: [any PlanLayoutReader] = [FieldLineReader(), InlineReader()]

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
    for reader in readers {
      let reading = reader.read(lines, file: file)
      if best == nil || reading.assignedTasks > best!.assignedTasks
        || (best!.assignedTasks == 0 && reading.assignedTasks == 0
          && reading.tasks.count > best!.tasks.count && reader.layout == .fieldLines)
      {
        best = reading
      }
    }
    return best!
  }
}
