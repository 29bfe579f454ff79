extension AssigneeListSplitter {
  /// Words a government's name ends in.
  private static let governmentSuffixes = ["人民政府", "街道办事处", "管委会", "政府", "办事处"]
  /// The last characters of the government suffixes and the place classes: a name ending in
  /// none of them gets no suffix from `expandBareNames`.
  private static let suffixEndings = (governmentSuffixes + placeClasses).map {
    $0.unicodeScalars.last!
  }
  /// Whether `scalar` ends a place name: 区, 县, 市, 镇, 乡 or 旗.
  ///
  /// Scalars in a `switch`, not a `Set` of Characters: hashing a Character normalizes it, and
  /// every name passes here.
  private static func isPlaceCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "区", "县", "市", "镇", "乡", "旗": true
    default: false
    }
  }
  private static let distributedNouns = [
    "镇(街道)", "乡镇(街道)", "镇", "乡", "街道", "乡镇", "部门", "单位", "村", "社区", "开发区", "园区",
  ]

  /// Resolves ellipsis inside one `、` run: a shared suffix written once at the end, a
  /// shared owner written once at the start (`省政府各部门、各单位`), and a leading 各 that
  /// distributes over the run.
  static func expandEllipsis(in run: inout [Item]) {
    guard run.count > 1 else { return }
    // Most runs name agencies, which no rule below touches: each rule needs a name that
    // starts with 各, or one before the last that may be a bare place or name.
    let mayResolve = run.indices.contains { index in
      run[index].name.withUTF8Bytes { name in
        name.hasPrefix(utf8Of: "各") || index < run.count - 1 && mayBeBare(name)
      }
    }
    guard mayResolve else { return }
    // `古塔区、凌河区、太和区人民政府`.
    for index in run.indices.dropLast() where isBarePlace(run[index].name) {
      for later in run[(index + 1)...] {
        guard let suffix = governmentSuffixes.first(where: { later.name.utf8HasSuffix($0) }) else {
          if !isBarePlace(later.name) { break }
          continue
        }
        let place = later.name.unicodeScalars.dropLast(suffix.unicodeScalars.count)
        if let last = place.last, isPlaceCharacter(last) {
          run[index].name += suffix
        }
        break
      }
    }
    expandBareNames(in: &run)
    // `省政府各部门、各单位`: the second is 省政府各单位.
    for index in run.indices.dropFirst() where run[index].name.utf8HasPrefix("各") {
      let previous = run[index - 1].name
      // 各 found by its bytes: `firstIndex(of:)` steps through the name's characters.
      if let each = previous.utf8Bounds(of: "各")?.lowerBound, each != previous.startIndex,
        run[index].name.scalarCount <= 4
      {
        run[index].name = previous[..<each] + run[index].name
      }
    }
    // `各开发区、镇(街道)`.
    if run[0].name.utf8HasPrefix("各") {
      for index in run.indices.dropFirst()
      where !run[index].name.utf8HasPrefix("各") && distributedNouns.contains(run[index].name) {
        run[index].name = "各" + run[index].name
        run[index].kind = .collective
      }
    }
  }

  /// Gives bare place names the level and agency written once after the last of them:
  /// `大连、丹东、葫芦岛市人民政府` names 大连市人民政府, 丹东市人民政府 and 葫芦岛市人民政府;
  /// `西四、牛庄、岔沟等镇(街道)` names 西四镇, 牛庄镇 and 岔沟镇.
  private static func expandBareNames(in run: inout [Item]) {
    for index in run.indices.dropFirst().reversed() {
      // Nothing is given unless the name before is bare (most lists name agencies), so that
      // is looked at first; the suffix is read only then.
      guard isBareName(run[index - 1].name) else { continue }
      let name = run[index].name
      guard let last = name.lastScalar, suffixEndings.contains(last) else { continue }
      var suffix: String?
      if let government = governmentSuffixes.first(where: { name.utf8HasSuffix($0) }) {
        let place = name.unicodeScalars.dropLast(government.unicodeScalars.count)
        if let level = place.last, isPlaceCharacter(level), place.count >= 3 {
          suffix = String(Character(level)) + government
        }
      } else if run[index].kind != .collective,
        let place = placeClasses.first(where: {
          name.utf8HasSuffix($0) && run[index].writtenAs.utf8Contains("等" + $0)
        })
      {
        // `岔沟等镇(街道)` was read as 岔沟镇: the class after 等 is the level.
        suffix = place
      }
      guard let suffix else { continue }
      var earlier = index - 1
      while earlier >= 0, isBareName(run[earlier].name) {
        run[earlier].name += suffix
        earlier -= 1
      }
    }
  }

  /// A short name with no level or agency word, such as `大连` or `西四`: a place written bare.
  private static func isBareName(_ name: String) -> Bool {
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
  private static func isBarePlace(_ name: String) -> Bool {
    guard let last = name.lastScalar, isPlaceCharacter(last), (2...5).contains(name.scalarCount)
    else {
      return false
    }
    return !name.utf8HasPrefix("各") && !name.utf8HasPrefix("相关") && !name.utf8HasPrefix("有关")
  }
}
