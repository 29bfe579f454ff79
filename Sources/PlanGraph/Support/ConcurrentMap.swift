import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// The results of `transform` on every element, computed on all cores, in the array's order.
  ///
  /// The order of the results never depends on which core finished first, so a parallel run
  /// gives exactly what a serial run gives.
  public func concurrentMap<Result: Sendable>(
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard count > 1 else { return map(transform) }
    let slots = ResultSlots<Result>(count: count)
    withoutActuallyEscaping(transform) { transform in
      let box = SendableBox(transform)
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.set(index, box.value(self[index]))
      }
    }
    return slots.values
  }
}

/// A value handed to concurrent iterations that only read it.
private struct SendableBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// Slots filled from concurrent iterations, each written once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage.map { $0! }
  }
}
