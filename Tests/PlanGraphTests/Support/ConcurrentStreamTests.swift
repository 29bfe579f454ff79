import Foundation
import PlanGraph
import Testing

/// `concurrentMapInOrder`: results in order, never more than the window ahead, and a thrown
/// error stops the run.
@Suite("Concurrent stream")
struct ConcurrentStreamTests {
  /// Counts transforms started, read by the consumer to bound how far they ran ahead.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() {
      lock.lock()
      value += 1
      lock.unlock()
    }
    var count: Int {
      lock.lock()
      defer { lock.unlock() }
      return value
    }
  }

  struct Stop: Error, Equatable { let at: Int }

  @Test("Every result in order, with windows of 1, 3 and more than there are elements")
  func order() {
    let elements = Array(0..<200)
    for window in [1, 3, 8, 500] {
      var seen: [Int] = []
      elements.concurrentMapInOrder(
        window: window,
        { value -> Int in
          // Early elements take longest, so later ones finish first.
          if value < 10 { usleep(UInt32(2_000 - value * 150)) }
          return value * value
        },
        consume: { index, square in
          #expect(square == index * index)
          seen.append(index)
        })
      #expect(seen == elements, "window \(window)")
    }
  }

  @Test("No more than the window's elements are started ahead of the one consumed")
  func bounded() {
    let started = Counter()
    var worst = 0
    Array(0..<300).concurrentMapInOrder(
      window: 4,
      { value -> Int in
        started.increment()
        return value
      },
      consume: { index, _ in
        usleep(100)
        // Element index is consumed: at most index + 4 elements (0 ... index + 3, and the
        // one started just before this call) can have started.
        worst = max(worst, started.count - index)
      })
    #expect(worst <= 5)
    #expect(started.count == 300)
  }

  @Test("A thrown error is rethrown and no element after the window is started")
  func stops() {
    let started = Counter()
    #expect(throws: Stop(at: 20)) {
      try Array(0..<1_000).concurrentMapInOrder(
        window: 6,
        { value -> Int in
          started.increment()
          return value
        },
        consume: { (index, _) throws(Stop) in
          if index == 20 { throw Stop(at: 20) }
        })
    }
    // Elements 0 … 26: element 26 was started before element 20 was consumed, none after;
    // the started ones are waited for before the error comes back.
    #expect(started.count == 27)
  }

  @Test("An empty array calls nothing")
  func empty() {
    var calls = 0
    [Int]().concurrentMapInOrder(window: 4, { $0 }, consume: { _, _ in calls += 1 })
    #expect(calls == 0)
  }
}
