"""Write a third HELD-OUT set of noisy report pages to tests/pages_heldout3/.

Same file format as scripts/data/clean_make_heldout.py and clean_make_heldout2.py:

    tests/pages_heldout3/NAME.<ext>           the raw page (bytes in the page's encoding)
    tests/pages_heldout3/NAME.expected.txt    the body clean() must return (UTF-8)
    tests/pages_heldout3/NAME.json            {"file", "encoding", "body", "meta", "chrome"[, "notes"]}

Written blind, like the first two held-out sets: without reading the cleaner's code and without running the
cleaner (or any benchmark) on these pages.  The site kinds and damage differ from tests/pages/,
tests/pages_heldout/ and tests/pages_heldout2/:

  01 新浪新闻 mobile article (k.sina.cn): inline 广告/赞助 blocks, "APP内打开" banners and a 展开全文 fold
     between body paragraphs, comments and a recommendation feed after the body
  02 学习强国 share page: "在学习强国APP内打开" banner, render-detail title/source/time block, statement,
     like/collect bar, 推荐阅读
  03 district news portal: the report inside a div.article-content with four levels of nested <div>s, one
     <span style> per sentence, numbers in their own <span lang=EN-US>, source newlines between spans,
     NBSP spacer divs, one paragraph split over two <div>s before a semicolon
  04 county government site: the whole report is ONE <p> with <br><br> between paragraphs (title, delivery
     and speaker lines separated by single <br>s), &emsp; indentation, one stray <br> inside a paragraph
  05 WordPress blog: footnote markers <sup>[1]</sup> in the body and the report's 注释 after the closing call,
     sidebar widgets, "Posted in 政府工作报告 | Leave a comment", comments, "Proudly powered by WordPress"
  06 township page saved by Internet Explorer "Save as text" (GBK, CRLF): table cells joined by tabs, so the
     left menu shares lines with the CMS heading and info line; <p> paragraphs separated by blank lines
  07 北大法宝-style legal-database export (GB18030 because of ©): 【发布部门】… field block, the report with a
     主要预期指标 table rendered as space-aligned text rows inside the body, 法宝 footer
  08 bilingual city portal with an English interface (Home | About | 中文, 首页 Home …): English editor's note,
     English field labels, English footer around a Chinese report
  09 OCR of a scanned printed report (Tesseract-style text): hard wraps, blank lines between paragraphs,
     spurious spaces between Han characters, ASCII commas, a few OCR misreadings (part of the body as-is),
     page numbers (one misread as 一 2 一), 扫描全能王 watermark, edge noise
  10 道客巴巴-style document page text: every line ends in trailing spaces, hard wraps at 28 Han, paragraph
     indentation, '- 3 -' page numbers, delivery line centred over two lines, document info and 相关文档

The ten bodies are new text written for this set (fictional figures and speakers; region names are real).
Each body is the exact text a perfect cleaner returns per docs/cleaning.md: one paragraph per line, simplified
characters, half-width digits and %, no indentation, no markup.  Judgement calls are in each page's "notes".

Run:  python scripts/data/clean_make_heldout3.py
"""
from __future__ import annotations

import json
import sys
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "pages_heldout3"
sys.path.insert(0, str(HERE))
from page_kit import Bodies, ent, pick, width, wrap  # noqa: E402
from page_kit import NO_START as _NO_START, flat as _flat  # noqa: E402

BODIES = Bodies()
body = BODIES.add
paras = BODIES.paras




# ---------------------------------------------------------------- bodies
body("shanxi_province_2020", """
2020年山西省政府工作报告
——2020年1月14日在山西省第十三届人民代表大会第三次会议上
山西省代省长 韩志诚
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2019年工作回顾
过去一年，全省上下坚持稳中求进工作总基调，经济运行总体平稳。全省地区生产总值达到1.7万亿元，增长6.2%；一般公共预算收入完成2347亿元，增长2.8%；城乡居民人均可支配收入分别增长6.9%和9.6%。
能源革命综合改革试点扎实推进。退出煤炭过剩产能2745万吨，煤矿先进产能占比提高到68%，新能源和可再生能源装机占比达到32%。
转型项目建设成效明显。开工建设转型项目1200个，完成投资2860亿元，山西转型综改示范区扩区调规工作全面完成。
脱贫攻坚取得决定性进展。17个贫困县脱贫摘帽，32.8万农村贫困人口脱贫，易地扶贫搬迁后续扶持措施全面落实。
生态环境持续改善。全省细颗粒物平均浓度下降8.3%，汾河流域13个国考断面全部退出劣Ⅴ类，完成营造林420万亩。
同时，我们也清醒地看到，经济结构“一煤独大”的状况尚未根本改变，创新能力不强，民生领域还有不少短板。我们一定直面问题，努力加以解决。
二、2020年工作安排
今年全省经济社会发展的主要预期目标是：地区生产总值增长6.1%左右，一般公共预算收入增长3%，城镇新增就业45万人，城镇调查失业率5.5%左右，居民消费价格涨幅3.5%左右。
（一）深化能源革命综合改革试点。推动煤矿智能化改造，新增先进产能3000万吨，新能源和可再生能源装机达到4000万千瓦。
（二）加快培育新兴产业。实施新兴产业项目500个，推动大数据、信息技术应用创新、新材料等产业集群发展，战略性新兴产业增加值增长10%以上。
（三）坚决打赢脱贫攻坚战。确保剩余贫困人口全部脱贫，加强对已脱贫人口的动态监测，防止返贫和产生新的贫困。
（四）持续改善人民生活。新建改扩建幼儿园300所，改造城镇老旧小区1500个，城乡居民基础养老金最低标准每人每月提高10元。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委的坚强领导下，不忘初心、牢记使命，为全方位推进高质量发展、加快建设富强民主文明和谐美丽的新时代山西而努力奋斗！
""", title="2020年山西省政府工作报告", region="山西省", level="province", year=2020,
     meeting="山西省第十三届人民代表大会第三次会议", speaker="韩志诚", role="山西省代省长", date="2020-01-14")

body("luoyang_city_2021", """
政府工作报告
——2021年1月19日在洛阳市第十五届人民代表大会第五次会议上
洛阳市人民政府市长 许晓东
各位代表：
现在，我代表市人民政府向大会作工作报告，请予审议，并请市政协委员和其他列席人员提出意见。
一、“十三五”时期和2020年工作回顾
“十三五”时期，是洛阳发展极不平凡的五年。全市地区生产总值突破5000亿元，年均增长6.8%；一般公共预算收入达到365亿元；常住人口城镇化率提高到58%。
副中心城市建设迈出坚实步伐。洛阳都市圈规划编制完成，城市轨道交通1号线、2号线建成通车，伊河、洛河生态廊道全线贯通。
先进制造业加快发展。石化、装备制造、新材料三大产业集群规模突破3000亿元，新增国家级专精特新“小巨人”企业18家。
文旅融合发展亮点纷呈。隋唐洛阳城国家遗址公园、二里头夏都遗址博物馆建成开放，全年接待游客1.3亿人次。
2020年，面对新冠肺炎疫情严重冲击，全市地区生产总值增长3%，城镇新增就业8.1万人，脱贫攻坚目标任务全面完成。
二、“十四五”奋斗目标和2021年重点工作
今后五年，全市地区生产总值年均增长7%左右，到2025年突破7000亿元，研发投入强度达到3%，常住人口城镇化率达到65%。
今年全市经济社会发展的主要预期目标是：地区生产总值增长9%左右，一般公共预算收入增长6%，城镇新增就业7万人，居民消费价格涨幅3%左右。
（一）强化创新引领。加快建设洛阳国家自主创新示范区，新增高新技术企业150家，技术合同成交额突破100亿元。
（二）壮大产业集群。实施亿元以上工业项目300个，推进石化产业链延链补链，规上工业增加值增长10%。
（三）建设文旅名城。推动“古都夜八点”文旅品牌提质，培育研学旅游基地20个，接待游客突破1.5亿人次。
（四）提升民生福祉。新建改扩建中小学40所，新增养老床位2000张，完成老旧小区改造300个。
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、市委的坚强领导下，为加快建设中原城市群副中心城市、奋力谱写新时代洛阳出彩绚丽篇章而努力奋斗！
""", title="政府工作报告", region="洛阳市", level="city", year=2021,
     meeting="洛阳市第十五届人民代表大会第五次会议", speaker="许晓东", role="洛阳市人民政府市长", date="2021-01-19")

body("keqiao_district_2019", """
2019年绍兴市柯桥区人民政府工作报告
——2019年1月8日在绍兴市柯桥区第二届人民代表大会第四次会议上
柯桥区人民政府区长 沈立峰
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2018年工作回顾
2018年，全区实现地区生产总值1510亿元，增长7.5%；财政总收入达到240亿元，其中一般公共预算收入136亿元，增长12.3%；城乡居民人均可支配收入分别达到68520元和38960元。
纺织产业加快转型。中国轻纺城市场群成交额突破2000亿元，完成印染企业集聚提升项目12个，淘汰落后印染产能3.2亿米。
城市能级持续提升。杭绍城际铁路柯桥段加快建设，柯桥古镇保护开发一期工程完工，新增城市绿地56万平方米。
乡村振兴扎实推进。完成农村生活污水治理设施提标改造210个村，创建美丽乡村精品村25个，村级集体经济年经常性收入全部超过30万元。
民生事业持续发展。城镇新增就业3.6万人，新建改扩建学校14所，区中医医院迁建工程开工建设。
二、2019年主要目标和工作任务
今年全区经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长8%，固定资产投资增长10%，城乡居民人均可支配收入分别增长8%和9%。
（一）推动纺织产业高质量发展。实施“印染+”产业升级计划，建设现代纺织智能制造示范工厂10家，轻纺城市场线上交易额增长20%。
（二）融入长三角一体化发展。全面对接杭州，推进杭绍一体化先行区建设，开通柯桥至萧山机场城际公交专线。
（三）建设美丽柯桥。完成“污水零直排区”建设镇街8个，新增绿道50公里，创建省级美丽乡村示范乡镇3个。
（四）办好民生实事。新增学位4000个，建成居家养老服务照料中心30家，完成农村饮用水达标提标改造2万户。
各位代表，新时代新使命，新征程新作为。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、区委的坚强领导下，凝心聚力、奋勇争先，为加快建设国际纺织之都、现代智慧新城而努力奋斗！
""", title="2019年绍兴市柯桥区人民政府工作报告", region="绍兴市柯桥区", level="district", year=2019,
     meeting="绍兴市柯桥区第二届人民代表大会第四次会议", speaker="沈立峰", role="柯桥区人民政府区长", date="2019-01-08")

body("caoxian_county_2023", """
2023年曹县人民政府工作报告
——2023年1月6日在曹县第十九届人民代表大会第二次会议上
曹县人民政府县长 孟庆山
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，全县地区生产总值完成550亿元，增长5.2%；一般公共预算收入完成31.6亿元，增长6.1%；城乡居民人均可支配收入分别增长5.5%和6.9%。
特色产业加快壮大。演出服饰、木制品、电子商务三大产业持续发展，全县网络零售额突破260亿元，新增淘宝村18个，电商从业人员达到35万人。
项目建设扎实推进。实施省市县重点项目156个，完成投资185亿元，曹县经济开发区新入驻企业42家。
城乡面貌持续改善。新改建农村公路380公里，完成城区雨污分流改造管网65公里，建成口袋公园12个。
民生保障不断加强。城镇新增就业1.05万人，新建改扩建中小学校11所，县人民医院新院区主体工程完工。
我们也清醒地看到，全县经济总量不大，产业层次不高，财政收支矛盾突出。我们将采取有力措施，认真加以解决。
二、2023年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长5%，城镇新增就业1万人以上，粮食总产量稳定在26亿斤以上。
（一）做强电商产业。建设电商产业园二期，培育年销售额过亿元的电商企业20家，网络零售额增长10%以上。
（二）推动工业转型。实施技术改造项目60个，新增规上工业企业40家，木制品产业产值突破400亿元。
（三）全面推进乡村振兴。新建高标准农田12万亩，培育省级乡村振兴示范村15个，农村生活污水治理率达到45%。
（四）办好民生实事。新增中小学学位6000个，新增养老床位500张，改造城镇老旧小区30个。
各位代表，让我们在市委、县委的坚强领导下，不忘初心、砥砺前行，为建设富强活力美丽幸福新曹县而努力奋斗！
""", title="2023年曹县人民政府工作报告", region="曹县", level="county", year=2023,
     meeting="曹县第十九届人民代表大会第二次会议", speaker="孟庆山", role="曹县人民政府县长", date="2023-01-06")

body("jilin_province_2021", """
2021年吉林省政府工作报告
——2021年1月27日在吉林省第十三届人民代表大会第四次会议上
吉林省省长 贺宏远
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、“十三五”时期和2020年工作回顾
“十三五”时期，全省地区生产总值年均增长4.8%，2020年达到1.23万亿元；一般公共预算收入达到1085亿元；城乡居民人均可支配收入年均分别增长6.3%和7.5%。
区域协调发展格局基本形成。“一主六双”[1]产业空间布局全面实施，长春现代化都市圈建设加快推进，长白山旅游经济带初具规模。
脱贫攻坚战取得全面胜利。现行标准下70.4万农村贫困人口全部脱贫，15个贫困县全部摘帽，“两不愁三保障”[2]全面实现。
粮食生产再创新高。2020年全省粮食总产量达到760.6亿斤，黑土地保护性耕作面积达到1850万亩。
汽车产业转型加快。一汽集团整车产量突破350万辆，新能源汽车产业园开工建设，汽车零部件本地配套率提高到45%。
二、“十四五”目标和2021年工作安排
今后五年，全省地区生产总值年均增长6%左右，常住人口城镇化率达到65%，研发经费投入年均增长10%。
今年全省经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长4%，城镇新增就业22万人以上，粮食总产量稳定在750亿斤以上。
（一）推进“一主六双”高质量发展战略。加快长春现代化都市圈建设，实施重点项目2000个以上，完成投资4000亿元。
（二）实施“千亿斤粮食”建设工程。新建高标准农田350万亩，保护性耕作面积达到2800万亩。
（三）壮大汽车和新兴产业。支持一汽建设世界一流企业，新能源汽车产能达到50万辆，培育高新技术企业1000家。
（四）兜牢民生底线。坚决兜住“三保”[3]底线，新建改扩建公办幼儿园100所，改造城镇老旧小区1500个，城乡低保标准分别提高6%和8%。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委的坚强领导下，解放思想、奋发有为，为全面建设社会主义现代化新吉林而努力奋斗！
""", title="2021年吉林省政府工作报告", region="吉林省", level="province", year=2021,
     meeting="吉林省第十三届人民代表大会第四次会议", speaker="贺宏远", role="吉林省省长", date="2021-01-27")

body("zhouzhuang_township_2019", """
周庄镇人民政府工作报告
——2019年2月22日在周庄镇第十七届人民代表大会第三次会议上
镇长 陆文华
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、2018年工作回顾
2018年，全镇完成地区生产总值62.5亿元，增长6.2%；一般公共预算收入3.8亿元，增长7.6%；农村居民人均可支配收入达到35680元，增长8.3%。
旅游业提质增效。全年接待游客380万人次，实现旅游总收入18.6亿元；完成古镇核心区河道清淤12公里，新增精品民宿45家。
农业农村稳步发展。建成高标准农田3200亩，特色水产养殖面积稳定在2万亩；完成农村生活污水治理1860户。
生态环境持续改善。完成河道整治18条，新增绿化面积12万平方米，主要河道水质达到Ⅲ类标准。
社会事业协调发展。新增就业岗位1200个，镇中心小学扩建工程竣工，镇卫生院新增床位30张。
过去一年的成绩来之不易，这是市委市政府和镇党委正确领导的结果，是全镇人民团结拼搏的结果。
二、2019年工作安排
今年全镇经济社会发展的主要目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，农村居民人均可支配收入增长8%，接待游客突破400万人次。
（一）做精全域旅游。推进古镇水上游线路优化，培育文创企业20家，打造夜游产品3个。
（二）建设美丽乡村。完成3个特色田园乡村建设，新建农村公路8公里，实施农房改善项目150户。
（三）保障改善民生。新增就业岗位1000个，实现居家养老服务全覆盖，完成老旧小区改造2个。
各位代表，让我们在市委市政府和镇党委的坚强领导下，同心同德、奋发有为，为建设世界级旅游名镇而努力奋斗！
""", title="周庄镇人民政府工作报告", region="周庄镇", level="township", year=2019,
     meeting="周庄镇第十七届人民代表大会第三次会议", speaker="陆文华", role="镇长", date="2019-02-22")

body("xiangyang_city_2024", """
2024年襄阳市人民政府工作报告
——2024年1月12日在襄阳市第十八届人民代表大会第四次会议上
襄阳市人民政府市长 严文涛
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，全市地区生产总值达到5843亿元，增长6.1%；规模以上工业增加值增长6.9%；一般公共预算收入完成287亿元，增长9.4%；城乡居民人均可支配收入分别增长6.2%和7.8%。
新能源汽车产业加速崛起。新能源汽车产量突破20万辆，动力电池产业链项目签约投资超过800亿元。
创新动能持续增强。高新技术企业总数达到1800家，新增省级以上创新平台45个，技术合同成交额增长35%。
民生事业扎实推进。城镇新增就业8.2万人，新建改扩建中小学28所，新增养老床位2600张。
二、2024年主要目标和重点工作
今年全市经济社会发展的主要预期目标如下：
2024年主要预期指标
指标 2023年完成 2024年目标
地区生产总值增长 6.1% 7%左右
规模以上工业增加值增长 6.9% 8%
固定资产投资增长 10.2% 10%
一般公共预算收入增长 9.4% 6%
城镇新增就业 8.2万人 8万人以上
居民消费价格涨幅 0.3% 3%左右
（一）建设新能源汽车之都。推动整车企业扩能增产，新能源汽车产量突破30万辆，引进动力电池配套项目20个。
（二）提升科技创新能力。新增高新技术企业300家，建设省级重点实验室5个，研发投入强度达到2.6%。
（三）扩大有效投资和消费。实施亿元以上项目800个，完成投资2000亿元，社会消费品零售总额增长8%。
（四）办好民生实事。新增中小学学位1.5万个，新增养老床位2000张，改造城镇老旧小区200个。
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、市委的坚强领导下，为加快建设引领汉江流域发展、辐射南襄盆地的省域副中心城市而努力奋斗！
""", title="2024年襄阳市人民政府工作报告", region="襄阳市", level="city", year=2024,
     meeting="襄阳市第十八届人民代表大会第四次会议", speaker="严文涛", role="襄阳市人民政府市长", date="2024-01-12")

body("sanya_city_2019", """
2019年三亚市政府工作报告
——2019年1月16日在三亚市第七届人民代表大会第二次会议上
三亚市市长 符家明
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2018年工作回顾
2018年，全市地区生产总值完成596亿元，增长7.1%；地方一般公共预算收入完成103亿元，增长12.5%；接待过夜游客2240万人次，旅游总收入突破400亿元。
自由贸易试验区建设开局良好。三亚崖州湾科技城规划建设全面启动，引进南繁科研、深海科技等领域机构和企业120家，国际邮轮港二期工程加快推进。
旅游消费加快升级。新增国际航线12条，入境过夜游客增长16%，免税店销售额突破100亿元。
生态环境保持一流。空气质量优良天数比例达到98.9%，完成“两违”建筑拆除150万平方米，新增城市绿地85公顷。
民生保障持续加强。城镇新增就业1.8万人，新建改扩建中小学和幼儿园22所，完成棚户区改造4200户。
二、2019年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，地方一般公共预算收入增长8%，接待过夜游客增长8%，城镇新增就业1.5万人以上。
（一）加快自由贸易试验区建设。推进崖州湾科技城、三亚中央商务区建设，力争引进总部企业30家，实际利用外资增长20%。
（二）打造国际旅游消费中心。开通国际航线8条，培育邮轮、游艇、低空飞行等旅游新业态，旅游总收入增长12%。
（三）建设国家生态文明试验区。推进禁塑行动，新增新能源汽车5000辆，完成红树林湿地修复120公顷。
（四）补齐民生短板。新增公办学位8000个，建成市中医院新院，完成老旧小区改造20个。
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委和市委的坚强领导下，为加快建设世界级滨海旅游城市而努力奋斗！
""", title="2019年三亚市政府工作报告", region="三亚市", level="city", year=2019,
     meeting="三亚市第七届人民代表大会第二次会议", speaker="符家明", role="三亚市市长", date="2019-01-16")

body("wugong_county_2018", """
武功县人民政府工作报告
——2018年1月10日在武功县第十八届人民代表大会第二次会议上
代县长 刘国栋
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2017年工作回顾
2017年，全县生产总值完成128.6亿元，增长9.2%；地方财政收入完成3.15亿元，增长10.8%；城镇和农村居民人均可支配收入分别达到29860元和10980元。
电商产业快速发展。引进电商企业210家，全年电子商务交易额突破45亿元，“西货东进”物流集散中心建成投用。
脱贫攻坚扎实推进。实现12个贫困村退出、4860名贫困人口脱贫，完成易地扶贫搬迁安置420户，完成土地整治1.2万亩。
基础设施不断完善。新改建县乡道路68公里，完成渭河武功段防洪工程，城区集中供热管网延伸8公里。
社会事业全面进步。新建改扩建学校9所，县医院住院楼已投入使用，城乡居民基本养老保险参保率达到98%。
二、2018年工作安排
今年全县经济社会发展的主要预期目标是：生产总值增长9%左右，地方财政收入增长8%，城乡居民人均可支配收入分别增长8.5%和9%。
（一）壮大电商物流产业。建设电商孵化园二期，培育年交易额超亿元的电商企业10家，电子商务交易额增长20%。
（二）打赢脱贫攻坚战。确保10个贫困村退出、5000名贫困人口脱贫，发展猕猴桃、设施蔬菜等产业扶贫基地15个。
（三）加快县城建设。实施城市道路改造项目12个，新增停车泊位1500个，完成棚户区改造800户。
（四）改善民生福祉。新增城镇就业2800人，新建幼儿园5所，适时提高城乡低保标准。
各位代表，让我们在县委的坚强领导下，解放思想、真抓实干，为建设富裕美丽幸福新武功而努力奋斗！
""", title="武功县人民政府工作报告", region="武功县", level="county", year=2018,
     meeting="武功县第十八届人民代表大会第二次会议", speaker="刘国栋", role="代县长", date="2018-01-10")

body("jinshui_district_2025", """
2025年郑州市金水区政府工作报告
——2025年1月7日在郑州市金水区第十一届人民代表大会第五次会议上
金水区人民政府区长 冯立军
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全区地区生产总值达到1720亿元，增长5.6%；一般公共预算收入完成92.5亿元，增长4.1%；社会消费品零售总额突破1100亿元，继续保持全市首位。
现代服务业提质扩容。新增税收亿元楼宇3座，金融机构总数达到260家，省级服务业集聚区营业收入增长9%。
数字经济加快发展。建成5G基站2300个，数字经济核心产业增加值增长12%，新增国家高新技术企业160家。
城市更新深入推进。完成老旧小区改造86个，新建口袋公园24个，打通断头路7条，新增停车泊位6200个。
民生福祉持续增进。城镇新增就业2.6万人，新建改扩建中小学、幼儿园13所，新增托位1800个，建成社区养老服务中心15个。
我们也清醒认识到，全区经济回升向好的基础还不稳固，新兴产业支撑不足，城市精细化管理水平有待提高。对此，我们将认真研究，切实加以解决。
二、2025年工作安排
今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%，社会消费品零售总额增长6.5%，城镇新增就业2.5万人以上。
（一）做强现代服务业。培育亿元楼宇5座，新引进区域总部企业15家，金融业增加值增长7%。
（二）壮大数字经济。实施数字化转型项目100个，建设人工智能产业园1个，数字经济核心产业增加值增长10%以上。
（三）提升城市品质。改造老旧小区60个，实施背街小巷整治120条，新建口袋公园15个。
（四）办好民生实事。新增中小学学位6000个，新增普惠托位1500个，建成社区食堂30个。
各位代表，新征程上，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、区委的坚强领导下，为奋力谱写中国式现代化金水新篇章而努力奋斗！
""", title="2025年郑州市金水区政府工作报告", region="郑州市金水区", level="district", year=2025,
     meeting="郑州市金水区第十一届人民代表大会第五次会议", speaker="冯立军", role="金水区人民政府区长", date="2025-01-07")


# ---------------------------------------------------------------- helpers


PAGES: dict[str, dict] = {}


def page(name, key, ext, raw, chrome, encoding="utf-8", notes=None, expected=None):
    if not isinstance(raw, str):
        raw = "\n".join(raw)
    PAGES[name] = dict(key=key, ext=ext, raw=raw, chrome=[c for c in chrome if c.strip()], encoding=encoding,
                       notes=notes, expected=expected)


# ---------------------------------------------------------------- pages
# 01 新浪新闻 mobile article (k.sina.cn): ads with a 广告 tag, a 赞助 block, "APP内打开" banners and a 展开全文
#    fold between body paragraphs; 原标题/来源 above, comments and a feed with an ad after the body
def p01():
    key = "shanxi_province_2020"
    b = paras(key)
    role, name = b[2].split(" ")
    ad1 = "年货节狂欢！坚果礼盒买一送一，全场满199减100，点击立即抢购。"
    sp1 = "山西老陈醋，地道古法酿造，年货礼盒限时直降，点击了解详情。"
    app1 = "打开新浪新闻，阅读体验更佳"
    app2 = "打开新浪新闻APP，查看更多精彩内容"
    fold = "点击展开全文"
    inserts = {
        "能源革命综合改革试点扎实推进": (
            f'<div class="sinaads feed_ad" data-ad-pdps="PDPS000000057961"><a class="ad_link" href="https://sax.sina.cn/click?type=nonstd">'
            f'<img src="https://d1.sina.cn/litong/zhitou/ad/nianhuo.jpg"><h3 class="ad_tit">{ad1}</h3></a>'
            f'<div class="ad_foot"><span class="ad_src">京东年货节</span><span class="ad_tag">广告</span></div></div>'),
        "同时，我们也清醒地看到": (
            f'<div class="look_info j_open_app" data-sudaclick="openapp_mid"><span class="look_txt">{app1}</span>'
            f'<a class="look_btn">APP内打开</a></div>'),
        "（一）深化能源革命综合改革试点": (
            f'<div class="look_more" id="artFoldBox"><span class="look_more_a">{fold}</span><i class="arrow"></i></div>\n'
            '</section>\n<section class="art_pic_card art_content" id="artContent2" style="display: block;">'),
        "（二）加快培育新兴产业": (
            f'<div class="sponsor_card"><div class="sponsor_hd"><span>赞助</span></div><p class="sponsor_txt">{sp1}</p>'
            '<p class="sponsor_src">宁化府旗舰店</p></div>'),
        "（四）持续改善人民生活": (
            f'<div class="look_info j_open_app" data-sudaclick="openapp_end"><span class="look_txt">{app2}</span>'
            f'<a class="look_btn">APP内打开</a></div>'),
    }
    ps = []
    for ln in b[3:]:
        if re.match(r"^[一二]、", ln):
            ps.append(f'<p class="art_p"><strong>{ent(ln)}</strong></p>')
        else:
            ps.append(f'<p class="art_p">{ent(ln)}</p>')
        for k, v in inserts.items():
            if ln.startswith(k):
                ps.append(v)
    assert sum(v in ps for v in inserts.values()) == len(inserts)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,user-scalable=no,initial-scale=1">
<title>2020年山西省政府工作报告（全文）|山西|政府工作报告_新浪新闻</title>
<meta name="keywords" content="山西,政府工作报告,能源革命">
<meta name="description" content="2020年山西省政府工作报告（全文）">
<link rel="stylesheet" href="//mjs.sinaimg.cn/wap/online/cms/article/2019/css/article.min.css">
<script>window.__SINAPAGE__ = {{"docID":"iihnzhha3124567","cid":"56261","title":"2020年山西省政府工作报告（全文）"}};</script>
</head>
<body>
<div class="sina_header" id="j_header"><a class="sina_logo" href="https://sina.cn">新浪新闻</a><a class="head_open j_open_app">APP内打开</a></div>
<div class="s_card z_c1"><a>首页</a> <a>推荐</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>科技</a> <a>本地</a></div>
<article class="art_box">
<h1 class="art_tit_h1">2020年山西省政府工作报告（全文）</h1>
<div class="weibo_info look_info"><figure class="weibo_face"><img src="//n.sinaimg.cn/sinakd/shanxiribao.png"></figure>
<div class="weibo_info_l"><h2 class="weibo_user">山西日报</h2><time class="weibo_time"><span class="weibo_time_day">2020-01-20</span> <span>07:35</span></time></div>
<a class="weibo_follow">关注</a></div>
<section class="art_pic_card art_content" id="artContent1">
<p class="art_p">原标题：2020年山西省政府工作报告</p>
<p class="art_p">来源：山西日报</p>
<p class="art_p" style="text-align: center;"><strong>{b[0]}</strong></p>
<p class="art_p" style="text-align: center;">{b[1]}</p>
<p class="art_p" style="text-align: center;">{role}&nbsp;{name}</p>
{chr(10).join(ps)}
</section>
<p class="art_editor">责任编辑：刘晓东 SN235</p>
</article>
<div class="look_info j_open_app" data-sudaclick="openapp_cmnt"><span class="look_txt">打开新浪新闻APP，查看更多评论</span><a class="look_btn">APP内打开</a></div>
<section class="hot_cmnt"><h2 class="cmnt_tit">热门评论</h2>
<div class="cmnt_item"><span class="cmnt_user">晋城网友</span><p class="cmnt_txt">转型发展是山西的出路，希望今年各项目标都能顺利完成，老百姓的日子越过越好。</p><span class="cmnt_time">01-20 09:12</span> <span class="cmnt_like">赞 236</span></div>
<div class="cmnt_item"><span class="cmnt_user">太原小刘</span><p class="cmnt_txt">期待太原的老旧小区改造早点轮到我们小区！</p><span class="cmnt_time">01-20 10:45</span> <span class="cmnt_like">赞 88</span></div>
<a class="cmnt_more">查看全部48条评论</a></section>
<section class="feed_card"><h2 class="feed_tit">相关推荐</h2>
<div class="feed_item"><h3>山西省十三届人大三次会议在太原开幕</h3><span>山西新闻网</span> <span>01-14</span> <span>120评</span></div>
<div class="feed_item"><h3>一图读懂2020年山西省政府工作报告</h3><span>山西发布</span> <span>01-15</span> <span>36评</span></div>
<div class="feed_item feed_ad"><h3>年终福利：新用户首单立减30元，外卖红包天天领，速来！</h3><span>美团外卖</span> <span class="ad_tag">广告</span></div>
<div class="feed_item"><h3>代表委员热议政府工作报告：能源革命再出发</h3><span>黄河新闻网</span> <span>01-16</span> <span>15评</span></div>
</section>
<div class="m_footer"><a>新浪首页</a> | <a>语音播报</a> | <a>相关新闻</a> | <a>返回顶部</a>
<p>Copyright &copy; 1996-2020 SINA Corporation, All Rights Reserved 新浪公司 版权所有</p></div>
<script src="//mjs.sinaimg.cn/wap/online/public/openapp/openApp.min.js"></script>
<script>SINA_OPENAPP.init({{"scheme": "sinanews://", "sudaclick": "openapp"}});</script>
</body>
</html>
"""
    chrome = ["新浪新闻", "APP内打开", "首页 推荐 新闻 体育 娱乐 财经 科技 本地", "2020年山西省政府工作报告（全文）",
              "山西日报", "2020-01-20 07:35", "关注", "原标题：2020年山西省政府工作报告", "来源：山西日报", ad1, "京东年货节",
              "广告", app1, fold, "赞助", sp1, "宁化府旗舰店", app2, "责任编辑：刘晓东 SN235", "打开新浪新闻APP，查看更多评论",
              "热门评论", "晋城网友", "转型发展是山西的出路，希望今年各项目标都能顺利完成，老百姓的日子越过越好。", "01-20 09:12",
              "赞 236", "太原小刘", "期待太原的老旧小区改造早点轮到我们小区！", "01-20 10:45", "赞 88", "查看全部48条评论",
              "相关推荐", "山西省十三届人大三次会议在太原开幕", "山西新闻网 01-14 120评", "一图读懂2020年山西省政府工作报告",
              "山西发布 01-15 36评", "年终福利：新用户首单立减30元，外卖红包天天领，速来！", "美团外卖",
              "代表委员热议政府工作报告：能源革命再出发", "黄河新闻网 01-16 15评", "新浪首页 | 语音播报 | 相关新闻 | 返回顶部",
              "Copyright © 1996-2020 SINA Corporation, All Rights Reserved 新浪公司 版权所有", "__SINAPAGE__", "SINA_OPENAPP"]
    notes = ("Mobile news page. Inside the body sit: an ad card (prose with ！，。 + 广告 tag), two 'APP内打开' banners "
             "(one after the problems paragraph, one right before the closing call), the 点击展开全文 fold between (一) and "
             "(二) (the rest of the report follows in a second <section>: it is body), and a 赞助 card with a prose "
             "sentence between (二) and (三). None of these is body. 原标题：…/来源：… above the title line, the <h1> "
             "(…（全文）) and everything after the closing call (责任编辑, comments with prose sentences, feed) are chrome. "
             "Speaker line role&nbsp;name -> one ASCII space; role 山西省代省长 as written (代 kept).")
    page("01_sina_mobile_ads", key, "html", html, chrome, notes=notes)


# 02 学习强国 share page: open-in-app banner, render-detail header (title/source/time/author), statement and
#    like/collect bar, 推荐阅读 with report titles, download prompt
def p02():
    key = "luoyang_city_2021"
    b = paras(key)
    role, name = b[2].split(" ")
    ps = []
    for ln in b[3:]:
        if re.match(r"^[一二]、", ln):
            ps.append(f'<p style="text-indent: 2em;"><strong>{ent(ln)}</strong></p>')
        elif re.match(r"^（[一二三四]）", ln):
            k = ln.index("。") + 1
            ps.append(f'<p style="text-indent: 2em;"><strong>{ent(ln[:k])}</strong>{ent(ln[k:])}</p>')
        else:
            ps.append(f'<p style="text-indent: 2em;">{ent(ln)}</p>')
    stmt = "本文为学习平台转载作品，如涉及版权问题，请与学习平台联系。"
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>洛阳市2021年政府工作报告</title>
<link rel="stylesheet" href="https://at.alicdn.example/xuexi/lgpage/detail.css">
<script>window.__DATA__ = {{"itemId":"9187345620124517386","channel":"地方平台·河南"}};</script>
</head>
<body>
<div id="app">
<div class="xxqg-openapp-banner"><img class="logo" src="/static/xxqg_logo.png" alt=""><div class="txt"><span class="name">学习强国</span><span class="desc">在“学习强国”APP内打开，阅读体验更好</span></div><a class="btn">打开</a></div>
<div class="render-detail-wrapper">
<div class="render-detail-article-title">洛阳市2021年政府工作报告</div>
<div class="render-detail-info"><span class="render-detail-resource">来源：洛阳日报</span> <span class="render-detail-author">作者：记者 李晓峰</span> <span class="render-detail-time">2021-01-25</span></div>
<div class="render-detail-content cke-mode">
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
<p style="text-align: center;">{role}&nbsp;&nbsp;{name}</p>
{chr(10).join(ps)}
</div>
<div class="render-detail-editor">责任编辑：王婧</div>
<div class="render-detail-statement">{stmt}</div>
<div class="render-detail-action"><span class="like">点赞 1.2万</span> <span class="collect">收藏</span> <span class="share">分享</span> <span class="cmt">评论 356</span></div>
</div>
<div class="render-detail-recommend"><div class="hd">推荐阅读</div>
<ul>
<li><a>河南省2021年政府工作报告</a><span>河南学习平台</span></li>
<li><a>图解：洛阳“十四五”规划纲要</a><span>洛阳学习平台</span></li>
<li><a>洛阳市第十五届人民代表大会第五次会议胜利闭幕</a><span>洛阳日报</span></li>
</ul></div>
<div class="xxqg-download"><img src="/static/qrcode.png" alt=""><p>下载“学习强国”APP，查看更多精彩内容</p><p>扫码下载</p></div>
<div class="xxqg-copyright">“学习强国”学习平台 &copy; 2021 京ICP备19001234号-2</div>
</div>
<script src="https://at.alicdn.example/xuexi/lgpage/detail.js"></script>
</body>
</html>
"""
    chrome = ["学习强国", "在“学习强国”APP内打开，阅读体验更好", "打开", "洛阳市2021年政府工作报告", "来源：洛阳日报 作者：记者 李晓峰 2021-01-25",
              "责任编辑：王婧", stmt, "点赞 1.2万 收藏 分享 评论 356", "推荐阅读", "河南省2021年政府工作报告", "河南学习平台",
              "图解：洛阳“十四五”规划纲要", "洛阳学习平台", "洛阳市第十五届人民代表大会第五次会议胜利闭幕", "洛阳日报",
              "下载“学习强国”APP，查看更多精彩内容", "扫码下载", "“学习强国”学习平台 © 2021 京ICP备19001234号-2", "__DATA__"]
    notes = ("Share page of a 学习强国 local-platform article. The page title block (洛阳市2021年政府工作报告, not the "
             "body's title) and the source/author/time line are chrome; meta.title is the body's own title line "
             "政府工作报告 (the HTML <title> only counts when the body has no title line), meta.region/year come from "
             "the delivery line. The speaker line is role&nbsp;&nbsp;name -> one ASCII space. The (一)-(四) run-in "
             "headings are <strong> inside the paragraph: one line each. The 推荐阅读 item 洛阳市第十五届人民代表大会"
             "第五次会议胜利闭幕 names the same congress as the delivery line but is chrome.")
    page("02_xuexi_share", key, "html", html, chrome, notes=notes)


# 03 district news portal: div.article-content > div.TRS_Editor > div.Custom_UnionStyle > div > div per
#    paragraph, one <span style> per sentence, numbers in <span lang="EN-US">, newlines between spans in the
#    source, NBSP spacer divs, one paragraph split over two <div>s right before its first semicolon
def p03():
    key = "keqiao_district_2019"
    b = paras(key)
    role, name = b[2].split(" ")
    F = 'style="font-family: 仿宋_GB2312; font-size: 16pt;"'
    N = 'lang="EN-US" style="font-family: &quot;Times New Roman&quot;; font-size: 16pt;"'

    def spans(text: str) -> str:
        # one span per sentence (。；！ end a sentence); digits/%/. runs get their own EN-US span
        sents = re.findall(r"[^。；！]*[。；！]|[^。；！]+$", text)
        out = []
        for s in sents:
            parts = re.split(r"([0-9][0-9.%]*)", s)
            inner = "".join(f"<span {N}>{p}</span>" if re.match(r"[0-9]", p) else ent(p) for p in parts if p)
            out.append(f"<span {F}>{inner}</span>")
        return "\n".join(out)  # the CMS writes a newline between sentence spans

    def div(inner: str, indent=True) -> str:
        pre = "&nbsp;&nbsp;&nbsp;&nbsp;" if indent else ""
        return (f'<div style="text-indent: 0em; line-height: 28pt; margin: 0px;"><div class="para">'
                f'<span style="font-size: 16pt;">{pre}{inner}</span></div></div>')

    spacer = '<div style="line-height: 28pt;"><span style="font-size: 16pt;">&nbsp;</span></div>'
    blocks = [
        f'<div style="text-align: center; line-height: 28pt;"><div><span style="font-family: 方正小标宋简体; font-size: 22pt;">{spans(b[0])}</span></div></div>',
        f'<div style="text-align: center; line-height: 28pt;"><div><span style="font-family: 楷体_GB2312; font-size: 16pt;">{spans(b[1])}</span></div></div>',
        f'<div style="text-align: center; line-height: 28pt;"><div><span style="font-family: 楷体_GB2312; font-size: 16pt;">{role}</span><span style="font-family: 楷体_GB2312; font-size: 16pt;">&nbsp;&nbsp;</span><span style="font-family: 楷体_GB2312; font-size: 16pt;">{name}</span></div></div>',
        spacer,
    ]
    split_done = False
    for ln in b[3:]:
        if ln == "各位代表：":
            blocks.append(div(spans(ln), indent=False))
        elif re.match(r"^[一二]、", ln):
            blocks.append(spacer)
            blocks.append(div(f'<strong><span style="font-family: 黑体; font-size: 16pt;">{ent(ln)}</span></strong>'))
        elif ln.startswith("2018年，全区实现地区生产总值"):
            k = ln.index("；")
            blocks.append(div(spans(ln[:k])))
            blocks.append(div(spans(ln[k:]), indent=False))
            split_done = True
        elif re.match(r"^（[一二三四]）", ln):
            k = ln.index("。") + 1
            blocks.append(div(f'<strong><span style="font-family: 楷体_GB2312; font-size: 16pt;">{ent(ln[:k])}</span></strong>'
                              + spans(ln[k:])))
        else:
            blocks.append(div(spans(ln)))
    assert split_done
    content = "\n".join(blocks)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>柯桥区2019年政府工作报告全文_柯桥要闻_柯桥新闻网</title>
<meta name="ColumnName" content="柯桥要闻">
<meta name="ArticleTitle" content="柯桥区2019年政府工作报告全文">
<meta name="PubDate" content="2019-01-10 09:12">
<link href="/images/2018/article.css" rel="stylesheet" type="text/css">
<style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
</head>
<body>
<div class="top"><div class="w1200"><span>2019年1月10日 星期四</span> <a>柯桥新闻网首页</a> | <a>柯桥日报数字报</a> | <a>柯桥发布</a></div></div>
<div class="menu"><ul><li><a>首页</a></li><li><a>柯桥要闻</a></li><li><a>部门动态</a></li><li><a>镇街新闻</a></li><li><a>纺城经济</a></li><li><a>社会民生</a></li><li><a>专题</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">您的位置：<a>首页</a> &gt; <a>柯桥要闻</a> &gt; 正文</div>
<div class="article">
<div class="article-title"><h1>柯桥区2019年政府工作报告全文</h1></div>
<div class="article-info"><span>来源：柯桥日报</span><span>作者：记者 陈晓</span><span>发布时间：2019-01-10 09:12</span><span>浏览次数：<em id="hits">4386</em></span></div>
<div class="article-font">【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article-content">
<div class="TRS_Editor">
<div class="Custom_UnionStyle">
<div style="text-align: justify;">
{content}
</div>
</div>
</div>
</div>
<div class="article-editor">【责任编辑：金燕】</div>
<div class="article-share" style="display: none;"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="article-page"><p>上一篇：<a>柯桥区第二届人民代表大会第四次会议隆重开幕</a></p><p>下一篇：<a>区政协二届四次会议闭幕</a></p></div>
</div>
<div class="side"><div class="side-hd">图片新闻</div><ul><li><a>柯桥古镇迎来新春灯会</a></li><li><a>中国轻纺城秋冬面料展开幕</a></li></ul>
<div class="side-hd">热点排行</div><ol><li><a>柯桥区2019年十大民生实事项目出炉</a></li><li><a>杭绍城际铁路柯桥段最新进展</a></li></ol></div>
</div>
<div class="foot"><p>柯桥日报社版权所有 未经书面授权不得复制或建立镜像</p><p>浙ICP备05001234号-1 浙公网安备33060302000456号</p></div>
</body>
</html>
"""
    chrome = ["2019年1月10日 星期四 柯桥新闻网首页 | 柯桥日报数字报 | 柯桥发布", "首页", "柯桥要闻", "部门动态", "镇街新闻", "纺城经济",
              "社会民生", "专题", "您的位置：首页 > 柯桥要闻 > 正文", "柯桥区2019年政府工作报告全文", "来源：柯桥日报", "作者：记者 陈晓",
              "发布时间：2019-01-10 09:12", "浏览次数：4386", "【字号：大 中 小】", "【责任编辑：金燕】", "分享到：", "微信微博QQ空间",
              "上一篇：柯桥区第二届人民代表大会第四次会议隆重开幕", "下一篇：区政协二届四次会议闭幕", "图片新闻", "柯桥古镇迎来新春灯会",
              "中国轻纺城秋冬面料展开幕", "热点排行", "柯桥区2019年十大民生实事项目出炉", "杭绍城际铁路柯桥段最新进展",
              "柯桥日报社版权所有 未经书面授权不得复制或建立镜像", "浙ICP备05001234号-1 浙公网安备33060302000456号", "TRS_Editor P"]
    notes = ("Each paragraph is <div><div class=para><span>…</span></div></div> inside four levels of wrapper <div>s; "
             "every sentence is its own <span style>, every number its own <span lang=EN-US>, and the CMS writes a "
             "newline between sentence spans: that newline is HTML whitespace between 。/； and a Han character "
             "(inline, not a block break), so the expected paragraph has no space and no line break there. DECISION "
             "(docs: a line whose next line starts with a character that cannot start a line is joined): the "
             "review's first paragraph is split by the editor into two <div>s right before its first ；  "
             "(…增长7.5% | ；财政总收入…) -> one paragraph. NBSP-only spacer <div>s are blank lines, not text; "
             "&nbsp;&nbsp;&nbsp;&nbsp; indentation is dropped. The speaker line is three spans role | &nbsp;&nbsp; | "
             "name -> one ASCII space. The share bar is display:none (still chrome). meta.title is the body's title "
             "line (2019年绍兴市柯桥区…), not the <h1>/ArticleTitle 柯桥区2019年政府工作报告全文.")
    page("03_nested_div_spans", key, "html", html, chrome, notes=notes)


# 04 county government site: the report is one <p> with <br><br> between paragraphs, title/delivery/speaker
#    separated by single <br>s, &emsp;&emsp; indentation, one stray single <br> inside a paragraph after ，
def p04():
    key = "caoxian_county_2023"
    b = paras(key)
    role, name = b[2].split(" ")
    parts = []
    stray = False
    for ln in b[3:]:
        t = ent(ln)
        if ln.startswith("民生保障不断加强"):
            k = t.index("，新建") + 1
            t = t[:k] + "<br>\n" + t[k:]
            stray = True
        parts.append(("" if ln == "各位代表：" else "&emsp;&emsp;") + t)
    assert stray
    head = f"{b[0]}<br />\n{b[1]}<br />\n{role}&nbsp;&nbsp;&nbsp;{name}"
    one_p = head + "<br /><br />\n" + "<br /><br />\n".join(parts)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>曹县人民政府 政府工作报告 2023年曹县人民政府工作报告</title>
<meta name="SiteName" content="曹县人民政府">
<meta name="ArticleTitle" content="2023年曹县人民政府工作报告">
<meta name="PubDate" content="2023-01-12 16:30">
<link rel="stylesheet" type="text/css" href="/css/detail.css" />
</head>
<body>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="曹县人民政府" /></div>
<div class="headlink"><a>无障碍</a> | <a>长者模式</a> | <a>English</a> | <a>政务微博</a> | <a>政务微信</a></div></div>
<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进曹县</a></div>
<div class="wz">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府工作报告</a></div>
<div class="detail">
<div class="detail-title">2023年曹县人民政府工作报告</div>
<div class="detail-info">发布时间：2023-01-12 16:30&nbsp;&nbsp;&nbsp;&nbsp;信息来源：曹县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】&nbsp;&nbsp;<a>打印</a></div>
<div class="detail-con" id="zoom">
<p style="line-height: 2em; font-size: 16px;">{one_p}</p>
</div>
<div class="detail-ewm"><img src="/qrcode/20230112.png" alt="" /><span>扫一扫在手机打开当前页</span></div>
<div class="detail-btn"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
</div>
<div class="foot">
<p>主办单位：曹县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：曹县大数据中心</p>
<p>网站标识码：3717210001&nbsp;&nbsp;&nbsp;鲁ICP备05023456号&nbsp;&nbsp;&nbsp;鲁公网安备37172102000123号</p>
<p>地址：曹县青菏街道办事处&nbsp;&nbsp;&nbsp;联系电话：0530-3221234</p>
</div>
<script type="text/javascript">var zoomSize = 16; function doZoom(size){{ document.getElementById("zoom").style.fontSize = size + "px"; }}</script>
</body>
</html>
"""
    chrome = ["无障碍 | 长者模式 | English | 政务微博 | 政务微信", "首页政务公开政务服务互动交流走进曹县", "当前位置：首页 > 政务公开 > 政府工作报告",
              "发布时间：2023-01-12 16:30 信息来源：曹县人民政府办公室 【字体：大 中 小】 打印", "扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】",
              "主办单位：曹县人民政府办公室 承办单位：曹县大数据中心", "网站标识码：3717210001 鲁ICP备05023456号 鲁公网安备37172102000123号",
              "地址：曹县青菏街道办事处 联系电话：0530-3221234", "doZoom"]
    notes = ("The whole report is a single <p>: paragraphs are separated by <br /><br /> (blank lines), but the title, "
             "delivery and speaker lines are separated by single <br />s. DECISION: they stay three lines (title, "
             "delivery line, speaker line are separate lines by docs/cleaning.md 'Output'; they are not a link or "
             "page-break split). One paragraph (民生保障不断加强。…，| 新建改扩建中小学校11所…) has a stray single <br> "
             "after ， -> joined (docs: a line ending in ， joins the next). &emsp;&emsp; indentation dropped; speaker "
             "line role&nbsp;&nbsp;&nbsp;name -> one ASCII space. The CMS title (detail-title) equals the body's title "
             "line and is therefore not listed as chrome, but only the copy inside the <p> is body. 曹县: 县 -> county.")
    page("04_county_single_p_br", key, "html", html, chrome, notes=notes)


# 05 WordPress blog post: the report with footnote markers <sup>[1]</sup> and the report's 注释 after the
#    closing call; sidebar widgets (<aside>) and footer widgets (<div>), Posted in … | Leave a comment, comments
def p05():
    key = "jilin_province_2021"
    b = paras(key)
    role, name = b[2].split(" ")
    notes_txt = [
        "[1]一主六双：“一主”指长春现代化都市圈，“六双”指双廊、双带、双线、双通道、双基地、双协同。",
        "[2]两不愁三保障：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。",
        "[3]三保：保基本民生、保工资、保运转。",
    ]

    def sup(t: str) -> str:
        return re.sub(r"\[(\d)\]", lambda m: f'<sup class="footnote-ref"><a href="#fn{m[1]}" id="fnref{m[1]}">[{m[1]}]</a></sup>', t)

    ps = []
    for ln in b[3:]:
        t = sup(ent(ln))
        if re.match(r"^[一二]、", ln):
            ps.append(f'<h3 class="wp-block-heading">{t}</h3>')
        else:
            ps.append(f"<p>{t}</p>")
    fns = "\n".join(f'<p id="fn{i}" class="footnote-item">{ent(x)} <a href="#fnref{i}" class="footnote-backref">↩︎</a></p>'
                    for i, x in enumerate(notes_txt, 1))
    title = "2021年吉林省政府工作报告（附注释）"
    html = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; 东北观察笔记</title>
<meta name="generator" content="WordPress 5.6">
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://dbgc.example/wp-content/themes/twentyseventeen/style.css?ver=20201208' media='all' />
<script src='https://dbgc.example/wp-includes/js/jquery/jquery.min.js?ver=3.5.1' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post postid-1184 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://dbgc.example/" rel="home">东北观察笔记</a></p>
<p class="site-description">记录黑土地上的发展与变化</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu"><li><a>首页</a></li><li><a>政策文件</a></li><li><a>读书笔记</a></li><li><a>关于</a></li></ul></nav>
</div>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1184" class="post-1184 post type-post status-publish format-standard hentry category-gzbg tag-jilin tag-shisiwu">
<div class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Posted on</span> <a href="https://dbgc.example/2021/01/30/jilin-2021/" rel="bookmark"><time class="entry-date published" datetime="2021-01-30T21:14:05+08:00">2021年1月30日</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n">老陈</a></span></span></div>
<h1 class="entry-title">{title}</h1>
</div>
<div class="entry-content">
<p><em>按：全文转自吉林省人民政府网站，文末注释为报告原文所附。</em></p>
<p style="text-align:center"><strong>{b[0]}</strong></p>
<p style="text-align:center">{b[1]}</p>
<p style="text-align:center">{role} {name}</p>
{chr(10).join(ps)}
<hr class="footnotes-sep">
<div class="footnotes">
<p><strong>注释：</strong></p>
{fns}
</div>
</div>
<div class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Posted in <a href="https://dbgc.example/category/gzbg/" rel="category tag">政府工作报告</a></span> | <span class="tags-links">Tagged <a rel="tag">吉林</a>, <a rel="tag">十四五</a></span></span> | <span class="comments-link"><a href="#respond">Leave a comment</a></span></div>
</article>
<div class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-links"><div class="nav-previous"><a rel="prev"><span class="screen-reader-text">Previous Post</span>2020年吉林省国民经济和社会发展统计公报</a></div>
<div class="nav-next"><a rel="next"><span class="screen-reader-text">Next Post</span>2021年长春市政府工作报告</a></div></div></div>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;{title}&rdquo;</h2>
<ol class="comment-list">
<li class="comment"><div class="comment-author vcard"><b class="fn">松花江畔</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2021-01-31T09:12:44+08:00">2021年1月31日 上午9:12</time></div>
<div class="comment-content"><p>感谢整理，文末的注释很有用，“一主六双”终于弄明白了。</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div></li>
<li class="comment"><div class="comment-author vcard"><b class="fn">老陈</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2021-01-31T12:03:10+08:00">2021年1月31日 下午12:03</time></div>
<div class="comment-content"><p>不客气，后面还会整理各市州的报告。</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://dbgc.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"><input type="search" placeholder="搜索 &hellip;"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul><li><a>{title}</a></li><li><a>2020年吉林省国民经济和社会发展统计公报</a></li><li><a>黑土地保护性耕作读书笔记</a></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul><li><a>2021年1月</a></li><li><a>2020年12月</a></li></ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类目录</h2><ul><li><a>政府工作报告</a></li><li><a>读书笔记</a></li></ul></section>
</aside>
</div></div>
<div id="colophon" class="site-footer" role="contentinfo"><div class="wrap">
<div class="widget-column footer-widget-1"><section class="widget widget_text"><h2 class="widget-title">关于本站</h2><div class="textwidget"><p>个人学习笔记，整理公开的政策文件，转载内容版权归原作者所有。</p></div></section></div>
<div class="widget-column footer-widget-2"><section class="widget widget_recent_comments"><h2 class="widget-title">近期评论</h2><ul><li>老陈 发表在《{title}》</li><li>松花江畔 发表在《{title}》</li></ul></section></div>
<div class="site-info"><a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div>
</div></div>
</div></div>
<script id='twentyseventeen-skip-link-focus-fix-js' src='https://dbgc.example/wp-content/themes/twentyseventeen/assets/js/skip-link-focus-fix.js?ver=20161114'></script>
</body>
</html>
"""
    chrome = ["Skip to content", "东北观察笔记", "记录黑土地上的发展与变化", "首页", "政策文件", "读书笔记", "关于", "Posted on 2021年1月30日 by 老陈",
              title, "按：全文转自吉林省人民政府网站，文末注释为报告原文所附。", "注释："] + notes_txt + [
              "Posted in 政府工作报告 | Tagged 吉林, 十四五 | Leave a comment", "Post navigation", "Previous Post",
              "2020年吉林省国民经济和社会发展统计公报", "Next Post", "2021年长春市政府工作报告", f"2 thoughts on “{title}”", "松花江畔",
              "says:", "2021年1月31日 上午9:12", "感谢整理，文末的注释很有用，“一主六双”终于弄明白了。", "Reply", "2021年1月31日 下午12:03",
              "不客气，后面还会整理各市州的报告。", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
              "Comment", "近期文章", "黑土地保护性耕作读书笔记", "文章归档", "2021年1月", "2020年12月", "分类目录", "关于本站",
              "个人学习笔记，整理公开的政策文件，转载内容版权归原作者所有。", "近期评论", f"老陈 发表在《{title}》",
              f"松花江畔 发表在《{title}》", "Proudly powered by WordPress"]
    notes = ("DECISION (docs silent on footnotes): the footnote markers are text of the report and stay in the body "
             "exactly as printed, [1] [2] [3] with ASCII brackets, attached to the word before them "
             "(“一主六双”[1]产业空间布局, “三保”[3]底线); docs/cleaning.md has no rule that removes them and no rule "
             "changes [ ]. The report's own 注释 block ([1]一主六双：… [2]… [3]…) after the closing call is NOT body: "
             "like a 名词解释 glossary (docs/annotation.md §A) it is an appendix after the speech's closing call. The "
             "blogger's 按：… repost note above the title, the WordPress header/menu, Posted in/Tagged/Leave a comment, "
             "post navigation, comments (prose sentences) and widgets (<aside> and footer <div>s) are chrome. "
             "The speaker line is role + ASCII space + name.")
    page("05_wordpress_footnotes", key, "html", html, chrome, notes=notes)


# 06 township page saved by Internet Explorer as "Text File" (GBK, CRLF): cells of the layout table are joined
#    by tabs, so the left menu shares lines with the CMS heading and the info line; <p> paragraphs are followed
#    by a blank line, the centred title block uses <br>s
def p06():
    key = "zhouzhuang_township_2019"
    b = paras(key)
    role, name = b[2].split(" ")
    menu_left = ["政务公开", "机构设置", "政策法规", "规划计划", "财政信息", "人事信息", "工作报告"]
    lines = [
        "周庄镇人民政府",
        "首页\t走进周庄\t新闻中心\t政务公开\t旅游服务\t招商引资\t互动交流",
        "\t",
        "您当前的位置：首页 > 政务公开 > 工作报告\t2019年3月1日 星期五",
        "\t",
        f"{menu_left[0]}\t周庄镇2019年政府工作报告",
        f"{menu_left[1]}\t发布时间：2019-03-01 10:26\t来源：党政办\t浏览次数：1563",
        f"{menu_left[2]}\t",
        f"{menu_left[3]}\t",
        f"{menu_left[4]}\t",
        f"{menu_left[5]}\t",
        f"{menu_left[6]}\t",
        "\t",
        b[0],
        b[1],
        f"{role}\u3000{name}",
        "",
    ]
    for ln in b[3:]:
        lines.append(ln if ln == "各位代表：" or re.match(r"^[一二]、", ln) else "\u3000\u3000" + ln)
        lines.append("")
    tail = ["【打印本页】\t【关闭窗口】", "\t", "上一篇：周庄镇召开2019年度经济工作会议", "下一篇：关于周庄镇2018年财政预算执行情况的报告", "\t",
            "主办：昆山市周庄镇人民政府\t地址：昆山市周庄镇全福路\t电话：0512-57211234", "苏ICP备09012345号\t技术支持：昆山网络科技有限公司", ""]
    lines += tail
    raw = "\r\n".join(lines)
    raw.encode("gbk")
    chrome = ["周庄镇人民政府", "首页", "走进周庄", "新闻中心", "政务公开", "旅游服务", "招商引资", "互动交流", "您当前的位置：首页 > 政务公开 > 工作报告",
              "2019年3月1日 星期五"] + menu_left + [
              "周庄镇2019年政府工作报告", "发布时间：2019-03-01 10:26", "来源：党政办", "浏览次数：1563", "【打印本页】", "【关闭窗口】",
              "上一篇：周庄镇召开2019年度经济工作会议", "下一篇：关于周庄镇2018年财政预算执行情况的报告", "主办：昆山市周庄镇人民政府",
              "地址：昆山市周庄镇全福路", "电话：0512-57211234", "苏ICP备09012345号", "技术支持：昆山网络科技有限公司"]
    notes = ("Text written by Internet Explorer 'Save as… Text File' (GBK, CRLF, no BOM). The layout table's cells are "
             "joined by TABs: the top menu is one tab-separated row; the left menu column shares lines with the CMS "
             "heading and info line (政务公开<TAB>周庄镇2019年政府工作报告, 机构设置<TAB>发布时间：…<TAB>来源：…<TAB>浏览次数：…); "
             "lines holding only a TAB separate the rows. Chrome is listed per cell, so a leak of either half of a "
             "shared line counts. Body paragraphs are indented with two U+3000 and followed by a blank line; the title, "
             "delivery and speaker lines are consecutive. The speaker line is 镇长<U+3000>陆文华 -> one ASCII space "
             "(as for &nbsp;). The first line 周庄镇人民政府 (site name) is chrome, but it is not listed: it is a prefix "
             "of the title line. Region/level from the title: 周庄镇 -> township (the page names 昆山市 only in chrome).")
    page("06_ie_save_as_text", key, "txt", raw, chrome, encoding="gbk", notes=notes)


# 07 北大法宝-style legal-database export (.txt, GB18030 because of the © in the footer): document title and
#    【field】 block, the report with a 主要预期指标 table rendered as space-aligned text rows, 法宝 footer
def p07():
    key = "xiangyang_city_2024"
    b = paras(key)
    role, name = b[2].split(" ")
    t0 = b.index("2024年主要预期指标")
    rows = [ln.split(" ") for ln in b[t0 + 1:t0 + 8]]
    assert all(len(r) == 3 for r in rows) and b[t0 + 8].startswith("（一）")
    cw = [max(width(r[i]) for r in rows) + 4 for i in range(3)]

    def row(r):
        # ％ in the database's full-width form; columns padded with ASCII spaces to the printed width
        cells = [c.replace("%", "％") for c in r]
        return "".join(c + " " * (cw[i] - width(c)) for i, c in enumerate(cells)).rstrip()

    body = []
    for i, ln in enumerate(b):
        if i < 3:
            body.append(ln if i != 2 else f"{role}\u3000{name}")
        elif t0 < i <= t0 + 7:
            body.append("\u3000\u3000" + row(ln.split(" ")))
        elif ln == "各位代表：" or re.match(r"^[一二]、", ln) or i == t0:
            body.append(ln if i != t0 else "\u3000\u3000\u3000\u3000\u3000\u3000" + ln)
        else:
            body.append("\u3000\u3000" + ln)
    head = [b[0], "【法宝引证码】CLI.13.9871234", "【发布部门】 襄阳市人民政府", "【发文字号】", "【发布日期】 2024.01.19",
            "【实施日期】 2024.01.19", "【时效性】 现行有效", "【效力级别】 地方工作文件", "【法规类别】 机关工作综合规定", "",
            "【正文】", ""]
    foot = ["", "", "© 北大法宝：（www.pkulaw.com）专业提供法律信息、法学知识和法律软件领域各类解决方案。北大法宝为您提供丰富的参考资料，"
            "正式引用法规条文时请与标准文本核对。", "欢迎查看所有产品和服务。法宝快讯：如何快速找到您需要的检索结果？",
            "扫描左侧二维码即可下载法宝APP", ""]
    body = [ln.replace("%", "％") for ln in body]  # the database keeps the full-width ％ of the Word original
    raw = "\r\n".join(head + body + foot)
    try:
        raw.encode("gbk")
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("page 07 must need GB18030 (©)")
    chrome = ["【法宝引证码】CLI.13.9871234", "【发布部门】 襄阳市人民政府", "【发文字号】", "【发布日期】 2024.01.19", "【实施日期】 2024.01.19",
              "【时效性】 现行有效", "【效力级别】 地方工作文件", "【法规类别】 机关工作综合规定", "【正文】", foot[2], foot[3], foot[4]]
    notes = ("Legal-database export, GB18030 bytes (the © of the footer is not in GBK), CRLF, no BOM. The document "
             "title on the first line equals the body's title line (not listed as chrome; only the copy after 【正文】 "
             "is body). DECISION (table inside the body): the 主要预期指标 table printed as text rows between the "
             "goals sentence and task (一) is part of the report (it sits between the salutation and the closing "
             "call, docs/annotation.md §A, and carries the year's targets), so its caption, header row and six data "
             "rows are body, one line each, in the order printed. The rows are aligned with runs of ASCII spaces; "
             "per docs/cleaning.md step 8 (runs of spaces -> one) the expected row has the cells separated by ONE "
             "ASCII space (地区生产总值增长 6.1% 7%左右); the spaces are kept because a row is not a sentence (the "
             "'spaces next to Chinese removed' rule is for sentences) and removing them would fuse the cells "
             "(6.1%7%左右). No cell boundary is digit-space-digit, so 'spaces inside numbers' does not apply. "
             "The database writes every % full-width (％) -> %. Indentation (U+3000) dropped, also the deeper indentation of the caption. The "
             "speaker line is role<U+3000>name -> one ASCII space. The 【field】 block and the 法宝 footer are chrome.")
    page("07_pkulaw_indicator_table", key, "txt", raw, chrome, encoding="gb18030", notes=notes)


# 08 bilingual city portal with an English interface: Home | About | 中文 bar, 首页 Home … nav, English field
#    labels, an English editor's note before the report, English footer; the report itself in Chinese
def p08():
    key = "sanya_city_2019"
    b = paras(key)
    role, name = b[2].split(" ")
    ps = []
    for ln in b[3:]:
        if re.match(r"^[一二]、", ln):
            ps.append(f'<p class="h"><b>{ent(ln)}</b></p>')
        else:
            ps.append(f"<p>{ent(ln)}</p>")
    note_en = ("Editor's note: The following is the full text of the Government Work Report delivered by Mayor Fu "
               "Jiaming at the Second Session of the Seventh Sanya Municipal People's Congress on January 16, 2019. "
               "An English translation will be published later.")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>2019 Sanya Government Work Report 2019年三亚市政府工作报告 - Sanya Municipal People's Government</title>
<meta name="description" content="Government Work Report of Sanya, 2019">
<link rel="stylesheet" href="/en/static/css/article.css">
</head>
<body>
<div class="topbar"><a>Home</a> | <a>About</a> | <a>中文</a> | <a>Contact Us</a> | <a>Sitemap</a></div>
<div class="banner"><div class="logo">三亚市人民政府<br>Sanya Municipal People's Government</div></div>
<div class="mainnav"><ul><li><a>首页 Home</a></li><li><a>政务 Government</a></li><li><a>投资 Investment</a></li><li><a>旅游 Travel</a></li><li><a>服务 Services</a></li><li><a>新闻 News</a></li></ul></div>
<div class="breadcrumb">You are here: <a>Home</a> &gt; <a>Government</a> &gt; <a>Reports</a></div>
<div class="article">
<h1>2019年三亚市政府工作报告<br><small>2019 Sanya Government Work Report</small></h1>
<div class="meta">Date: 2019-01-21&nbsp;&nbsp;&nbsp;Source: Sanya Municipal People's Government&nbsp;&nbsp;&nbsp;Views: 3621&nbsp;&nbsp;&nbsp;Font size: <a>A+</a> <a>A</a> <a>A-</a></div>
<div class="editor-note"><p><i>{note_en}</i></p></div>
<div class="content">
<p align="center"><b>{b[0]}</b></p>
<p align="center">{b[1]}</p>
<p align="center">{role}&nbsp;&nbsp;{name}</p>
{chr(10).join(ps)}
</div>
<div class="tools"><a>Print</a> | <a>Close</a> | Share: <a>WeChat</a> <a>Weibo</a> <a>Facebook</a> <a>Twitter</a></div>
<div class="related"><h3>Related 相关链接</h3><ul>
<li><a>海南省人民政府 Hainan Provincial Government</a></li>
<li><a>Sanya Tourism Promotion Board 三亚市旅游推广局</a></li>
<li><a>2018 Sanya Government Work Report 2018年三亚市政府工作报告</a></li>
</ul></div>
</div>
<div class="footer"><p>Copyright &copy; 2019 Sanya Municipal People's Government. All Rights Reserved.</p>
<p>Sponsored by the General Office of Sanya Municipal People's Government | 琼ICP备05000123号 | 琼公网安备46020002000123号</p>
<p>Best viewed at 1366&times;768 with Chrome, Firefox or IE 10+</p></div>
</body>
</html>
"""
    chrome = ["Home | About | 中文 | Contact Us | Sitemap", "三亚市人民政府", "Sanya Municipal People's Government", "首页 Home", "政务 Government",
              "投资 Investment", "旅游 Travel", "服务 Services", "新闻 News", "You are here: Home > Government > Reports",
              "2019 Sanya Government Work Report",
              "Date: 2019-01-21 Source: Sanya Municipal People's Government Views: 3621 Font size: A+ A A-", note_en,
              "Print | Close | Share: WeChat Weibo Facebook Twitter", "Related 相关链接", "海南省人民政府 Hainan Provincial Government",
              "Sanya Tourism Promotion Board 三亚市旅游推广局", "2018 Sanya Government Work Report 2018年三亚市政府工作报告",
              "Copyright © 2019 Sanya Municipal People's Government. All Rights Reserved.",
              "Sponsored by the General Office of Sanya Municipal People's Government | 琼ICP备05000123号 | 琼公网安备46020002000123号",
              "Best viewed at 1366×768 with Chrome, Firefox or IE 10+"]
    notes = ("English-interface portal (<html lang=en>) around a Chinese report. Chrome mixes English and Chinese: "
             "bilingual nav items (首页 Home), Home | About | 中文, English field labels (Date:/Source:/Views:), an "
             "English editor's note (long prose, no Han) before the title, bilingual related links and footer. The "
             "<h1> holds 2019年三亚市政府工作报告<br>2019 Sanya Government Work Report: its Chinese half equals the body's "
             "title line (not listed), the English half is chrome; only the copy in div.content is body. Speaker line "
             "role&nbsp;&nbsp;name -> one ASCII space; role 三亚市市长. The <title> is bilingual but the body's own "
             "title line is meta.title.")
    page("08_english_interface", key, "html", html, chrome, notes=notes)


# 09 OCR of a scanned printed report (Tesseract-style text): hard wraps at 26 Han, a blank line after every
#    paragraph, spurious spaces between Han characters, ASCII commas, three misread characters, page numbers
#    (— 1 —, one misread as 一 2 一), the 扫描全能王 watermark of the scanning app, edge noise
OCR_ERRORS = [("住院楼已投入使用", "住院楼己投入使用"), ("完成土地整治", "完成士地整治"), ("4860名贫困人口脱贫", "4860名贫困入口脱贫")]


def p09():
    key = "wugong_county_2018"
    b = paras(key)
    exp = list(b)
    for good, bad in OCR_ERRORS:
        hits = [i for i, ln in enumerate(exp) if good in ln]
        assert len(hits) == 1, good
        exp[hits[0]] = exp[hits[0]].replace(good, bad)
    commas = ["128.6亿元，增长9.2%", "新改建县乡道路68公里，完成"]
    spaced = ["电商产业快速发展。引进电商企业", "二、2018年工作安排", "（四）改善民生福祉。新增城镇就业"]

    def damage(ln: str) -> str:
        for c in commas:
            ln = ln.replace(c, c.replace("，", ","))
        for s in spaced:
            if ln.startswith(s):
                # Tesseract chi_sim puts spaces between some Han characters (not next to digits)
                t = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", " ", s)
                ln = t + ln[len(s):]
        return ln

    blocks = [["武功县第十八届人民代表大会第二次会议文件"], ["（3）"]]
    for ln in exp:
        blocks.append(wrap(damage(ln), 52))
    assert sum(damage(x) != x for x in exp) == len(commas) + len(spaced)
    # paginate: at most 14 text lines per page, paragraphs may run on over a page break
    pages, cur, n = [], [], 0
    for blk in blocks:
        for line in blk:
            if n == 14:
                pages.append(cur)
                cur, n = [], 0
            cur.append(line)
            n += 1
        cur.append("")
    pages.append(cur)
    assert len(pages) >= 3, len(pages)
    nums = ["— 1 —", "一 2 一", "— 3 —", "— 4 —", "— 5 —"]
    out = []
    for k, pg in enumerate(pages):
        if k == 1:
            out += ["|", ""]
        if k == 2:
            out += ["' .", ""]
        out += pg
        if out[-1] != "":
            out.append("")
        out += [nums[k], "", "扫描全能王 创建", "", ""]
    # a paragraph must run over at least one page break (the interesting case)
    assert any(pg[-1] != "" for pg in pages[:-1]), "no paragraph crosses a page break"
    joined = "\n".join(out)
    chrome = ["武功县第十八届人民代表大会第二次会议文件", "扫描全能王 创建"] + nums[:len(pages)]
    notes = ("Plain-text OCR of a scanned printed report (UTF-8). Lines are hard-wrapped at the printed width (26 Han), "
             "every paragraph is followed by a blank line, paragraphs run on across page breaks. Page furniture: the "
             "document header (…会议文件, （3）) on page 1, a centred page number and the scanning app's watermark "
             "扫描全能王 创建 at the foot of every page, edge noise (| and ' .) at the top of pages 2 and 3. The "
             "page-2 number is misread as 一 2 一 (U+4E00 for the dashes): still a page number, not body. DECISION "
             "(brief: OCR errors are part of the body as-is): the misread characters 己 (for 已), 士 (for 土) and 入 "
             "(for 人) stay in the expected text (住院楼己投入使用, 完成士地整治, 4860名贫困入口脱贫); meta is unaffected (no "
             "error in title, delivery or speaker line). What docs/cleaning.md normalises is normalised anyway: the "
             "ASCII commas between Han/after a number (亿元,增长 / 公里,完成) become ，, and the spaces OCR put between Han "
             "characters (电 商 产 业 快 速 发 展。引 进 电 商 企 业210家, 二、2018年 工 作 安 排, （四）改 善 民 生 "
             "福 祉。新 增 …) are removed (docs: spaces next to Chinese removed in sentences; DECISION: in the "
             "heading 二、2018年工作安排 too). The delivery line, printed over two lines (…第二次 | 会议上), is one "
             "line. Hard-wrapped lines and page-split paragraphs are joined. Speaker line 代县长 刘国栋: role "
             "代县长 as written.")
    page("09_ocr_scan", key, "txt", joined, chrome, notes=notes, expected="\n".join(exp))


# 10 道客巴巴-style document page (text of the page as copied from the browser): site header and document info,
#    the document text with trailing spaces on every line, hard wraps at 28 Han, indented paragraph starts,
#    centred cover lines (delivery line over two lines), '- 3 -' page numbers, 相关文档 and footer
def p10():
    key = "jinshui_district_2025"
    b = paras(key)
    role, name = b[2].split(" ")
    d1, d2 = b[1][:b[1].index("第五次会议上")], "第五次会议上"
    assert d1 + d2 == b[1]

    def centre(s: str, cols: int = 56) -> str:
        return " " * max((cols - width(s)) // 2, 0) + s

    text = ["", centre(b[0]), "", centre(d1), centre(d2), centre(f"{role}  {name}"), ""]
    for ln in b[3:]:
        if ln == "各位代表：":
            text.append(ln)
        else:
            text += wrap("\u3000\u3000" + ln, 56)
    per = 22
    pages = [text[i:i + per] for i in range(0, len(text), per)]
    assert len(pages[-1]) >= 6, [len(p) for p in pages]
    lines = []
    for k, pg in enumerate(pages, 1):
        lines += pg
        lines += ["", centre(f"- {k} -"), ""]
    # every line of the document text ends in 1-3 spaces (PDF text layer padding), blank lines included
    lines = [ln + " " * (1 + pick(f"{i}:{ln}", 3)) for i, ln in enumerate(lines)]
    fname = "2025年郑州市金水区政府工作报告.pdf"
    head = ["道客巴巴", "首页 | 分类 | 排行榜 | 专题 | 机构 | 上传文档 | 登录 | 注册", fname,
            f"上传人：jszwgk2025\u3000\u3000文档格式：.pdf\u3000\u3000文档页数：{len(pages)} 页\u3000\u3000文档大小：186.5K",
            "文档热度：\u3000\u3000文档分类：政务/政府工作报告\u3000\u3000文档标签：金水区 政府工作报告 2025",
            "下载积分：3000\u3000\u3000收藏\u3000\u3000分享\u3000\u3000举报", ""]
    tail = ["", "下载文档到电脑，查找使用更方便", "3000 积分", "此文档下载收益归作者所有", "", fname, "文档热度：3\u3000\u3000分享到：", "",
            "相关文档", "2024年郑州市金水区政府工作报告", "郑州市2025年政府工作报告全文", "金水区2025年国民经济和社会发展计划执行情况", "",
            "关于我们 - 联系我们 - 网站声明 - 帮助中心 - 用户协议", "道客巴巴 Copyright©2008-2025 doc88.com 版权所有 浙ICP备10202085号-3", ""]
    raw = "\n".join(head + lines + tail)
    chrome = head + tail + [f"- {k} -" for k in range(1, len(pages) + 1)]
    chrome = [re.sub(r"\u3000+", " ", c) for c in chrome]
    notes = ("Text of a document-sharing page (UTF-8, LF). Every line of the document text ends in 1-3 trailing spaces "
             "(blank lines too); lines are hard-wrapped at 56 columns (28 Han, a digit is one column, numbers are "
             "never broken); paragraph starts are indented with two U+3000 (the salutation is not); centred page "
             "numbers '- N -' between pages, paragraphs run on across them. The cover lines are centred with ASCII "
             "spaces; the delivery line is centred over two lines (…第十一届人民代表大会 | 第五次会议上) and is one "
             "line in the expected text (docs: a delivery line centred over two lines is joined). The speaker line "
             "has two spaces between role and name -> one ASCII space. The document-info block, the file name "
             "(…政府工作报告.pdf: the title line + .pdf, listed as chrome), the download prompt and 相关文档 are chrome.")
    page("10_doc88_trailing_spaces", key, "txt", raw, chrome, notes=notes)


def main() -> None:
    for fn in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10):
        fn()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, p in PAGES.items():
        bd = BODIES[p["key"]]
        text = p["expected"] if p["expected"] is not None else bd["text"]
        n = len(text)
        assert 600 <= n <= 1500, (name, n)
        assert len(text.split("\n")) == len(bd["text"].split("\n")), name
        assert not re.search(r"^\s|\s$|\n\n", text), name
        raw_path = OUT / f"{name}.{p['ext']}"
        raw_path.write_bytes(p["raw"].encode(p["encoding"]))
        (OUT / f"{name}.expected.txt").write_text(text + "\n", encoding="utf-8")
        # chrome lines that also occur inside the body (a nav item, a heading equal to the title) cannot tell
        # chrome left from body kept: they are not listed
        flat = _flat(text)
        chrome = []
        for c in p["chrome"]:
            c = c.strip()
            if _flat(c) and _flat(c) not in flat and c not in chrome:
                chrome.append(c)
        info = {"file": raw_path.name, "encoding": p["encoding"], "body": p["key"], "meta": dict(bd["meta"]),
                "chrome": chrome}
        if p["notes"]:
            info["notes"] = p["notes"]
        (OUT / f"{name}.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
