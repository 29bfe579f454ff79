extension AssigneeListSplitter {
  /// Words a government's name ends in.
  fileprivate static let governmentSuffixes = ["人民政府", "街道办事处", "管委会", "政府", "办事处"]
  /// The last characters of the government suffixes and the place classes: a name ending in
  /// none of them gets no suffix from `expandBareNames`.
  fileprivate static let suffixEndings = (governmentSuffixes + placeClasses).map {
    $0.unicodeScalars.last!
  }
  /// Whether `scalar` ends a place name: 区, 县, 市, 镇, 乡 or 旗.
  ///
  /// Scalars in a `switch`, not a `Set` of Characters: hashing a Character normalizes it, and
  /// every name passes here.
  fileprivate static func isPlaceCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "区", "县", "市", "镇", "乡", "旗": true
    default: false
    }
  }
  /// Nouns a leading 各 distributes over: `各开发区、镇(街道)` names 各镇(街道).
  fileprivate static let distributedNouns = [
    "镇(街道)", "乡镇(街道)", "镇", "乡", "街道", "乡镇", "部门", "单位", "村", "社区", "开发区", "园区",
  ]
  /// The UTF-8 bytes of `distributedNouns`, shortest first.
  fileprivate static let distributedNounBytes = distributedNouns.map { Array($0.utf8) }.sorted {
    $0.count < $1.count
  }

  /// A short name with no level or agency word, such as `大连` or `西四`: a place written bare.
  fileprivate static func isBareName(_ name: String) -> Bool {
    // Four characters take at most 16 bytes: longer names are decided by their byte count.
    guard name.utf8.count <= 16, (2...4).contains(name.scalarCount), let last = name.lastScalar,
      !isPlaceCharacter(last), !isAgencyCharacter(last)
    else { return false }
    return !name.utf8HasPrefix("各") && !name.utf8HasPrefix("相关") && !name.utf8HasPrefix("有关")
      && !name.utf8Contains("等") && !communityEndings.contains { name.utf8HasSuffix($0) }
  }

  /// Endings of a place below a town, never a bare name.
  private static let communityEndings = ["街道", "村", "社区"]

  /// Whether `scalar` ends an agency's name: 局, 委, 办, 厅 and the like.
  private static func isAgencyCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "局", "委", "办", "厅", "院", "会", "部", "所", "站", "队", "校", "行", "社", "司", "心", "团", "处",
      "室", "馆", "府", "台", "署", "庭", "关":
      true
    default: false
    }
  }

  /// Whether the name of UTF-8 `bytes` may be a bare place (`isBarePlace`) or a bare name
  /// (`isBareName`): two to five characters, the last no agency's.
  static func mayBeBare(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Five characters take at most 20 bytes.
    guard bytes.count <= 20, let last = bytes.lastScalar, !isAgencyCharacter(last) else {
      return false
    }
    return (2...5).contains(bytes.scalarCount)
  }

  /// A place name with no agency after it, such as `古塔区`.
  fileprivate static func isBarePlace(_ name: String) -> Bool {
    guard let last = name.lastScalar, isPlaceCharacter(last), (2...5).contains(name.scalarCount)
    else {
      return false
    }
    return !name.utf8HasPrefix("各") && !name.utf8HasPrefix("相关") && !name.utf8HasPrefix("有关")
  }
}

extension AssigneeListSplitter.Names {
  /// Resolves ellipsis inside `run`, one `、` run: a shared suffix written once at the end, a
  /// shared owner written once at the start (`省政府各部门、各单位`), and a leading 各 that
  /// distributes over the run.
  ///
  /// The rules ask their questions of each name's facts, read once per name; a name a rule
  /// completes is a name of the table, with its own facts, that the rules after it ask.
  mutating func expandEllipsisInRun() {
    typealias Splitter = AssigneeListSplitter
    guard run.count > 1 else { return }
    // Most runs name agencies, which no rule below touches: each rule needs a name that
    // starts with 各, or one before the last that may be a bare place or name.
    let mayResolve = run.indices.contains { index in
      let facts = facts(of: run[index].name)
      return facts.contains(.startsWithEach)
        || index < run.count - 1 && facts.contains(.mayBeBare)
    }
    guard mayResolve else { return }
    // `古塔区、凌河区、太和区人民政府`.
    for index in run.indices.dropLast() where facts(of: run[index].name).contains(.isBarePlace) {
      for later in (index + 1)..<run.count {
        let name = text(run[later].name)
        guard let suffix = Splitter.governmentSuffixes.first(where: { name.utf8HasSuffix($0) })
        else {
          if !facts(of: run[later].name).contains(.isBarePlace) { break }
          continue
        }
        let place = name.unicodeScalars.dropLast(suffix.unicodeScalars.count)
        if let last = place.last, Splitter.isPlaceCharacter(last) {
          run[index].name = id(of: text(run[index].name) + suffix)
        }
        break
      }
    }
    expandBareNames()
    // `省政府各部门、各单位`: the second is 省政府各单位.
    for index in run.indices.dropFirst()
    where facts(of: run[index].name).contains([.startsWithEach, .atMostFourScalars])
      && facts(of: run[index - 1].name).contains(.holdsEachInside)
    {
      let previous = text(run[index - 1].name)
      let each = previous.utf8Bounds(of: "各")!.lowerBound
      run[index].name = id(of: previous[..<each] + text(run[index].name))
    }
    // `各开发区、镇(街道)`.
    if facts(of: run[0].name).contains(.startsWithEach) {
      for index in run.indices.dropFirst() {
        let facts = facts(of: run[index].name)
        guard !facts.contains(.startsWithEach), facts.contains(.isDistributedNoun) else {
          continue
        }
        run[index].name = id(of: "各" + text(run[index].name))
        run[index].kind = .collective
      }
    }
  }

  /// Gives bare place names the level and agency written once after the last of them:
  /// `大连、丹东、葫芦岛市人民政府` names 大连市人民政府, 丹东市人民政府 and 葫芦岛市人民政府;
  /// `西四、牛庄、岔沟等镇(街道)` names 西四镇, 牛庄镇 and 岔沟镇.
  private mutating func expandBareNames() {
    typealias Splitter = AssigneeListSplitter
    for index in run.indices.dropFirst().reversed() {
      // Nothing is given unless the name before is bare (most lists name agencies), so that
      // is looked at first; the suffix is read only then.
      guard facts(of: run[index - 1].name).contains(.isBareName) else { continue }
      let name = text(run[index].name)
      guard let last = name.lastScalar, Splitter.suffixEndings.contains(last) else { continue }
      var suffix: String?
      if let government = Splitter.governmentSuffixes.first(where: { name.utf8HasSuffix($0) }) {
        let place = name.unicodeScalars.dropLast(government.unicodeScalars.count)
        if let level = place.last, Splitter.isPlaceCharacter(level), place.count >= 3 {
          suffix = String(Character(level)) + government
        }
      } else if run[index].kind != .collective,
        let place = Splitter.placeClasses.first(where: {
          name.utf8HasSuffix($0) && text(run[index].written).utf8Contains("等" + $0)
        })
      {
        // `岔沟等镇(街道)` was read as 岔沟镇: the class after 等 is the level.
        suffix = place
      }
      guard let suffix else { continue }
      var earlier = index - 1
      while earlier >= 0, facts(of: run[earlier].name).contains(.isBareName) {
        run[earlier].name = id(of: text(run[earlier].name) + suffix)
        earlier -= 1
      }
    }
  }
}

extension AssigneeListSplitter.Names.Facts {
  /// The facts the ellipsis rules ask of the name `name`, whose UTF-8 bytes are `bytes`: may
  /// be bare, a bare place or name, starts with 各 (and is short), holds 各 further on, a noun
  /// 各 distributes over.
  static func ellipsis(of name: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Self {
    typealias Splitter = AssigneeListSplitter
    var facts: Self = []
    // A bare place or name is one that may be bare.
    if Splitter.mayBeBare(bytes) {
      facts.insert(.mayBeBare)
      if Splitter.isBarePlace(name) { facts.insert(.isBarePlace) }
      if Splitter.isBareName(name) { facts.insert(.isBareName) }
    }
    // The first 各, found once: at the start, or further on.
    if let each = bytes.offset(utf8Of: "各") {
      if each == 0 {
        facts.insert(.startsWithEach)
        if bytes.scalarCount <= 4 { facts.insert(.atMostFourScalars) }
      } else {
        facts.insert(.holdsEachInside)
      }
    }
    if !bytes.isEmpty, bytes.count <= Splitter.distributedNounBytes.last!.count,
      Splitter.distributedNounBytes.contains(where: {
        $0.count == bytes.count && ByteScan.equal($0, bytes.baseAddress!, count: bytes.count)
      })
    {
      facts.insert(.isDistributedNoun)
    }
    return facts
  }
}
