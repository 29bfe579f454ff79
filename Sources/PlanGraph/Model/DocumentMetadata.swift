/// What a document says about itself: who issued it, for which year, when, under which number.
public struct DocumentMetadata: Codable, Hashable, Sendable {
  /// The document's title, its lines joined (`2025年市《政府工作报告》任务分解和责任分工方案`).
  public var title: String
  /// The issuing jurisdiction in full (`锦州市`, `辽宁省`, `凌河区`).
  public var jurisdiction: String
  /// The jurisdiction above it when the document names it (`锦州市` for `凌河区`), else the
  /// one the gazetteer gives.
  public var parentJurisdiction: String?
  /// The jurisdiction's GB/T 2260 division code (`210700` for 锦州市), when the gazetteer
  /// resolves it to one division.
  public var jurisdictionCode: String?
  /// The administrative level of the jurisdiction.
  public var level: AdministrativeLevel?
  /// The year the plan or the report's targets are for.
  public var year: Int?
  /// The date the document was issued or delivered, as `YYYY-MM-DD`.
  public var issuedOn: String?
  /// The document number such as `辽政发〔2024〕3号`.
  public var documentNumber: String?

  /// Creates metadata.
  public init(
    title: String = "", jurisdiction: String = "", parentJurisdiction: String? = nil,
    level: AdministrativeLevel? = nil, year: Int? = nil, issuedOn: String? = nil,
    documentNumber: String? = nil
  ) {
    self.title = title
    self.jurisdiction = jurisdiction
    self.parentJurisdiction = parentJurisdiction
    self.level = level
    self.year = year
    self.issuedOn = issuedOn
    self.documentNumber = documentNumber
  }
}

/// The level of government that issues a document, from the province down.
public enum AdministrativeLevel: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
  /// A province (省), such as 辽宁省.
  case province
  /// A prefecture-level city (地级市), such as 锦州市.
  case city
  /// A county-level city (县级市) such as 海城市, or a county (县).
  case county
  /// A city district (市辖区), such as 凌河区.
  case district
  /// A town (镇), township (乡) or subdistrict (街道), such as 西四镇.
  case township

  /// The Chinese character that marks the level: 省, 市, 县 or 区.
  public var character: String {
    switch self {
    case .province: "省"
    case .city: "市"
    case .county: "县"
    case .district: "区"
    case .township: "镇"
    }
  }

  /// Orders from the province down: province < city < county, district < township.
  public static func < (lhs: AdministrativeLevel, rhs: AdministrativeLevel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
