#!/usr/bin/env python3
"""Save a text plan as a Word file the way a government site's attachment holds it.

    python3 Scripts/word-from-text.py Fixtures/plans/liaoning-2024-plan.txt /tmp/liaoning.docx

Each line becomes a paragraph with Word's usual properties (exact line spacing, a first-line
indent), cut into runs of twelve characters (Word splits runs after edits), each run carrying
its fonts and sizes (仿宋_GB2312, 16 pt) as Word writes them. The result is what the
performance log (Documentation/performance-log.md) times the Word reader on: the 228-task
Liaoning plan gives 645 kB of XML.
Standard library only; the file is not kept in the repository.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FONT = "仿宋_GB2312"


def run(text):
    return (
        f'<w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" '
        'w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def main(source, target):
    lines = open(source, encoding="utf-8").read().splitlines()
    paragraphs = []
    for line in lines:
        runs = "".join(run(line[i : i + 12]) for i in range(0, max(len(line), 1), 12))
        paragraphs.append(
            '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>'
            f'<w:ind w:firstLine="640"/></w:pPr>{runs}</w:p>'
        )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document {W}><w:body>{"".join(paragraphs)}<w:sectPr/></w:body></w:document>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    relations = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        'Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", relations)
        archive.writestr("word/document.xml", document)
    print(f"{target}: {len(document.encode('utf-8'))} bytes of XML")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
