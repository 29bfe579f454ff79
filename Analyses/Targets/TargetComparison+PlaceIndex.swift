extension TargetComparison {
  /// The panel's entries by place key and by jurisdiction name, for finding the place above
  /// each entry without scanning every entry for each one.
  struct PlaceIndex {
    /// The entries' panel indices per place key, in panel order.
    private var byKey: [String: [Int]] = [:]
    /// The entries' panel indices per jurisdiction name, in panel order.
    private var byName: [String: [Int]] = [:]
    /// The panel's entries.
    private let entries: [TargetPanel.Entry]

    /// Indexes `entries`.
    init(_ entries: [TargetPanel.Entry]) {
      self.entries = entries
      for (index, entry) in entries.enumerated() {
        byKey[entry.place.key, default: []].append(index)
        byName[entry.place.name, default: []].append(index)
      }
    }

    /// The panel index of the nearest place above `entry` with a document of its year or up
    /// to `yearsBefore` years earlier (the newest such; of several, the first in panel order).
    ///
    /// The places above are the ancestors of the entry's division code, nearest first, or,
    /// for a place without a code, the place its document names as its parent (any place of
    /// that name).
    func ancestor(of entry: TargetPanel.Entry, yearsBefore: Int) -> Int? {
      guard let year = entry.year else { return nil }
      let codes = entry.place.ancestorCodes
      let candidates: [[Int]]
      if !codes.isEmpty {
        candidates = codes.map { byKey[$0] ?? [] }
      } else if let parent = entry.place.parent {
        candidates = [byName[parent] ?? []]
      } else {
        return nil
      }
      for indices in candidates {
        var newest: Int?
        for index in indices {
          guard let other = entries[index].year, other <= year, other >= year - yearsBefore
          else { continue }
          if let best = newest, entries[best].year! >= other { continue }
          newest = index
        }
        if let newest { return newest }
      }
      return nil
    }
  }
}
