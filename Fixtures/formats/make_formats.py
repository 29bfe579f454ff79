#!/usr/bin/env python3
"""Write the layout fixtures of Fixtures/formats/ from one plan, so that the same plan can be
read in every layout and the readings compared.

    python3 Fixtures/formats/make_formats.py

The plan is written by us in the manner of a district's 2024 task-assignment plan (锦州市太和区
is used as the place; the content is ours, not the district's). Each rendering carries the
quirks the real documents in that layout have: mixed full- and half-width punctuation, padded
names, page furniture, wrapped lists, merged cells exported as blanks. The State Council-style
inline plan is written out literally below (its roles name no leaders, so it has no twin).
"""
import csv
import io
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

TITLE = "锦州市太和区2024年《政府工作报告》重点任务分解方案"
ISSUER = "锦州市太和区人民政府办公室"
DATE = "2024年2月26日"

# (section, subsection, text, leaders, lead units, responsible units, deadline)
S1 = "一、经济社会发展主要预期目标"
S2 = "二、重点工作任务"
SUB = ["(一)扩大有效投资", "(二)提振消费需求", "(三)推动产业升级", "(四)保障改善民生"]
TASKS = [
    (S1, None, "地区生产总值增长6%左右。", ["杜新国"], ["区发改局"], ["区统计局", "区工信局", "区商务局等"], "2024年12月底前"),
    (S1, None, "一般公共预算收入增长5%。", ["丁玲"], ["区财政局"], ["区税务局", "各街道、乡镇"], "年底前"),
    (S1, None, "规模以上工业增加值增长8%。", ["王立军"], ["区工信局"], ["区统计局", "各街道、乡镇"], "年底前"),
    (S1, None, "固定资产投资增长10%。", ["杜新国"], ["区发改局"], ["区住建局", "区自然资源分局", "区统计局"], "年底前"),
    (S1, None, "社会消费品零售总额增长7%。", ["李红梅"], ["区商务局"], ["区统计局", "区市场监管局"], "年底前"),
    (S1, None, "城镇新增就业2800人,城镇调查失业率控制在5.5%以内。", ["李红梅"], ["区人社局"], ["区财政局", "各街道、乡镇"], "长期坚持"),
    (S2, 0, "全年实施亿元以上项目30个,争取地方政府专项债券资金3亿元。", ["杜新国"], ["区发改局"], ["区财政局", "区住建局", "区自然资源分局等"], "2024年9月底前"),
    (S2, 0, "推进凌西大街片区城市更新,改造老旧小区12个。", ["王立军"], ["区住建局"], ["区财政局", "凌西、兴隆等街道"], "2024年10月底前"),
    (S2, 0, "加快太和新区基础设施建设,新建改造道路8公里。", ["王立军"], ["区住建局", "区交通局"], ["区自然资源分局", "区生态环境分局"], "持续推进"),
    (S2, 0, "建立重点项目包保机制,实行“一个项目、一名领导、一套班子”。", ["杜新国"], ["区发改局"], ["区政府各部门", "各街道、乡镇"], "长期坚持"),
    (S2, 0, "优化营商环境,推进“一网通办”事项网上可办率达到95%以上。", ["丁玲"], ["区营商局"], ["区政府各有关部门"], "2024年6月底前"),
    (S2, 1, "举办“乐购太和”等促消费活动20场以上。", ["李红梅"], ["区商务局"], ["区文旅局", "体育局", "区市场监管局"], "年底前"),
    (S2, 1, "培育夜间经济集聚区2个,发展首店经济、直播电商。", ["李红梅"], ["区商务局"], ["区文旅局", "区市场监管局等"], "2024年第三季度"),
    (S2, 1, "推动汽车、家电以旧换新,落实消费补贴政策。", ["李红梅"], ["区商务局"], ["区财政局", "区市场监管局"], "年内持续推进"),
    (S2, 1, "发展乡村旅游,接待游客120万人次。", ["王立军"], ["区文旅局"], ["区农业农村局", "区体育局", "营盘、钟屯等乡"], "年底前"),
    (S2, 2, "新增规模以上工业企业5户,高新技术企业达到40家。", ["王立军"], ["区工信局"], ["区科技局", "区统计局"], "年底前"),
    (S2, 2, "推进智能制造,实施技术改造项目10项。", ["王立军"], ["区工信局"], ["区发改局", "区科技局"], "2024年11月底前"),
    (S2, 2, "发展现代农业,粮食产量稳定在1.5亿斤以上。", ["丁玲"], ["区农业农村局"], ["区自然资源分局", "区水利局", "各乡镇"], "2024年10月底前"),
    (S2, 2, "壮大村级集体经济,收入10万元以上的村达到60%。", ["丁玲"], ["区农业农村局"], ["区财政局", "各乡镇"], "年底前"),
    (S2, 3, "新建改扩建幼儿园3所,新增学位600个。", ["李红梅"], ["区教育局"], ["区财政局", "区住建局"], "2024年8月底前"),
    (S2, 3, "推进紧密型县域医共体建设,家庭医生签约服务覆盖率达到75%。", ["李红梅"], ["区卫健局"], ["区医保局", "各街道、乡镇"], "年底前"),
    (S2, 3, "做好安全生产和防灾减灾,坚决遏制重特大事故发生。", ["杜新国"], ["区应急局"], ["区安委会成员单位", "各街道、乡镇"], "长期坚持"),
]

PREAMBLE = [
    TITLE,
    "",
    "为确保区十八届人大三次会议审议通过的《政府工作报告》确定的目标任务落到实处,现将重点任务分解如下:",
]
CLOSING = [
    "三、工作要求",
    "(一)强化责任落实。各牵头单位要对照任务分工,细化工作措施,明确时间节点。",
    "(二)加强督查考核。区政府督查室将定期调度进展情况,结果纳入年度绩效考核。",
    "",
    ISSUER,
    DATE,
]


def headings(index):
    section, sub, *_ = TASKS[index]
    previous = TASKS[index - 1] if index > 0 else (None, None)
    lines = []
    if section != previous[0]:
        lines.append(section)
    if sub is not None and (sub != previous[1] or section != previous[0]):
        lines.append(SUB[sub])
    return lines


def names(items):
    return "、".join(items)


def responsible(items):
    # A collective after an open list stands after a comma, as the real plans write it.
    out = ""
    for i, item in enumerate(items):
        if i:
            out += "," if item.startswith("各") or items[i - 1].endswith("等") else "、"
        out += item
    return out


def write(name, text, encoding="utf-8"):
    (HERE / name).write_bytes(text.encode(encoding))


def field_lines():
    out = PREAMBLE[:]
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(TASKS):
        out += headings(i)
        n = i + 1
        sep = "、" if n % 5 == 0 else "."
        out.append(f"{n}{sep}{text}")
        leader = names(leaders)
        if n == 3:
            leader = " ".join(leader)  # padded name, as in word-processed plans
        colon = "：" if n % 2 else ":"
        out.append(f"    牵头领导{colon}{leader}")
        out.append(f"    牵头单位{colon}{names(lead)}")
        value = responsible(resp)
        if n == 7:
            # A list wrapped after its separator.
            head, tail = value.split("、", 1)
            out.append(f"    责任单位{colon}{head}、")
            out.append(f"    {tail}")
        else:
            out.append(f"    责任单位{colon}{value}")
        out.append(f"    完成时限{colon}{deadline}")
        if n == 12:
            out.append("— 3 —")  # page furniture from a PDF copy
    out += CLOSING
    write("twin-field-lines.txt", "\n".join(out) + "\n")


def bracket(i):
    _, _, _, leaders, lead, resp, deadline = TASKS[i]
    seps = [";", "；", ",", "，"]
    sep = seps[i % 4]
    return (
        f"（责任领导:{names(leaders)}{sep}牵头单位:{names(lead)}{sep}"
        f"责任单位:{responsible(resp)}{sep}完成时限:{deadline}）"
    )


def labelled(mixed=False):
    out = PREAMBLE[:]
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(TASKS):
        out += headings(i)
        n = i + 1
        if mixed and n % 2 == 0:
            out.append(f"{n}.{text}")
            out.append(f"牵头领导:{names(leaders)}")
            out.append(f"牵头单位:{names(lead)}")
            out.append(f"责任单位:{responsible(resp)}")
            out.append(f"完成时限:{deadline}")
        else:
            out.append(f"{n}.{text}{bracket(i)}")
    out += CLOSING
    write("twin-mixed.txt" if mixed else "twin-labelled.txt", "\n".join(out) + "\n")


def hybrid():
    out = PREAMBLE[:]
    for i, (_, _, text, leaders, lead, resp, deadline) in enumerate(TASKS):
        out += headings(i)
        n = i + 1
        out.append(f"{n}.{text}")
        out.append(f"分管区领导：{names(leaders)}")
        out.append(f"部门分工：{names(lead)}牵头，{responsible(resp)}配合。")
        out.append(f"时间节点：{deadline}")
    out += CLOSING
    write("twin-hybrid.txt", "\n".join(out) + "\n")


def table_rows():
    rows = []
    previous = None
    for i, (section, sub, text, leaders, lead, resp, deadline) in enumerate(TASKS):
        for heading in headings(i):
            rows.append([heading, "", "", "", "", ""])
        row = [str(i + 1), text, names(leaders), names(lead), responsible(resp), deadline]
        # Merged cells: Word and Excel export a repeated value in a vertical merge as a blank.
        if previous and headings(i) == []:
            for c in (2, 3, 5):
                if row[c] == previous[c]:
                    row[c] = ""
        previous = [str(i + 1), text, names(leaders), names(lead), responsible(resp), deadline]
        rows.append(row)
    return rows


def tables():
    header = ["序号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限"]
    rows = table_rows()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([TITLE, "", "", "", "", ""])
    writer.writerow(header)
    for row in rows:
        cells = row[:]
        if cells[0] == "7":
            # A cell typed with a line break inside it (Alt+Enter in Excel).
            cells[1] = cells[1].replace(",争取", ",\n争取")
        if cells[0] == "10":
            cells[4] = cells[4].replace("、", "、\n", 1)
        writer.writerow(cells)
    writer.writerow(["注：各责任单位于每季度末5日前报送进展情况。", "", "", "", "", ""])
    write("twin-table.csv", "\ufeff" + buffer.getvalue())
    lines = [TITLE, "\t".join(["序号", "工作任务 ", "牵头领导", "牵头单位", "责任单位", "完成时限"])]
    for row in rows:
        lines.append("\t".join(row).rstrip("\t"))
    lines.append(ISSUER)
    write("twin-table.tsv", "\n".join(lines) + "\n")


STATE_COUNCIL = """\
国务院关于落实《政府工作报告》重点工作分工的意见
国发〔2024〕6号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为认真贯彻落实党中央、国务院决策部署，做好《政府工作报告》确定的重点工作，现就有关分工提出如下意见：
一、着力扩大国内需求，推动经济实现良性循环
（一）促进消费稳定增长。
1．培育壮大新型消费，实施数字消费、绿色消费、健康消费促进政策。（商务部、国家发展改革委牵头，各地区、各相关部门按职责分工负责，年内持续推进）
2．稳定和扩大传统消费，鼓励和推动消费品以旧换新。（商务部、工业和信息化部、国家发展改革委牵头，财政部等按职责分工负责，2024年6月底前出台实施方案）
3．积极扩大服务消费，推动养老、育幼、家政等服务扩容提质。（国家发展改革委、民政部、商务部等按职责分工负责）
（二）积极扩大有效投资。
4．合理扩大地方政府专项债券规模，用作资本金范围。（财政部牵头，国家发展改革委等按职责分工负责）
5．今年中央预算内投资拟安排7000亿元。（国家发展改革委牵头，各相关部门按职责分工负责）
6．稳步推进城市更新和城镇老旧小区改造。一是加快城中村改造（住房城乡建设部牵头）；二是推进地下管网建设（住房城乡建设部、国家发展改革委负责）；三是完善社区服务设施（民政部、住房城乡建设部按职责分工负责，年底前完成）。
二、大力推进现代化产业体系建设
（三）推动产业链供应链优化升级。
实施制造业重点产业链高质量发展行动，着力补齐短板、拉长长板、锻造新板。（工业和信息化部牵头，国家发展改革委、科技部等按职责分工负责）
推进传统产业高端化、智能化、绿色化转型。（工业和信息化部、国家发展改革委牵头，各相关部门配合）
（四）积极培育新兴产业和未来产业。
7．实施产业创新工程，打造生物制造、商业航天、低空经济等新增长引擎。（国家发展改革委、工业和信息化部牵头，科技部、中国民航局等参与）
8．深入推进数字经济创新发展，制定支持数字经济高质量发展政策。（国家发展改革委、国家数据局牵头，中央网信办、工业和信息化部等按职责分工负责，2024年9月底前完成）
三、深化改革，持续优化营商环境
（五）激发各类经营主体活力。
9．坚持和落实“两个毫不动摇”。（国家发展改革委、国务院国资委、市场监管总局等按职责分工负责）
10．实施国有企业改革深化提升行动。（国务院国资委牵头，财政部等按职责分工负责，年内持续推进）
（六）加快全国统一大市场建设。
11．制定全国统一大市场建设标准指引。（国家发展改革委、市场监管总局牵头，各相关部门按职责分工负责）
12．着力推动化解地方政府债务风险。（财政部牵头，国务院分管副总理负责，各地区按职责分工负责）
13．完善社会信用体系。（国家发展改革委、中国人民银行牵头，各相关部门配合落实）
四、做好组织实施
各地区、各部门要把落实《政府工作报告》作为重要政治任务，切实履职尽责。各牵头部门要发挥统筹协调作用，会同协办部门细化分解任务。（此件公开发布）
国务院
2024年3月22日
"""


def main():
    field_lines()
    labelled()
    labelled(mixed=True)
    hybrid()
    tables()
    write("state-council-inline.txt", STATE_COUNCIL)


if __name__ == "__main__":
    main()
