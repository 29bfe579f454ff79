extension BipartiteGraph {
  /// Checks the structure: offsets start at 0, never decrease and end at the edge count; every
  /// edge points at a node in range; each actor-task edge appears from both sides.
  /// - Returns: A description of the first broken invariant, or `nil`.
  public func invariantViolation() -> String? {
    guard actorOffsets.count == actors.count + 1, taskOffsets.count == tasks.count + 1 else {
      return "offset arrays have the wrong length"
    }
    guard actorOffsets.first == 0, taskOffsets.first == 0,
      Int(actorOffsets.last!) == actorEdges.count, Int(taskOffsets.last!) == taskEdges.count,
      actorEdges.count == taskEdges.count
    else { return "offsets do not span the edges" }
    for i in 1..<actorOffsets.count where actorOffsets[i] < actorOffsets[i - 1] {
      return "actor offsets decrease at \(i)"
    }
    for i in 1..<taskOffsets.count where taskOffsets[i] < taskOffsets[i - 1] {
      return "task offsets decrease at \(i)"
    }
    var forward: [Int64: Int] = [:]
    for actor in actors.indices {
      for edge in edges(ofActor: Int32(actor)) {
        guard edge.node >= 0, Int(edge.node) < tasks.count else { return "task id out of range" }
        forward[Int64(actor) << 32 | Int64(edge.node), default: 0] += 1
      }
    }
    for task in tasks.indices {
      for edge in edges(ofTask: Int32(task)) {
        guard edge.node >= 0, Int(edge.node) < actors.count else { return "actor id out of range" }
        let key = Int64(edge.node) << 32 | Int64(task)
        guard let count = forward[key], count > 0 else { return "edge \(key) is one-sided" }
        forward[key] = count - 1
      }
    }
    return nil
  }
}
