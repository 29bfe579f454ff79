/// Splits the value of a field line into the assignees it names.
///
/// Rules (design.md, "Parsing rules"):
/// - split on `、` `,` `;` (full-width forms are already ASCII), never inside brackets
///   `( ) [ ] 《 》 〔 〕 【 】 “ ”`: `市安全生产委员会(市防灾减灾救灾委员会、市消防安全委员会)成员单位`
///   is one assignee;
/// - `等` at the end of an item closes an open list: `市税务局、锦州海关等` names two units, both
///   marked open; `海城供电公司等各有关部门` names a unit (open) and a collective; words that
///   merely contain 等 (`中等职业学校`) are not split;
/// - suffix ellipsis in a `、` run: `古塔区、凌河区、太和区人民政府` names three 人民政府;
/// - 各 distributes over a `、` run: `各开发区、镇(街道)` names `各开发区` and `各镇(街道)`;
/// - collectives (`各…`, `…有关部门`, `…成员单位`) are marked as such.
public enum AssigneeListSplitter {
  /// One name read from a list.
  public struct Item: Hashable, Sendable {
    /// The name after list-local ellipsis is resolved.
    public var name: String
    /// Unit, leader or collective.
    public var kind: Assignee.Kind
    /// Whether the list ended in 等.
    public var openList: Bool
    /// The list item as written.
    public var writtenAs: String
  }

  /// The names in `value`, a field line's text after its label, for a field of `role`.
  public static func split(_ value: String, role: Role) -> [Item] {
    var items: [Item] = []
    for group in commaGroups(of: value) {
      var run: [Item] = []
      var groupIsOpen = false
      for raw in group {
        let written = trimmed(raw)
        guard !written.isEmpty else { continue }
        let (head, tail, open) = splitAtDeng(written)
        if open { groupIsOpen = true }
        if !head.isEmpty {
          run.append(Item(name: head, kind: kind(of: head, role: role), openList: false, writtenAs: written))
        }
        if let tail {
          run.append(Item(name: tail, kind: .collective, openList: false, writtenAs: written))
        }
        if open, tail != nil {
          // `A、B等各有关部门`: the units before 等 are open, the collective after it is not.
          for index in run.indices.dropLast() { run[index].openList = true }
          groupIsOpen = false
        }
      }
      if groupIsOpen { for index in run.indices { run[index].openList = true } }
      if !role.isLeaderRole { expandEllipsis(in: &run) }
      items += run
    }
    return items
  }

  /// Whether a unit-role name is a collective rather than one agency.
  public static func isCollective(_ name: String) -> Bool {
    collectivePrefixes.contains { name.hasPrefix($0) }
      || collectiveInfixes.contains { name.contains($0) }
  }

  private static let collectivePrefixes = ["各", "有关", "相关", "其他", "全市", "全省", "全区", "全县"]
  private static let collectiveInfixes = [
    "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "各级", "成员单位", "各有关",
    "各直属", "各成员", "各县", "各市", "各区",
  ]
  private static let leaderCollectiveInfixes = ["各", "有关", "相关", "分管", "领导", "负责同志"]

  private static func kind(of name: String, role: Role) -> Assignee.Kind {
    if role.isLeaderRole {
      return leaderCollectiveInfixes.contains { name.contains($0) } ? .collective : .leader
    }
    return isCollective(name) ? .collective : .unit
  }

  private static func trimmed(_ text: Substring) -> String {
    var text = text
    while let last = text.last, last == "。" || last == "." || last == " " { text.removeLast() }
    while let first = text.first, first == " " { text.removeFirst() }
    return String(text)
  }

  /// Splits an item at 等: the head, a collective tail if any, and whether the list is open.
  private static func splitAtDeng(_ item: String) -> (String, String?, Bool) {
    if item.hasSuffix("等") && item.count > 1 { return (String(item.dropLast()), nil, true) }
    guard let deng = item.firstIndex(of: "等"), deng != item.startIndex else {
      return (item, nil, false)
    }
    let head = String(item[..<deng])
    let tail = String(item[item.index(after: deng)...])
    let generalTail = ["各", "有关", "相关", "其他"].contains { tail.hasPrefix($0) }
    let placeTail = placeClasses.contains { tail.hasPrefix($0) }
    guard generalTail || placeTail, !wordsWithDeng.contains(where: { item.contains($0) }) else {
      return (item, nil, false)
    }
    if placeTail, let place = placeClasses.first(where: { tail.hasPrefix($0) }),
      !head.hasSuffix(place)
    {
      // `岔沟等镇(街道)`: 岔沟 is a 镇 like the others.
      return (head + place, tail, true)
    }
    return (head, tail, true)
  }

  private static let placeClasses = ["镇", "乡", "街道", "县", "区"]
  private static let wordsWithDeng = ["高等", "中等", "初等", "平等", "同等", "对等", "均等", "等级"]

  /// Splits at top-level `,` and `;` into groups, and each group at top-level `、`.
  private static func commaGroups(of value: String) -> [[Substring]] {
    var groups: [[Substring]] = []
    var current: [Substring] = []
    var depth = 0
    var start = value.startIndex
    var index = value.startIndex
    while index < value.endIndex {
      let character = value[index]
      switch character {
      case "(", "[", "《", "〔", "【", "“": depth += 1
      case ")", "]", "》", "〕", "】", "”": depth = max(0, depth - 1)
      case "、", ",", ";":
        guard depth == 0 else { break }
        current.append(value[start..<index])
        if character != "、" {
          groups.append(current)
          current = []
        }
        start = value.index(after: index)
      default: break
      }
      index = value.index(after: index)
    }
    current.append(value[start...])
    groups.append(current)
    return groups
  }
}
