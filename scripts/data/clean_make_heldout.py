"""Write a HELD-OUT set of noisy report pages to tests/pages_heldout/.

Same file format as scripts/data/clean_make_pages.py (tests/pages/):

    tests/pages_heldout/NAME.<ext>           the raw page (bytes in the page's encoding)
    tests/pages_heldout/NAME.expected.txt    the body clean() must return (UTF-8)
    tests/pages_heldout/NAME.json            {"file", "encoding", "body", "meta", "chrome"[, "notes"]}

The pages were written blind: without reading the cleaner's code and without
running the cleaner on them while they were written.  They model kinds of site
and damage that tests/pages/ does not cover (or covers differently), as seen
on Chinese sites in 2020-2025: a www.gov.cn-style 政策 page with an index
table, a provincial portal with TRS editor markup, a 百度文库-style document
page, a 澎湃号 news repost, a Word/PDF text export with running headers and a
wrapped delivery line, a township site with visitor counter and comment box,
a Taiwan news site (traditional, UTF-8 HTML), a GB2312 page with Word-HTML
markup and <br> lines, a district page followed by a long related-articles
list, and a city page whose article ends with an attachment list and 名词解释.

The ten bodies below are new text written for this set (fictional figures and
speakers; region names are real).  Each body is the exact text a perfect
cleaner returns per docs/cleaning.md: one paragraph per line, simplified
characters, half-width digits and %, no indentation.

Run:  python scripts/data/clean_make_heldout.py
"""
from __future__ import annotations

import json
import sys
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "pages_heldout"
sys.path.insert(0, str(HERE))
from page_kit import Bodies, ent, wrap_cols  # noqa: E402
from page_kit import flat as _flat  # noqa: E402

BODIES = Bodies()
body = BODIES.add
paras = BODIES.paras




# ---------------------------------------------------------------- bodies
body("jiangxi_province_2021", """
政府工作报告
——2021年1月29日在江西省第十三届人民代表大会第五次会议上
江西省省长 许建明
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、“十三五”时期和2020年工作回顾
过去五年，全省上下坚持稳中求进工作总基调，经受住了新冠肺炎疫情和特大洪涝灾害的严峻考验，“十三五”规划主要目标任务胜利完成。全省生产总值从1.67万亿元增加到2.57万亿元，年均增长7.3%；一般公共预算收入达到2507.5亿元；城乡居民人均可支配收入年均分别增长7.9%和9.1%。
脱贫攻坚取得决定性成就。现行标准下农村贫困人口全部脱贫，25个贫困县全部摘帽，易地扶贫搬迁13.47万人，“两不愁三保障”全面实现。
产业升级步伐加快。电子信息、有色金属、装备制造等产业营业收入均突破千亿元，高新技术企业数量由1800家增加到6800家，数字经济增加值占生产总值比重达到30%左右。
二、“十四五”时期主要目标和2021年工作安排
今后五年，我们将努力实现以下目标：生产总值年均增长7%左右，到2025年突破3.5万亿元；研发经费投入年均增长12%以上；常住人口城镇化率达到66%。
2021年主要预期目标是：全省生产总值增长8%以上，一般公共预算收入增长5%左右，城镇新增就业45万人，居民消费价格涨幅3%左右。
（一）坚定不移推进创新驱动。加快建设鄱阳湖国家自主创新示范区，新增高新技术企业1000家以上，全社会研发投入增长15%。
（二）全面实施乡村振兴战略。建设高标准农田290万亩，粮食产量稳定在430亿斤以上，新建改造农村公路4000公里。
（三）持续保障和改善民生。新建改扩建城镇公办幼儿园300所，完成城镇老旧小区改造2000个，新增城镇保障性住房2万套。
各位代表！新征程催人奋进，新使命重任千钧。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力开启全面建设社会主义现代化江西新征程，以优异成绩庆祝中国共产党成立100周年！
""", title="政府工作报告", region="江西省", level="province", year=2021,
     meeting="江西省第十三届人民代表大会第五次会议", speaker="许建明", role="江西省省长", date="2021-01-29")

body("gansu_province_2024", """
2024年甘肃省政府工作报告
——2024年1月24日在甘肃省第十四届人民代表大会第二次会议上
甘肃省省长 任志刚
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2023年工作回顾
刚刚过去的一年，我们有力应对积石山6.2级地震等重大挑战，经济运行回升向好。全省地区生产总值增长6.4%，规模以上工业增加值增长7.6%，固定资产投资增长5.3%，一般公共预算收入增长10.1%，城乡居民人均可支配收入分别增长5.8%和7.9%。
新能源产业跨越发展。新能源装机规模突破5000万千瓦，占电力总装机比重超过60%；陇东综合能源基地建设全面起势，“陇电入鲁”工程开工建设。
开放通道不断拓展。中欧班列开行数量增长40%，兰州、武威、天水国际陆港功能持续提升，外贸进出口总额增长15%以上。
民生保障扎实有力。城镇新增就业33.8万人，农村低保标准提高到每人每年5600元；建成养老服务综合体86个，改造农村危房1.2万户。
二、2024年重点工作
今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长6%，城镇新增就业31万人以上，粮食产量稳定在1250万吨以上。
（一）做强工业支撑。围绕石化、有色冶金、新能源装备等重点产业链，实施技术改造项目500个以上，新增规上工业企业300家。
（二）加快灾后恢复重建。全力推进积石山地震灾区农房、学校和医院重建，确保年内群众全部入住新居。
（三）推进生态保护。实施祁连山、黄河上游生态保护修复项目，完成国土绿化600万亩，持续改善黄河流域水环境质量。
各位代表，团结奋斗创造伟业，实干担当成就未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写中国式现代化甘肃篇章！
""", title="2024年甘肃省政府工作报告", region="甘肃省", level="province", year=2024,
     meeting="甘肃省第十四届人民代表大会第二次会议", speaker="任志刚", role="甘肃省省长", date="2024-01-24")

body("anji_county_2020", """
2020年安吉县政府工作报告
——2020年1月8日在安吉县第十六届人民代表大会第四次会议上
县长 潘晓峰
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2019年工作回顾
2019年，全县实现地区生产总值469.6亿元，增长8.2%；财政总收入90.1亿元，增长10.5%；城乡居民人均可支配收入分别达到56954元和33488元，分别增长8.6%和9.3%。
绿色发展成效明显。“两山”理念转化通道不断拓宽，竹产业、白茶产业总产值分别达到185亿元和27.6亿元；全年接待游客2807万人次，旅游总收入增长18%。
城乡品质持续提升。完成美丽乡村精品示范村创建15个，新增城市绿地面积42万平方米，县城建成区污水管网改造实现全覆盖。
二、2020年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，财政总收入增长6%，城乡居民人均可支配收入增长8%左右，单位生产总值能耗下降3%。
（一）全力扩大有效投资。实施重大项目120个，完成投资280亿元以上，其中亿元以上产业项目不少于40个。
（二）加快建设美丽县城。推进灵峰、孝源等片区有机更新，建成城市绿道35公里，启动建设县人民医院新院区。
（三）用心办好民生实事。新增城镇就业9000人，新建改扩建幼儿园6所，完成农村饮用水达标提标工程受益人口5万人。
各位代表，奋斗成就梦想，实干赢得未来。让我们在县委的坚强领导下，坚定践行“绿水青山就是金山银山”理念，为高水平建设中国最美县域而努力奋斗！
""", title="2020年安吉县政府工作报告", region="安吉县", level="county", year=2020,
     meeting="安吉县第十六届人民代表大会第四次会议", speaker="潘晓峰", role="县长", date="2020-01-08")

body("wenzhou_city_2024", """
温州市政府工作报告
——2024年1月25日在温州市第十四届人民代表大会第三次会议上
温州市市长 张振宇
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，我们坚持稳进提质，全力拼经济、促发展。全市地区生产总值达到8730亿元，增长7.0%；一般公共预算收入增长8.8%；城乡居民人均可支配收入分别增长4.6%和6.9%，城乡收入比缩小到1.89。
民营经济活力迸发。出台促进民营经济高质量发展举措30条，新增市场经营主体16.2万户，总量突破140万户；新增上市公司6家。
城市能级持续提升。市域铁路S2线一期全线贯通，瓯江口新区产城融合加快推进，新建改建城市公园28个。
二、2024年主要目标和重点任务
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%，城镇调查失业率控制在5%以内，居民消费价格涨幅3%左右。
（一）打造民营经济高地。深入实施“两个健康”先行区创建，新增国家级专精特新“小巨人”企业15家以上，规上工业增加值增长7%。
（二）推进共同富裕。实施低收入群体增收行动，新增城镇就业12万人，建设未来社区40个，新增养老床位2000张。
（三）深化改革开放。持续优化营商环境，推动温州港集装箱吞吐量突破150万标箱，外贸进出口总额增长5%以上。
各位代表，唯有实干，方能致远。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、市委的坚强领导下，勇当先行者、谱写新篇章，为续写创新史、走好共富路而努力奋斗！
""", title="温州市政府工作报告", region="温州市", level="city", year=2024,
     meeting="温州市第十四届人民代表大会第三次会议", speaker="张振宇", role="温州市市长", date="2024-01-25")

body("meitan_county_2025", """
2025年湄潭县人民政府工作报告
——2025年1月10日在湄潭县第十九届人民代表大会第五次会议上
湄潭县人民政府县长 罗永林
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全县地区生产总值完成258.6亿元，增长5.6%；规模以上工业增加值增长7.1%；一般公共预算收入完成12.3亿元，增长4.5%；城乡居民人均可支配收入分别达到43260元和19870元。
茶产业提质增效。全县茶园面积稳定在60万亩，茶叶综合产值达到165亿元，“湄潭翠芽”品牌价值进一步提升；新建标准化茶叶加工厂8个。
乡村振兴有力推进。巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长12%；新建高标准农田3.2万亩，粮食产量稳定在21万吨。
二、2025年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长7%，一般公共预算收入增长3%，城乡居民人均可支配收入增长6%左右。
——坚持产业兴县。实施茶产业全链条提升工程，推动白酒、精制茶等产业集群发展，新增规上工业企业10户以上。
——坚持城乡融合。推进县城城市更新，改造老旧小区12个，新建停车位1500个，打造和美乡村示范点20个。
——坚持民生为本。新增城镇就业4200人，新建改扩建中小学3所，推进县人民医院医疗服务能力提升项目建设。
各位代表，新征程上，让我们在县委的坚强领导下，团结一心、奋勇争先，为加快建设茶旅融合发展示范县而不懈奋斗！
""", title="2025年湄潭县人民政府工作报告", region="湄潭县", level="county", year=2025,
     meeting="湄潭县第十九届人民代表大会第五次会议", speaker="罗永林", role="湄潭县人民政府县长", date="2025-01-10")

body("xinshi_township_2021", """
2021年新市镇人民政府工作报告
——2021年3月2日在新市镇第十七届人民代表大会第五次会议上
镇长 沈雅琴
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、2020年工作回顾
2020年，面对疫情带来的严峻考验，全镇上下众志成城、攻坚克难，完成财政总收入6.8亿元，增长4.2%；实现规上工业产值152亿元，增长6.5%；农村居民人均可支配收入达到41200元，增长7.1%。
古镇保护开发稳步推进。完成西河口、寺前街等历史街区修缮，古镇全年接待游客230万人次，新开业精品民宿15家。
基层治理水平持续提高。全镇23个村（社区）全部建成网格化管理平台，化解信访矛盾纠纷156件，连续三年实现安全生产“零死亡”。
二、2021年主要工作
今年全镇发展的主要目标是：财政总收入增长6%，规上工业产值增长8%左右，农村居民人均可支配收入增长7%以上，安全生产事故起数和死亡人数持续下降。
（一）做强工业经济。加快推进城东工业园区二期建设，引进亿元以上项目5个，完成技改投资8亿元。
（二）做精古镇旅游。实施古镇核心区提升工程，新增停车位600个，打造夜游经济街区1条。
（三）做实民生服务。新建居家养老服务照料中心3个，完成农村生活污水治理提升村12个，新增就业岗位800个，确保零就业家庭动态清零。
各位代表，新的一年，让我们在县委县政府和镇党委的坚强领导下，只争朝夕、不负韶华，为建设江南运河古镇、品质宜居新城而努力奋斗！
""", title="2021年新市镇人民政府工作报告", region="新市镇", level="township", year=2021,
     meeting="新市镇第十七届人民代表大会第五次会议", speaker="沈雅琴", role="镇长", date="2021-03-02")

body("haicang_district_2023", """
2023年厦门市海沧区政府工作报告
——2023年1月5日在厦门市海沧区第九届人民代表大会第二次会议上
海沧区区长 林志鸿
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，全区实现地区生产总值1090亿元，增长6.1%；规模以上工业增加值增长7.4%；一般公共预算收入完成62.5亿元，同口径增长3.8%。
台商投资区建设持续深化。新增台资企业120家，累计突破1000家；海沧台商投资区两岸融合发展示范区获批建设，台胞台企享受同等待遇政策清单扩大到80项。
港口物流优势更加凸显。海沧港区集装箱吞吐量达到680万标箱，新开通国际集装箱航线6条，跨境电商交易额增长35%。
二、2023年工作任务
今年全区经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，规模以上工业增加值增长8%，一般公共预算收入增长6%，城乡居民收入增长与经济增长同步。
（一）深化两岸融合发展。实施台胞台企登陆第一家园建设行动，新增台资企业100家以上，打造两岸青年创业基地5个。
（二）壮大生物医药产业。推进生物医药港二期建设，新增生物医药企业50家，产业规模突破600亿元。
（三）提升民生福祉。新建改扩建中小学4所，新增学位5000个，新增养老床位800张，完成老旧小区改造15个。
各位代表，同心方能致远，实干才能圆梦。让我们在市委、区委的坚强领导下，凝心聚力、拼搏实干，为建设高素质高颜值现代化国际化海沧而努力奋斗！
""", title="2023年厦门市海沧区政府工作报告", region="厦门市海沧区", level="district", year=2023,
     meeting="厦门市海沧区第九届人民代表大会第二次会议", speaker="林志鸿", role="海沧区区长", date="2023-01-05")

body("yichang_city_2022", """
2022年宜昌市政府工作报告
——2022年1月6日在宜昌市第七届人民代表大会第一次会议上
宜昌市人民政府市长 马俊杰
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、过去五年工作回顾
过去五年，我们坚决打好长江大保护攻坚战，全面完成沿江1公里范围内化工企业关改搬转134家，长江干流宜昌段水质稳定保持Ⅱ类。全市地区生产总值由3709亿元增加到5022亿元，年均增长5.1%；地方一般公共预算收入达到200.6亿元。
产业转型成效显著。绿色化工、生物医药、清洁能源三大产业产值均突破千亿元，高新技术企业数量达到780家，是五年前的2.6倍。
对外开放迈出新步伐。三峡机场口岸正式开放，宜昌港集装箱吞吐量突破30万标箱，外贸进出口总额年均增长12.8%。
二、今后五年目标和2022年工作安排
今后五年，全市经济社会发展的主要目标是：地区生产总值年均增长7%左右，力争到2026年突破7000亿元；研发经费投入强度达到3%；城镇化率达到68%。
2022年主要预期目标是：地区生产总值增长8%左右，地方一般公共预算收入增长7%，城镇新增就业5.5万人以上。
（一）加快产业转型升级。推动磷化工向精细化工转型，实施亿元以上工业技改项目100个，新增规上工业企业200家。
（二）建设区域性中心城市。加快推进宜兴大道、长江大道等城市主干道建设，开工建设城市更新项目60个。
（三）增进民生福祉。新增义务教育学位1.2万个，建设区域医疗中心2个，改造城镇老旧小区300个。
各位代表，大道至简，实干为要。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、市委的坚强领导下，为加快建设长江大保护典范城市而努力奋斗！
""", title="2022年宜昌市政府工作报告", region="宜昌市", level="city", year=2022,
     meeting="宜昌市第七届人民代表大会第一次会议", speaker="马俊杰", role="宜昌市人民政府市长", date="2022-01-06")

body("wuhou_district_2025", """
2025年成都市武侯区人民政府工作报告
——2025年1月8日在成都市武侯区第十九届人民代表大会第五次会议上
武侯区人民政府区长 刘思远
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全区实现地区生产总值1580亿元，增长5.8%；一般公共预算收入完成98.6亿元，增长3.2%；社会消费品零售总额增长6.3%，城镇居民人均可支配收入达到6.2万元。
消费中心功能持续增强。武侯祠、锦里等文旅地标全年接待游客3200万人次，新增首店品牌86个，夜间消费占比提升至38%。
创新发展动能加快集聚。环川大知识经济圈建设提速，新增国家高新技术企业260家，技术合同登记成交额突破200亿元。
二、2025年重点工作
今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%，社会消费品零售总额增长6.5%，城镇调查失业率控制在5.5%以内。
（一）建设国际消费目的地。提升武侯祠—锦里—耍都文旅片区品质，举办消费促进活动100场以上，新增品牌首店80个。
（二）提升城市更新品质。实施城市更新项目32个，改造老旧院落120个，新建社区综合体6个、口袋公园15个。
（三）办好民生实事。新增中小学学位3600个，新增养老床位500张，新增城镇就业2.6万人。
各位代表，奋斗成就梦想，实干开创未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委和区委的坚强领导下，为奋力谱写中国式现代化武侯篇章而努力奋斗！
""", title="2025年成都市武侯区人民政府工作报告", region="成都市武侯区", level="district", year=2025,
     meeting="成都市武侯区第十九届人民代表大会第五次会议", speaker="刘思远", role="武侯区人民政府区长", date="2025-01-08")

body("jiangmen_city_2023", """
2023年江门市政府工作报告
——2023年2月8日在江门市第十五届人民代表大会第二次会议上
江门市市长 黄启明
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，我们高效统筹疫情防控和经济社会发展，全市地区生产总值达到3773亿元，增长3.9%；规上工业增加值增长5.2%；一般公共预算收入286亿元，同口径增长4.1%。
“侨都赋能”工程深入实施。举办侨乡人才周等活动，引进海外侨胞投资项目45个，新增侨资企业120家。
大广海湾经济区开发建设提速。银洲湖高速建成通车，深江铁路江门段全线开工，大广海湾新区完成投资150亿元。
二、2023年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长7%，固定资产投资增长10%，一般公共预算收入增长5%。
（一）坚持制造业当家。推进“大优特”产业招商，引进超百亿元项目3个，新增规上工业企业400家，工业投资增长15%以上。
（二）全面融入粤港澳大湾区。深化与港澳规则衔接，推动珠西综合交通枢纽江门站投入使用，打造江门人才岛。
（三）扎实办好民生实事。新增公办学位2.5万个，建成“粤菜师傅”“广东技工”“南粤家政”培训基地15个，新增城镇就业4.5万人。
各位代表，侨乡儿女勇立潮头，五邑大地生机勃发。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力推动江门高质量发展，为在新征程中走在全省前列而努力奋斗！
""", title="2023年江门市政府工作报告", region="江门市", level="city", year=2023,
     meeting="江门市第十五届人民代表大会第二次会议", speaker="黄启明", role="江门市市长", date="2023-02-08")


# ---------------------------------------------------------------- helpers


def wrap(line: str, width: int) -> list[str]:
    return [line[i:i + width] for i in range(0, len(line), width)] or [""]


PAGES: dict[str, dict] = {}


def page(name, key, ext, raw, chrome, encoding="utf-8", notes=None):
    if not isinstance(raw, str):
        raw = "\n".join(raw)
    PAGES[name] = dict(key=key, ext=ext, raw=raw, chrome=[c for c in chrome if c.strip()], encoding=encoding,
                       notes=notes)


# ---------------------------------------------------------------- pages
# 01 www.gov.cn-style 政策 page: index table above the body, QR line below
def p01():
    key = "jiangxi_province_2021"
    b = paras(key)
    ps = [f'<p style="text-align: center;"><strong>{b[0]}</strong></p>',
          f'<p style="text-align: center;">{b[1]}</p>',
          f'<p style="text-align: center;">{b[2].replace(" ", "&nbsp;")}</p>']
    for ln in b[3:]:
        if re.match(r"^[一二三四五]、", ln):
            ps.append(f'<p style="text-indent: 2em; font-family: 宋体;"><strong>{ent(ln)}</strong></p>')
        else:
            ps.append(f'<p style="text-indent: 2em; font-family: 宋体;">{ent(ln)}</p>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="江西省人民政府">
<meta name="ArticleTitle" content="2021年江西省政府工作报告">
<meta name="PubDate" content="2021-02-04 10:00">
<title>2021年江西省政府工作报告_省政府文件_江西省人民政府门户网站</title>
<link rel="stylesheet" type="text/css" href="/css/policy_2020.css">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var _trackData = _trackData || []; window._CWiQ = _trackData; (function(){{ var c = document.createElement("script"); c.src = "//stat.example/cwiq.js"; }})();</script>
</head>
<body>
<div class="header">
<div class="logo"><img src="/images/logo_jx.png" alt="江西省人民政府"></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">政民互动</a></li><li><a href="/zjjx/">走进江西</a></li>
</ul>
</div>
<div class="BreadcrumbNav"><a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zc/">政策</a>&nbsp;&gt;&nbsp;<a href="/zc/zck/">政策库</a>&nbsp;&gt;&nbsp;省政府文件</div>
<div class="policyLibraryOverview_header">
<table class="bd1" width="100%" cellspacing="1" cellpadding="0" border="0">
<tbody>
<tr><td class="t1" width="90"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td class="t2">014500858/2021-00024</td><td class="t1" width="90"><b>主题分类：</b></td><td class="t2">综合政务\\其他</td></tr>
<tr><td class="t1"><b>发文机关：</b></td><td class="t2">江西省人民政府</td><td class="t1"><b>成文日期：</b></td><td class="t2">2021年02月01日</td></tr>
<tr><td class="t1"><b>标　　题：</b></td><td class="t2" colspan="3">2021年江西省政府工作报告</td></tr>
<tr><td class="t1"><b>发文字号：</b></td><td class="t2"></td><td class="t1"><b>发布日期：</b></td><td class="t2">2021年02月04日</td></tr>
</tbody>
</table>
</div>
<div class="article oneColumn pub_border">
<h1>2021年江西省政府工作报告</h1>
<div class="pages-date">2021-02-04 10:00&nbsp;&nbsp;&nbsp;来源：江西日报
<span class="font index_switchsize">字号：<span>默认</span> <span>大</span> <span>超大</span></span><span class="split">|</span><span class="font printIco">打印</span><span class="split">|</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{chr(10).join(ps)}
</div>
<div class="editor">【我要纠错】&nbsp;&nbsp;责任编辑：刘昕</div>
<div class="mobile_link"><div class="mhide"><img src="/images/qr_page.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>
</div>
<div class="related"><h3>相关稿件</h3>
<ul>
<li><a href="/art/2021/1/29/a1.html">江西省第十三届人民代表大会第五次会议在南昌开幕</a></li>
<li><a href="/art/2021/2/1/a2.html">图解：2021年江西省政府工作报告</a></li>
</ul></div>
<div class="footer">
<p><a href="/wzsm/">网站说明</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：江西省人民政府办公厅&nbsp;&nbsp;版权所有：江西省人民政府</p>
<p>赣ICP备05004147号-1&nbsp;&nbsp;<img src="/images/ga.png" alt="">赣公网安备 36010802000114号&nbsp;&nbsp;网站标识码：3600000015</p>
</div>
<script type="text/javascript">$(function(){{ $(".printIco").click(function(){{ window.print(); }}); }});</script>
</body>
</html>
"""
    chrome = ["首页", "政务公开", "政务服务", "政民互动", "走进江西", "首页 > 政策 > 政策库 > 省政府文件",
              "索 引 号：", "014500858/2021-00024", "主题分类：", "综合政务\\其他", "发文机关：", "江西省人民政府",
              "成文日期：", "2021年02月01日", "标 题：", "2021年江西省政府工作报告", "发文字号：", "发布日期：", "2021年02月04日",
              "2021-02-04 10:00 来源：江西日报", "字号：默认 大 超大", "打印", "【我要纠错】 责任编辑：刘昕", "扫一扫在手机打开当前页",
              "相关稿件", "江西省第十三届人民代表大会第五次会议在南昌开幕", "图解：2021年江西省政府工作报告",
              "网站说明 | 网站地图 | 联系我们", "主办单位：江西省人民政府办公厅 版权所有：江西省人民政府",
              "赣ICP备05004147号-1 赣公网安备 36010802000114号 网站标识码：3600000015"]
    notes = ("meta.title is the body's own title line (政府工作报告), which docs/cleaning.md puts first among the "
             "sources; the index table's 标题 and the <h1> say 2021年江西省政府工作报告 but are chrome. meta.date is the "
             "delivery date, not 成文日期/发布日期. The speaker line is role&nbsp;name: the expected text has one "
             "ASCII space (tests/test_clean_offsets.py maps an output space to a raw NBSP).")
    page("01_govcn_policy_table", key, "html", html, chrome, notes=notes)


# 02 provincial portal with TRS editor markup, <style> inside the content, photo caption
def p02():
    key = "gansu_province_2024"
    b = paras(key)
    body_ps = []
    for ln in b[3:]:
        if re.match(r"^[一二三四五]、", ln):
            body_ps.append(f'<p style="text-indent: 2em; text-align: justify;"><strong><font face="黑体">{ent(ln)}</font></strong></p>')
        elif ln.startswith("（"):
            body_ps.append(f'<p style="text-indent: 2em; text-align: justify;"><font face="楷体_GB2312"><strong>{ent(ln[:ln.index("。") + 1])}</strong></font>{ent(ln[ln.index("。") + 1:])}</p>')
        else:
            body_ps.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;{ent(ln)}</p>')
    role, name = b[2].split(" ")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>2024年甘肃省政府工作报告 - 甘肃省人民政府</title>
<meta name="ColumnName" content="政府工作报告" />
<link href="/css/common.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.article h1 {{ font-size: 26px; color: #0b4a8b; text-align: center; }}
.article .info span {{ margin: 0 10px; }}
</style>
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="date">2024年1月26日 星期五</span><a href="/wza/">无障碍</a> <a href="/zz/">长者模式</a> <a href="/en/">English</a></div></div>
<div class="head"><div class="logo"><a href="/"><img src="/images/logo.png" alt="甘肃省人民政府" /></a></div>
<div class="search"><form action="/search/"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="menu"><ul>
<li><a href="/">首页</a></li>
<li><a href="/gsyw/">甘肃要闻</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zsgs/">走进甘肃</a></li>
</ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article">
<h1>2024年甘肃省政府工作报告</h1>
<div class="info"><span>发布时间：2024-01-26 09:12</span><span>来源：甘肃日报</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*1000+15000))</script></span><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="content" id="zoom">
<!--ContentStart--><meta name="ContentStart" />
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}
</style>
<div class="Custom_UnionStyle">
<p style="text-align: center;"><img src="./W020240126391202811234.jpg" oldsrc="W020240126391202811234.jpg" title="开幕会" alt="" style="border-width: 0px;" OLDSRC="W020240126391202811234.jpg" /></p>
<p style="text-align: center;"><font face="楷体_GB2312">1月24日，甘肃省第十四届人民代表大会第二次会议在兰州开幕。记者 王瑞 摄</font></p>
<p>&nbsp;</p>
<p style="text-align: center;"><strong><font size="4">{b[0]}</font></strong></p>
<p style="text-align: center;"><font face="楷体_GB2312">{b[1]}</font></p>
<p style="text-align: center;"><font face="楷体_GB2312">{role}&nbsp;&nbsp;{name}</font></p>
<p>&nbsp;</p>
{chr(10).join(body_ps)}
</div></div>
<meta name="ContentEnd" /><!--ContentEnd-->
<script type="text/javascript">var shareTitle = "2024年甘肃省政府工作报告"; var shareDesc = "各位代表：现在，我代表省人民政府，向大会报告工作……";</script>
</div>
<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a><a class="bds_qzone" title="分享到QQ空间"></a></div>
<div class="print"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer">
<div class="flinks"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a> | <a href="/bzzx/">帮助中心</a></div>
<div class="copy">主办：甘肃省人民政府办公厅&nbsp;&nbsp;承办：甘肃省大数据中心<br />
甘ICP备05000231号-1&nbsp;&nbsp;<a href="#"><img src="/images/gongan.png" alt="" />甘公网安备 62010202000487号</a>&nbsp;&nbsp;网站标识码：6200000001<br />
<a href="#"><img src="/images/jiucuo.png" alt="政府网站找错" /></a></div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.example/hm.js?8f1c"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>
"""
    chrome = ["2024年1月26日 星期五", "无障碍", "长者模式", "甘肃要闻", "政务公开", "政务服务", "互动交流", "走进甘肃",
              "您当前的位置：首页 > 政务公开 > 政府工作报告", "发布时间：2024-01-26 09:12", "来源：甘肃日报", "浏览次数：",
              "【字体：大 中 小】", "1月24日，甘肃省第十四届人民代表大会第二次会议在兰州开幕。记者 王瑞 摄", "分享到：",
              "【打印本页】 【关闭窗口】", "网站地图 | 联系我们 | 网站声明 | 帮助中心",
              "主办：甘肃省人民政府办公厅 承办：甘肃省大数据中心", "甘ICP备05000231号-1 甘公网安备 62010202000487号 网站标识码：6200000001",
              "Math.floor", "shareTitle", "TRS_Editor", "_hmt"]
    notes = ("Title/delivery/speaker centred in TRS <font> markup; speaker line is role&nbsp;&nbsp;name -> one ASCII space. "
             "The photo caption above the title is prose but not body. Strings from <script>/<style> (TRS_Editor, "
             "shareTitle, Math.floor, _hmt) are listed in chrome so that leaking code is counted.")
    page("02_provincial_portal_trs", key, "html", html, chrome, notes=notes)


# 03 百度文库-style document page: hard wraps, page numbers mid-sentence, VIP/展开阅读全文 mid-body
def p03():
    key = "anji_county_2020"
    b = paras(key)
    body_lines = ["　　　　" + b[0], "　" + b[1], "　　　　　　　　" + b[2], b[3]]
    for ln in b[4:]:
        body_lines += wrap_cols("　　" + ln, 68)
    head = ["百度文库", "首页 分类 精品内容 合作机构 个人中心", "百度文库 > 实用模板 > 总结/汇报 > 工作报告",
            "2020年安吉县政府工作报告", "VIP专享", "文档格式：.docx 本文档共6页", "上传者：zw_anji2020 上传时间：2020-03-16",
            "4.6分 (38人评价) 2156阅读 97下载", "立即下载 开通VIP 免费下载", ""]
    folds = ["", "展开阅读全文", "本文档共6页，剩余3页未读，开通VIP即可阅读全文", "VIP专享文档 立即下载", ""]
    tail = ["", "本文档共6页，下载完整文档查看全文", "VIP专享文档下载", "立即下载 ￥3.00", "举报 收藏 分享", "相关文档",
            "2019年安吉县政府工作报告 4页", "2021年安吉县政府工作报告全文 7页", "安吉县2020年国民经济和社会发展计划执行情况 5页",
            "猜你喜欢", "县政府工作报告范文（精选5篇） 12页", "乡镇政府工作报告2020年（通用版） 9页",
            "©2020 Baidu 使用百度前必读 | 文库协议 | 网站地图"]
    marks = {1: ["1"], 2: ["第 2 页 共 6 页"], 3: ["3 / 6"], 4: ["4"], 5: ["第 5 页 共 6 页"]}
    lines = list(head)
    furniture = []
    per = 7
    for i, ln in enumerate(body_lines):
        lines.append(ln)
        if (i + 1) % per == 0 and (i + 1) // per in marks:
            pg = (i + 1) // per
            lines += marks[pg]
            furniture += marks[pg]
            if pg == 3:
                lines += folds
    last = str(len(body_lines) // per + 1)
    if len(body_lines) % per:
        lines.append(last)
        furniture.append(last)
    lines += tail
    notes = ("Pages of 7 visual lines; page numbers (1, 第 2 页 共 6 页, 3 / 6 ...) fall inside paragraphs and must be "
             "dropped with the paragraph re-joined. The preview fold (展开阅读全文 / 本文档共6页，剩余3页未读… / VIP专享文档 "
             "立即下载) sits inside the body after page 3; the text after it is the rest of the report. Hard wraps at 68 "
             "columns (34 Han), paragraph starts indented with two ideographic spaces.")
    page("03_baidu_wenku_doc", key, "txt", lines, head + folds + tail + furniture, encoding="utf-8-sig", notes=notes)


# 04 澎湃号-style news repost: 原标题, news lead, 来源, 专题 link, 相关推荐 teasers
def p04():
    key = "wenzhou_city_2024"
    b = paras(key)
    head = ["澎湃新闻", "首页 要闻 深度 视频 澎湃号 财经 思想 生活", "澎湃号·政务 > 温州发布", "温州市政府工作报告全文发布",
            "温州发布", "关注", "2024-01-26 07:45 来源：澎湃新闻·澎湃号·政务", "字号",
            "原标题：重磅！温州市政府工作报告全文发布", "作者：温州日报记者 陈晓 潘杰",
            "1月25日上午，温州市第十四届人民代表大会第三次会议隆重开幕。市长张振宇代表市人民政府作政府工作报告。全文如下："]
    tail = ["（来源：温州日报）", "点击进入专题：2024温州两会", "澎湃新闻报料：021-962866", "澎湃新闻，未经授权不得转载", "+1",
            "收藏", "我要举报", "#温州两会", "查看更多", "相关推荐",
            "温州两会｜今年温州要办好十方面民生实事，涉及教育、医疗、养老等领域", "澎湃号·政务 温州发布 01-25",
            "代表委员热议政府工作报告：温州要勇当“两个先行”先行者。", "澎湃号·政务 温州发布 01-25",
            "刚刚，温州市政府工作报告公布了今年地区生产总值增长6.5%左右的目标，一起来看看！", "温州日报 01-25",
            "瓯江口新区今年将新建学校3所，市民关心的地铁线路也有新进展……", "澎湃号·政务 瓯江口发布 01-24",
            "评论(12)", "写下你的评论…", "引用", "温州老乡 01-26 温州", "希望民营经济越来越好，加油！", "回复 点赞 举报",
            "打开澎湃新闻APP，阅读体验更佳", "沪ICP备14003370号 沪公网安备31010602000299号", "© 2014-2024 上海东方报业有限公司"]
    page("04_thepaper_repost", key, "txt", head + b + tail, head + tail,
         notes="The news lead before the title is prose but not body (the report starts at its title line). "
               "Title without a year: meta.year comes from the delivery date.")


# 05 Word/PDF text export of a county report: running header, — N — page numbers (alternating
#    alignment), form feeds, hard wraps at 28 columns, centred delivery line wrapped over two lines
def p05():
    key = "meitan_county_2025"
    b = paras(key)
    header = "湄潭县第十九届人民代表大会第五次会议文件"
    d1, d2 = b[1][:b[1].index("第五次")], b[1][b[1].index("第五次"):]
    assert d1 + d2 == b[1]
    body_lines = ["", "          " + b[0], "", "    " + d1, "                " + d2, "", "            " + b[2], "", b[3]]
    for ln in b[4:]:
        body_lines += wrap_cols("    " + ln, 56)  # 4 ASCII spaces of indentation = two Han columns
    out = [header + "（3）", ""]
    furniture = [header + "（3）"]
    per = 15
    pg = 0
    for i, ln in enumerate(body_lines):
        out.append(ln)
        if (i + 1) % per == 0:
            pg += 1
            num = f"— {pg} —"
            pn = ("                                 " + num) if pg % 2 else num
            out += ["", pn, "\f" + header, ""]
            furniture += [num, header]
    pg += 1
    num = f"— {pg} —"
    out += ["", ("                                 " + num) if pg % 2 else num, ""]
    furniture.append(num)
    notes = ("pdftotext-style export (GBK). Paragraph starts are indented with 4 ASCII spaces, lines are hard-wrapped "
             "at 56 columns (28 Han), paragraphs continue across page breaks (page number, form feed, running header). The "
             "centred delivery line is printed over two lines and must come back as one line.")
    page("05_word_pdf_county", key, "txt", out, furniture, encoding="gbk", notes=notes)


# 06 township site: table layout, CRLF, visitor counter, Copyright ©, comments and a comment form
def p06():
    key = "xinshi_township_2021"
    b = paras(key)
    ps = "\n".join(f"<p>{ent(ln)}</p>" if i < 4 else f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{ent(ln)}</p>" for i, ln in enumerate(b))
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>2021年新市镇人民政府工作报告--新市镇人民政府</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner_xs.jpg" width="980" height="160"></td></tr>
<tr><td class="menu" height="36"><a href="index.asp">网站首页</a> | <a href="gk.asp">新市概况</a> | <a href="zwgk.asp">政务公开</a> | <a href="lv.asp">古镇旅游</a> | <a href="bs.asp">办事指南</a> | <a href="xf.asp">网上信访</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left">
<table width="100%"><tr><td class="lt">政务公开</td></tr>
<tr><td><a href="list.asp?id=11">通知公告</a></td></tr>
<tr><td><a href="list.asp?id=12">工作报告</a></td></tr>
<tr><td><a href="list.asp?id=13">财政信息</a></td></tr>
</table>
</td>
<td width="760" valign="top">
<table width="100%"><tr><td class="weizhi">您现在的位置：<a href="index.asp">首页</a> &gt;&gt; <a href="zwgk.asp">政务公开</a> &gt;&gt; 工作报告</td></tr></table>
<table width="96%" align="center">
<tr><td class="newstitle" align="center"><font size="4"><b>2021年新市镇人民政府工作报告</b></font></td></tr>
<tr><td class="newsinfo" align="center">作者：党政办&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;点击数：<font color="red">1368</font>&nbsp;&nbsp;更新时间：2021-3-8</td></tr>
<tr><td class="content">
{ps}
</td></tr>
<tr><td class="sx">上一篇：<a href="show.asp?id=1021">新市镇召开2021年经济工作会议</a><br>下一篇：<a href="show.asp?id=1023">关于新市镇2020年财政预算执行情况的报告</a></td></tr>
</table>
<div class="pl">
<div class="pltitle">网友评论</div>
<div class="plitem"><span class="plname">网友：运河边的人</span> <span class="pltime">2021-3-9 10:12:03</span><br>古镇越来越漂亮了，希望停车难的问题早点解决！</div>
<div class="plitem"><span class="plname">网友：匿名</span> <span class="pltime">2021-3-10 08:40:55</span><br>点赞，民生实事件件落到实处。</div>
<div class="plcount">已有2条评论&nbsp;&nbsp;<a href="pl.asp?id=1022">查看全部评论</a></div>
</div>
<div class="fbpl">
<div class="fbtitle">发表评论</div>
<div class="fbtip">请遵守国家法律法规，文明发言，评论内容经审核后显示。</div>
<form name="plform" method="post" action="savepl.asp?id=1022">
<textarea name="content" cols="80" rows="5"></textarea><br>
用户名：<input type="text" name="user" value="匿名"> 验证码：<input type="text" name="code" size="6"><img src="code.asp" align="absmiddle"> 看不清？换一张<br>
<input type="submit" value="提交评论"> <input type="reset" value="重写">
</form>
</div>
</td>
</tr>
</table>
<table width="980" border="0" align="center" class="foot">
<tr><td align="center">
<a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a> | <a href="javascript:window.external.addFavorite('/','新市镇人民政府')">加入收藏</a> | <a href="lxwm.asp">联系我们</a><br>
Copyright &copy; 2021 德清县新市镇人民政府 All Rights Reserved<br>
地址：德清县新市镇新兴路123号&nbsp;&nbsp;电话：0572-8000000<br>
浙ICP备12012345号<br>
您是本站第 <font color="red">0123456</font> 位访客&nbsp;&nbsp;今日访问：89
</td></tr>
</table>
</body>
</html>
"""
    html = html.replace("\n", "\r\n")
    chrome = ["网站首页 | 新市概况 | 政务公开 | 古镇旅游 | 办事指南 | 网上信访", "通知公告", "工作报告", "财政信息",
              "您现在的位置：首页 >> 政务公开 >> 工作报告", "作者：党政办 来源：本站原创 点击数：1368 更新时间：2021-3-8",
              "上一篇：新市镇召开2021年经济工作会议", "下一篇：关于新市镇2020年财政预算执行情况的报告", "网友评论",
              "网友：运河边的人 2021-3-9 10:12:03", "古镇越来越漂亮了，希望停车难的问题早点解决！", "网友：匿名 2021-3-10 08:40:55",
              "点赞，民生实事件件落到实处。", "已有2条评论 查看全部评论", "发表评论", "请遵守国家法律法规，文明发言，评论内容经审核后显示。",
              "验证码：", "看不清？换一张", "设为首页 | 加入收藏 | 联系我们", "Copyright © 2021 德清县新市镇人民政府 All Rights Reserved",
              "地址：德清县新市镇新兴路123号 电话：0572-8000000", "浙ICP备12012345号", "您是本站第 0123456 位访客 今日访问：89"]
    page("06_township_site_comments", key, "html", html, chrome,
         notes="The table cell 政务公开 in the left column is a heading of the side menu; the title appears twice "
               "(page heading and first line of the content); the body is the content cell only.")


# 07 Taiwan news site, traditional characters (s2tw), UTF-8 HTML, full-width ％, news lead, repost note
def p07():
    import opencc

    key = "haicang_district_2023"
    s2tw = opencc.OpenCC("s2tw")
    t2s = opencc.OpenCC("t2s")
    b = paras(key)
    tw = []
    for ln in b:
        t = s2tw.convert(ln)
        assert t2s.convert(t) == ln, (ln, t, t2s.convert(t))
        tw.append(t.replace("%", "％"))
    ps = "\n".join(f"<p>{ln}</p>" for ln in tw)
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>廈門海滄區政府工作報告全文 台商投資區列首要任務 | 兩岸 | 海峽新聞網</title>
<meta property="og:title" content="廈門海滄區政府工作報告全文 台商投資區列首要任務">
<meta property="og:description" content="廈門市海滄區日前召開人大會議，區長林志鴻作政府工作報告。">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"廈門海滄區政府工作報告全文","datePublished":"2023-01-06T14:32:00+08:00"}}</script>
<script async src="https://securepubads.example/tag/js/gpt.js"></script>
</head>
<body>
<header class="site-header">
<div class="logo"><a href="/">海峽新聞網</a></div>
<nav class="main-nav"><ul><li><a href="/">首頁</a></li><li><a href="/breaking">即時</a></li><li><a href="/politics">政治</a></li><li><a href="/cross-strait">兩岸</a></li><li><a href="/world">國際</a></li><li><a href="/finance">財經</a></li><li><a href="/life">生活</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">首頁</a> › <a href="/cross-strait">兩岸</a> › 大陸政經</div>
<main>
<article>
<h1>廈門海滄區政府工作報告全文 台商投資區列首要任務</h1>
<div class="article-info"><time datetime="2023-01-06T14:32">2023/01/06 14:32</time> <span class="author">記者林○○／綜合報導</span></div>
<div class="share-bar"><a>分享</a> <a>LINE</a> <a>Facebook</a> <a>複製連結</a> <a>字級</a></div>
<div class="article-body">
<p>〔記者林○○／綜合報導〕廈門市海滄區日前召開人大會議，區長林志鴻作政府工作報告，提出今年地區生產總值成長7.5％左右的目標。以下為報告全文：</p>
<div class="ad-inread">廣告</div>
{ps}
<p>（本文轉載自海滄區人民政府網站）</p>
</div>
<div class="tags">#海滄 #台商投資區 #政府工作報告</div>
<div class="line-follow">加入海峽新聞網LINE好友，掌握兩岸最新動態</div>
</article>
<section class="related"><h2>延伸閱讀</h2>
<ul><li><a>廈門市政府工作報告：今年經濟成長目標7％</a></li><li><a>福建提出兩岸融合發展示範區建設新措施</a></li><li><a>陸台商投資區登陸第一家園 新增補貼一覽</a></li></ul>
</section>
<section class="comments"><h2>留言</h2><div class="fb-comments">看更多留言</div></section>
</main>
<footer><p>關於我們 | 隱私權政策 | 著作權聲明 | 聯絡我們</p><p>© 2023 海峽新聞網 版權所有 未經授權不得轉載</p></footer>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</body>
</html>
"""
    chrome = ["海峽新聞網", "即時", "政治", "兩岸", "國際", "財經", "生活", "首頁 › 兩岸 › 大陸政經",
              "廈門海滄區政府工作報告全文 台商投資區列首要任務", "2023/01/06 14:32 記者林○○／綜合報導",
              "分享 LINE Facebook 複製連結 字級",
              "〔記者林○○／綜合報導〕廈門市海滄區日前召開人大會議，區長林志鴻作政府工作報告，提出今年地區生產總值成長7.5％左右的目標。以下為報告全文：",
              "廣告", "（本文轉載自海滄區人民政府網站）", "#海滄 #台商投資區 #政府工作報告", "加入海峽新聞網LINE好友，掌握兩岸最新動態",
              "延伸閱讀", "廈門市政府工作報告：今年經濟成長目標7％", "福建提出兩岸融合發展示範區建設新措施",
              "陸台商投資區登陸第一家園 新增補貼一覽", "留言", "看更多留言", "關於我們 | 隱私權政策 | 著作權聲明 | 聯絡我們",
              "© 2023 海峽新聞網 版權所有 未經授權不得轉載"]
    page("07_taiwan_news_utf8", key, "html", html, chrome,
         notes="Body converted with OpenCC s2tw (t2s gives the simplified body back exactly, checked by the "
               "generator); % written as full-width ％. The repost note （本文轉載自…） right after the closing "
               "call is not body.")


# 08 GB2312 page: Word-HTML (MsoNormal, <o:p>, lang=EN-US spans, supportLists comments), <br> lines, toolbar
def p08():
    key = "yichang_city_2022"
    b = paras(key)

    def enspan(s):
        return re.sub(r"(\d+(?:\.\d+)?%?)", r"""</span><span lang=EN-US style='font-family:"Times New Roman"'>\1</span><span style='font-family:仿宋_GB2312'>""", s)

    word_ps, br_rows = [], []
    split = 9  # paragraphs b[4:split] in Word-HTML, the rest in one <p> with <br>
    for ln in b[4:split]:
        if re.match(r"^[一二三四五]、", ln):
            word_ps.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-family:黑体'>{ent(ln)}<span lang=EN-US><o:p></o:p></span></span></b></p>")
        else:
            word_ps.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='font-family:仿宋_GB2312'>{enspan(ent(ln))}<span lang=EN-US><o:p></o:p></span></span></p>")
    for ln in b[split:]:
        m = re.match(r"^(（[一二三四五]）)(.*)$", ln)
        if m:
            br_rows.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<!--[if !supportLists]--><span style='font-family:楷体_GB2312'>{m.group(1)}</span><!--[endif]--><span style='font-family:楷体_GB2312'>{ent(m.group(2))}</span>")
        else:
            br_rows.append("&nbsp;&nbsp;&nbsp;&nbsp;" + ent(ln))
    delivery = b[1].replace("——", "&mdash;&mdash;")
    role, name = b[2].split(" ")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宜昌市人民政府</title>
<style>
body {{ font-size: 12px; }} .toolbar a {{ color: #333; }}
</style>
<script language="javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body>
<table width="1000" align="center" class="top"><tr><td>宜昌市人民政府门户网站</td><td align="right">2022年1月12日 星期三</td></tr></table>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjyc/">走进宜昌</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="toolbar">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】&nbsp;【<a href="javascript:window.print()">打印</a>】&nbsp;【<a href="javascript:addFav()">收藏</a>】&nbsp;【<a href="javascript:window.close()">关闭</a>】</div>
<div class="share">分享到：<a>新浪微博</a> <a>腾讯微博</a> <a>QQ空间</a> <a>微信</a> <a>人人网</a></div>
<div id="zoom">
<p align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{b[0]}</span></b><br>
<span style='font-family:楷体_GB2312'>{delivery}</span><br>
<span style='font-family:楷体_GB2312'>{role}&nbsp;&nbsp;{name}</span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>{b[3]}<span lang=EN-US><o:p></o:p></span></span></p>
{chr(10).join(word_ps)}
<p style="line-height:28pt">
{("<br>" + chr(10)).join(br_rows)}
</p>
</div>
<div class="toolbar2">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</div>
<div class="share2">分享到：<a>新浪微博</a> <a>腾讯微博</a> <a>QQ空间</a></div>
<div class="foot">主办：宜昌市人民政府办公室&nbsp;&nbsp;承办：宜昌市政务服务和大数据管理局<br>
鄂ICP备05001234号&nbsp;&nbsp;鄂公网安备42050202000123号<br>网站标识码：4205000001</div>
</body>
</html>
"""
    html.encode("gb2312")  # strict: every character must exist in GB2312
    chrome = ["宜昌市人民政府门户网站", "2022年1月12日 星期三", "首页 政务公开 政务服务 互动交流 走进宜昌",
              "当前位置：首页 > 政务公开 > 政府工作报告", "【字体：大 中 小】 【打印】 【收藏】 【关闭】",
              "分享到：新浪微博 腾讯微博 QQ空间 微信 人人网", "【打印本页】【关闭窗口】【返回顶部】", "分享到：新浪微博 腾讯微博 QQ空间",
              "主办：宜昌市人民政府办公室 承办：宜昌市政务服务和大数据管理局", "鄂ICP备05001234号 鄂公网安备42050202000123号",
              "网站标识码：4205000001", "doZoom"]
    page("08_gb2312_word_html", key, "html", html, chrome, encoding="gb2312",
         notes="Real GB2312 bytes (no GBK-only characters); the dashes of the delivery line are &mdash; entities. "
               "Numbers sit in their own <span lang=EN-US> (no space may appear around them); heading markers "
               "（一） sit between <!--[if !supportLists]--> comments and are text. 水质Ⅱ类 keeps the Roman numeral Ⅱ "
               "(U+2161 is not a full-width letter).")


# 09 district page followed by a long related-articles list whose titles are report-like
def p09():
    key = "wuhou_district_2025"
    b = paras(key)
    head = ["成都市武侯区人民政府", "首页 | 走进武侯 | 政务公开 | 政务服务 | 互动交流", "当前位置：首页 > 政务公开 > 政府工作报告",
            "2025年成都市武侯区人民政府工作报告", "发布时间：2025-01-13 17:30  来源：武侯区人民政府办公室  浏览次数：4286"]
    related = [
        "2025年武侯区政府工作报告解读：今年将新增品牌首店80个、改造老旧院落120个  2025-01-13",
        "一图读懂2025年武侯区政府工作报告  2025-01-12",
        "成都市武侯区第十九届人民代表大会第五次会议胜利闭幕  2025-01-10",
        "政府工作报告提出，武侯区今年将实施城市更新项目32个，新建社区综合体6个。  2025-01-09",
        "代表委员热议政府工作报告：把民生实事办到群众心坎上  2025-01-09",
        "区长刘思远作政府工作报告，提出今年地区生产总值增长6%左右的预期目标。  2025-01-08",
        "2024年成都市武侯区人民政府工作报告  2024-01-15",
        "2023年成都市武侯区人民政府工作报告  2023-01-16",
        "2022年成都市武侯区人民政府工作报告  2022-01-14",
        "成都市2025年政府工作报告  2025-01-22",
        "关于武侯区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告  2025-01-13",
        "关于武侯区2024年预算执行情况和2025年预算草案的报告  2025-01-13",
        "武侯区2024年政府工作报告民生实事完成情况公示  2024-12-30",
        "政府工作报告里的“武侯答卷”：消费中心功能持续增强，创新动能加快集聚  2025-01-11",
        "视频｜各位代表热议：实干开创未来，奋力谱写中国式现代化武侯篇章  2025-01-09",
        "2025年武侯区十件民生实事项目出炉，新增中小学学位3600个  2025-01-14",
    ]
    tail = ["【打印本页】【关闭窗口】", "扫一扫在手机打开当前页", "相关文章"] + related + [
        "主办：成都市武侯区人民政府办公室  承办：武侯区网络理政中心", "蜀ICP备05006181号  川公网安备51010702000123号  网站标识码：5101070001"]
    page("09_related_articles_list", key, "txt", head + b + tail, head + tail,
         notes="The 16-item related list after the body is about 40% of the body's length and several titles are "
               "prose with ，。 and report vocabulary; none of it is body.")


# 10 city page: body followed by an attachment list and 名词解释 inside the article; UTF-16 (Notepad "Unicode")
def p10():
    key = "jiangmen_city_2023"
    b = paras(key)
    head = ["江门市人民政府门户网站", "无障碍 长者模式 简体 繁体", "首页 > 政务公开 > 重点领域信息公开 > 政府工作报告",
            "2023年江门市政府工作报告", "时间：2023-02-15 09:30:12  来源：江门日报  浏览量：8821", "【字体：大 中 小】  【打印】  【关闭】"]
    annex = ["附件：1.2022年江门市十件民生实事完成情况.docx",
             "　　　2.2023年江门市十件民生实事.docx",
             "名词解释",
             "1.“侨都赋能”工程：指江门市发挥侨乡资源优势，在招商引资、引才引智、文化交流等方面赋能高质量发展的系列举措。",
             "2.大广海湾经济区：指江门市南部沿海的台山、开平、恩平三市和新会区部分区域，是广东省重点建设的沿海经济区。",
             "3.“大优特”产业招商：指围绕投资规模大、质量效益优、带动作用强的特色产业项目开展的精准招商。",
             "4.“粤菜师傅”“广东技工”“南粤家政”：指广东省实施的三项职业技能培训工程，重点促进城乡劳动者技能就业。"]
    tail = ["（责任编辑：李海燕）", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】",
            "主办：江门市人民政府办公室  粤ICP备05085123号  粤公网安备44070302000123号  网站标识码：4407000003"]
    body_lines = [b[0], b[1], b[2]] + ["　　" + ln for ln in b[3:]]
    lines = head + body_lines + annex + tail
    notes = ("DECISION (docs silent): the attachment list (附件：1.… 2.…, links to separate .docx files) and the "
             "名词解释 glossary printed after the closing call are NOT body. docs/annotation.md §A defines the body as "
             "the report from title/delivery/speaker lines through the salutation to its last sentence; the closing "
             "call is the last sentence of the speech, the attachments are separate documents and the glossary is "
             "an editorial appendix of the published text (its definitions carry no review/goal/task content of the "
             "speech). Both are listed in chrome.")
    page("10_city_annex_glossary", key, "txt", "\r\n".join(lines), head + annex + tail, encoding="utf-16", notes=notes)


def main() -> None:
    for fn in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10):
        fn()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, p in PAGES.items():
        bd = BODIES[p["key"]]
        n = len(bd["text"])
        assert 600 <= n <= 1500, (name, n)
        raw_path = OUT / f"{name}.{p['ext']}"
        raw_path.write_bytes(p["raw"].encode(p["encoding"]))
        (OUT / f"{name}.expected.txt").write_text(bd["text"] + "\n", encoding="utf-8")
        # chrome lines that also occur inside the body (a nav item 两岸, a heading 工作报告) cannot tell
        # chrome left from body kept: they are not listed
        flat = _flat(bd["text"])
        chrome = [c for c in p["chrome"] if _flat(c) not in flat]
        info = {"file": raw_path.name, "encoding": p["encoding"], "body": p["key"], "meta": dict(bd["meta"]),
                "chrome": chrome}
        if p["notes"]:
            info["notes"] = p["notes"]
        (OUT / f"{name}.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
