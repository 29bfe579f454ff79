import PlanGraph

/// The static HTML report: one `index.html` with inline CSS, no JavaScript, no network.
///
/// A page per document (summary, data-quality diagnostics, workload, the co-responsibility
/// network drawn by Graphviz when it is installed, targets) and a comparison page across
/// documents. Pages are sections of one file, linked from a menu.
public struct HTMLReport: Sendable {
  /// The documents, in input order.
  public var documents: [Document]
  /// The analyses of the plans among them.
  public var analyses: [PlanAnalysis]
  /// The indicator vocabulary for names in the comparison.
  public var vocabulary: IndicatorVocabulary
  /// Whether to draw networks with Graphviz (false renders the page without drawings).
  public var drawNetworks: Bool

  /// Creates a report.
  public init(documents: [Document], vocabulary: IndicatorVocabulary, drawNetworks: Bool = true) {
    self.documents = documents
    self.analyses = documents.filter { $0.kind == .plan && !$0.tasks.isEmpty }.map(
      PlanAnalysis.init)
    self.vocabulary = vocabulary
    self.drawNetworks = drawNetworks
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
  }

  /// The whole HTML page.
  public func html() -> String {
    var body = "<header><h1>PlanGraph report</h1><nav>"
    body += "<a href=\"#overview\">Overview</a>"
    for document in documents {
      body += "<a href=\"#\(Self.anchor(document.id))\">\(Self.escape(title(document)))</a>"
    }
    body += "<a href=\"#comparison\">Targets compared</a>"
    body += "<a href=\"#functions\">Functions</a></nav></header><main>"
    body += overview()
    for document in documents { body += page(for: document) }
    body += comparisonPage()
    body += functionsPage()
    body += "</main>"
    return """
      <!DOCTYPE html>
      <html lang="zh-Hans"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>PlanGraph report</title>
      <style>\(Self.css)</style></head>
      <body>\(body)</body></html>

      """
  }

  func title(_ document: Document) -> String {
    let m = document.metadata
    let place = m.jurisdiction.isEmpty ? document.id : m.jurisdiction
    return "\(place) \(m.year.map(String.init) ?? "") \(document.kind == .plan ? "plan" : "report")"
  }

  static func anchor(_ id: String) -> String {
    "doc-" + id.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
  }

  /// `text` with HTML's special characters escaped.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
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
    margin:0;color:#222;background:#fafafa;line-height:1.5}
    header{background:#1f3b57;color:#fff;padding:12px 24px;position:sticky;top:0;z-index:2}
    header h1{margin:0 0 6px;font-size:20px}nav a{color:#cfe3f7;margin-right:16px;text-decoration:none;\
    white-space:nowrap}
    main{max-width:1200px;margin:0 auto;padding:8px 24px 48px}section{background:#fff;border:1px solid #ddd;\
    border-radius:6px;padding:8px 20px 20px;margin:24px 0}
    h2{border-bottom:2px solid #1f3b57;padding-bottom:4px}h3{margin-top:28px}
    .scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;margin:8px 0;font-size:14px}
    th,td{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left;max-width:520px;\
    overflow-wrap:anywhere}th{background:#eef3f8;overflow-wrap:normal;white-space:nowrap}td.num{text-align:right;\
    font-variant-numeric:tabular-nums;white-space:nowrap}caption{text-align:left;font-weight:bold;padding:4px 0}
    tr:nth-child(even) td{background:#f8f8f8}.facts{display:flex;flex-wrap:wrap;gap:12px}
    .fact{background:#eef3f8;border-radius:6px;padding:8px 14px}.fact b{display:block;font-size:22px}
    .network svg{max-width:100%;height:auto;border:1px solid #eee}.more,.hint{color:#666;font-size:13px}
    .severity-error{color:#b00020;font-weight:bold}.severity-warning{color:#a05a00}
    """
}
