import Foundation

/// Canonical indicators with their Chinese and English names and the variants that name them.
///
/// Loaded from a tab-separated file (`indicators.tsv`, shipped with the library) that users
/// extend with their own file: `id<TAB>中文名<TAB>English name<TAB>variant|variant|…`.
public struct IndicatorVocabulary: Sendable, Hashable {
  /// One indicator.
  public struct Indicator: Sendable, Hashable {
    /// The canonical id (`gdp`).
    public var id: String
    /// The Chinese name.
    public var chineseName: String
    /// The English name.
    public var englishName: String
    /// Spellings that name it, canonical form.
    public var variants: [String]
  }

  /// The indicators in file order.
  public private(set) var indicators: [Indicator]
  /// Every indicator's variants, in indicator and variant order, found in one pass; rebuilt
  /// once per `merge`, which is the only change to `indicators`.
  private var variants = NeedleSet([])
  /// The indicator of each variant in `variants`.
  private var variantIndicators: [Int] = []

  /// Reads a vocabulary from TSV text; later lines with the same id replace earlier ones.
  /// - Throws: `PlanGraphError.badDataFile` naming the first bad line.
  public init(parsing text: String, path: String) throws(PlanGraphError) {
    indicators = []
    try merge(parsing: text, path: path)
  }

  /// Adds or replaces indicators from TSV text.
  /// - Throws: `PlanGraphError.badDataFile` naming the first bad line.
  public mutating func merge(parsing text: String, path: String) throws(PlanGraphError) {
    // Also after a bad line: the lines before it were merged.
    defer {
      variants = NeedleSet(indicators.flatMap(\.variants))
      variantIndicators = indicators.indices.flatMap { index in
        Array(repeating: index, count: indicators[index].variants.count)
      }
    }
    for (number, line) in ShippedData.lines(of: text) {
      let trimmed = line.trimmingWhiteSpace()
      if trimmed.isEmpty || trimmed.utf8HasPrefix("#") { continue }
      let columns = line.utf8Fields(separatedBy: Byte.tab).map { $0.trimmingWhiteSpace() }
      guard columns.count == 4, !columns[0].isEmpty else {
        throw .badDataFile(path: path, line: number, reason: "expected 4 tab-separated columns")
      }
      let variants = ([columns[1]] + columns[3].split(separator: "|").map(String.init))
        .map(TextNormalizer.normalize).filter { !$0.isEmpty }
      let indicator = Indicator(
        id: columns[0], chineseName: columns[1], englishName: columns[2], variants: variants)
      if let existing = indicators.firstIndex(where: { $0.id == indicator.id }) {
        indicators[existing] = indicator
      } else {
        indicators.append(indicator)
      }
    }
  }

  /// The vocabulary shipped with PlanGraph.
  /// - Throws: `PlanGraphError.badDataFile` when the shipped file cannot be found or read.
  public static func builtIn() throws(PlanGraphError) -> IndicatorVocabulary {
    let name = "indicators.tsv"
    if let (data, path) = ShippedData.contents(of: name, besides: #filePath) {
      return try IndicatorVocabulary(parsing: String(decoding: data, as: UTF8.self), path: path)
    }
    throw .badDataFile(
      path: name, line: 0, reason: "the indicator vocabulary shipped with PlanGraph is missing")
  }

  /// The indicator whose longest variant occurs in `text`, if any (the first in table order
  /// among variants of one length).
  public func indicator(matching text: String) -> Indicator? {
    variants.longestMatch(in: text).map { indicators[variantIndicators[$0]] }
  }

  /// The indicator with id `id`.
  public func indicator(id: String) -> Indicator? { indicators.first { $0.id == id } }
}
