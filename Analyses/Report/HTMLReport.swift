import PlanGraph

/// The static HTML report: `index.html` and a page per document, inline CSS, no network.
///
/// The index lists every document in one table that sorts and filters (a few lines of inline
/// script; without scripts it reads as a plain table), then the corpus views: targets compared
/// across places and years, load by agency function. Each document's page
/// (`docs/<doc_id>.html`) has its summary, workload with a bar chart and the Lorenz curve
/// behind its Gini, the co-responsibility network drawn by Graphviz when it is installed,
/// targets and data-quality diagnostics. Every page reflows on a phone (tables scroll in their
/// own box) and prints as a clean document.
public struct HTMLReport: Sendable {
  /// The documents, in input order.
  public var documents: [Document]
  /// The analyses of the plans among them.
  public var analyses: [PlanAnalysis]
  /// The indicator vocabulary for names in the comparison.
  public var vocabulary: IndicatorVocabulary
  /// Whether to draw networks with Graphviz (false renders the page without drawings).
  public var drawNetworks: Bool
  /// The documents whose network is drawn on their page (all when nil); the others get a
  /// hint, since drawing hundreds of networks takes minutes.
  public var drawnDocuments: Set<String>?
  /// The index's rows, one per document.
  public var entries: [ReportIndexEntry]
  /// The function network across every plan, for the index.
  public var functionNetwork: FunctionNetwork

  /// Creates a report.
  public init(documents: [Document], vocabulary: IndicatorVocabulary, drawNetworks: Bool = true) {
    self.init(
      documents: documents,
      analyses: documents.filter { $0.kind == .plan && !$0.tasks.isEmpty }.map(PlanAnalysis.init),
      vocabulary: vocabulary, drawNetworks: drawNetworks)
  }

  /// Creates a report from documents and the analyses of their plans already computed.
  public init(
    documents: [Document], analyses: [PlanAnalysis], vocabulary: IndicatorVocabulary,
    drawNetworks: Bool = true
  ) {
    self.documents = documents
    self.analyses = analyses
    self.vocabulary = vocabulary
    self.drawNetworks = drawNetworks
    let byID = Dictionary(analyses.map { ($0.document.id, $0) }, uniquingKeysWith: { a, _ in a })
    entries = documents.map {
      ReportIndexEntry($0, analysis: byID[$0.id], title: Self.name(of: $0))
    }
    functionNetwork = FunctionNetwork()
    for document in documents where document.kind == .plan && !document.tasks.isEmpty {
      functionNetwork.merge(FunctionNetwork(document))
    }
  }

  /// A report whose index is built from `entries` kept as documents streamed by; its
  /// document pages are written as each document is read (`documentPage(_:)` of a report of
  /// that one document).
  public init(
    entries: [ReportIndexEntry], functionNetwork: FunctionNetwork,
    vocabulary: IndicatorVocabulary, drawNetworks: Bool = true
  ) {
    documents = []
    analyses = []
    self.entries = entries
    self.functionNetwork = functionNetwork
    self.vocabulary = vocabulary
    self.drawNetworks = drawNetworks
  }

  /// The report's front page, `index.html`.
  public func html() -> String { indexPage() }

  /// Every page of the report: `index.html`, then `docs/<doc_id>.html` per document.
  public func pages() -> [(path: String, html: String)] {
    [("index.html", indexPage())] + documents.map { (Self.pagePath($0.id), documentPage($0)) }
  }

  /// The page of `document` (with its plan's `analysis`) and where it goes, for a report that
  /// writes pages as documents are read.
  public static func page(
    for document: Document, analysis: PlanAnalysis?, vocabulary: IndicatorVocabulary,
    drawNetwork: Bool
  ) -> (path: String, html: String) {
    var report = HTMLReport(
      entries: [], functionNetwork: FunctionNetwork(), vocabulary: vocabulary,
      drawNetworks: drawNetwork)
    report.documents = [document]
    report.analyses = analysis.map { [$0] } ?? []
    return (pagePath(document.id), report.documentPage(document))
  }

  /// Where a document's page is, relative to the report folder.
  static func pagePath(_ id: String) -> String { "docs/\(id).html" }

  /// A link target for `path`: UTF-8 bytes outside the safe ASCII set percent-encoded.
  static func href(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || "-_./".utf8.contains(byte)
      {
        result.append(Character(UnicodeScalar(byte)))
      } else {
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }

  /// A whole HTML page: the shared style, the header with `navigation`, `body` in `<main>`;
  /// `script` adds the few lines that sort and filter tables (pages read without it).
  func wrap(title: String, navigation: String, body: String, script: Bool = false) -> String {
    """
    <!DOCTYPE html>
    <html lang="zh-Hans"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(Self.escape(title))</title>
    <style>\(Self.css)</style></head>
    <body><header><h1>\(Self.escape(title))</h1><nav>\(navigation)</nav></header><main>\(body)</main>\(script ? "<script>" + Self.sortingScript + "</script>" : "")</body></html>

    """
  }

  /// How a document is named in the report: `锦州市 2025 plan`.
  ///
  /// A document with no place is named by its title (or file name) and `place unknown`.
  public func title(_ document: Document) -> String { Self.name(of: document) }

  /// How a document is named in the report (see `title(_:)`).
  public static func name(of document: Document) -> String {
    let m = document.metadata
    let kind = document.kind == .plan ? "plan" : "report"
    guard !m.jurisdiction.isEmpty else {
      let name = m.title.isEmpty ? document.id : m.title
      let short = name.count > 40 ? String(name.prefix(39)) + "…" : name
      return "\(short) (place unknown\(m.year.map { ", \($0)" } ?? ""), \(kind))"
    }
    return "\(m.jurisdiction) \(m.year.map(String.init) ?? "") \(kind)"
  }

  static func anchor(_ id: String) -> String {
    "doc-" + id.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
  }

  /// `text` with HTML's special characters escaped.
  ///
  /// By bytes: `&`, `<`, `>` and `"` are ASCII, and most text holds none of them and is
  /// returned as it is. (Read by `Character`s, as before, a mark joined to one of them, such
  /// as `&` followed by U+0301, made a character that was left unescaped.)
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 })
    else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x26: result += "&amp;".utf8
      case 0x3C: result += "&lt;".utf8
      case 0x3E: result += "&gt;".utf8
      case 0x22: result += "&quot;".utf8
      default: result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// An HTML table; numeric cells are right-aligned.
  static func table(_ table: Table, limit: Int = .max, caption: String? = nil) -> String {
    var html = "<div class=\"scroll\"><table>"
    if let caption { html += "<caption>\(escape(caption))</caption>" }
    html +=
      "<thead><tr>" + table.header.map { "<th>\(escape($0))</th>" }.joined()
      + "</tr></thead><tbody>"
    for row in table.rows.prefix(limit) {
      html += "<tr>"
      for cell in row {
        switch cell {
        case .integer, .number:
          let text: String
          if case .number(let value) = cell {
            text = Table.format((value * 1000).rounded() / 1000)
          } else {
            text = cell.plainText
          }
          html += "<td class=\"num\">\(text)</td>"
        default: html += "<td>\(escape(cell.plainText))</td>"
        }
      }
      html += "</tr>"
    }
    html += "</tbody></table></div>"
    if table.rows.count > limit {
      html += "<p class=\"more\">\(table.rows.count - limit) more rows in the CSV files.</p>"
    }
    return html
  }

  static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;\
    margin:0;color:#222;background:#fafafa;line-height:1.5;overflow-wrap:anywhere}
    header{background:#1f3b57;color:#fff;padding:10px 24px;position:sticky;top:0;z-index:2}
    header h1{margin:0 0 4px;font-size:20px;overflow-wrap:anywhere}nav{display:flex;flex-wrap:wrap;gap:4px 16px}\
    nav a{color:#cfe3f7;text-decoration:none;white-space:nowrap}
    main{max-width:1200px;margin:0 auto;padding:8px 24px 48px}section{background:#fff;border:1px solid #ddd;\
    border-radius:6px;padding:8px 20px 20px;margin:24px 0}
    h2{border-bottom:2px solid #1f3b57;padding-bottom:4px}h3{margin-top:28px}p{max-width:48em}
    .scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;margin:8px 0;font-size:14px}
    th,td{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left;min-width:3.5em;\
    max-width:520px;overflow-wrap:break-word;word-break:keep-all}th{background:#eef3f8;white-space:nowrap}td.num{text-align:right;\
    font-variant-numeric:tabular-nums;white-space:nowrap}td.wide{min-width:14em}caption{text-align:left;font-weight:bold;padding:4px 0}
    tr:nth-child(even) td{background:#f8f8f8}.facts{display:flex;flex-wrap:wrap;gap:12px}
    .fact{background:#eef3f8;border-radius:6px;padding:8px 14px;flex:1 1 8em;max-width:22em}.fact b{display:block;font-size:22px}
    .charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}svg.chart{max-width:100%;height:auto}
    .network svg{max-width:100%;height:auto;border:1px solid #eee}.more,.hint{color:#666;font-size:13px}
    .severity-error{color:#b00020;font-weight:bold}.severity-warning{color:#a05a00}
    table.sortable th{cursor:pointer}#filter{font-size:15px;padding:6px 10px;width:min(24em,100%);box-sizing:border-box}
    @media (max-width:600px){header{position:static;padding:8px 12px}main{padding:4px 8px 32px}\
    section{padding:4px 10px 12px;margin:12px 0}th,td{max-width:75vw}}
    @media print{body{background:#fff}header{position:static;background:none;color:#000;padding:0}nav,#filter{display:none}\
    main{max-width:none;padding:0}section{border:none;padding:0;margin:0 0 16px}.scroll{overflow:visible}\
    a{color:inherit;text-decoration:none}tr,svg{break-inside:avoid}h2,h3{break-after:avoid}}
    """

  /// Sorts a `table.sortable` by the column clicked (numbers by value, text by Chinese
  /// order; `data-v` overrides a cell's text) and filters `#documents` rows by the text typed.
  static let sortingScript = """
    document.querySelectorAll("table.sortable").forEach(function(t){var h=t.tHead.rows[0].cells;\
    Array.prototype.forEach.call(h,function(c,i){c.tabIndex=0;c.onclick=c.onkeydown=function(e){\
    if(e.key&&e.key!=="Enter")return;var b=t.tBodies[0],r=Array.prototype.slice.call(b.rows),\
    d=c.dataset.dir==="a"?-1:1;c.dataset.dir=d>0?"a":"d";r.sort(function(x,y){\
    var p=x.cells[i].dataset.v||x.cells[i].textContent,q=y.cells[i].dataset.v||y.cells[i].textContent,\
    m=parseFloat(p),n=parseFloat(q);return d*(isNaN(m)||isNaN(n)?p.localeCompare(q,"zh"):m-n)});\
    r.forEach(function(e){b.appendChild(e)})}})});var f=document.getElementById("filter");\
    if(f){f.hidden=false;f.oninput=function(){var q=f.value.toLowerCase();\
    document.querySelectorAll("#documents tbody tr").forEach(function(r){\
    r.hidden=q!==""&&r.textContent.toLowerCase().indexOf(q)===-1})}}
    """
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
