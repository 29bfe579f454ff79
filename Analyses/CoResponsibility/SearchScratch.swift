/// The per-node arrays of the betweenness searches (`searches(from:)` and
/// `bitsetSearches(from:)`), allocated once per call and read through pointers.
///
/// The sums (`dependencies`, `closeness`) build up over all sources; σ, δ, distance and the
/// discovery order belong to one source, set up by `start(at:)` and put back by
/// `reset(reached:)` for the next.
struct SearchScratch: ~Copyable {
  /// Σ of each node's dependencies over the sources searched.
  let dependencies: UnsafeMutableBufferPointer<Double>
  /// Each source's closeness; 0 at the other nodes.
  let closeness: UnsafeMutableBufferPointer<Double>
  /// σ: shortest paths from the source to each node.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// δ: each node's dependency on the source.
  let delta: UnsafeMutableBufferPointer<Double>
  /// Each node's distance from the source, -1 when not reached.
  let distance: UnsafeMutableBufferPointer<Int32>
  /// The nodes in the order they were reached: the queue and, read backwards, the stack.
  let order: UnsafeMutableBufferPointer<Int32>

  /// The arrays for a graph of `nodes` nodes, before any source.
  init(nodes: Int) {
    func filled<Value>(_ value: Value) -> UnsafeMutableBufferPointer<Value> {
      let buffer = UnsafeMutableBufferPointer<Value>.allocate(capacity: nodes)
      buffer.initialize(repeating: value)
      return buffer
    }
    dependencies = filled(0)
    closeness = filled(0)
    sigma = filled(0)
    delta = filled(0)
    distance = filled(-1)
    order = filled(0)
  }

  deinit {
    for buffer in [dependencies, closeness, sigma, delta] { buffer.deallocate() }
    distance.deallocate()
    order.deallocate()
  }

  /// Begins a search from `source`: one path to it, at distance 0, the first node reached.
  @inline(__always)
  func start(at source: Int) {
    sigma[source] = 1
    distance[source] = 0
    order[0] = Int32(source)
  }

  /// Puts σ, δ and distance of the first `reached` nodes of `order` back as before a source.
  func reset(reached: Int) {
    for index in 0..<reached {
      let v = Int(order[index])
      sigma[v] = 0
      distance[v] = -1
      delta[v] = 0
    }
  }

  /// The sums, copied out.
  var results: (dependencies: [Double], closeness: [Double]) {
    (Array(dependencies), Array(closeness))
  }
}
