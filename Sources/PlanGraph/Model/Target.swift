/// A numeric goal a plan task or a work report sets: indicator, measure, value and qualifier.
///
/// The document terms are 主要预期目标 / 主要预期指标 for a report's headline targets.
public struct Target: Codable, Hashable, Sendable {
  /// What kind of quantity the target is.
  public enum Measure: String, Codable, Hashable, Sendable, CaseIterable {
    /// The year's growth rate (`增长6%`).
    case growth
    /// A multi-year average rate (`年均增速7%`), kept apart from the year's.
    case averageGrowth = "average_growth"
    /// A level or count (`粮食产量500亿斤`, `城镇新增就业46万人`).
    case level
    /// A rate or share (`失业率5.5%`, `优良天数达标率86%`).
    case share
    /// A decline (`能耗下降3%`).
    case decline
    /// Tied to another indicator (`与经济增长同步`, `高于经济增长`).
    case relative
    /// Deliberately left to others (`完成国家下达任务`).
    case absent
  }

  /// How the value binds.
  public enum Qualifier: String, Codable, Hashable, Sendable, CaseIterable {
    /// 左右.
    case about
    /// 以上, 不低于, 超过.
    case atLeast = "at_least"
    /// 以内, 以下, 不高于, 控制在.
    case atMost = "at_most"
    /// A low–high range such as `6.0%—6.5%`.
    case range
    /// A plain number.
    case point
    /// Tied to another indicator.
    case relative
    /// No value: left to others.
    case absent
  }

  /// The canonical indicator id (`gdp`), or empty when the vocabulary does not know it.
  public var indicator: String
  /// The indicator as written (`地区生产总值`).
  public var indicatorText: String
  /// The kind of quantity.
  public var measure: Measure
  /// The value, the low end of a range; nil for relative and absent targets.
  public var value: Double?
  /// The high end of a range.
  public var valueHigh: Double?
  /// The unit, such as `%`, `万人` or `亿斤`.
  public var unit: String
  /// How the value binds.
  public var qualifier: Qualifier
  /// The plan task the target comes from, nil for a report.
  public var taskID: String?
  /// The line in the original input.
  public var line: Int
  /// The clause the target was read from.
  public var text: String
  /// A stretch goal beside the value (`增长7%以上、力争达到8%` gives 8), in the same unit.
  public var stretch: Double?
  /// Whether the document asks for more than the value (`在实际工作中努力争取更好结果`).
  public var seeksBetterResult: Bool
  /// The whole sentence a report's target stands in; nil for a plan's (its task has it).
  public var sentence: String?

  /// Creates a target.
  public init(
    indicator: String, indicatorText: String, measure: Measure, value: Double?,
    valueHigh: Double? = nil,
    unit: String, qualifier: Qualifier, taskID: String? = nil, line: Int, text: String,
    stretch: Double? = nil, seeksBetterResult: Bool = false, sentence: String? = nil
  ) {
    self.indicator = indicator
    self.indicatorText = indicatorText
    self.measure = measure
    self.value = value
    self.valueHigh = valueHigh
    self.unit = unit
    self.qualifier = qualifier
    self.taskID = taskID
    self.line = line
    self.text = text
    self.stretch = stretch
    self.seeksBetterResult = seeksBetterResult
    self.sentence = sentence
  }

  private enum CodingKeys: String, CodingKey {
    case indicator, indicatorText, measure, value, valueHigh, unit, qualifier, taskID, line, text
    case stretch, seeksBetterResult, sentence
  }

  /// Reads a target; files written before stretch goals existed read as having none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    indicator = try c.decode(String.self, forKey: .indicator)
    indicatorText = try c.decode(String.self, forKey: .indicatorText)
    measure = try c.decode(Measure.self, forKey: .measure)
    value = try c.decodeIfPresent(Double.self, forKey: .value)
    valueHigh = try c.decodeIfPresent(Double.self, forKey: .valueHigh)
    unit = try c.decode(String.self, forKey: .unit)
    qualifier = try c.decode(Qualifier.self, forKey: .qualifier)
    taskID = try c.decodeIfPresent(String.self, forKey: .taskID)
    line = try c.decode(Int.self, forKey: .line)
    text = try c.decode(String.self, forKey: .text)
    stretch = try c.decodeIfPresent(Double.self, forKey: .stretch)
    seeksBetterResult = try c.decodeIfPresent(Bool.self, forKey: .seeksBetterResult) ?? false
    sentence = try c.decodeIfPresent(String.self, forKey: .sentence)
  }

  /// The value compared across documents: the midpoint of a range, else the value.
  public var comparableValue: Double? {
    guard let value else { return nil }
    return valueHigh.map { (value + $0) / 2 } ?? value
  }
}
