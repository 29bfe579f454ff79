import Foundation

/// The role spans split so far, by text and role, and the names their lists wrote.
///
/// A plan names the same leader or list of units on many tasks, and the plans of one corpus
/// name the same agencies again and again; the same span always gives the same assignments
/// (only their line differs, set by `PlanAssembler`), so each is split once, and each name read
/// from a list is one string however many lists and plans write it.
///
/// Nothing in it depends on the plan it was filled from: a document parsed with a full table
/// comes out as it does with an empty one.
struct SplitSpans: Sendable {
  /// The spans' bytes by role: told apart only, so the table keeps no string of them.
  var spans: NameTable
  /// Per span id: the assignments it names.
  var assignments: [[Assignment]] = []
  /// The list items read so far, each one string however many lists write it.
  var names: AssigneeListSplitter.Names

  /// Spans or names past which a table shared by a corpus is started again: a table serves the
  /// plans one core reads, and its size stays bounded however many plans they are.
  static let limit = 1 << 16

  /// Empty tables with room for `capacity` spans and names before they grow.
  init(capacity: Int = 64) {
    spans = NameTable(capacity: capacity)
    names = AssigneeListSplitter.Names(table: NameTable(capacity: capacity))
  }

  /// Whether the tables hold so much that a corpus should start new ones.
  var isFull: Bool { spans.count > Self.limit || names.table.count > Self.limit }
}

/// The split spans the documents of one corpus share, one table per document being parsed at
/// a time.
///
/// A document borrows a table for its parse and gives it back, so the cores never share one
/// and never wait for each other beyond taking it from the list; how many tables there are
/// follows how many documents were parsed at once. Which table a document gets cannot change
/// what it reads (`SplitSpans` is a memo), so a parallel parse stays identical to a serial one.
final class SplitSpanPool: @unchecked Sendable {
  private let lock = NSLock()
  /// The tables no parse holds now.
  private var idle: [SplitSpans] = []

  /// Calls `body` with a table no other parse holds, and keeps what it added for the next
  /// parse (a new table instead once the table is full).
  func withSplits<Result>(_ body: (inout SplitSpans) -> Result) -> Result {
    // Taken out of the list, so `body` changes the only copy.
    var splits = lock.withLock { idle.popLast() } ?? SplitSpans()
    let result = body(&splits)
    if splits.isFull { splits = SplitSpans() }
    lock.withLock { idle.append(splits) }
    return result
  }
}
