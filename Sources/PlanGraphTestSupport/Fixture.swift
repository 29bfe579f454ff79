import Foundation

/// A document under `Fixtures/`, found relative to this file so tests run from any folder.
public struct Fixture: Sendable, CustomStringConvertible, Hashable {
  /// The path relative to `Fixtures/`, such as `plans/jinzhou-2025-plan.txt`.
  public var relativePath: String

  /// Creates a fixture reference.
  public init(_ relativePath: String) { self.relativePath = relativePath }

  /// The repository's root folder.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `Fixtures/` folder.
  public static let folder = root.appendingPathComponent("Fixtures")

  /// The three real plans.
  public static let plans = [
    Fixture("plans/haicheng-2023-plan.txt"), Fixture("plans/jinzhou-2025-plan.txt"),
    Fixture("plans/liaoning-2024-plan.txt"),
  ]

  /// The two real work reports.
  public static let reports = [
    Fixture("reports/jinzhou-2019-report.txt"), Fixture("reports/linghe-2022-report.txt"),
  ]

  /// One plan written by us in six layouts (Fixtures/formats/make_formats.py), four Word
  /// and Excel files (make_office.py) and three web pages (make_pages.py): the same tasks and
  /// assignments in each.
  public static let twins = [
    "twin-field-lines.txt", "twin-labelled.txt", "twin-hybrid.txt", "twin-mixed.txt",
    "twin-table.csv", "twin-table.tsv", "twin-word-paragraphs.docx", "twin-word-numbered.docx",
    "twin-word-table.docx", "twin-table.xlsx", "twin-page-gbk.html", "twin-page-table.html",
    "twin-page-dump.html",
  ].map { Fixture("formats/\($0)") }

  /// A State Council-style plan with inline roles, written by us.
  public static let stateCouncilInline = Fixture("formats/state-council-inline.txt")

  /// Work reports copied from government sites, written by us
  /// (Fixtures/formats/make_reports.py): three provinces in 2025 and 2026, and a county-level
  /// city's report delivered in December on the next year.
  public static let webReports = [
    "henan-2025-report.txt", "henan-2026-report.txt", "linghai-2025-report.txt",
    "shaanxi-2025-report.txt", "shaanxi-2026-report.txt", "tianjin-2025-report.txt",
    "tianjin-2026-report.txt",
  ].map { Fixture("formats/web-reports/\($0)") }

  /// A plan table whose names are formulas, markup and other hostile text, written by us.
  public static let hostileNames = Fixture("hostile/hostile-names.csv")

  /// Jinzhou 2025 plan.
  public static let jinzhou2025 = plans[1]
  /// Haicheng 2023 plan.
  public static let haicheng2023 = plans[0]
  /// Liaoning 2024 plan.
  public static let liaoning2024 = plans[2]

  /// The absolute path.
  public var path: String { Fixture.folder.appendingPathComponent(relativePath).path }

  /// The file's bytes.
  public var bytes: [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

  /// The file's text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The document id the tool gives this file.
  public var documentID: String {
    String(relativePath.split(separator: "/").last!.split(separator: ".").first!)
  }

  /// The fixture's file name, for test names.
  public var description: String { documentID }
}
