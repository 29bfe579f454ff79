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
    var lookup = AgencyFunctions.Lookup(functions)
    var pairs: [Pair: Int] = [:]
    for task in document.tasks {
      var named = Set<String>()
      for assignment in task.assignments where !assignment.role.isLeaderRole {
        let function = lookup.id(of: assignment.assignee.name)
        // A group such as 各有关部门 is no agency of any function.
        if function == AgencyFunctions.otherID && assignment.assignee.kind == .collective {
          continue
        }
        named.insert(function)
      }
      let sortedNamed = named.sorted()
      for function in sortedNamed { tasks[function, default: 0] += 1 }
      for (i, a) in sortedNamed.enumerated() {
        for b in sortedNamed[(i + 1)...] { pairs[Pair(a: a, b: b), default: 0] += 1 }
      }
    }
    // Counted under a two-field key (no array allocated per increment), handed out as pairs.
    for (pair, count) in pairs { sharedTasks[[pair.a, pair.b]] = count }
  }

  private struct Pair: Hashable {
    var a: String
    var b: String
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
