/// The lines a web page puts around a document: navigation, share and print buttons, the
/// publisher's line, the footer with the site's registration.
///
/// Copies of plans and reports saved from government sites start with `首页 > 要闻动态 >`,
/// `下载`, `分享:` and `【字体:大中小】【打印】【关闭】` and end with `扫一扫在手机打开当前页` and
/// `主办:…网站标识码…ICP备…`. Such lines are dropped from the head and the tail of a document
/// before its kind and metadata are read, so that they never become its title or tasks. Only
/// the first and last `edge` lines are looked at, and only lines short enough to be buttons or
/// menus: the document's own sentences are never taken.
public enum PageFurniture {
  /// How many lines at each end may be furniture.
  public static let edge = 24

  /// Lines that are a button or a label by themselves.
  private static let buttonNames = [
    "下载", "分享", "分享:", "分享到", "分享到:", "打印", "关闭", "收藏", "返回", "返回顶部", "上一篇", "下一篇",
    "打印本页", "关闭窗口", "【打印】", "【关闭】", "[打印]", "[关闭]", "字号", "字体", "相关链接", "相关附件",
    "附件下载", "扫一扫", "纠错", "【纠错】",
  ]
  /// `buttonNames` hashed by their bytes (a `String` hash would normalize every character).
  private static let buttons = Set(buttonNames.map(NameKey.init))
  /// The length in UTF-8 bytes of the longest button.
  private static let longestButton = buttonNames.map(\.utf8.count).max()!
  /// Text that marks a line as furniture wherever it stands in a short line.
  private static let marks = NeedleSet([
    "首页>", "当前位置", "您的位置", "您现在的位置", "字号:", "字体:", "字号【", "字体【", "【字体", "【字号",
    "【打印】", "【关闭】", "打印本页", "关闭窗口", "分享到", "浏览次数", "阅读次数", "扫一扫在手机",
    "网站标识码", "ICP备", "公网安备", "主办单位:", "承办单位:", "版权所有", "网站地图", "【纠错】",
    "责任编辑:", "发布时间:", "发布日期:",
  ])
  /// Text that marks a line as furniture when the line starts with it.
  private static let leadingMarks = ["来源:", "主办:", "承办:", "扫一扫"]
  /// Menu entries; a short line made of two or more is a navigation bar.
  private static let menuEntries = NeedleSet([
    "首页", "政务公开", "通知公告", "政策解读", "意见征集", "新闻中心", "要闻动态", "互动交流", "政务服务",
    "办事服务", "信息公开", "走进", "数据发布", "专题专栏", "网站导航",
  ])

  /// Whether `text`, a normalized line, is page furniture.
  public static func isFurniture(_ text: String) -> Bool {
    if text.utf8.count <= longestButton, buttons.contains(NameKey(text)) { return true }
    guard text.utf8.count <= 180 else { return false }
    if text.utf8HasSuffix("人民政府网") || text.utf8HasSuffix("门户网站") { return true }
    if leadingMarks.contains(where: text.utf8HasPrefix) { return true }
    if marks.containsAny(in: text) { return true }
    if text.utf8.count <= 90 {
      if text.utf8Contains("|"), text.utf8Contains("人民政府") || text.utf8Contains("政务公开") {
        return true
      }
      if menuEntries.containsTwoOrMore(in: text) { return true }
    }
    return false
  }

  /// Toolbars and prompts a page repeats inside the article.
  private static let anywhereMarks = NeedleSet(["扫一扫在手机", "【字号", "【字体", "字号:大", "【打印】【关闭】"])
  /// A part of every mark in `anywhereMarks`: a line holding none of them holds no mark, and
  /// a set of three is searched a word at a time, which costs less than trying every mark at
  /// every character.
  private static let anywhereKeys = NeedleSet(["【", "扫", "字号:"])
  /// How photo captions start.
  private static let captionStarts = NeedleSet(["图为", "(图为", "图片来源"])

  /// Whether `text`, a normalized line anywhere in the document, is unmistakably furniture:
  /// a photo caption (`图为…`, `(记者 张三 摄)`), a toolbar or the phone-reading prompt that a
  /// page repeats inside the article.
  public static func isFurnitureAnywhere(_ text: String) -> Bool {
    // Every line of every document comes here: byte comparisons only.
    text.withUTF8Bytes { bytes in
      guard bytes.count <= 240 else { return false }
      if captionStarts.anyIsPrefix(of: bytes) { return true }
      if bytes.count <= 60 {
        if bytes.hasSuffix(utf8Of: "摄"),
          bytes.contains(utf8Of: "记者") || bytes.contains(utf8Of: "摄影")
        {
          return true
        }
        if bytes.hasSuffix(utf8Of: "摄)"), bytes.first == Byte.leftParenthesis { return true }
      }
      guard anywhereKeys.containsAny(in: bytes) else { return false }
      return anywhereMarks.containsAny(in: bytes)
    }
  }

  /// `lines` without the furniture at their head and tail (and the captions and toolbars
  /// anywhere), and the numbers of the lines dropped.
  public static func removing(from lines: [SourceLine]) -> (lines: [SourceLine], dropped: [Int]) {
    var dropped: [Int] = []
    var kept: [SourceLine] = []
    kept.reserveCapacity(lines.count)
    let tailStart = max(edge, lines.count - edge)
    for (index, line) in lines.enumerated() {
      if (index < edge || index >= tailStart) && isFurniture(line.text)
        || isFurnitureAnywhere(line.text)
      {
        dropped.append(line.number)
      } else {
        kept.append(line)
      }
    }
    return (kept, dropped)
  }
}
