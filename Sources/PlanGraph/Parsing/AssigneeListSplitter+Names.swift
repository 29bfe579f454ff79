extension AssigneeListSplitter {
  /// The list items of one plan: one string per name however many lists write it, and what
  /// is read of a name (its kind per role, the facts of `Facts`) read once per name.
  struct Names {
    /// One name read from a list, as ids of `table`: an entry holds no string, so lists are
    /// read and their entries copied without a string retained or released.
    struct Entry {
      /// The id of the name after list-local ellipsis is resolved.
      var name: Int32
      /// The id of the list item as written.
      var written: Int32
      /// Unit, leader or collective.
      var kind: Assignee.Kind
      /// Whether the list ended in 等.
      var openList: Bool
    }

    /// What the rules ask of a name, read from its bytes once when it is added.
    struct Facts: OptionSet {
      let rawValue: UInt16
      /// Starts with 各.
      static let startsWithEach = Facts(rawValue: 1)
      /// Two to five characters, the last no agency's (`mayBeBare`).
      static let mayBeBare = Facts(rawValue: 2)
      /// Holds 等.
      static let holdsDeng = Facts(rawValue: 4)
      /// Ends in `)`, as a leader's office and a mark of the lead do.
      static let endsInParenthesis = Facts(rawValue: 8)
      /// A leader's title (`LeaderTitle.isTitle`).
      static let isTitle = Facts(rawValue: 16)
      /// A place written bare, such as `古塔区` (`isBarePlace`).
      static let isBarePlace = Facts(rawValue: 32)
      /// A short name with no level or agency word, such as `大连` (`isBareName`).
      static let isBareName = Facts(rawValue: 64)
      /// Its first 各 is not its first character (`省政府各部门`).
      static let holdsEachInside = Facts(rawValue: 128)
      /// Starts with 各 and has at most four characters (`各单位`).
      static let atMostFourScalars = Facts(rawValue: 256)
      /// One of the nouns a leading 各 distributes over (`镇(街道)`).
      static let isDistributedNoun = Facts(rawValue: 512)

      init(rawValue: UInt16) { self.rawValue = rawValue }

      /// The facts of the name `name`, whose UTF-8 bytes are `bytes`.
      init(_ name: String, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var facts = Facts.ellipsis(of: name, utf8: bytes)
        if bytes.contains(utf8Of: "等") { facts.insert(.holdsDeng) }
        if bytes.last == Byte.rightParenthesis { facts.insert(.endsInParenthesis) }
        if LeaderTitle.isTitle(name) { facts.insert(.isTitle) }
        self = facts
      }
    }

    /// The names read: items as written, and the names cut or completed from them.
    private(set) var table: NameTable
    /// Per id of `table`, twice (in a unit role, in a leader role): the kind's tag plus one,
    /// or 0 when the name was not read in that role yet.
    private var kinds: [UInt8] = []
    /// Per id of `table`: its facts.
    private var facts: [Facts] = []
    /// The entries of the list `read(utf8:role:)` split last; their room is kept for the
    /// next list, so a plan's lists are split without an array made and freed for each.
    private(set) var entries: [Entry] = []
    /// The `、` run being read (`expandEllipsisInRun` resolves a run at a time), room kept too.
    var run: [Entry] = []

    /// No names yet; `table` is an empty one, perhaps made with room for them.
    init(table: NameTable = NameTable()) {
      assert(table.count == 0, "the kinds start empty")
      self.table = table
      entries.reserveCapacity(8)
      run.reserveCapacity(8)
    }

    /// The name of id `id`.
    func text(_ id: Int32) -> String { table.names[Int(id)] }

    /// The facts of the name of id `id`.
    func facts(of id: Int32) -> Facts { facts[Int(id)] }

    /// The entries of the last list read, as items with their strings.
    var items: [Item] {
      entries.map {
        Item(name: text($0.name), kind: $0.kind, openList: $0.openList, writtenAs: text($0.written))
      }
    }

    /// The id of the name whose UTF-8 bytes are `bytes`, added when new.
    mutating func id(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
      let (id, isNew) = table.intern(utf8: bytes)
      if isNew { added(id, utf8: bytes) }
      return Int32(id)
    }

    /// The id of `name`, added when new.
    mutating func id(of name: String) -> Int32 {
      let (id, isNew) = table.intern(name)
      if isNew { name.withUTF8Bytes { added(id, utf8: $0) } }
      return Int32(id)
    }

    /// Makes room for the new id `id`, whose name's bytes are `bytes`, and reads its facts.
    private mutating func added(_ id: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) {
      kinds.append(contentsOf: [0, 0])
      facts.append(Facts(table.names[id], utf8: bytes))
    }

    /// The kind of the name `id` in `role`: `kind(of:role:)` the first time.
    mutating func kind(ofID id: Int32, role: Role) -> Assignee.Kind {
      let slot = 2 * Int(id) + (role.isLeaderRole ? 1 : 0)
      if kinds[slot] != 0 { return Assignee.Kind(tag: kinds[slot] - 1) }
      let kind = AssigneeListSplitter.kind(of: text(id), role: role)
      kinds[slot] = kind.tag + 1
      return kind
    }

    /// Splits the list of UTF-8 `bytes` into `entries`, each name's id taken from `table`
    /// (and added to it when new), so the lists of one plan share one string per name.
    mutating func read(utf8 bytes: UnsafeBufferPointer<UInt8>, role: Role) {
      entries.removeAll(keepingCapacity: true)
      var groupIsOpen = false
      forEachListItem(in: bytes) { range, endsGroup in
        let writtenBytes = trimmed(UnsafeBufferPointer(rebasing: bytes[range]))
        if !writtenBytes.isEmpty {
          // The cuts fall between whole characters, so nothing is repaired.
          let written = id(utf8: writtenBytes)
          if !facts(of: written).contains(.holdsDeng) {
            // Most items hold no 等 and are their own head, whose kind is the name's.
            let kind = kind(ofID: written, role: role)
            run.append(Entry(name: written, written: written, kind: kind, openList: false))
          } else {
            let deng = writtenBytes.offset(utf8Of: "等")!
            let (head, tail, open) = splitAtDeng(
              text(written), bytes: writtenBytes, firstDeng: deng)
            if open { groupIsOpen = true }
            if !head.isEmpty {
              let name = id(of: head)
              let kind = kind(ofID: name, role: role)
              run.append(Entry(name: name, written: written, kind: kind, openList: false))
            }
            if let tail {
              let name = id(of: tail)
              run.append(Entry(name: name, written: written, kind: .collective, openList: false))
            }
            if open, tail != nil {
              // `A、B等各有关部门`: the units before 等 are open, the collective after it is not.
              for index in run.indices.dropLast() { run[index].openList = true }
              groupIsOpen = false
            }
          }
        }
        guard endsGroup else { return }
        if groupIsOpen { for index in run.indices { run[index].openList = true } }
        if !role.isLeaderRole { expandEllipsisInRun() }
        if entries.isEmpty {
          // The first run becomes the entries, and their emptied room the next run's.
          swap(&entries, &run)
        } else {
          entries += run
        }
        run.removeAll(keepingCapacity: true)
        groupIsOpen = false
      }
    }
  }
}
