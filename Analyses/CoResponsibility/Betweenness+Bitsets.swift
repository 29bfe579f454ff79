import PlanGraph

extension WeightedGraph {
  /// The most nodes a graph may have for `bitsetSearches(from:)`: each search step then reads
  /// at most four words of a node's neighbour set.
  static let bitsetSearchLimit = 256

  /// What `searches(from:)` computes, for a graph of at most `bitsetSearchLimit` nodes, with
  /// each node's neighbours and each distance level held as bit sets; `nil` when the
  /// adjacency lists are not strictly ascending (the bit sets would lose a repeated entry).
  ///
  /// The adjacency-list search tests every neighbour of every node twice per source, and
  /// most tests fail (the neighbour is on the same level, or two levels off): on a plan's
  /// dense network of 60–90 units that branch is most of the time. Here a node's neighbours on
  /// the next level, or on the one before, are one `and` of two bit sets, and only those are
  /// visited.
  ///
  /// Every floating-point operation is the one `searches(from:)` performs, in the same order:
  /// nodes are discovered in the same order (a node's new neighbours in ascending index, as
  /// its sorted list gives them), σ of a node takes its predecessors' terms in that order,
  /// and δ of a node takes its successors' terms with the successors in reverse discovery
  /// order. So the values are bit for bit the same.
  func bitsetSearches(from sources: StrideTo<Int>) -> (
    dependencies: [Double], closeness: [Double]
  )? {
    let n = nodeCount
    let words = (n + 63) >> 6
    var adjacent = [UInt64](repeating: 0, count: n * words)
    for node in 0..<n {
      var previous: Int32 = -1
      for position in adjacency(of: node) {
        let neighbor = neighbors[position]
        guard neighbor > previous else { return nil }
        previous = neighbor
        adjacent[node * words + Int(neighbor) >> 6] |= 1 << (UInt64(neighbor) & 63)
      }
    }
    let scratch = SearchScratch(nodes: n)
    let (centrality, closeness) = (scratch.dependencies, scratch.closeness)
    let (sigma, delta, distance, order) = (
      scratch.sigma, scratch.delta, scratch.distance, scratch.order
    )
    // Level d's members as a bit set at `levels[d * words...]`; a level has a node at least.
    var levels = [UInt64](repeating: 0, count: (n + 1) * words)
    var closed = [UInt64](repeating: 0, count: words)
    adjacent.withUnsafeBufferPointer { adjacent in
      levels.withUnsafeMutableBufferPointer { levels in
        closed.withUnsafeMutableBufferPointer { closed in
          for source in sources {
            scratch.start(at: source)
            for word in 0..<words { closed[word] = 0 }
            closed[source >> 6] = 1 << (UInt64(source) & 63)
            levels[source >> 6] = closed[source >> 6]
            var start = 0
            var end = 1
            var level = 0
            var total = 0
            while start < end {
              let next = level + 1
              let found = next * words
              var tail = end
              for index in start..<end {
                let v = Int(order[index])
                let paths = sigma[v]
                let row = v * words
                for word in 0..<words {
                  // Neighbours not on this level or nearer: found before (the
                  // next level's so far) or now.
                  var candidates = adjacent[row + word] & ~closed[word]
                  guard candidates != 0 else { continue }
                  let fresh = candidates & ~levels[found + word]
                  levels[found + word] |= candidates
                  while candidates != 0 {
                    let bit = candidates.trailingZeroBitCount
                    let w = word << 6 | bit
                    if fresh & (1 << UInt64(bit)) != 0 {
                      distance[w] = Int32(next)
                      order[tail] = Int32(w)
                      tail += 1
                    }
                    sigma[w] += paths
                    candidates &= candidates - 1
                  }
                }
              }
              for word in 0..<words { closed[word] |= levels[found + word] }
              total += next * (tail - end)
              start = end
              end = tail
              level = next
            }
            closeness[source] = Self.closeness(
              reached: end - 1, totalDistance: total, nodes: n)
            var index = end - 1
            while index > 0 {
              let w = Int(order[index])
              let nearer = Int(distance[w] - 1) * words
              let paths = sigma[w]
              let share = 1 + delta[w]
              let row = w * words
              for word in 0..<words {
                var predecessors = adjacent[row + word] & levels[nearer + word]
                while predecessors != 0 {
                  let v = word << 6 | predecessors.trailingZeroBitCount
                  delta[v] += sigma[v] / paths * share
                  predecessors &= predecessors - 1
                }
              }
              centrality[w] += delta[w]
              index -= 1
            }
            scratch.reset(reached: end)
            for slot in 0..<((level + 1) * words) { levels[slot] = 0 }
          }
        }
      }
    }
    return scratch.results
  }
}
