import PlanGraph

/// Which agency functions are yoked together across a corpus: functions as nodes, an edge
/// weighted by the number of tasks, across all documents, that name agencies of both.
///
/// Built one document at a time (`adding(_:)`, `merge(_:)`), so a corpus never has to be held.
public struct FunctionNetwork: Sendable, Hashable {
  /// Tasks, across all documents, naming agencies of both functions of a pair (ids sorted).
  public var sharedTasks: [[String]: Int] {
    var shared = namedShared
    for (pair, count) in pairCounts.enumerated() where count > 0 {
      let a = ids[pair / ids.count]
      let b = ids[pair % ids.count]
      shared[a < b ? [a, b] : [b, a], default: 0] += count
    }
    return shared
  }

  /// Tasks naming an agency of each function.
  public var tasks: [String: Int] {
    var tasks = namedTasks
    for (function, count) in taskCounts.enumerated() where count > 0 {
      tasks[ids[function], default: 0] += count
    }
    return tasks
  }

  // Counted by function index while every network merged used one table (`ids`, its ids by
  // index); a pair is the slot `a * ids.count + b`, `a < b`, of a dense array (some fifty
  // functions: a few thousand slots, added slot by slot when networks merge, where a
  // `Dictionary` hashed every pair of every task). Networks of different tables merge by id
  // into `namedShared` and `namedTasks`.
  private var ids: [String] = []
  private var pairCounts: [Int] = []
  private var taskCounts: [Int] = []
  private var namedShared: [[String]: Int] = [:]
  private var namedTasks: [String: Int] = [:]

  /// An empty network.
  public init() {}

  /// The network of one document's tasks.
  public init(_ document: Document, functions: AgencyFunctions = .shipped) {
    self.init(TaskFunctions(document, functions: functions))
  }

  /// The network of one document's tasks, whose functions `named` holds.
  public init(_ named: TaskFunctions) {
    ids = named.functions.functions.map(\.id)
    taskCounts = [Int](repeating: 0, count: ids.count)
    pairCounts = [Int](repeating: 0, count: ids.count * ids.count)
    var present = [Bool](repeating: false, count: ids.count)
    var listed: [Int] = []
    for task in 0..<named.taskCount {
      listed.removeAll(keepingCapacity: true)
      for mention in named.mentions(ofTask: task) where !present[mention.function] {
        present[mention.function] = true
        listed.append(mention.function)
      }
      for function in listed {
        present[function] = false
        taskCounts[function] += 1
      }
      for (i, a) in listed.enumerated() {
        for b in listed[(i + 1)...] {
          pairCounts[min(a, b) * ids.count + max(a, b)] += 1
        }
      }
    }
  }

  /// Adds another network's counts to this one.
  public mutating func merge(_ other: FunctionNetwork) {
    if other.isEmpty { return }
    if isEmpty {
      self = other
      return
    }
    if ids == other.ids {
      for (pair, count) in other.pairCounts.enumerated() where count > 0 {
        pairCounts[pair] += count
      }
      for (function, count) in other.taskCounts.enumerated() { taskCounts[function] += count }
      namedShared.merge(other.namedShared, uniquingKeysWith: +)
      namedTasks.merge(other.namedTasks, uniquingKeysWith: +)
      return
    }
    let shared = sharedTasks.merging(other.sharedTasks, uniquingKeysWith: +)
    let tasks = tasks.merging(other.tasks, uniquingKeysWith: +)
    self = FunctionNetwork()
    namedShared = shared
    namedTasks = tasks
  }

  private var isEmpty: Bool {
    !pairCounts.contains { $0 > 0 } && !taskCounts.contains { $0 > 0 } && namedShared.isEmpty
      && namedTasks.isEmpty
  }

  /// Whether the two networks count the same pairs and tasks.
  public static func == (lhs: FunctionNetwork, rhs: FunctionNetwork) -> Bool {
    lhs.sharedTasks == rhs.sharedTasks && lhs.tasks == rhs.tasks
  }

  /// Feeds the counts by id.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(sharedTasks)
    hasher.combine(tasks)
  }

  /// The header of `function_edges.csv`.
  public static let header = ["function_a", "function_b", "shared_tasks"]

  /// Every pair with its shared tasks, most first (then ids).
  public var pairs: [(a: String, b: String, sharedTasks: Int)] {
    sharedTasks.sorted {
      ($1.value, $0.key[0], $0.key[1]) < ($0.value, $1.key[0], $1.key[1])
    }.map { ($0.key[0], $0.key[1], $0.value) }
  }

  /// `function_edges.csv`: every pair, most shared tasks first (then ids).
  public var edgesTable: Table {
    Table(
      header: Self.header,
      rows: pairs.map { [.text($0.a), .text($0.b), .integer($0.sharedTasks)] })
  }

  /// The network as a drawing: nodes labelled in Chinese and sized by tasks, edges by shared
  /// tasks.
  public func graph(functions: AgencyFunctions = .shipped) -> GraphDescription {
    let labels = Dictionary(
      functions.functions.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let tasks = tasks
    let nodes = tasks.keys.sorted().map { id in
      GraphDescription.Node(
        id: id, label: labels[id] ?? id, kind: "function", size: Double(tasks[id]!))
    }
    let edges = pairs.map {
      GraphDescription.Edge(
        source: $0.a, target: $0.b, weight: Double($0.sharedTasks), sharedTasks: $0.sharedTasks)
    }
    return GraphDescription(name: "agency functions", nodes: nodes, edges: edges)
  }
}
