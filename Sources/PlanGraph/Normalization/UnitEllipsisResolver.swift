/// Resolves agency names written without their jurisdiction prefix, across a whole plan.
///
/// In `市工业和信息化局、商务局` the second name means `市商务局`. The rule: a unit name that
/// does not start with a jurisdiction character, listed right after a sibling in the same
/// field that does (`市…`), is read as that prefix plus the name, provided the plan names
/// that unit elsewhere. Otherwise the name stays as written and a warning says so.
public enum UnitEllipsisResolver {
  private static let prefixes = ["省", "市", "区", "县"]
  private static let agencySuffixes = ["局", "委", "厅", "办", "署"]

  /// The first three UTF-8 bytes of each of `prefixes` (one character each), packed.
  private static let prefixCodes = prefixes.map { Array($0.utf8).withUnsafeBufferPointer(code) }

  /// The first three of `bytes`, at least three, packed into one number.
  @inline(__always)
  private static func code(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
  }

  /// The index in `prefixes` of the jurisdiction character `name` starts with, if any: every
  /// pair of neighbouring names is tested, so three bytes are compared as one number.
  private static func jurisdiction(startingWith name: String) -> Int? {
    name.withUTF8Bytes { bytes in
      guard bytes.count >= 3 else { return nil }
      let code = code(of: bytes)
      return prefixCodes.firstIndex(of: code)
    }
  }

  /// Resolves prefix ellipsis in `plan`, returning the diagnostics it raised.
  public static func resolve(_ plan: inout TaskPlan, file: String) -> [Diagnostic] {
    // The names a resolution could make are gathered first, by a pass that takes each as
    // known; the plan's units are then looked up among those few, not all interned to look
    // them up. That pass makes every name the real one makes: a unit is renamed to its
    // neighbour's prefix plus its name, so the pair after it is tested with that prefix in
    // both, and a unit left as written has no prefix, so in the real pass the pair after it
    // makes no name at all.
    var candidates = NameTable()
    var tasks: [Int] = []
    for t in plan.tasks.indices where plan.tasks[t].assignments.count > 1 {
      var found = false
      forEachCandidate(
        in: plan.tasks[t].assignments, isKnown: { _ in true },
        body: { _, candidate, _ in
          _ = candidates.intern(candidate)
          found = true
        })
      if found { tasks.append(t) }
    }
    guard !tasks.isEmpty else { return [] }
    let known = units(among: candidates, in: plan)
    var diagnostics: [Diagnostic] = []
    for t in tasks {
      // Renamed in place as the pairs are walked: the message names the unit before as it
      // stands then.
      forEachCandidate(
        in: plan.tasks[t].assignments, isKnown: { known[candidates.id(of: $0)!] },
        body: { i, candidate, isKnown in
          if isKnown {
            plan.tasks[t].assignments[i].assignee.name = candidate
            return
          }
          let name = plan.tasks[t].assignments[i].assignee.name
          guard agencySuffixes.contains(where: name.utf8HasSuffix),
            name.unicodeScalars.count <= 8, !prefixes.contains(where: name.utf8Contains)
          else { return }
          diagnostics.append(
            Diagnostic(
              .warning, .unresolvedEllipsis,
              "'\(name)' follows '\(plan.tasks[t].assignments[i - 1].assignee.name)' and may "
                + "mean '\(candidate)', but the plan never names '\(candidate)'; kept as written "
                + "(an alias table can merge it)",
              at: SourceLocation(file: file, line: plan.tasks[t].assignments[i].line)))
        })
    }
    return diagnostics
  }

  /// Calls `body` with each unit of one task's `assignments` that may lack its prefix (one
  /// without a prefix after one with it, in the same role and line), the prefixed `candidate`
  /// name, and whether `isKnown` says the plan names it; a known candidate is the name the
  /// next pair is tested with.
  private static func forEachCandidate(
    in assignments: [Assignment], isKnown: (String) -> Bool,
    body: (_ index: Int, _ candidate: String, _ isKnown: Bool) -> Void
  ) {
    // The prefix of the unit before, when it was renamed to a candidate.
    var renamedPrefix: Int?
    for i in 1..<assignments.count {
      let previousPrefix = renamedPrefix
      renamedPrefix = nil
      // The cheap tests first; names are tested on bytes, the unit's own first: most units
      // start with their prefix, and their neighbour need not be read.
      guard assignments[i].assignee.kind == .unit, !assignments[i].assignee.name.isEmpty,
        assignments[i - 1].role == assignments[i].role,
        assignments[i - 1].line == assignments[i].line,
        jurisdiction(startingWith: assignments[i].assignee.name) == nil,
        let prefix = previousPrefix ?? jurisdiction(startingWith: assignments[i - 1].assignee.name)
      else { continue }
      let candidate = prefixes[prefix] + assignments[i].assignee.name
      let known = isKnown(candidate)
      if known { renamedPrefix = prefix }
      body(i, candidate, known)
    }
  }

  /// Per id of `candidates`, whether `plan` names that unit (its names as they stand).
  private static func units(among candidates: NameTable, in plan: TaskPlan) -> [Bool] {
    // A unit's name is hashed only when its byte count and its last byte (each modulo 64)
    // are some candidate's.
    var lengths: UInt64 = 0
    var lastBytes: UInt64 = 0
    for name in candidates.names {
      lengths |= 1 << (name.utf8.count & 63)
      lastBytes |= 1 << (name.utf8.last! & 63)
    }
    var known = [Bool](repeating: false, count: candidates.count)
    for t in plan.tasks.indices {
      for a in plan.tasks[t].assignments.indices
      where plan.tasks[t].assignments[a].assignee.kind == .unit {
        plan.tasks[t].assignments[a].assignee.name.withUTF8Bytes { name in
          guard let last = name.last, lastBytes & 1 << (last & 63) != 0,
            lengths & 1 << (name.count & 63) != 0, let id = candidates.id(ofUTF8: name)
          else { return }
          known[id] = true
        }
      }
    }
    return known
  }
}

extension Diagnostic.Code {
  /// A unit name that may lack its jurisdiction prefix but could not be resolved.
  public static let unresolvedEllipsis = Diagnostic.Code("unresolved-ellipsis")
}
