#!/usr/bin/env python3
"""Write the traditional-character fixtures of Fixtures/formats/.

    python3 Fixtures/formats/make_traditional.py            # downloads the OpenCC wheel from PyPI
    python3 Fixtures/formats/make_traditional.py WHEEL      # or reads a wheel already downloaded

Written by us: the State Council-style inline plan of state-council-inline.txt as a Hong Kong
or Taiwan outlet re-publishes such a document, converted to traditional characters with OpenCC's
phrase and character dictionaries (STPhrases, then STCharacters: the first candidate; Apache
2.0, from the PyPI package opencc-python-reimplemented) and with the quotation marks such sites
use (「」 for “”). Its simplified twin is state-council-inline.txt: the same tasks and
assignments. In the same way twin-traditional.txt is twin-field-lines.txt (field labels
牽頭領導/牽頭單位/責任單位) and shaanxi-2026-traditional.txt is the 陝西 2026 work report of
web-reports/ (主要預期目標 split across lines, 地區生產總值). Also a cover notice in traditional characters (關於印發…的通知) whose numbered
requirements assign nobody: it must give no tasks.
"""
import pathlib
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent

NOTICE = """關於印發太和區2024年《政府工作報告》重點任務分解方案的通知
各街道辦事處、鄉鎮人民政府，區政府各部門：
現將《太和區2024年〈政府工作報告〉重點任務分解方案》印發給你們，請結合實際，認真抓好落實。現就有關事項通知如下：
1.明確責任分工。各牽頭單位要對照方案，制定具體落實措施，明確時間表和路線圖。
2.加強協調配合。各責任單位要按職責分工主動配合，形成工作合力。
3.嚴格督查考核。區政府督查室將定期調度，結果納入年度績效考核。
附件：太和區2024年《政府工作報告》重點任務分解方案
錦州市太和區人民政府辦公室
2024年2月26日
"""


def dictionaries(wheel):
    with zipfile.ZipFile(wheel) as archive:
        phrases = archive.read("opencc/dictionary/STPhrases.txt").decode("utf-8")
        characters = archive.read("opencc/dictionary/STCharacters.txt").decode("utf-8")
    def table(text):
        result = {}
        for line in text.splitlines():
            if "\t" in line:
                key, values = line.split("\t", 1)
                result[key] = values.split(" ")[0]
        return result
    return table(phrases), table(characters)


def convert(text, phrases, characters):
    longest = max(len(k) for k in phrases)
    out = []
    i = 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 1, -1):
            if text[i : i + n] in phrases:
                out.append(phrases[text[i : i + n]])
                i += n
                break
        else:
            out.append(characters.get(text[i], text[i]))
            i += 1
    return "".join(out)


def main():
    if len(sys.argv) > 1:
        wheel = pathlib.Path(sys.argv[1])
    else:
        folder = pathlib.Path(tempfile.mkdtemp())
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder),
             "opencc-python-reimplemented==0.1.7"],
            check=True,
        )
        wheel = next(folder.glob("*.whl"))
    phrases, characters = dictionaries(wheel)
    simplified = (HERE / "state-council-inline.txt").read_text(encoding="utf-8")
    traditional = convert(simplified, phrases, characters).replace("“", "「").replace("”", "」")
    (HERE / "state-council-traditional.txt").write_text(traditional, encoding="utf-8")
    for source, target in [
        ("twin-field-lines.txt", "twin-traditional.txt"),
        ("web-reports/shaanxi-2026-report.txt", "shaanxi-2026-traditional.txt"),
    ]:
        text = (HERE / source).read_text(encoding="utf-8")
        converted = convert(text, phrases, characters).replace("“", "「").replace("”", "」")
        (HERE / target).write_text(converted, encoding="utf-8")
    (HERE / "traditional-notice.txt").write_text(NOTICE, encoding="utf-8")


if __name__ == "__main__":
    main()
