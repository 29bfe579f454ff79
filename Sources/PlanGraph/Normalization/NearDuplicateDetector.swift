/// Finds leader names that differ by one character, such as `王威` and `王巍`.
///
/// Such pairs are often one person written two ways, but can be two people (`刘哲` and
/// `刘鹏`), so they are reported, never merged: a user who knows merges them with an alias
/// table.
public enum NearDuplicateDetector {
  /// Pairs of names of equal length that differ in exactly one character, sorted.
  public static func pairs(in names: some Sequence<String>) -> [(String, String)] {
    let names = Array(names)
    // Names of plainly NFC text (nearly all) are told apart, sorted and compared by their
    // bytes and scalars, which is what `Set`, `<` and `Character` would make of them: each
    // character is one scalar (no combining marks; no CR, which joins LF in one character).
    if names.allSatisfy({ $0.isPlainNFC && !$0.utf8Contains(byte: 0x0D) }) {
      let sorted = names.sorted { $0.compareUTF8($1) < 0 }
      var unique: [String] = []
      unique.reserveCapacity(sorted.count)
      for name in sorted where unique.last.map({ $0.compareUTF8(name) != 0 }) ?? true {
        unique.append(name)
      }
      return pairs(sorted: unique, characters: unique.map { Array($0.unicodeScalars) })
    }
    let sorted = Set(names).sorted()
    return pairs(sorted: sorted, characters: sorted.map(Array.init))
  }

  /// The pairs of `sorted`, distinct names in order, whose `characters` are as many and
  /// differ at one place.
  private static func pairs<Character: Equatable>(sorted: [String], characters: [[Character]])
    -> [(String, String)]
  {
    var pairs: [(String, String)] = []
    for i in sorted.indices {
      for j in sorted.indices where j > i && characters[i].count == characters[j].count {
        var differences = 0
        for (a, b) in zip(characters[i], characters[j]) where a != b {
          differences += 1
          if differences > 1 { break }
        }
        if differences == 1 && characters[i].count >= 2 { pairs.append((sorted[i], sorted[j])) }
      }
    }
    return pairs
  }

  /// Diagnostics for near-duplicate leader names in `plan`, at the first line of the rarer name.
  public static func diagnostics(for plan: TaskPlan, file: String) -> [Diagnostic] {
    // Leaders interned by their bytes (names are normalized when read), with a count and a
    // first line per id: a `Dictionary` keyed by `String` normalizes each name to hash it.
    var leaders = NameTable(capacity: 16)
    var count: [Int] = []
    var firstLine: [Int] = []
    // Task by task, in place: `plan.assignments` would copy every assignment of the plan first,
    // and `for task in` each task.
    for task in plan.tasks.indices {
      let assignments = plan.tasks[task].assignments
      for index in assignments.indices where assignments[index].assignee.kind == .leader {
        let (id, isNew) = leaders.intern(assignments[index].assignee.name)
        if isNew {
          count.append(0)
          firstLine.append(assignments[index].line)
        }
        count[id] += 1
      }
    }
    return pairs(in: leaders.names).map { a, b in
      let (countA, countB) = (count[leaders.id(of: a)!], count[leaders.id(of: b)!])
      let rarer = countA <= countB ? a : b
      return Diagnostic(
        .warning, .nearDuplicateLeader,
        "leader names '\(a)' (\(countA) tasks) and '\(b)' (\(countB) tasks) differ in one "
          + "character; if they are one person, merge them with --aliases",
        at: SourceLocation(file: file, line: firstLine[leaders.id(of: rarer)!]))
    }
  }
}

extension Diagnostic.Code {
  /// Two leader names that differ by one character.
  public static let nearDuplicateLeader = Diagnostic.Code("near-duplicate-leader")
}
