/// The bipartite graph of actors (leaders, units, collectives) and tasks, edges labelled by role.
///
/// Stored as flat arrays in compressed-sparse-row form: actor `a`'s edges are
/// `actorEdges[actorOffsets[a]..<actorOffsets[a + 1]]`, and likewise for tasks. Ids are
/// `Int32` indexes into `actors` and `tasks`, assigned in sorted order so that the same input
/// always gives the same ids. An actor named twice on one task in different roles has one edge
/// per role.
public struct BipartiteGraph: Sendable, Hashable {
  /// One edge end: the node at the other side and the role of the assignment.
  public struct Edge: Sendable, Hashable {
    /// The node at the other end (a task id from an actor, an actor id from a task).
    public var node: Int32
    /// The role the actor holds on the task.
    public var role: Role
  }

  /// A task node.
  public struct TaskNode: Sendable, Hashable {
    /// The task's id, `doc_id#N`.
    public var id: String
    /// The document the task is in.
    public var documentID: String
    /// The number of the section the task stands under, if any.
    public var sectionNumber: Int?
  }

  /// The actor nodes, sorted by key.
  public private(set) var actors: [ActorKey]
  /// The task nodes, in document order.
  public private(set) var tasks: [TaskNode]
  /// CSR offsets into `actorEdges`, one more than there are actors.
  public private(set) var actorOffsets: [Int32]
  /// The edges of all actors, grouped by actor, each group sorted by task id.
  public private(set) var actorEdges: [Edge]
  /// CSR offsets into `taskEdges`, one more than there are tasks.
  public private(set) var taskOffsets: [Int32]
  /// The edges of all tasks, grouped by task, in the order the plan lists the assignments.
  public private(set) var taskEdges: [Edge]

  /// Builds the graph of the plans among `documents`.
  /// - Complexity: O(E log E) in the number of assignments.
  public init(documents: [Document]) {
    // Each actor is interned once, in order of first appearance, in its jurisdiction's
    // table by name and kind; the ids are renumbered in key order below. A document's
    // jurisdiction is looked up once, so the corpus-wide key is never hashed.
    var jurisdictions = NameTable()
    var tables: [(names: NameTable, ids: [Int32])] = []
    var keys: [ActorKey] = []
    // Per key: the index of its jurisdiction in `jurisdictions`.
    var keyJurisdictions: [Int32] = []
    var taskNodes: [TaskNode] = []
    var seenActors: [Int32] = []
    for document in documents {
      let jurisdiction = document.metadata.jurisdiction
      let (table, isNew) = jurisdictions.intern(jurisdiction)
      if isNew { tables.append((NameTable(capacity: 64), [])) }
      var (names, ids) = tables[table]
      tables[table] = (NameTable(), [])
      // By index, in place: `for task in` would copy every task and assignment.
      let tasks = document.tasks
      for task in tasks.indices {
        taskNodes.append(
          TaskNode(
            id: tasks[task].id, documentID: document.id, sectionNumber: tasks[task].sectionNumber))
        let assignments = tasks[task].assignments
        for index in assignments.indices {
          let assignee = assignments[index].assignee
          let (local, isNew) = names.intern(assignee.name, tag: assignee.kind.tag)
          if isNew {
            ids.append(Int32(keys.count))
            keys.append(
              ActorKey(jurisdiction: jurisdiction, name: assignee.name, kind: assignee.kind))
            keyJurisdictions.append(Int32(table))
          }
          seenActors.append(ids[local])
        }
      }
      tables[table] = (names, ids)
    }
    let order = Self.sortedOrder(
      of: keys, jurisdictions: jurisdictions.names, keyJurisdictions: keyJurisdictions)
    var position = [Int32](repeating: 0, count: keys.count)
    for (sorted, first) in order.enumerated() { position[first] = Int32(sorted) }
    actors = order.map { keys[$0] }
    tasks = taskNodes
    taskOffsets = [0]
    taskOffsets.reserveCapacity(taskNodes.count + 1)
    taskEdges = []
    taskEdges.reserveCapacity(seenActors.count)
    // Edges per actor counted as the task edges are laid out, then placed by a counting sort:
    // each actor's edges in task order, with no list per actor.
    var actorCounts = [Int32](repeating: 0, count: actors.count + 1)
    var next = 0
    for document in documents {
      let tasks = document.tasks
      for task in tasks.indices {
        let assignments = tasks[task].assignments
        for assignment in assignments.indices {
          let actor = position[Int(seenActors[next])]
          next += 1
          taskEdges.append(Edge(node: actor, role: assignments[assignment].role))
          actorCounts[Int(actor) + 1] += 1
        }
        taskOffsets.append(Int32(taskEdges.count))
      }
    }
    for actor in actors.indices { actorCounts[actor + 1] += actorCounts[actor] }
    actorOffsets = actorCounts
    var fill = actorCounts
    var placed = [Edge](repeating: Edge(node: 0, role: .leadLeader), count: taskEdges.count)
    for task in taskNodes.indices {
      for slot in Int(taskOffsets[task])..<Int(taskOffsets[task + 1]) {
        let edge = taskEdges[slot]
        placed[Int(fill[Int(edge.node)])] = Edge(node: Int32(task), role: edge.role)
        fill[Int(edge.node)] += 1
      }
    }
    actorEdges = placed
  }

  /// The indices of `keys` in key order (`ActorKey`'s `<`); `keyJurisdictions` holds each
  /// key's index in `jurisdictions`.
  private static func sortedOrder(
    of keys: [ActorKey], jurisdictions: [String], keyJurisdictions: [Int32]
  ) -> [Int] {
    let plain = keys.map { $0.isPlainNFC }
    guard !plain.contains(false) else {
      // A key that is not plainly NFC takes `<` against every other.
      return keys.indices.sorted { a, b in
        plain[a] && plain[b] ? keys[a].precedesInBytes(keys[b]) : keys[a] < keys[b]
      }
    }
    // Every key is plainly NFC and orders by its bytes, as `<` would (nearly always): by its
    // jurisdiction's rank, then its name's first 16 bytes as two words, and only where those
    // tie by the whole name and the kind. A comparison of two names' bytes is a call to
    // `memcmp` through two closures; the words are two integer comparisons.
    var rank = [Int32](repeating: 0, count: jurisdictions.count)
    let jurisdictionOrder = jurisdictions.indices.sorted {
      jurisdictions[$0].compareUTF8(jurisdictions[$1]) < 0
    }
    for (position, index) in jurisdictionOrder.enumerated() { rank[index] = Int32(position) }
    let entries = keys.indices.map { index in
      let words = keys[index].name.leadingUTF8Words
      return (
        rank: rank[Int(keyJurisdictions[index])], first: words.0, second: words.1, index: index
      )
    }
    return entries.sorted { a, b in
      if a.rank != b.rank { return a.rank < b.rank }
      if a.first != b.first { return a.first < b.first }
      if a.second != b.second { return a.second < b.second }
      return keys[a.index].precedesInBytes(keys[b.index])
    }.map(\.index)
  }

  /// The edges of actor `actor`: the tasks it is named on, with roles.
  public func edges(ofActor actor: Int32) -> ArraySlice<Edge> {
    actorEdges[Int(actorOffsets[Int(actor)])..<Int(actorOffsets[Int(actor) + 1])]
  }

  /// The edges of task `task`: the actors named on it, with roles.
  public func edges(ofTask task: Int32) -> ArraySlice<Edge> {
    taskEdges[Int(taskOffsets[Int(task)])..<Int(taskOffsets[Int(task) + 1])]
  }

  /// The id of the actor with `key`, if it is in the graph.
  /// - Complexity: O(log n), a binary search over the sorted actors.
  public func actorID(_ key: ActorKey) -> Int32? {
    var low = 0
    var high = actors.count
    while low < high {
      let mid = (low + high) / 2
      if actors[mid] < key { low = mid + 1 } else { high = mid }
    }
    return low < actors.count && actors[low] == key ? Int32(low) : nil
  }

  /// The number of edges.
  public var edgeCount: Int { taskEdges.count }
}
