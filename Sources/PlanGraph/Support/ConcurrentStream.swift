import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// Calls `consume` with `transform` of each element, in the array's order, on the calling
  /// thread, while the elements after it are transformed on all cores, at most `window` of
  /// them ahead of the one consumed.
  ///
  /// Each element is handed to a core by itself as soon as the window has room, so no core
  /// waits for a slower neighbour (as cores do at the end of each batch when batches are
  /// mapped one after another), and the caller's serial work on one result overlaps the
  /// transforms of the next ones. At most `window` results are held at once.
  ///
  /// When `consume` throws, no further element is started; the ones running are waited for
  /// and the error is rethrown.
  public func concurrentMapInOrder<Result: Sendable, Failure: Error>(
    window: Int, _ transform: @escaping @Sendable (Element) -> Result,
    consume: (_ index: Int, _ result: Result) throws(Failure) -> Void
  ) throws(Failure) {
    guard !isEmpty else { return }
    let window = Swift.max(1, window)
    let slots = StreamSlots<Result>(count: Swift.min(window, count))
    let running = DispatchGroup()
    func start(_ index: Int) {
      let element = self[index]
      DispatchQueue.global().async(group: running) {
        slots.put(index, transform(element))
      }
    }
    defer { running.wait() }
    for index in 0..<Swift.min(window, count) { start(index) }
    for index in indices {
      let result = slots.take(index)
      // The next element starts before this result is consumed, so the cores stay busy.
      if index + window < count { start(index + window) }
      try consume(index, result)
    }
  }
}

/// A ring of `count` result slots: element `i` goes to slot `i % count`, which the consumer
/// has emptied by then (at most `count` elements are ahead of it).
private final class StreamSlots<Value: Sendable>: @unchecked Sendable {
  private var ring: [Value?]
  private let condition = NSCondition()

  init(count: Int) { ring = Array(repeating: nil, count: count) }

  /// Stores element `index`'s result and wakes the consumer.
  func put(_ index: Int, _ value: Value) {
    condition.lock()
    ring[index % ring.count] = value
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for element `index`'s result and takes it out of its slot.
  func take(_ index: Int) -> Value {
    condition.lock()
    defer { condition.unlock() }
    let slot = index % ring.count
    while ring[slot] == nil { condition.wait() }
    let value = ring[slot]!
    ring[slot] = nil
    return value
  }
}
