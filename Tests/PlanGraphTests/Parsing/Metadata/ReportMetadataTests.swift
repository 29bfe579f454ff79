import PlanGraph
import PlanGraphTestSupport
import Testing

@Suite("Place and year of reports as users copy them")
struct ReportMetadataTests {
  struct Expected: Sendable, CustomStringConvertible {
    var file: String
    var jurisdiction: String
    var code: String
    var level: AdministrativeLevel
    var year: Int
    var delivered: String
    var title: String
    var description: String { file }
  }

  static let expected: [Expected] = [
    .init(
      file: "henan-2025-report", jurisdiction: "河南省", code: "410000", level: .province,
      year: 2025, delivered: "2025-01-13", title: "政府工作报告"),
    .init(
      file: "henan-2026-report", jurisdiction: "河南省", code: "410000", level: .province,
      year: 2026, delivered: "2026-01-12", title: "政府工作报告"),
    .init(
      file: "linghai-2025-report", jurisdiction: "凌海市", code: "210781", level: .county,
      year: 2025, delivered: "2024-12-20", title: "政府工作报告"),
    .init(
      file: "shaanxi-2025-report", jurisdiction: "陕西省", code: "610000", level: .province,
      year: 2025, delivered: "2025-01-14", title: "2025年陕西省政府工作报告"),
    .init(
      file: "shaanxi-2026-report", jurisdiction: "陕西省", code: "610000", level: .province,
      year: 2026, delivered: "2026-01-27", title: "2026年陕西省政府工作报告"),
    .init(
      file: "tianjin-2025-report", jurisdiction: "天津市", code: "120000", level: .province,
      year: 2025, delivered: "2025-01-14", title: "2025年天津市政府工作报告"),
    .init(
      file: "tianjin-2026-report", jurisdiction: "天津市", code: "120000", level: .province,
      year: 2026, delivered: "2026-01-20", title: "2026年天津市政府工作报告"),
  ]

  @Test(
    "Web copies: place from the session line, year of the year's work, no furniture title",
    arguments: expected)
  func webReport(_ expected: Expected) throws {
    let fixture = try #require(Fixture.webReports.first { $0.documentID == expected.file })
    let document = try DocumentParser().parse(path: fixture.path)
    #expect(document.kind == .report)
    let metadata = document.metadata
    #expect(metadata.jurisdiction == expected.jurisdiction)
    #expect(metadata.jurisdictionCode == expected.code)
    #expect(metadata.level == expected.level)
    #expect(metadata.year == expected.year)
    #expect(metadata.issuedOn == expected.delivered)
    #expect(metadata.title == expected.title)
    // The site name 凌海市人民政府 above the navigation is kept: it is a signature elsewhere.
    #expect(document.diagnostics.contains { $0.code == .pageFurniture && $0.location.line <= 2 })
  }

  @Test("凌海 names its parent: 锦州市, and the session line gives the place")
  func linghaiParent() throws {
    let fixture = try #require(Fixture.webReports.first { $0.documentID == "linghai-2025-report" })
    let metadata = try DocumentParser().parse(path: fixture.path).metadata
    #expect(metadata.parentJurisdiction == "锦州市")
  }

  @Test("A report excerpt that names no place: the place it names most, at the level 全市 gives")
  func jinzhou2019() throws {
    let document = try DocumentParser().parse(path: Fixture.reports[0].path)
    #expect(document.metadata.jurisdiction == "锦州市")
    #expect(document.metadata.jurisdictionCode == "210700")
    #expect(document.metadata.year == 2019)
    let note = try #require(document.diagnostics.first { $0.code == .inferredJurisdiction })
    #expect(note.message.contains("11 times"))
  }

  @Test("Lines of page furniture, and lines that only look like it")
  func furniture() {
    for line in [
      "首页>要闻动态>政府工作报告", "下载", "分享:", "来源:陕西日报发布时间:2025-01-2208:30【字体:大中小】【打印】【关闭】",
      "河南省人民政府门户网站", "当前位置:首页>政务公开>政府工作报告", "通知公告政策解读意见征集", "字号:大中小分享到:微信微博QQ空间",
      "扫一扫在手机打开当前页", "主办:陕西省人民政府办公厅网站标识码:6100000099", "陕ICP备05000000号", "天津市人民政府|政务公开",
    ] {
      #expect(PageFurniture.isFurniture(line), "\(line)")
    }
    for line in [
      "政府工作报告", "2025年陕西省政府工作报告", "——2025年1月14日在陕西省第十四届人民代表大会第三次会议上", "陕西省省长程建平",
      "建设政府门户网站集约化平台,提升政务公开水平。", "资金来源:省级财政专项资金", "凌海市人民政府",
    ] {
      #expect(!PageFurniture.isFurniture(line), "\(line)")
    }
    // Anywhere in the text: photo captions and the toolbar a page repeats.
    for line in [
      "图为2025年1月20日,陕西省第十四届人民代表大会第三次会议在西安开幕。", "(记者张三摄)", "新华社记者李四摄",
      "下载打印全屏收藏【字号:大中小】分享", "扫一扫在手机打开当前页", "【打印】【关闭】", "字号:大 中 小",
      "图片来源:新华社", "(图为新建的城市书房)",
    ] {
      #expect(PageFurniture.isFurnitureAnywhere(line), "\(line)")
    }
    for line in [
      "1.地区生产总值增长5.5%左右。", "推进图书馆建设,新建城市书房10个。", "摄影展览和群众文化活动常态化开展。",
      "【典型案例】扫黑除恶常态化", "设置字号:统一使用三号仿宋", "记者站的同志参与拍摄工作",
    ] {
      #expect(!PageFurniture.isFurnitureAnywhere(line), "\(line)")
    }
  }

  @Test("--jurisdiction and --year set the place and year of the inputs they name")
  func overrides() throws {
    var options = DocumentParser.Options()
    options.overrides = [
      MetadataOverride(jurisdictionArgument: "jinzhou-2019-report.txt=凌海"),
      try #require(MetadataOverride(yearArgument: "2020")),
    ]
    let document = try DocumentParser(options: options).parse(path: Fixture.reports[0].path)
    #expect(document.metadata.jurisdiction == "凌海市")
    #expect(document.metadata.jurisdictionCode == "210781")
    #expect(document.metadata.parentJurisdiction == "锦州市")
    #expect(document.metadata.year == 2020)
    let other = try DocumentParser(options: options).parse(path: Fixture.reports[1].path)
    #expect(other.metadata.jurisdiction == "凌河区" && other.metadata.year == 2020)
    #expect(MetadataOverride(yearArgument: "x=20") == nil)
  }
}
