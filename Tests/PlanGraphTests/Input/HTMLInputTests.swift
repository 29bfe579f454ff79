import Foundation
import PlanGraph
import PlanGraphTestSupport
import Testing

/// Web pages saved from government sites (Fixtures/formats/make_pages.py).
@Suite("Web pages")
struct HTMLInputTests {
  static func read(_ name: String) throws -> ExtractedText {
    try HTMLReader.read(Fixture("formats/" + name).bytes).text
  }

  @Test(
    "A GBK page: charset from http-equiv, furniture and links left out, lines numbered by source")
  func gbkPage() throws {
    let fixture = Fixture("formats/twin-page-gbk.html")
    #expect(HTMLReader.declaredEncoding(fixture.bytes) == .gb18030)
    let (text, decoded) = try HTMLReader.read(fixture.bytes)
    #expect(decoded.encoding == .gb18030 && decoded.invalidByteCount == 0)
    let texts = text.lines.map(\.text)
    // The site's name and menus are links only: gone before the text readers see them.
    #expect(!texts.contains("锦州市太和区人民政府"))
    #expect(!texts.contains { $0.contains("政务服务") || $0.contains("var _hmt") })
    #expect(!texts.contains { $0.contains("统计") && $0.hasPrefix("<") })
    #expect(text.droppedLines.count == 3)  // the site's name and two related links
    // Entities decoded, `<br>` splits one paragraph into lines of the same source line.
    #expect(texts.contains("10.建立重点项目包保机制,实行“一个项目、一名领导、一套班子”。"))
    let leader = try #require(text.lines.first { $0.text == "牵头领导:丁玲" })
    #expect(leader.number == 36)
    let first = try #require(text.lines.first { $0.text == "牵头领导:杜新国" })
    let unit = try #require(text.lines.first { $0.text == "牵头单位:区发改局" })
    #expect(first.number == 31 && unit.number == 32)
    let document = try DocumentParser().parse(path: fixture.path)
    #expect(document.metadata.title == "锦州市太和区2024年《政府工作报告》重点任务分解方案")
    #expect(document.tasks.first?.line == 30)
    #expect(document.encoding == .gb18030)
    let furniture = try #require(document.diagnostics.first { $0.code == .pageFurniture })
    #expect(furniture.message.hasPrefix("10 line(s) of web page furniture"))
  }

  @Test("A data table inside a layout table: colspan and rowspan fill every cell they cover")
  func tablePage() throws {
    let text = try Self.read("twin-page-table.html")
    let rows = text.lines.filter { $0.text.contains("\t") }
    #expect(rows.first?.text == "序号\t工作任务\t牵头领导\t牵头单位\t责任单位\t完成时限")
    #expect(text.lines.contains { $0.text == "二、重点工作任务" })
    let task13 = try #require(rows.first { $0.text.hasPrefix("13\t") })
    #expect(
      task13.text
        == "13\t培育夜间经济集聚区2个,发展首店经济、直播电商。\t李红梅\t区商务局\t区文旅局、区市场监管局等\t2024年第三季度")
    #expect(task13.number == 48)
    let task2 = try #require(rows.first { $0.text.hasPrefix("2\t") })
    #expect(task2.text.hasSuffix("\t区税务局,各街道、乡镇\t年底前"))
  }

  @Test("A database dump: escaped quotes and literal \\r\\n undone")
  func dump() throws {
    let bytes = Fixture("formats/twin-page-dump.html").bytes
    #expect(bytes.count { $0 == 0x0A } == 1)
    let text = try Self.read("twin-page-dump.html")
    #expect(text.lines.first?.text == "锦州市太和区2024年《政府工作报告》重点任务分解方案")
    #expect(text.lines.contains { $0.text == "1.地区生产总值增长6%左右。" })
    #expect(!text.lines.contains { $0.text.contains("\\") })
  }

  @Test("Entities, comments, scripts and unclosed tags as real pages have them")
  func messyMarkup() throws {
    let page = """
      <HTML><BODY><!-- <p>注释</p> --><script>if (a<b) document.write("<p>x</p>")</script>
      <P>一、总体要求<P>1.推进&#x5E02;场&#24314;设&amp;改革&nbsp;&nbsp;(&lt;牵头&gt;)
      <div>第二段<br>第三行</div><textarea>输入</textarea><p>&unknown; &#0; &#xZZ;
      """
    let text = try HTMLReader.read(Array(page.utf8)).text
    #expect(
      text.lines.map(\.text) == [
        "一、总体要求", "1.推进市场建设&改革(<牵头>)", "第二段", "第三行", "&unknown;&#0;&#xZZ;",
      ])
    #expect(text.lines.map(\.number) == [2, 2, 3, 3, 3])
  }
}
