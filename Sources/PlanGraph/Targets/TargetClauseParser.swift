/// Reads one clause such as `地区生产总值增长6.5%以上` into a target.
///
/// The value is the last number in the clause that carries a unit (`%`, `万人`, `亿元`, `家`…);
/// the text before it, less verbs such as 增长 / 达到 / 控制在 and qualifier words, is the
/// indicator as written. Qualifiers: 以上 / 不低于 / 超过 -> at least; 以内 / 以下 / 不高于 /
/// 控制在 -> at most; 左右 -> about; `6.0%—6.5%` -> range. Measures: 年均 -> average growth;
/// 增长 / 增速 / 递增 / 涨幅 with % -> growth; 下降 -> decline; a % on a 率 / 比重 / 占比 -> share;
/// otherwise a level. `与经济增长同步` and `高于经济增长` are relative; `完成国家下达任务` is absent.
public struct TargetClauseParser: Sendable {
  /// The vocabulary that names indicators.
  public var vocabulary: IndicatorVocabulary

  /// Creates a parser.
  public init(vocabulary: IndicatorVocabulary) { self.vocabulary = vocabulary }

  static let units = [
    "%", "万人次", "万人", "人次", "人", "亿美元", "万美元", "亿元", "万元", "元", "亿斤", "万斤", "万吨", "吨",
    "万亩", "亩", "万平方米", "平方米", "公顷", "公里", "千米", "米", "万千瓦", "千瓦", "家", "个", "座", "所", "条",
    "套", "户", "项", "处", "栋", "辆", "张", "台", "次", "场", "天",
  ]
  private static let verbs = [
    "年均增速", "年均增长", "年均递增", "增长", "增速", "递增", "涨幅", "下降", "降低", "达到", "达", "控制在", "保持在",
    "保持", "稳定在", "提升至", "提升到", "提高至", "提高到", "提高", "提升", "突破", "实现", "新增到", "增加",
    "不低于", "不少于", "不高于", "不超过", "超过", "低于", "高于", "分别", "在", "按",
  ]
  private static let leadingNoise = [
    "确保", "力争", "全年", "今年", "其中", "实现", "努力", "争取", "全省", "全市", "全区", "全县",
  ]

  /// The target in `clause`, or nil when it sets none.
  public func target(in clause: String, line: Int, taskID: String? = nil) -> Target? {
    let text = clause
    guard Self.mayHoldTarget(text) else { return nil }
    if let relative = relativeTarget(text, line: line, taskID: taskID) { return relative }
    if text.utf8Contains("下达") && (text.utf8Contains("完成") || text.utf8Contains("目标")) {
      let completion = text.utf8Range(of: "完成").map {
        text.utf8.index(text.utf8.startIndex, offsetBy: $0)
      }
      let indicatorText = trimIndicator(String(text[..<(completion ?? text.endIndex)]))
      guard let indicator = vocabulary.indicator(matching: indicatorText) else { return nil }
      return Target(
        indicator: indicator.id, indicatorText: indicatorText, measure: .absent, value: nil,
        unit: "",
        qualifier: .absent, taskID: taskID, line: line, text: text)
    }
    guard let number = lastQuantity(in: text) else { return nil }
    var prefix = String(text[..<number.start])
    let suffix = String(text[number.end...])
    var qualifier = Target.Qualifier.point
    if number.high != nil {
      qualifier = .range
    } else if suffix.utf8HasPrefix("以上") {
      qualifier = .atLeast
    } else if suffix.utf8HasPrefix("以内") || suffix.utf8HasPrefix("以下") {
      qualifier = .atMost
    } else if suffix.utf8HasPrefix("左右") {
      qualifier = .about
    }
    for (word, meaning) in [
      ("不低于", Target.Qualifier.atLeast), ("不少于", .atLeast), ("超过", .atLeast), ("不高于", .atMost),
      ("不超过", .atMost), ("控制在", .atMost), ("低于", .atMost),
    ] where prefix.utf8HasSuffix(word) {
      if qualifier == .point { qualifier = meaning }
      prefix = String(prefix.utf8.dropLast(word.utf8.count))!
    }
    let measure: Target.Measure
    if prefix.utf8Contains("年均") {
      measure = .averageGrowth
    } else if prefix.utf8HasSuffix("下降") || prefix.utf8HasSuffix("降低") {
      measure = .decline
    } else if number.unit == "%"
      && ["增长", "增速", "递增", "涨幅"].contains(where: prefix.utf8HasSuffix)
    {
      measure = .growth
    } else if number.unit == "%", ["增速", "增长"].contains(where: prefix.utf8Contains),
      !["比重", "占比"].contains(where: prefix.utf8Contains)
    {
      // `经济增速保持在5%左右`, `经济增长目标为5%左右`: still a growth rate.
      measure = .growth
    } else if number.unit == "%" {
      measure = .share
    } else {
      measure = .level
    }
    let indicatorText = trimIndicator(prefix)
    guard !indicatorText.isEmpty else { return nil }
    // `经济增长5%左右`: the verb is part of the indicator's name.
    let indicator =
      vocabulary.indicator(matching: indicatorText) ?? vocabulary.indicator(matching: prefix)
    return Target(
      indicator: indicator?.id ?? "",
      indicatorText: indicatorText,
      measure: measure, value: number.low, valueHigh: number.high, unit: number.unit,
      qualifier: qualifier,
      taskID: taskID, line: line, text: text)
  }

  /// Whether `text` has what every target needs.
  ///
  /// An ASCII digit, `下达` or `经济增长`: most clauses of a plan have none, and this byte scan
  /// lets them pass at once.
  static func mayHoldTarget(_ text: String) -> Bool {
    text.withUTF8Bytes(mayHoldTarget(bytes:))
  }

  /// `mayHoldTarget(_:)` on a clause's UTF-8 bytes.
  static func mayHoldTarget(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    ByteScan.containsDigit(bytes) || targetWords.containsAny(in: bytes)
  }

  /// The words besides a digit that a target may rest on.
  static let targetWords = NeedleSet(["下达", "经济增长"])

  private func relativeTarget(_ text: String, line: Int, taskID: String?) -> Target? {
    // Every marker ends in 经济增长, which most clauses do not hold.
    guard text.utf8Contains("经济增长") else { return nil }
    for marker in ["与经济增长", "和经济增长", "同经济增长", "高于经济增长"] {
      guard let offset = text.utf8Range(of: marker),
        text.utf8Contains("同步") || marker.utf8HasPrefix("高于")
      else {
        continue
      }
      var before = String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: offset)])
      if before.utf8HasSuffix("增长") { before = String(before.utf8.dropLast("增长".utf8.count))! }
      let indicatorText = trimIndicator(before)
      guard !indicatorText.isEmpty else { return nil }
      return Target(
        indicator: vocabulary.indicator(matching: indicatorText)?.id ?? "",
        indicatorText: indicatorText,
        measure: .relative, value: nil, unit: "", qualifier: .relative, taskID: taskID, line: line,
        text: text)
    }
    return nil
  }

  /// `text` without the verbs at its end and the noise words at its start, over and over
  /// until neither is there: `确保全年增长` reads `全年`.
  ///
  /// Every clause with a number comes here, so the words are tested on the bytes in place,
  /// each by its end or first byte before the rest.
  private func trimIndicator(_ text: String) -> String {
    text.withUTF8Bytes { bytes in
      var start = 0
      var end = bytes.count
      var changed = true
      while changed {
        changed = false
        for verb in Self.verbBytes
        where end - start > verb.count && Self.word(verb, endsAt: end, in: bytes) {
          end -= verb.count
          changed = true
        }
        for noise in Self.leadingNoiseBytes
        where end - start > noise.count && Self.word(noise, startsAt: start, in: bytes) {
          start += noise.count
          changed = true
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }

  /// Whether the bytes of `word` stand in `bytes` from `start` (an empty word stands
  /// anywhere); the first byte is tested before the others.
  private static func word<Bytes: RandomAccessCollection<UInt8>>(
    _ word: [UInt8], startsAt start: Int, in bytes: Bytes
  ) -> Bool where Bytes.Index == Int {
    guard !word.isEmpty else { return true }
    guard start + word.count <= bytes.endIndex, bytes[start] == word[0] else { return false }
    for offset in 1..<word.count where bytes[start + offset] != word[offset] { return false }
    return true
  }

  /// Whether the bytes of `word` end in `bytes` at `end`; the last byte is tested before the
  /// others.
  private static func word(_ word: [UInt8], endsAt end: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let last = word.last else { return true }
    guard end >= word.count, bytes[end - 1] == last else { return false }
    return Self.word(word, startsAt: end - word.count, in: bytes)
  }

  private static let verbBytes = verbs.map { Array($0.utf8) }
  private static let leadingNoiseBytes = leadingNoise.map { Array($0.utf8) }
  private static let unitBytes = units.map { (text: $0, bytes: Array($0.utf8)) }
  /// `—` `-` `~` `至` `–` `－` `～` `到` `−`: what stands between the two ends of a range.
  private static let rangeMarks = ["—", "-", "~", "至", "–", "－", "～", "到", "−"].map {
    Array($0.utf8)
  }
  private static let emDash = Array("—".utf8)

  /// The last number with a unit: its position, value, optional range end and unit.
  ///
  /// Reads UTF-8 bytes: digits, the point, units and range marks are whole scalars, so every
  /// offset found is a character boundary.
  private func lastQuantity(in text: String)
    -> (start: String.Index, end: String.Index, low: Double, high: Double?, unit: String)?
  {
    let bytes = Array(text.utf8)
    func isNumberByte(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || byte == 0x2E }
    func number(_ start: Int, _ end: Int) -> Double? {
      Double(String(decoding: bytes[start..<end], as: UTF8.self))
    }
    var found: (Int, Int, Double, Double?, String)?
    var i = 0
    while i < bytes.count {
      guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else {
        i += 1
        continue
      }
      let start = i
      var j = i
      while j < bytes.count, isNumberByte(bytes[j]) { j += 1 }
      guard let low = number(start, j) else {
        i = j
        continue
      }
      var unit = unitAt(bytes, j)
      var end = j + unit.bytes
      var high: Double?
      // A range: `6.0%—6.5%`, `6-6.5%`, `6.0%至6.5%`, full-width `－` and `～`, `到`.
      if let mark = Self.rangeMarks.first(where: { Self.word($0, startsAt: end, in: bytes) }) {
        var k = end + mark.count
        if Self.word(Self.emDash, startsAt: k, in: bytes) { k += Self.emDash.count }
        let highStart = k
        while k < bytes.count, isNumberByte(bytes[k]) { k += 1 }
        if k > highStart, let value = number(highStart, k) {
          let secondUnit = unitAt(bytes, k)
          if !secondUnit.text.isEmpty && (unit.text.isEmpty || unit.text == secondUnit.text) {
            unit = secondUnit
            high = value
            end = k + secondUnit.bytes
          }
        }
      }
      if !unit.text.isEmpty { found = (start, end, low, high, unit.text) }
      i = max(end, j)
    }
    guard let (start, end, low, high, unit) = found else { return nil }
    let utf8 = text.utf8
    return (
      utf8.index(utf8.startIndex, offsetBy: start), utf8.index(utf8.startIndex, offsetBy: end), low,
      high, unit
    )
  }

  /// The unit starting at byte `index`, longest listed first, and its length in bytes.
  private func unitAt(_ bytes: [UInt8], _ index: Int) -> (text: String, bytes: Int) {
    guard
      let unit = Self.unitBytes.first(where: { Self.word($0.bytes, startsAt: index, in: bytes) })
    else {
      return ("", 0)
    }
    return (unit.text, unit.bytes.count)
  }
}
