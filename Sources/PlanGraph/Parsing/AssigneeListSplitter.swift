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
    var names = Names()
    return split(value, role: role, names: &names)
  }

  /// The names in `value`, each item's text taken from `names` (and added to it when new),
  /// so the lists of one plan share one string per name.
  static func split(_ value: String, role: Role, names: inout Names) -> [Item] {
    value.withUTF8Bytes { names.read(utf8: $0, role: role) }
    return names.items
  }

  /// Whether a unit-role name is a collective rather than one agency.
  public static func isCollective(_ name: String) -> Bool {
    name.withUTF8Bytes {
      collectivePrefixes.anyIsPrefix(of: $0) || collectiveInfixes.containsAny(in: $0)
    }
  }

  private static let collectivePrefixes = NeedleSet([
    "各", "有关", "相关", "其他", "全市", "全省", "全区", "全县",
  ])
  private static let collectiveInfixes = NeedleSet([
    "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "各级", "成员单位", "各有关",
    "各直属", "各成员", "各县", "各市", "各区",
  ])
  private static let leaderCollectiveInfixes = NeedleSet([
    "各", "有关", "相关", "分管", "领导", "负责同志",
  ])

  /// The kind of `name` in a list of `role`: a leader or a unit, or a collective of either.
  static func kind(of name: String, role: Role) -> Assignee.Kind {
    if role.isLeaderRole {
      return leaderCollectiveInfixes.containsAny(in: name) ? .collective : .leader
    }
    return isCollective(name) ? .collective : .unit
  }

  /// `bytes` without spaces before them and `。`, `.` or spaces after them.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 { start += 1 }
    while start < end {
      let last = bytes[end - 1]
      if last == 0x2E || last == 0x20 {
        end -= 1
      } else if last == 0x82, end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80 {
        end -= 3  // 。
      } else {
        break
      }
    }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// Splits an item at 等: the head, a collective tail if any, and whether the list is open.
  ///
  /// `bytes` are the item's UTF-8 bytes, where the first 等 starts at `firstDeng`; the head
  /// and tail are made into strings only when the item is cut.
  static func splitAtDeng(
    _ item: String, bytes: UnsafeBufferPointer<UInt8>, firstDeng: Int
  ) -> (String, String?, Bool) {
    let dengWidth = 3  // 等 in UTF-8
    /// The bytes of `range` as a string: cut at a whole character, nothing is repaired.
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    if bytes.hasSuffix(utf8Of: "等") && bytes.count > dengWidth {
      return (text(0..<(bytes.count - dengWidth)), nil, true)
    }
    guard firstDeng > 0 else { return (item, nil, false) }
    let tail = UnsafeBufferPointer(rebasing: bytes[(firstDeng + dengWidth)...])
    let generalTail = ["各", "有关", "相关", "其他"].contains { tail.hasPrefix(utf8Of: $0) }
    let place = placeClasses.first { tail.hasPrefix(utf8Of: $0) }
    guard generalTail || place != nil,
      !wordsWithDeng.contains(where: { bytes.contains(utf8Of: $0) })
    else { return (item, nil, false) }
    let head = text(0..<firstDeng)
    let tailText = text((firstDeng + dengWidth)..<bytes.count)
    if let place, !head.utf8HasSuffix(place) {
      // `岔沟等镇(街道)`: 岔沟 is a 镇 like the others.
      return (head + place, tailText, true)
    }
    return (head, tailText, true)
  }

  /// The classes of place a list distributes over (`岔沟等镇(街道)`); also the place suffixes
  /// `expandBareNames` gives bare names.
  static let placeClasses = ["镇", "乡", "街道", "县", "区"]
  private static let wordsWithDeng = ["高等", "中等", "初等", "平等", "同等", "对等", "均等", "等级"]

  /// Calls `body` with each item of a list: its byte range between top-level `、`, `,` and
  /// `;` (never inside brackets), and whether it ends a group (a `,` or `;`, or the end,
  /// follows it).
  static func forEachListItem(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Bool) -> Void
  ) {
    var depth = 0
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var next = index + 1
      var separator: UInt8 = 0  // 1: 、 inside a group; 2: , or ; between groups
      switch byte {
      case Byte.leftParenthesis, 0x5B: depth += 1
      case Byte.rightParenthesis, 0x5D: depth = max(0, depth - 1)
      case Byte.comma, Byte.semicolon: separator = 2
      case 0xE2, 0xE3:
        guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { break }
        let code = bytes[index + 2]
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
        next = index + 3
      default:
        // Any other character is passed over whole (its bytes match nothing here).
        next = index + UTF8Validation.length(ledBy: byte)
      }
      if separator != 0 && depth == 0 {
        body(start..<index, separator == 2)
        start = next
      }
      index = next
    }
    body(start..<bytes.count, true)
  }
}
