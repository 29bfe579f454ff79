#!/usr/bin/env python3
"""Write the Word and Excel fixtures of Fixtures/formats/ from the plan in make_formats.py.

    python3 Fixtures/formats/make_office.py

Written by us with the standard library (zipfile), the XML kept to what Word and Excel write
and read: the same 22-task plan (锦州市太和区 2024) as the twin-*.txt files, so the tests can
check that every file form gives the same tasks and assignments. The quirks are the ones real
attachments carry:

- twin-word-paragraphs.docx: the plan typed as paragraphs; runs split inside words (牵头 | 单位,
  as Word splits runs after an edit), a tab after the task number, 牵头单位 and 责任单位 in one
  paragraph separated by a manual line break (Shift+Enter), a deleted run (tracked change) and a
  page-number field in the footer paragraph.
- twin-word-numbered.docx: the numbers are Word's own lists (w:numPr), not text: sections
  `一、` (chineseCounting), subsections `（一）`, tasks `1.` counting on across sections; the role
  lines are plain paragraphs.
- twin-word-table.docx: a title paragraph and a 任务分解表 table: section rows spanning the six
  columns (w:gridSpan), the leader and deadline cells merged down over repeated values
  (w:vMerge), responsible units one per paragraph inside their cell, a note under the table.
- shaanxi-2026-report.docx: the 陕西 2026 work report of web-reports/ as a Word download, one
  paragraph per line (the headline sentence still broken after 主要预期目标).
- twin-table.xlsx: the same table in a workbook: a merged title row, section rows merged across
  A:F, vertically merged leader cells, shared strings, a second sheet with filling instructions.

The zip entries are deflated and dated 2024-02-26 so that the files are the same on every run.
"""
import pathlib
import zipfile
from xml.sax.saxutils import escape

import make_formats as plan

HERE = pathlib.Path(__file__).resolve().parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = (2024, 2, 26, 9, 0, 0)


def save(name, parts):
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in parts:
            info = zipfile.ZipInfo(path, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, numbering=None, style=None):
    props = ""
    if style or numbering:
        props = "<w:pPr>"
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if numbering:
            props += f'<w:numPr><w:ilvl w:val="{numbering[1]}"/><w:numId w:val="{numbering[0]}"/></w:numPr>'
        props += "</w:pPr>"
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def docx(name, body, numbering=None):
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        + (
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
            if numbering
            else ""
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    parts = [("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", document)]
    if numbering:
        word_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            "</Relationships>"
        )
        parts += [("word/_rels/document.xml.rels", word_rels), ("word/numbering.xml", numbering)]
    save(name, parts)


def preamble():
    return [para(run(line)) for line in plan.PREAMBLE if line]


def closing():
    return [para(run(line)) for line in plan.CLOSING if line]


def paragraphs():
    body = preamble()
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(plan.TASKS):
        body += [para(run(h)) for h in plan.headings(i)]
        n = i + 1
        sep = "、" if n % 5 == 0 else "."
        body.append(para(run(f"{n}{sep}"), "<w:r><w:tab/></w:r>", run(text)))
        leader = plan.names(leaders)
        body.append(para(run("牵头"), run("领导："), run(leader)))
        if n % 3 == 0:
            # Two lines in one paragraph, a manual line break between them.
            body.append(
                para(
                    run("牵头单位：" + plan.names(lead)),
                    "<w:r><w:br/></w:r>",
                    run("责任单位：" + plan.responsible(resp)),
                )
            )
        else:
            body.append(para(run("牵头"), run("单位：" + plan.names(lead))))
            body.append(para(run("责任单位：" + plan.responsible(resp))))
        if n == 4:
            # A tracked deletion: Word keeps the deleted words as w:delText.
            body.append(
                para(
                    run("完成时限："),
                    '<w:del w:id="1" w:author="a"><w:r><w:delText>2024年6月底前</w:delText></w:r></w:del>',
                    run(deadline),
                )
            )
        else:
            body.append(para(run("完成时限：" + deadline)))
    body += closing()
    # The footer's page number: a field whose code is not text.
    body.append(
        para(
            run("— "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            run("3"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            run(" —"),
        )
    )
    docx("twin-word-paragraphs.docx", body)


NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    "</w:numbering>"
)


def strip_number(heading):
    # "一、经济…" -> "经济…", "(一)扩大…" -> "扩大…": Word writes the number itself.
    if heading.startswith("("):
        return heading[heading.index(")") + 1 :]
    return heading.split("、", 1)[1]


def numbered():
    body = preamble()
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(plan.TASKS):
        for h in plan.headings(i):
            level = 1 if h.startswith("(") else 0
            body.append(para(run(strip_number(h)), numbering=(1, level)))
        body.append(para(run(text), numbering=(2, 0)))
        body.append(para(run("牵头领导：" + plan.names(leaders))))
        body.append(para(run("牵头单位：" + plan.names(lead))))
        body.append(para(run("责任单位：" + plan.responsible(resp))))
        body.append(para(run("完成时限：" + deadline)))
    # 三、工作要求 continues the section list; its points are a list of their own (numId 4
    # restarts the subsection level); a bulleted line carries no label.
    body.append(para(run("工作要求"), numbering=(1, 0)))
    for line in plan.CLOSING[1:3]:
        body.append(para(run(strip_number(line)), numbering=(4, 1)))
    body.append(para(run("本方案自印发之日起执行。"), numbering=(3, 0)))
    body += [para(run(line)) for line in plan.CLOSING[3:] if line]
    docx("twin-word-numbered.docx", body, NUMBERING)


def cell(paragraphs, span=1, merge=None, width=1400):
    props = f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    props += "</w:tcPr>"
    return f"<w:tc>{props}{''.join(para(run(p)) if p else '<w:p/>' for p in paragraphs)}</w:tc>"


def table_docx():
    header = ["序号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限"]
    rows = [f"<w:tr>{''.join(cell([h]) for h in header)}</w:tr>"]
    previous = None
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(plan.TASKS):
        for h in plan.headings(i):
            rows.append(f"<w:tr>{cell([h], span=6)}</w:tr>")
            previous = None
        leader = plan.names(leaders)
        # Units one per paragraph in their cell, as offices type them.
        units = list(resp)
        merge_leader = merge_deadline = "restart"
        if previous and previous[0] == leader:
            merge_leader = "continue"
        if previous and previous[1] == deadline:
            merge_deadline = "continue"
        rows.append(
            "<w:tr>"
            + cell([str(i + 1)])
            + cell([text])
            + cell([leader] if merge_leader == "restart" else [""], merge=merge_leader)
            + cell([plan.names(lead)])
            + cell(units)
            + cell([deadline] if merge_deadline == "restart" else [""], merge=merge_deadline)
            + "</w:tr>"
        )
        previous = (leader, deadline)
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1400"/>' * 6 + "</w:tblGrid>"
    table = f"<w:tbl><w:tblPr><w:tblW w:w=\"8400\" w:type=\"dxa\"/></w:tblPr>{grid}{''.join(rows)}</w:tbl>"
    body = [para(run(plan.TITLE)), table, para(run("注：各责任单位于每季度末5日前报送进展情况。"))]
    body += [para(run(plan.ISSUER)), para(run(plan.DATE))]
    docx("twin-word-table.docx", body)


def column(index):
    return chr(65 + index)


def xlsx():
    strings = []
    index = {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    header = ["序号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限"]
    grid = [[plan.TITLE], header]
    merges = ["A1:F1"]
    previous = None
    start = None

    def close(end):
        # The leader cell merged down over the rows that repeat it.
        if start and end > start:
            merges.append(f"C{start}:C{end}")

    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(plan.TASKS):
        heads = plan.headings(i)
        if heads:
            close(len(grid))
            previous = start = None
        for h in heads:
            grid.append([h])
            merges.append(f"A{len(grid)}:F{len(grid)}")
        leader = plan.names(leaders)
        row = [i + 1, text, leader, plan.names(lead), plan.responsible(resp), deadline]
        if previous == leader:
            row[2] = None
        else:
            close(len(grid))
            start = len(grid) + 1
        previous = leader
        grid.append(row)
    close(len(grid))
    grid.append(["注：各责任单位于每季度末5日前报送进展情况。"])

    def sheet(rows, merged):
        out = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{column(c)}{r}"
                if value is None or value == "":
                    continue
                if isinstance(value, int):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        merge = ""
        if merged:
            merge = f'<mergeCells count="{len(merged)}">' + "".join(
                f'<mergeCell ref="{m}"/>' for m in merged
            ) + "</mergeCells>"
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{''.join(out)}</sheetData>{merge}</worksheet>"
        )

    first = sheet(grid, merges)
    second = sheet([["填表说明"], ["1.完成时限按方案填写。"], ["2.责任单位多个的用顿号隔开。"]], [])
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
        + "</sst>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="任务分解表" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/>'
        "</sheets></workbook>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    save(
        "twin-table.xlsx",
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/worksheets/sheet1.xml", first),
            ("xl/worksheets/sheet2.xml", second),
            ("xl/sharedStrings.xml", sst),
        ],
    )


def report():
    # The 陕西 2026 report as the province's site offers it for download: a Word file, one
    # paragraph per line of the web copy, the title in a heading style, without the site's
    # navigation (the download has none).
    lines = (HERE / "web-reports" / "shaanxi-2026-report.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("政府工作报告"))
    end = max(i for i, line in enumerate(lines) if "高质量发展" in line or "奋斗" in line) + 1
    body = [para(run(lines[start].strip()), style="Title")]
    body += [para(run(line.strip())) for line in lines[start + 1 : end] if line.strip()]
    docx("shaanxi-2026-report.docx", body)


def broken():
    # The error paths: a docx cut in half, a zip bomb, and files that are not text.
    whole = (HERE / "twin-word-table.docx").read_bytes()
    (HERE / "broken" / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    (HERE / "broken" / "scanned.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    # A zip bomb: 5 MB of document.xml that deflates to a few kB.
    bomb = '<?xml version="1.0"?><w:document ' + W + "><w:body>" + " " * 5_000_000
    save("broken/bomb.docx", [("word/document.xml", bomb + "</w:body></w:document>")])
    # The first bytes of an OLE compound file (Word 97-2003 .doc), then padding.
    (HERE / "broken" / "old-word.doc").write_bytes(
        bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    )


def main():
    (HERE / "broken").mkdir(exist_ok=True)
    paragraphs()
    numbered()
    table_docx()
    xlsx()
    report()
    broken()


if __name__ == "__main__":
    main()
