import PlanGraph

/// Which agency functions are yoked together across a corpus: functions as nodes, an edge
/// weighted by the number of tasks, across all documents, that name agencies of both.
///
/// Built one document at a time (`adding(_:)`, `merge(_:)`), so a corpus never has to be held.
public struct FunctionNetwork: Sendable, Hashable {
  /// Tasks, across all documents, naming agencies of both functions of a pair (ids sorted).
  public private(set) var sharedTasks: [[String]: Int] = [:]
  /// Tasks naming an agency of each function.
  public private(set) var tasks: [String: Int] = [:]

  /// An empty network.
  public init() {}

  /// The network of one document's tasks.
  public init(_ document: Document, functions: AgencyFunctions = .shipped) {
    self.init(TaskFunctions(document, functions: functions))
  }

  /// The network of one document's tasks, whose functions `named` holds.
  public init(_ named: TaskFunctions) {
    var taskCounts = [Int](repeating: 0, count: named.functions.functions.count)
    var pairs: [Int: Int] = [:]
    var present = [Bool](repeating: false, count: taskCounts.count)
    var ids: [Int] = []
    for mentions in named.tasks {
      ids.removeAll(keepingCapacity: true)
      for mention in mentions where !present[mention.function] {
        present[mention.function] = true
        ids.append(mention.function)
      }
      for id in ids {
        present[id] = false
        taskCounts[id] += 1
      }
      for (i, a) in ids.enumerated() {
        for b in ids[(i + 1)...] {
          pairs[min(a, b) * taskCounts.count + max(a, b), default: 0] += 1
        }
      }
    }
    for (function, count) in taskCounts.enumerated() where count > 0 {
      tasks[named.id(function)] = count
    }
    // Counted under one integer per pair, handed out as sorted id pairs.
    for (pair, count) in pairs {
      let a = named.id(pair / taskCounts.count)
      let b = named.id(pair % taskCounts.count)
      sharedTasks[a < b ? [a, b] : [b, a]] = count
    }
  }

  /// Adds another network's counts to this one.
  public mutating func merge(_ other: FunctionNetwork) {
    sharedTasks.merge(other.sharedTasks, uniquingKeysWith: +)
    tasks.merge(other.tasks, uniquingKeysWith: +)
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
