#!/usr/bin/env python3
"""Write the web-page fixtures of Fixtures/formats/ from the plan in make_formats.py.

    python3 Fixtures/formats/make_pages.py

Written by us in the manner of the pages county and city governments publish plans on (the
通知公告 or 政策文件 column of a 人民政府 site): the same 22-task plan (锦州市太和区 2024) as the
twin-*.txt files, so the tests can check that every page gives the same tasks and assignments.

- twin-page-gbk.html: GB2312 declared in `http-equiv` (the file is GBK), the site's navigation
  (`<nav>` and a menu of links), a breadcrumb (首页 > 政务公开 > 通知公告), the toolbar
  (【字号：大 中 小】【打印】【关闭】), 来源 and 发布时间 lines, scripts, a style sheet, comments,
  the plan as `<p>` paragraphs indented with `&nbsp;`, the role lines of some tasks in one
  paragraph split by `<br>`, quotes as `&ldquo;…&rdquo;`, related links, 扫一扫在手机打开当前页,
  and the footer (主办单位, 网站标识码, ICP备).
- twin-page-table.html: UTF-8 declared by `<meta charset>`, the page laid out in a table
  (a layout table around the content), the plan as a data table: section rows spanning six
  columns (`colspan`), the leader and deadline cells spanning the rows that repeat them
  (`rowspan`), responsible units one per line (`<br>`) in their cell.
- twin-page-dump.html: the plan's paragraphs as a content-management system's database export
  stores them: one physical line, quotes escaped (`\\"`), line breaks written `\\r\\n`.
"""
import pathlib

import make_formats as plan

HERE = pathlib.Path(__file__).resolve().parent

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title}_锦州市太和区人民政府</title>
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<style type="text/css">
  .zw p {{ text-indent: 2em; line-height: 2; }} /* 正文 */
</style>
<script type="text/javascript">
  var _hmt = _hmt || []; document.write("<p>统计</p>"); if (a < b && c > d) {{ x(); }}
</script>
</head>
<body>
<!-- 头部 开始 -->
<div class="top"><a href="/">锦州市太和区人民政府</a></div>
<nav class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<!-- 头部 结束 -->
"""

TOOLBAR = """<div class="info"><span>来源：区政府办公室</span>&nbsp;&nbsp;<span>发布时间：2024-02-27 09:30</span>&nbsp;&nbsp;<span>浏览次数：1024</span></div>
<div class="tools">【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
"""

FOOT = """<div class="related"><h4>相关链接</h4><ul>
<li><a href="/a/1.html">太和区2023年《政府工作报告》重点任务完成情况</a></li>
<li><a href="/a/2.html">关于印发太和区优化营商环境若干措施的通知</a></li>
</ul></div>
<div class="ewm"><img src="/images/ewm.png" alt="" /><p>扫一扫在手机打开当前页</p></div>
<div class="footer"><p>主办单位：锦州市太和区人民政府办公室&nbsp;&nbsp;联系电话：0416-1234567</p>
<p>网站标识码：2107040001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">辽ICP备12345678号-1</a>&nbsp;&nbsp;辽公网安备 21070402000123号</p></div>
<script>var share = {"title": "分享"};</script>
</body>
</html>
"""


def quoted(text):
    return text.replace("“", "&ldquo;").replace("”", "&rdquo;")


def gbk_page():
    out = [HEAD.format(charset="gb2312", title=plan.TITLE)]
    out.append('<div class="article">')
    out.append(f'<h1 class="title">{plan.TITLE}</h1>')
    out.append(TOOLBAR)
    out.append('<div class="zw">')
    for line in plan.PREAMBLE[1:]:
        if line:
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{line}</p>")
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(plan.TASKS):
        for h in plan.headings(i):
            out.append(f"<p><strong>{h}</strong></p>")
        n = i + 1
        out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{n}.{quoted(text)}</p>")
        roles = [
            f"牵头领导：{plan.names(leaders)}",
            f"牵头单位：{plan.names(lead)}",
            f"责任单位：{plan.responsible(resp)}",
            f"完成时限：{deadline}",
        ]
        if n % 2:
            out.append("<p>" + "<br />\n".join(roles) + "</p>")
        else:
            out += [f"<p>{role}</p>" for role in roles]
    for line in plan.CLOSING:
        if line:
            out.append(f'<p style="text-align:right">{line}</p>' if line in (plan.ISSUER, plan.DATE) else f"<p>{line}</p>")
    out.append("</div></div>")
    out.append(FOOT)
    (HERE / "twin-page-gbk.html").write_bytes("\n".join(out).encode("gbk"))


def table_page():
    header = ["序号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限"]
    rows = []
    # Rows of a task, with the leader and deadline cells spanning the tasks that repeat them.
    tasks = list(enumerate(plan.TASKS))
    spans = {}
    for column in (3, 6):
        i = 0
        while i < len(tasks):
            j = i + 1
            while (
                j < len(tasks)
                and not plan.headings(j)
                and (plan.names(tasks[j][1][column]) if column == 3 else tasks[j][1][column])
                == (plan.names(tasks[i][1][column]) if column == 3 else tasks[i][1][column])
            ):
                j += 1
            spans[(i, column)] = j - i
            for k in range(i + 1, j):
                spans[(k, column)] = 0
            i = j
    for i, (_, _, text, leaders, lead, resp, deadline) in tasks:
        for h in plan.headings(i):
            rows.append(f'<tr><td colspan="6" class="section">{h}</td></tr>')
        cells = [f"<td>{i + 1}</td>", f"<td>{quoted(text)}</td>"]
        if spans[(i, 3)]:
            cells.append(f'<td rowspan="{spans[(i, 3)]}">{plan.names(leaders)}</td>')
        cells.append(f"<td>{plan.names(lead)}</td>")
        cells.append("<td>" + "<br>".join(resp) + "</td>")
        if spans[(i, 6)]:
            cells.append(f'<td rowspan="{spans[(i, 6)]}">{deadline}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n<tbody>\n<tr>'
        + "".join(f"<th>{h}</th>" for h in header)
        + "</tr>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )
    out = [HEAD.format(charset="utf-8", title=plan.TITLE).replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', '<meta charset="utf-8">')]
    out.append('<table width="1000" align="center"><tr><td class="left" width="200">')
    out.append('<ul class="sidebar"><li><a href="/zcwj/">政策文件</a></li><li><a href="/tzgg/">通知公告</a></li></ul>')
    out.append('</td><td class="content">')
    out.append(f'<div class="title">{plan.TITLE}</div>')
    out.append(TOOLBAR)
    out.append(table)
    out.append("<p>注：各责任单位于每季度末5日前报送进展情况。</p>")
    out.append(f"<p>{plan.ISSUER}</p><p>{plan.DATE}</p>")
    out.append("</td></tr></table>")
    out.append(FOOT)
    (HERE / "twin-page-table.html").write_text("\n".join(out), encoding="utf-8")


def dump_page():
    paragraphs = [f'<p style=\\"text-indent:2em\\">{line}</p>' for line in plan.PREAMBLE if line]
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(plan.TASKS):
        paragraphs += [f"<p>{h}</p>" for h in plan.headings(i)]
        paragraphs.append(f'<p style=\\"text-indent:2em\\">{i + 1}.{quoted(text)}</p>')
        paragraphs.append(f"<p>牵头领导：{plan.names(leaders)}</p>")
        paragraphs.append(f"<p>牵头单位：{plan.names(lead)}</p>")
        paragraphs.append(f"<p>责任单位：{plan.responsible(resp)}</p>")
        paragraphs.append(f"<p>完成时限：{deadline}</p>")
    paragraphs += [f"<p>{line}</p>" for line in plan.CLOSING if line]
    body = "\\r\\n".join(paragraphs)
    page = (
        '<html><head><meta charset=\\"utf-8\\"></head><body><div class=\\"TRS_Editor\\">'
        + body
        + "</div></body></html>\n"
    )
    (HERE / "twin-page-dump.html").write_text(page, encoding="utf-8")


def main():
    gbk_page()
    table_page()
    dump_page()


if __name__ == "__main__":
    main()
