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
          run.append(
            Item(name: head, kind: kind(of: head, role: role), openList: false, writtenAs: written))
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
    collectivePrefixes.contains { name.utf8HasPrefix($0) }
      || collectiveInfixes.containsAny(in: name)
  }

  private static let collectivePrefixes = ["各", "有关", "相关", "其他", "全市", "全省", "全区", "全县"]
  private static let collectiveInfixes = NeedleSet([
    "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "各级", "成员单位", "各有关",
    "各直属", "各成员", "各县", "各市", "各区",
  ])
  private static let leaderCollectiveInfixes = NeedleSet([
    "各", "有关", "相关", "分管", "领导", "负责同志",
  ])

  private static func kind(of name: String, role: Role) -> Assignee.Kind {
    if role.isLeaderRole {
      return leaderCollectiveInfixes.containsAny(in: name) ? .collective : .leader
    }
    return isCollective(name) ? .collective : .unit
  }

  /// `text` without spaces before it and `。`, `.` or spaces after it, trimmed on UTF-8 bytes.
  private static func trimmed(_ text: Substring) -> String {
    let utf8 = text.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start < end, utf8[start] == 0x20 { start = utf8.index(after: start) }
    while start < end {
      let last = utf8.index(before: end)
      if utf8[last] == 0x2E || utf8[last] == 0x20 {
        end = last
      } else if utf8[last] == 0x82, utf8.distance(from: start, to: end) >= 3,
        utf8[utf8.index(end, offsetBy: -3)] == 0xE3, utf8[utf8.index(end, offsetBy: -2)] == 0x80
      {
        end = utf8.index(end, offsetBy: -3)  // 。
      } else {
        break
      }
    }
    return String(text[start..<end])
  }

  /// Splits an item at 等: the head, a collective tail if any, and whether the list is open.
  private static func splitAtDeng(_ item: String) -> (String, String?, Bool) {
    let dengWidth = 3  // 等 in UTF-8
    if item.utf8HasSuffix("等") && item.utf8.count > dengWidth {
      return (String(item.utf8.dropLast(dengWidth))!, nil, true)
    }
    guard let offset = item.utf8Range(of: "等"), offset > 0 else { return (item, nil, false) }
    let deng = item.utf8.index(item.utf8.startIndex, offsetBy: offset)
    let head = String(item[..<deng])
    let tail = String(item[item.utf8.index(deng, offsetBy: dengWidth)...])
    let generalTail = ["各", "有关", "相关", "其他"].contains { tail.utf8HasPrefix($0) }
    let placeTail = placeClasses.contains { tail.utf8HasPrefix($0) }
    guard generalTail || placeTail, !wordsWithDeng.contains(where: { item.utf8Contains($0) }) else {
      return (item, nil, false)
    }
    if placeTail, let place = placeClasses.first(where: { tail.utf8HasPrefix($0) }),
      !head.utf8HasSuffix(place)
    {
      // `岔沟等镇(街道)`: 岔沟 is a 镇 like the others.
      return (head + place, tail, true)
    }
    return (head, tail, true)
  }

  /// The classes of place a list distributes over (`岔沟等镇(街道)`); also the place suffixes
  /// `expandBareNames` gives bare names.
  static let placeClasses = ["镇", "乡", "街道", "县", "区"]
  private static let wordsWithDeng = ["高等", "中等", "初等", "平等", "同等", "对等", "均等", "等级"]

  /// Splits at top-level `,` and `;` into groups, and each group at top-level `、`, scanning
  /// UTF-8 bytes.
  private static func commaGroups(of value: String) -> [[Substring]] {
    var groups: [[Substring]] = []
    var current: [Substring] = []
    let utf8 = value.utf8
    var depth = 0
    var start = utf8.startIndex
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      var next = utf8.index(after: index)
      var separator: UInt8 = 0  // 1: 、 inside a group; 2: , or ; between groups
      switch byte {
      case Byte.leftParenthesis, 0x5B: depth += 1
      case Byte.rightParenthesis, 0x5D: depth = max(0, depth - 1)
      case Byte.comma, Byte.semicolon: separator = 2
      case 0xE2, 0xE3:
        guard next != utf8.endIndex, utf8[next] == 0x80 else { break }
        let third = utf8.index(after: next)
        guard third != utf8.endIndex else { break }
        let code = utf8[third]
        if byte == 0xE3 {
          // 、 U+3001; 《 》 U+300A/B; 【 】 U+3010/11; 〔 〕 U+3014/15.
          switch code {
          case 0x81: separator = 1
          case 0x8A, 0x90, 0x94: depth += 1
          case 0x8B, 0x91, 0x95: depth = max(0, depth - 1)
          default: break
          }
        } else if code == 0x9C {
          depth += 1  // “
        } else if code == 0x9D {
          depth = max(0, depth - 1)  // ”
        }
        next = utf8.index(after: third)
      default: break
      }
      if separator != 0 && depth == 0 {
        current.append(value[start..<index])
        if separator == 2 {
          groups.append(current)
          current = []
        }
        start = next
      }
      index = next
    }
    current.append(value[start...])
    groups.append(current)
    return groups
  }
}
