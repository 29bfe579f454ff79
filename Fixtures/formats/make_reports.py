#!/usr/bin/env python3
"""Write the work-report fixtures of Fixtures/formats/web-reports/: government work reports as
users copy them from government and news sites, so that place, year and headline targets can be
read from the text a real corpus holds.

    python3 Fixtures/formats/make_reports.py

Every report is written by us in the manner of the provinces' and counties' reports (the places
are real so that the gazetteer can place them; speakers, numbers and sentences are ours). Each
carries what the real copies carry: the site's navigation, share and print buttons above the
title and its footer below, the title reduced to 政府工作报告 with the place only in the line on
the congress session, full-width indentation, estimates of the year before in the review
(预计…增长…左右) and five-year averages that are not targets, and one way of writing the headline
targets per report:

- shaanxi-2025: one line after 主要预期目标是:;
- shaanxi-2026: the sentence broken across two lines (主要预期目标 / 是:…), the note
  在实际工作中努力争取更好结果, and five-year (十五五) goals in 年均;
- henan-2025: 主要目标是 without 预期, 全省生产总值, a stretch goal (5.5%以上、力争达到6%);
- henan-2026: 预期目标是 with an ASCII hyphen in the range (4.5-5%);
- tianjin-2025: 主要预期目标: followed by a (一)…(六) list, one target per line;
- tianjin-2026: no marker at all, 地区生产总值按增长5%安排 in the 总体要求 paragraph;
- linghai-2025: a county-level city's report delivered on 2024-12-20 on the year 2025, its title
  without a year or a place.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "web-reports"
P = "\u3000\u3000"  # the full-width indentation pasted from web pages

REVIEW_WORK = [
    "{p}一是扩大有效投资。实施省级重点项目{projects}个，完成投资{invest}亿元，新开工亿元以上项目{big}个。",
    "{p}二是壮大实体经济。新增规模以上工业企业{firms}家，高新技术企业达到{hightech}家，数字经济核心产业增加值增长{digital}%。",
    "{p}三是深化改革开放。营商环境评价位次前移，经营主体总量达到{entities}万户，进出口总额{trade}亿元。",
    "{p}四是保障改善民生。民生支出占一般公共预算支出的{welfare}%，新建改扩建幼儿园{kinder}所，新增学位{seats}个。",
]

WORK = [
    "{p}（一）着力扩大内需，推动经济持续回升向好。实施重点项目{projects2}个，年度计划投资{invest2}亿元以上；开展“{short}消费季”等促消费活动{events}场以上，推动汽车、家电以旧换新。",
    "{p}（二）加快发展新质生产力，构建现代化产业体系。实施技术改造项目{upgrades}项，新增国家级专精特新“小巨人”企业{giants}家，培育数字经济核心产业集群。",
    "{p}（三）深化重点领域改革，持续优化营商环境。深化国资国企改革，推进“高效办成一件事”，政务服务事项网上可办率达到{online}%以上。",
    "{p}（四）扎实推进乡村全面振兴，守牢粮食安全底线。新建高标准农田{farmland}万亩，粮食产量稳定在{grain}亿斤以上，农村居民人均可支配收入增长{rural}%。",
    "{p}（五）推进生态文明建设，建设美丽{short}。空气质量优良天数比率达到{air}%，完成营造林{forest}万亩，单位地区生产总值能耗完成国家下达任务。",
    "{p}（六）切实保障和改善民生，提升人民群众获得感。城镇新增就业{jobs2}万人，新建改扩建中小学{schools}所，改造城镇老旧小区{estates}个。",
    "{p}（七）统筹发展和安全，维护社会大局稳定。开展安全生产治本攻坚三年行动，化解地方政府债务风险，做好防汛抗旱和森林防火工作。",
]

CLOSING = [
    "{p}四、全面加强政府自身建设",
    "{p}坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政，持之以恒正风肃纪反腐，驰而不息纠治“四风”，不断提高政府执行力和公信力。",
    "{p}各位代表！使命催人奋进，实干成就未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取、苦干实干，为谱写中国式现代化{short}新篇章而努力奋斗！",
]


def report(r):
    v = dict(r["values"], p=P, short=r["short"])
    lines = list(r["head"])
    lines += [P + line for line in ["各位代表："]]
    lines.append(
        f"{P}现在，我代表{r['self']}人民政府，向大会报告工作，请予审议，并请{r['self']}政协委员和其他列席人员提出意见。")
    lines.append(f"{P}一、{r['year'] - 1}年工作回顾")
    lines += [P + text for text in r["review"]]
    lines += [t.format(**v) for t in REVIEW_WORK]
    lines += [P + text for text in r["middle"]]
    lines += r["targets"]
    lines.append(f"{P}实现上述目标，需要我们保持战略定力，坚定发展信心，以实干实绩推动高质量发展。")
    numerals = "一二三四五六"
    headings = 1 + sum(1 for text in r["middle"] if text[:1] in numerals and text[1:2] == "、")
    lines.append(f"{P}{numerals[headings]}、{r['year']}年重点工作")
    lines += [t.format(**v) for t in WORK]
    closing = [t.format(**v) for t in CLOSING]
    closing[0] = f"{P}{numerals[headings + 1]}、全面加强政府自身建设"
    lines += closing
    lines += r["foot"]
    return "\n".join(lines) + "\n"


REPORTS = {
    "shaanxi-2025-report.txt": dict(
        year=2025, short="陕西", self="省",
        head=[
            "首页 > 要闻动态 > 政府工作报告",
            "下载",
            "分享:",
            "2025年陕西省政府工作报告",
            "来源：陕西日报    发布时间：2025-01-22 08:30    【字体：大 中 小】 【打印】 【关闭】",
            "政府工作报告",
            "——2025年1月14日在陕西省第十四届人民代表大会第三次会议上",
            "陕西省省长  程建平",
        ],
        review=[
            "过去一年，面对外部压力加大、内部困难增多的复杂严峻形势，全省上下稳中求进、以进促稳，经济运行总体平稳、稳中有进。预计全年地区生产总值增长5.3%左右，一般公共预算收入增长3.1%，城镇新增就业46.2万人，居民消费价格上涨0.4%。",
            "“十四五”以来，全省地区生产总值年均增长5.6%，规模以上工业增加值年均增长6.8%，经济总量迈上3.5万亿元台阶。",
        ],
        values=dict(projects=600, invest=5200, big=420, firms=1200, hightech=17000, digital=9.6, entities=560, trade=4500, welfare=78, kinder=120, seats=21000,
                    projects2=650, invest2=5300, events=800, upgrades=1500, giants=40, online=95, farmland=200, grain=260, rural=6.5, air=83, forest=600, jobs2=40, schools=150, estates=1800),
        middle=[
            "二、2025年工作总体要求和主要预期目标",
            "今年政府工作的总体要求是：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，扎实推动高质量发展，奋力谱写中国式现代化建设的陕西新篇章。",
        ],
        targets=[
            P + "今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业40万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；居民收入增长与经济增长同步；粮食产量稳定在260亿斤以上；单位地区生产总值能耗完成国家下达任务。",
        ],
        foot=[
            "扫一扫在手机打开当前页",
            "相关链接：中国政府网  国务院部门网站  省级政府网站",
            "主办：陕西省人民政府办公厅    网站标识码：6100000099",
            "陕ICP备05000000号    陕公网安备 61010000000000号",
        ],
    ),
    "shaanxi-2026-report.txt": dict(
        year=2026, short="陕西", self="省",
        head=[
            "首页 > 要闻动态 > 政府工作报告",
            "下载",
            "分享:",
            "2026年陕西省政府工作报告",
            "来源：陕西日报    发布时间：2026-02-03 09:12    【字体：大 中 小】 【打印】 【关闭】",
            "政府工作报告",
            "——2026年1月27日在陕西省第十四届人民代表大会第四次会议上",
            "陕西省省长  程建平",
        ],
        review=[
            "2025年是“十四五”规划收官之年。一年来，全省经济运行稳中有进，预计全年地区生产总值增长5.1%左右，规模以上工业增加值增长6%，一般公共预算收入增长2.8%。",
            "五年来，全省地区生产总值年均增长5.4%，城乡居民人均可支配收入年均增长6.3%，高质量发展迈出坚实步伐。",
        ],
        values=dict(projects=620, invest=5300, big=430, firms=1300, hightech=18000, digital=10.2, entities=590, trade=4600, welfare=78, kinder=110, seats=20000,
                    projects2=680, invest2=5500, events=900, upgrades=1600, giants=45, online=96, farmland=210, grain=262, rural=6.2, air=84, forest=620, jobs2=40, schools=140, estates=1700),
        middle=[
            "二、“十五五”时期经济社会发展的主要目标和重大任务",
            "今后五年，全省地区生产总值年均增长5%左右，居民人均可支配收入年均增长与经济增长同步，科技创新能力显著提升，生态环境持续改善。",
            "三、2026年工作总体要求和主要预期目标",
            "今年政府工作的总体要求是：坚持稳中求进工作总基调，开好局、起好步，确保“十五五”开局良好。",
        ],
        targets=[
            P + "今年全省经济社会发展的主要预期目标",
            "是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；城镇新增就业40万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；居民收入增长与经济增长同步；粮食产量稳定在260亿斤以上；单位地区生产总值能耗降低2%左右。",
        ],
        foot=[
            "扫一扫在手机打开当前页",
            "主办：陕西省人民政府办公厅    网站标识码：6100000099",
            "陕ICP备05000000号",
        ],
    ),
    "henan-2025-report.txt": dict(
        year=2025, short="河南", self="省",
        head=[
            "河南省人民政府门户网站",
            "当前位置：首页 > 政务公开 > 政府工作报告",
            "通知公告  政策解读  意见征集",
            "政府工作报告",
            "——2025年1月13日在河南省第十四届人民代表大会第三次会议上",
            "河南省省长 孙卫东",
            "2025-01-20 10:05  来源：河南日报",
            "字号：大 中 小    分享到：微信 微博 QQ空间",
        ],
        review=[
            "过去一年，全省经济回升向好。预计全省生产总值增长5.1%，一般公共预算收入完成4300亿元、增长3%，实现了经济质的有效提升和量的合理增长。",
            "全省生产总值突破6万亿元，三年年均增长5.2%。",
        ],
        values=dict(projects=2000, invest=9800, big=1500, firms=1800, hightech=13000, digital=9.8, entities=1100, trade=8200, welfare=75, kinder=200, seats=32000,
                    projects2=2100, invest2=10000, events=1200, upgrades=2500, giants=60, online=95, farmland=500, grain=1300, rural=7, air=72, forest=900, jobs2=110, schools=300, estates=3000),
        middle=[
            "二、2025年政府工作总体要求和主要目标",
            "今年政府工作的总体要求是：坚持稳中求进工作总基调，锚定“两个确保”，全面实施“十大战略”，推动经济持续回升向好。",
        ],
        targets=[
            P + "今年全省经济社会发展的主要目标是：全省生产总值增长5.5%以上、力争达到6%；一般公共预算收入增长4%；城镇新增就业110万人，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；居民收入增长与经济增长同步；粮食产量稳定在1300亿斤以上。",
        ],
        foot=[
            "【纠错】  【责任编辑：王敏】",
            "主办：河南省人民政府办公厅  承办：河南省大数据管理局",
            "网站标识码：4100000088  豫ICP备05000000号",
        ],
    ),
    "henan-2026-report.txt": dict(
        year=2026, short="河南", self="省",
        head=[
            "河南省人民政府门户网站",
            "当前位置：首页 > 政务公开 > 政府工作报告",
            "通知公告  政策解读  意见征集",
            "政府工作报告",
            "——2026年1月12日在河南省第十四届人民代表大会第四次会议上",
            "河南省省长 孙卫东",
            "2026-01-19 09:40  来源：河南日报",
            "字号：大 中 小    分享到：微信 微博 QQ空间",
        ],
        review=[
            "2025年，全省经济运行稳中向好，预计全省生产总值增长5.4%左右，规模以上工业增加值增长7%，城镇新增就业115万人。",
            "“十四五”时期，全省生产总值年均增长5.3%，粮食产量连续九年稳定在1300亿斤以上。",
        ],
        values=dict(projects=2100, invest=10100, big=1600, firms=1900, hightech=14000, digital=10.5, entities=1150, trade=8500, welfare=75, kinder=180, seats=30000,
                    projects2=2200, invest2=10500, events=1300, upgrades=2600, giants=65, online=96, farmland=520, grain=1300, rural=6.8, air=73, forest=950, jobs2=110, schools=280, estates=2800),
        middle=[
            "二、“十五五”时期主要目标任务",
            "今后五年，全省生产总值年均增长5%以上，规模以上工业增加值年均增长6%左右，城镇化率提高到65%。",
            "三、2026年政府工作总体要求和预期目标",
        ],
        targets=[
            P + "综合考虑各方面因素，今年全省经济社会发展的预期目标是：地区生产总值增长4.5-5%，一般公共预算收入增长3%；城镇新增就业100万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；粮食产量稳定在1300亿斤以上。",
        ],
        foot=[
            "【纠错】  【责任编辑：王敏】",
            "主办：河南省人民政府办公厅  承办：河南省大数据管理局",
            "网站标识码：4100000088  豫ICP备05000000号",
        ],
    ),
    "tianjin-2025-report.txt": dict(
        year=2025, short="天津", self="市",
        head=[
            "天津市人民政府 | 政务公开",
            "打印本页  关闭窗口",
            "2025年天津市政府工作报告",
            "——2025年1月14日在天津市第十八届人民代表大会第三次会议上",
            "天津市代市长  韩立新",
        ],
        review=[
            "过去一年，全市经济稳中有进，预计全市生产总值增长5.1%左右，一般公共预算收入增长2.5%，城镇调查失业率控制在5.5%以内。",
            "“十四五”以来，全市规模以上工业增加值年均增长4.6%，服务业增加值比重提高到62%。",
        ],
        values=dict(projects=680, invest=2800, big=300, firms=500, hightech=12000, digital=8.5, entities=170, trade=8600, welfare=76, kinder=40, seats=9000,
                    projects2=700, invest2=2900, events=500, upgrades=600, giants=30, online=98, farmland=35, grain=50, rural=6, air=70, forest=20, jobs2=35, schools=60, estates=400),
        middle=[
            "二、2025年工作总体要求和主要预期目标",
            "今年政府工作的总体要求是：坚持稳中求进工作总基调，深入落实京津冀协同发展战略，加快建设社会主义现代化大都市。",
        ],
        targets=[
            P + "今年全市经济社会发展的主要预期目标：",
            P + "（一）全市生产总值增长5%左右；",
            P + "（二）一般公共预算收入增长2%；",
            P + "（三）城镇新增就业35万人以上，城镇调查失业率5.5%以内；",
            P + "（四）居民消费价格涨幅2%左右；",
            P + "（五）居民收入增长与经济增长同步；",
            P + "（六）能耗强度、主要污染物排放量完成国家下达任务。",
        ],
        foot=[
            "【打印】  【关闭】",
            "主办单位：天津市人民政府办公厅  网站标识码：1200000066",
        ],
    ),
    "tianjin-2026-report.txt": dict(
        year=2026, short="天津", self="市",
        head=[
            "天津市人民政府 | 政务公开",
            "打印本页  关闭窗口",
            "2026年天津市政府工作报告",
            "——2026年1月20日在天津市第十八届人民代表大会第四次会议上",
            "天津市市长  韩立新",
        ],
        review=[
            "过去一年，全市经济回升向好，预计全市生产总值增长5.2%左右，规模以上工业增加值增长5%，居民消费价格上涨0.5%。",
            "五年来，全市生产总值年均增长4.8%，城镇新增就业累计180万人。",
        ],
        values=dict(projects=700, invest=2900, big=320, firms=520, hightech=13000, digital=9, entities=175, trade=8700, welfare=76, kinder=35, seats=8000,
                    projects2=720, invest2=3000, events=520, upgrades=650, giants=32, online=98, farmland=36, grain=50, rural=5.8, air=71, forest=22, jobs2=35, schools=55, estates=380),
        middle=[
            "二、2026年工作总体要求",
            "今年政府工作的总体要求是：坚持稳中求进工作总基调，实现“十五五”良好开局。综合考虑国内外形势和我市发展条件，今年全市地区生产总值按增长5%安排，一般公共预算收入增长2%左右，城镇新增就业35万人，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。",
        ],
        targets=[],
        foot=[
            "【打印】  【关闭】",
            "主办单位：天津市人民政府办公厅  网站标识码：1200000066",
        ],
    ),
    "linghai-2025-report.txt": dict(
        year=2025, short="凌海", self="市",
        head=[
            "凌海市人民政府",
            "首页 > 政务公开 > 规划计划",
            "字体：[ 大 中 小 ]  浏览次数：1365",
            "政府工作报告",
            "——2024年12月20日在凌海市第十八届人民代表大会第五次会议上",
            "凌海市人民政府市长 周宏亮",
        ],
        review=[
            "2024年，全市预计实现地区生产总值185亿元，增长5.2%；一般公共预算收入完成12.6亿元，增长6%；城镇新增就业3200人。",
            "三年来，全市地区生产总值年均增长5.5%，县域经济综合实力稳步提升。",
        ],
        values=dict(projects=60, invest=85, big=32, firms=12, hightech=45, digital=8, entities=4.6, trade=35, welfare=78, kinder=4, seats=600,
                    projects2=65, invest2=90, events=30, upgrades=15, giants=2, online=95, farmland=8, grain=16, rural=7, air=85, forest=3, jobs2=0.35, schools=5, estates=20),
        middle=[
            "二、2025年工作的总体要求和主要目标",
            "2025年政府工作的总体要求是：全面贯彻落实省委、锦州市委决策部署，坚持稳中求进工作总基调，打好打赢新时代“辽沈战役”攻坚之战，奋力开创凌海全面振兴新局面。",
        ],
        targets=[
            P + "主要目标是：地区生产总值增长6%以上；一般公共预算收入增长6%；规模以上工业增加值增长8%；固定资产投资增长10%；社会消费品零售总额增长6%；城镇新增就业3500人。",
        ],
        foot=[
            "凌海市人民政府办公室 主办  辽ICP备00000000号",
        ],
    ),
}


def main():
    OUT.mkdir(exist_ok=True)
    for name, r in REPORTS.items():
        (OUT / name).write_text(report(r), encoding="utf-8")


if __name__ == "__main__":
    main()
