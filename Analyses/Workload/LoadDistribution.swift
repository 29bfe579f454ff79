import PlanGraph

/// How unevenly lead tasks are spread over a plan's specific units.
public struct LoadDistribution: Sendable, Hashable {
  /// Specific units (not collectives) that lead at least one task.
  public var leadingUnits: Int
  /// Lead-unit assignments to specific units.
  public var leadAssignments: Int
  /// Share of those assignments held by the five heaviest units.
  public var topFiveShare: Double
  /// Gini coefficient of lead tasks over the leading units: Σ_i Σ_j |x_i − x_j| / (2 n² x̄);
  /// 0 when every unit leads as many tasks, towards 1 when one unit leads them all.
  public var gini: Double

  /// The distribution of `loads` (from `UnitLoad.compute`).
  public init(_ loads: [UnitLoad]) {
    let values = loads.filter { $0.unit.kind == .unit && $0.leadTasks > 0 }.map {
      Double($0.leadTasks)
    }
    .sorted(by: >)
    leadingUnits = values.count
    let total = values.reduce(0, +)
    leadAssignments = Int(total)
    topFiveShare = total > 0 ? values.prefix(5).reduce(0, +) / total : 0
    gini = Self.gini(values)
  }

  /// The Gini coefficient of non-negative `values`.
  public static func gini(_ values: [Double]) -> Double {
    let n = Double(values.count)
    let total = values.reduce(0, +)
    guard n > 0, total > 0 else { return 0 }
    // With values sorted ascending: G = Σ (2i − n − 1) x_i / (n Σ x), i from 1.
    let sorted = values.sorted()
    var sum = 0.0
    for (index, value) in sorted.enumerated() { sum += (2 * Double(index + 1) - n - 1) * value }
    return sum / (n * total)
  }
}
