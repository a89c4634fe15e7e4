"""Write a fourth HELD-OUT set of report pages to tests/pages_heldout4/.

Same file format as scripts/data/clean_make_heldout.py … clean_make_heldout3.py:

    tests/pages_heldout4/NAME.<ext>           the raw page (bytes in the page's encoding)
    tests/pages_heldout4/NAME.expected.txt    the body clean() must return (UTF-8)
    tests/pages_heldout4/NAME.json            {"file", "encoding", "body", "meta", "chrome"[, "notes"]}

Written blind, like the first three held-out sets: without reading the cleaner's code and without running the
cleaner (or any benchmark) on these pages.  Unlike batches 2 and 3 (unusual sites), this batch is a MIX of what a
researcher scraping local reports in bulk meets most often, most common first:

  01 provincial portal, 政府信息公开 article with the 索引号/分类/发布机构 table, <h1> repeating the title, CSS
     text-indent <p> paragraphs (江西省 2022, UTF-8)
  02 city portal news page in an old table layout, GBK bytes declared gb2312, paragraphs separated by single
     <br>, &nbsp; indentation, full-width ％ (绵阳市 2017)
  03 county portal article with 附件下载 links and 相关解读 after the report, <div> paragraphs with U+3000
     indentation, a 结束语 heading (安吉县 2024, UTF-8)
  04 district portal 信息公开 page (div field list 索 引 号 / 主题分类 …), GB18030 bytes (• and © outside GBK),
     the report followed by the page's 名词解释 (成都市武侯区 2019)
  05 township sub-site of a district portal, plain news page, <p> with &nbsp; indentation, <h1> equal to the
     title line (佛山市顺德区乐从镇 2016, UTF-8)
  06 大众网 repost (GBK, gb2312), reporter's lead and 以下为报告全文：, no speaker line (临沂市 2023)
  07 南方网 repost, 原标题/来源/作者 block, <p style="text-indent: 2em"> paragraphs (江门市 2021, UTF-8)
  08 荆楚网 repost of a province-administered county-level city (仙桃市 2020, UTF-8), <div> paragraphs,
     编辑/网友评论/相关新闻 after the report
  09 WeChat article HTML (rich_media / js_content, <section>/<span> markup, <p><br></p> spacers, 结束语,
     来源/编辑/审核 block, 往期推荐) (苏州市吴中区 2025)
  10 百度文库 page copied from the browser into Notepad and saved as "Unicode" (UTF-16 LE with BOM, CRLF):
     document info, hard wraps, 剩余N页未读，继续阅读 fold, 相关文档 (宁晋县 2021)
  11 pdftotext -layout export of the printed report (form feeds, centred cover with letter-spaced title,
     '— N —' page numbers, hard wraps, 名词解释 appendix after the closing call) (遵义市 2024, UTF-8)
  12 香港文匯網-style repost in traditional characters (UTF-8) (广东省 2018)

The twelve bodies are new text written for this set (fictional figures and speakers; region names are real).
Each body is the exact text a perfect cleaner returns per docs/cleaning.md: one paragraph per line, simplified
characters, half-width digits and %, no indentation, no markup.  Judgement calls are in each page's "notes".

Run:  python scripts/data/clean_make_heldout4.py
"""
from __future__ import annotations

import json
import sys
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "pages_heldout4"
sys.path.insert(0, str(HERE))
from page_kit import Bodies, ent, width, wrap  # noqa: E402
from page_kit import NO_START as _NO_START, flat as _flat  # noqa: E402

BODIES = Bodies()
body = BODIES.add
paras = BODIES.paras




# ---------------------------------------------------------------- bodies
body("jiangxi_province_2022", """
2022年江西省政府工作报告
——2022年1月18日在江西省第十三届人民代表大会第六次会议上
江西省省长 罗振华
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、过去一年的工作回顾
2021年是党和国家历史上具有里程碑意义的一年，也是江西发展进程中极不平凡的一年。全省地区生产总值达到2.96万亿元，增长8.8%；一般公共预算收入完成2812亿元，增长12.2%；城乡居民人均可支配收入分别增长8.1%和10.4%。
产业升级步伐加快。电子信息、有色金属、装备制造等产业营业收入均突破千亿元，新增国家级专精特新“小巨人”企业62家，数字经济增加值增长18%。
改革开放持续深化。“放管服”改革深入推进，“赣服通”上线服务事项3200项；赣州国际陆港、九江港新开通内外贸航线21条，实际利用外资增长9.5%。
生态文明建设成效明显。全省地表水国考断面水质优良比例达到96%，设区城市细颗粒物平均浓度下降到29微克/立方米，完成造林380万亩。
民生福祉不断增进。城镇新增就业48.6万人，新建改扩建义务教育学校520所，基本医疗保险参保率稳定在95%以上。
二、今年工作的总体要求和目标任务
今年全省经济社会发展的主要预期目标是：地区生产总值增长7%以上，一般公共预算收入增长6%，城镇新增就业40万人以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右，单位生产总值能耗降低完成国家下达目标。
三、2022年重点工作
（一）坚定不移推进产业强省。实施制造业重点产业链现代化建设行动，新增规上工业企业1500家，数字经济增加值增长15%以上。
（二）全力扩大有效需求。安排省大中型项目3500个，完成年度投资1.3万亿元，社会消费品零售总额增长9%左右。
（三）全面推进乡村振兴。新建高标准农田290万亩，粮食播种面积稳定在5600万亩以上，坚决守住不发生规模性返贫的底线。
（四）持续保障和改善民生。新增公办幼儿园学位8万个，改造城镇老旧小区2400个，城乡低保平均标准分别提高5%和8%。
四、加强政府自身建设
各级政府要坚持依法行政，自觉接受人大监督和政协民主监督，驰而不息纠治“四风”，以实干实绩取信于民。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委的坚强领导下，勇于担当、奋发有为，为全面建设社会主义现代化江西而努力奋斗，以优异成绩迎接党的二十大胜利召开！
""", title="2022年江西省政府工作报告", region="江西省", level="province", year=2022,
     meeting="江西省第十三届人民代表大会第六次会议", speaker="罗振华", role="江西省省长", date="2022-01-18")

body("mianyang_city_2017", """
政府工作报告
——2017年2月15日在绵阳市第七届人民代表大会第一次会议上
绵阳市人民政府市长 唐宏伟
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、过去五年工作回顾
过去五年，是绵阳发展进程中极不平凡的五年。全市地区生产总值由1346亿元增加到1830亿元，年均增长9.4%；地方一般公共预算收入达到128亿元，年均增长11.2%；城乡居民人均可支配收入年均分别增长9.1%和11.6%。
科技城建设取得重大进展。军民融合产业产值突破1800亿元，建成国家级创新平台26个，高新技术产业产值占规上工业比重达到52%。
城乡面貌发生深刻变化。绵遂高速建成通车，中心城区建成区面积扩大到146平方公里，常住人口城镇化率达到48.3%。
脱贫攻坚取得决定性进展。累计减少农村贫困人口23.6万人，312个贫困村退出，贫困发生率下降到3.1%。
二、今后五年的奋斗目标
今后五年，全市地区生产总值年均增长8.5%左右，到2021年达到2800亿元；地方一般公共预算收入年均增长9%；城乡居民收入增长与经济增长同步。
三、2017年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长8.5%，规模以上工业增加值增长9%，全社会固定资产投资增长13%，城镇登记失业率控制在4.2%以内。
（一）深入推进科技城建设。实施军民融合重大项目60个，新增高新技术企业45家，研发经费投入强度达到6.5%以上。
（二）加快推进产业转型升级。实施技术改造项目200个，培育主营业务收入超百亿元企业5户，服务业增加值增长9.5%。
（三）坚决打好脱贫攻坚战。确保5.5万农村贫困人口脱贫、102个贫困村退出，完成易地扶贫搬迁1.2万人。
（四）着力保障和改善民生。城镇新增就业6万人，新建改扩建幼儿园20所，完成棚户区改造1.8万户。
四、切实加强政府自身建设
我们将始终把纪律和规矩挺在前面，全面推进依法行政，坚决纠正不作为、慢作为、乱作为，努力建设人民满意政府。
各位代表，新的蓝图已经绘就，奋斗的号角已经吹响。让我们紧密团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，凝心聚力、攻坚克难，为加快建成西部经济强市、全面建成小康社会而努力奋斗！
""", title="政府工作报告", region="绵阳市", level="city", year=2017,
     meeting="绵阳市第七届人民代表大会第一次会议", speaker="唐宏伟", role="绵阳市人民政府市长", date="2017-02-15")

body("anji_county_2024", """
安吉县人民政府工作报告
——2024年1月9日在安吉县第十七届人民代表大会第四次会议上
安吉县人民政府县长 沈佳明
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，全县实现地区生产总值620.5亿元，增长7.1%；一般公共预算收入完成66.8亿元，增长8.3%；城乡居民人均可支配收入分别达到75620元和48310元，城乡居民收入比缩小到1.57。
绿色产业加快发展。绿色家居产业产值突破620亿元，白茶全产业链产值达到52亿元，新增国家级绿色工厂4家。
“两山”转化成效明显。竹林碳汇改革持续深化，完成碳汇交易1.6万吨；全域旅游接待游客3600万人次，实现旅游总收入520亿元。
共同富裕稳步推进。村级集体经济年经营性收入全部超过100万元，新增城镇就业1.4万人，建成城乡社区“一老一小”服务场景85个。
二、2024年主要目标和重点任务
今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%以上，固定资产投资增长10%，城乡居民人均可支配收入分别增长6%和7.5%。
（一）做强绿色产业。实施亿元以上产业项目60个，推动绿色家居产业向智能化、高端化升级，培育营业收入超10亿元企业8家。
（二）深化“两山”转化。推进竹林碳汇收储交易，打造未来乡村20个，旅游总收入增长10%以上。
（三）提升县城品质。实施城市更新项目18个，新增公共停车位2000个，建成城市绿道25公里。
（四）增进民生福祉。新增中小学学位3000个，新建婴幼儿照护服务机构6家，城乡居民基础养老金每人每月提高30元。
结束语
各位代表，绿水青山就是金山银山。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、县委的坚强领导下，勇当先行、实干争先，为高水平建设“两山”理念样板地模范县而努力奋斗！
""", title="安吉县人民政府工作报告", region="安吉县", level="county", year=2024,
     meeting="安吉县第十七届人民代表大会第四次会议", speaker="沈佳明", role="安吉县人民政府县长", date="2024-01-09")

body("wuhou_district_2019", """
2019年成都市武侯区人民政府工作报告
——2019年1月10日在成都市武侯区第十七届人民代表大会第四次会议上
武侯区人民政府区长 何雨田
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2018年工作回顾
2018年，全区实现地区生产总值1160亿元，增长8.2%；一般公共预算收入完成76.5亿元，增长10.6%；社会消费品零售总额达到690亿元，增长10.1%。
产业功能区建设全面起势。电商产业功能区、环高校知识经济圈加快建设，新引进重大产业化项目42个，协议投资额480亿元。
城市有机更新有序推进。完成棚户区改造1850户，整治背街小巷68条，新增绿道30公里，建成口袋公园16个。
社区发展治理不断深化。打造社区治理示范点25个，建成社区综合体8个，“一标三实”基础信息采集完成率达到99%。
民生事业持续改善。城镇新增就业3.2万人，新增中小学、幼儿园学位6200个，家庭医生签约服务覆盖率达到45%。
二、2019年工作安排
今年全区经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，一般公共预算收入增长8%，社会消费品零售总额增长9%，城镇登记失业率控制在4%以内。
（一）加快产业功能区建设。坚持“一区一主业”，推动电商、知识经济、文化创意产业集聚发展，新引进重大产业化项目30个。
（二）推进城市有机更新。完成老旧院落改造60个，深入实施“三治一增”，空气质量优良天数比例提高到70%。
（三）提升社区发展治理水平。建成“15分钟社区生活服务圈”40个，培育社区社会企业10家。
（四）持续增进民生福祉。新增学位5000个，新建社区养老服务综合体6个，认真办好十件民生实事。
三、加强政府自身建设
坚持把政治建设摆在首位，深化“放管服”改革，推行政务服务“最多跑一次”，让企业和群众办事更加便捷高效。
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、市政府和区委的坚强领导下，为加快建设高品质现代化中心城区而努力奋斗！
""", title="2019年成都市武侯区人民政府工作报告", region="成都市武侯区", level="district", year=2019,
     meeting="成都市武侯区第十七届人民代表大会第四次会议", speaker="何雨田", role="武侯区人民政府区长", date="2019-01-10")

body("lecong_township_2016", """
乐从镇人民政府工作报告
——2016年3月2日在乐从镇第十七届人民代表大会第一次会议上
镇长 梁志强
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、“十二五”时期工作回顾
“十二五”时期，全镇地区生产总值从235亿元增加到362亿元，年均增长9%；税收总额达到38.6亿元；农村居民人均可支配收入达到31250元。
专业市场转型升级。钢铁、家具两大专业市场完成升级改造，家具电商交易额突破80亿元，培育省级电子商务示范企业3家。
招商引资成效明显。五年累计引进亿元以上项目36个，总投资超过260亿元，一批总部经济项目落户乐从。
城市建设加快推进。佛山新城乐从片区累计完成投资180亿元，新建市政道路42公里，完成村级工业园改造1200亩。
生态环境持续改善。完成河涌整治26条，建成污水管网58公里，新增公园绿地32万平方米。
社会事业协调发展。新建幼儿园4所，镇医院综合大楼投入使用，城乡居民养老保险参保率达到98%。
在肯定成绩的同时，我们也清醒地看到，产业层次总体不高，城市配套仍不完善，部分群众关心的问题还没有得到很好解决。
二、2016年工作安排
今年全镇经济社会发展的主要预期目标是：地区生产总值增长8%，税收总额增长7%，规模以上工业总产值增长8%，城镇登记失业率控制在2.5%以内。
（一）推动专业市场提质。推进家具、钢铁市场品牌化、国际化发展，办好国际家具博览会，家具电商交易额增长15%。
（二）加快城市更新改造。完成旧村居改造项目3个，推进佛山新城乐从片区配套建设，新建社区公园2个。
（三）办好民生实事。新增公办学位1500个，完成河涌整治12条，推进社区卫生服务站标准化建设。
（四）加强社会治理。深化“平安乐从”建设，推进村（居）网格化管理全覆盖，全力抓好安全生产和食品药品安全。
各位代表，让我们在区委、区政府和镇党委的坚强领导下，开拓进取、真抓实干，为建设国际化品质新乐从而努力奋斗！
""", title="乐从镇人民政府工作报告", region="乐从镇", level="township", year=2016,
     meeting="乐从镇第十七届人民代表大会第一次会议", speaker="梁志强", role="镇长", date="2016-03-02")

body("linyi_city_2023", """
政府工作报告
——2023年1月8日在临沂市第二十届人民代表大会第二次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，全市地区生产总值达到5780亿元，增长4.7%；一般公共预算收入完成426亿元，增长6.1%；进出口总额突破1500亿元，增长22%。
商贸物流提质增效。临沂商城实现交易额6200亿元、物流总额9800亿元，市场采购贸易出口增长35%，商城国际化水平不断提升。
工业经济持续壮大。冶金、木业、机械、食品、化工、建材六大传统产业加快改造，新增规上工业企业520家，高新技术产业产值占比提高到45%。
乡村振兴全面推进。粮食总产量达到95.6亿斤，新建高标准农田42万亩，“沂蒙优质农产品”品牌影响力持续扩大。
民生保障更加有力。城镇新增就业8.5万人，新建改扩建中小学幼儿园86所，改造城镇老旧小区242个。
二、2023年主要目标任务
今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%，规上工业增加值增长7%，城镇新增就业7万人以上。
（一）全力扩大有效投资。实施省市重点项目500个，完成年度投资2000亿元，推进产业链“链主”企业项目60个。
（二）做强商贸物流。推动临沂商城数字化转型，培育市场采购贸易主体3000家，进出口总额增长10%。
（三）推进乡村振兴。新建高标准农田30万亩，培育市级以上乡村振兴示范片区20个。
（四）办好民生实事。新增中小学学位3万个，建设社区嵌入式养老服务机构50个，实施老旧小区改造150个。
三、加强政府自身建设
全面推进依法行政，持续优化营商环境，坚持过紧日子，把有限财力更多用于保障和改善民生。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，为加快建设新时代现代化强市而努力奋斗！
""", title="政府工作报告", region="临沂市", level="city", year=2023,
     meeting="临沂市第二十届人民代表大会第二次会议", speaker=None, role=None, date="2023-01-08")

body("jiangmen_city_2021", """
2021年江门市政府工作报告
——2021年2月23日在江门市第十五届人民代表大会第七次会议上
江门市市长 吴晓丹
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、“十三五”时期和2020年工作回顾
“十三五”时期，全市地区生产总值突破3200亿元，年均增长6.3%；一般公共预算收入达到276亿元；城乡居民人均可支配收入年均分别增长7.6%和8.9%。
大交通格局基本形成。深茂铁路江门至茂名段、江湛铁路建成通车，江门站投入使用，高速公路通车里程达到620公里。
产业转型升级加快。轨道交通、新材料、大健康等新兴产业集群加快壮大，高新技术企业数量达到2050家，比2015年增长4倍多。
侨乡特色更加鲜明。开平碉楼与村落保护利用持续加强，举办世界江门青年大会，引进华侨华人投资项目120个。
2020年，面对新冠肺炎疫情的严重冲击，全市地区生产总值增长2.5%，城镇新增就业4.1万人，脱贫攻坚任务全面完成。
二、“十四五”时期发展目标
今后五年，全市地区生产总值年均增长6%以上，到2025年突破4000亿元；研发经费投入强度达到3%；常住人口城镇化率达到70%。
三、2021年重点工作
今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，规模以上工业增加值增长8%，一般公共预算收入增长5%，城镇新增就业3.5万人。
（一）全力融入粤港澳大湾区建设。加快深江铁路、黄茅海跨海通道建设，承接深圳产业转移项目50个。
（二）推动制造业高质量发展。实施“5+N”产业集群培育工程，新增规上工业企业300家，技术改造投资增长10%。
（三）擦亮侨乡文化品牌。推进华侨华人文化交流合作重要平台建设，开平碉楼文化旅游区创建国家5A级旅游景区。
（四）办好十件民生实事。新增公办学位2.6万个，新建社区居家养老服务中心40个，完成老旧小区改造86个。
四、全面加强政府自身建设
坚持依法行政，深化数字政府改革，加强审计监督，持续改进作风，建设人民满意的服务型政府。
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，为加快建设珠江西岸新增长极和沿海经济带上的江海门户而努力奋斗！
""", title="2021年江门市政府工作报告", region="江门市", level="city", year=2021,
     meeting="江门市第十五届人民代表大会第七次会议", speaker="吴晓丹", role="江门市市长", date="2021-02-23")

body("xiantao_city_2020", """
仙桃市人民政府工作报告
——2020年1月8日在仙桃市第九届人民代表大会第五次会议上
代市长 张华平
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2019年工作回顾
过去一年，全市地区生产总值达到868亿元，增长8.1%；地方一般公共预算收入完成31.2亿元，增长6.5%；城乡居民人均可支配收入分别达到36480元和20150元。
工业经济稳中有进。无纺布产业产值突破300亿元，新增规上工业企业45家，非织造布产业集群入选省级重点成长型产业集群。
城乡建设步伐加快。汉宜高铁仙桃段提速改造完成，新建改建农村公路260公里，完成棚户区改造4300套。
三大攻坚战成效明显。政府性债务风险总体可控，剩余贫困人口全部脱贫，全市空气质量优良天数比例达到80.5%。
民生事业持续发展。城镇新增就业1.2万人，新建改扩建学校18所，市第一人民医院新院区建成投用。
二、2020年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，地方一般公共预算收入增长6%，规模以上工业增加值增长8%，城镇调查失业率控制在5.5%以内。
（一）做大做强无纺布产业。建设国家级非织造布检测中心，引进产业链项目30个，无纺布产业产值增长10%以上。
（二）推进以人为核心的新型城镇化。实施城市更新项目25个，完成老旧小区改造45个，新增城市绿地30万平方米。
（三）实施乡村振兴战略。新建高标准农田8万亩，发展稻虾共作面积60万亩，培育省级农业产业化龙头企业5家。
（四）持续改善民生福祉。新增城镇就业1万人，新建公办幼儿园6所，提高城乡居民基本养老保险基础养老金标准。
三、加强政府自身建设
我们将坚持依法行政，自觉接受人大监督和政协民主监督，严格落实过紧日子要求，一般性支出压减10%以上。
各位代表，让我们紧密团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，坚定信心、砥砺前行，为加快建设现代化中等城市而努力奋斗！
""", title="仙桃市人民政府工作报告", region="仙桃市", level="city", year=2020,
     meeting="仙桃市第九届人民代表大会第五次会议", speaker="张华平", role="代市长", date="2020-01-08")

body("wuzhong_district_2025", """
政府工作报告
——2025年1月6日在苏州市吴中区第十九届人民代表大会第五次会议上
吴中区人民政府区长 顾建新
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全区实现地区生产总值1620亿元，增长5.5%；一般公共预算收入完成162.3亿元，增长3.2%；规上工业总产值突破3000亿元。
机器人与智能制造产业加快集聚。全区机器人与智能制造产业规模达到1200亿元，新增国家级专精特新“小巨人”企业12家，太湖新城科创高地初具规模。
改革开放不断深化。完成企业开办“一网通办”改革，实际使用外资8.6亿美元，吴中经济技术开发区综合考评位居全省前列。
太湖生态岛建设扎实推进。完成生态修复面积1.2万亩，太湖水质稳定在Ⅲ类，获评全国全域旅游示范区。
民生保障持续加强。城镇新增就业2.1万人，新建改扩建学校9所，新增养老床位800张，完成老旧小区改造26个。
二、2025年主要目标任务
今年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%，规上工业总产值增长6%，城镇新增就业1.8万人。
（一）壮大机器人与智能制造产业。实施产业链强链补链项目80个，新增高新技术企业200家，建设人形机器人创新中心。
（二）推进太湖生态岛建设。实施生态修复项目12个，发展生态农业和乡村旅游，打造特色精品村10个。
（三）提升城市功能品质。加快苏州轨道交通延伸线建设，改造老旧小区20个，新建口袋公园15个。
（四）办好民生实事。新增学位6000个，新建社区嵌入式服务设施15个，提高城乡居民基础养老金标准。
三、政府自身建设
坚持依法行政，深化政务服务“一件事”改革，严格落实中央八项规定精神，坚持过紧日子。
结束语
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、市政府和区委的坚强领导下，为奋力谱写中国式现代化吴中新篇章而努力奋斗！
""", title="政府工作报告", region="苏州市吴中区", level="district", year=2025,
     meeting="苏州市吴中区第十九届人民代表大会第五次会议", speaker="顾建新", role="吴中区人民政府区长", date="2025-01-06")

body("ningjin_county_2021", """
宁晋县人民政府工作报告
——2021年2月25日在宁晋县第十七届人民代表大会第六次会议上
宁晋县人民政府县长 刘振宇
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、“十三五”时期工作回顾
“十三五”时期，全县地区生产总值年均增长6.8%，2020年达到358亿元；一般公共预算收入达到21.6亿元，年均增长8.2%；城乡居民人均可支配收入年均分别增长7.9%和9.1%。
产业结构持续优化。光伏、电线电缆、服装三大主导产业营业收入突破800亿元，晶龙光伏产业园建成投产，新增高新技术企业56家。
城乡面貌明显改善。新改建农村公路420公里，县城建成区面积扩大到28平方公里，完成农村改厕8.6万座。
脱贫攻坚全面完成。现行标准下5860名建档立卡贫困人口全部脱贫，贫困村全部出列。
生态环境持续好转。全县细颗粒物平均浓度下降38%，完成植树造林5.2万亩，地下水超采综合治理扎实推进。
二、“十四五”时期主要目标和2021年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，一般公共预算收入增长5%，固定资产投资增长8%，城镇新增就业5000人。
（一）壮大主导产业。实施亿元以上项目80个，推动光伏产业链向电池片、组件延伸，电线电缆产业营业收入增长10%。
（二）推进乡村振兴。新建高标准农田6万亩，培育市级以上龙头企业8家，创建美丽乡村精品村20个。
（三）提升县城品质。完成老旧小区改造32个，新建改建城市道路15条，新增城市绿地20万平方米。
（四）保障改善民生。新建改扩建中小学校7所，县医院新院区投入使用，城乡低保标准分别提高5%和8%。
（五）加强政府自身建设。坚持依法行政，深化“放管服”改革，严格落实过紧日子要求，努力建设人民满意政府。
各位代表，让我们紧密团结在以习近平同志为核心的党中央周围，在市委、县委的坚强领导下，凝心聚力、担当实干，为建设经济强县、美丽宁晋而努力奋斗！
""", title="宁晋县人民政府工作报告", region="宁晋县", level="county", year=2021,
     meeting="宁晋县第十七届人民代表大会第六次会议", speaker="刘振宇", role="宁晋县人民政府县长", date="2021-02-25")

body("zunyi_city_2024", """
政府工作报告
——2024年1月16日在遵义市第五届人民代表大会第四次会议上
遵义市人民政府市长 杨立诚
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，全市地区生产总值达到4880亿元，增长5.2%；一般公共预算收入完成278亿元，增长6.4%；城乡居民人均可支配收入分别增长4.2%和7.1%。
“四新”主攻“四化”深入推进。白酒产业产值突破1800亿元，新增规上工业企业210家，新能源电池材料产业链加快形成。
红色文化旅游持续升温。全年接待游客1.6亿人次，实现旅游综合收入1650亿元，长征国家文化公园遵义段重点项目建成开放。
城乡建设提速提质。遵义机场改扩建工程加快推进，建成城市更新项目46个，改造农村危房3200户。
民生保障更加有力。城镇新增就业7.6万人，新建改扩建中小学幼儿园52所，新增养老床位2300张。
二、2024年主要目标和重点工作
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，城镇新增就业6.5万人以上。
（一）推动新型工业化。做强白酒、新能源电池材料、现代化工三大产业，实施“六个一批”工业项目350个。
（二）推进农业现代化。新建高标准农田35万亩，茶园面积稳定在200万亩，辣椒产业综合产值突破500亿元。
（三）提升城镇化水平。推进中心城区城市更新，改造城镇老旧小区120个，常住人口城镇化率提高1.2个百分点。
（四）做强旅游产业化。打造红色研学精品线路20条，旅游综合收入增长10%以上。
（五）兜牢民生底线。新增公办学位1.2万个，新建社区嵌入式服务设施40个，城乡低保标准分别提高5%和8%。
三、全面加强政府自身建设
坚持依法行政，深化作风建设，坚持过紧日子，一般性支出压减5%以上。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，弘扬伟大长征精神，为奋力谱写中国式现代化遵义篇章而努力奋斗！
""", title="政府工作报告", region="遵义市", level="city", year=2024,
     meeting="遵义市第五届人民代表大会第四次会议", speaker="杨立诚", role="遵义市人民政府市长", date="2024-01-16")

body("guangdong_province_2018", """
2018年广东省政府工作报告
——2018年1月25日在广东省第十三届人民代表大会第一次会议上
广东省省长 陈志平
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、过去五年的工作回顾
过去五年，全省地区生产总值由5.7万亿元增加到8.99万亿元，年均增长7.9%；地方一般公共预算收入达到1.13万亿元，年均增长10.9%；城乡居民人均可支配收入年均分别增长8.4%和9.8%。
创新驱动发展成效显著。区域创新综合能力排名全国第一，高新技术企业数量超过3万家，研究与试验发展经费支出占地区生产总值比重达到2.65%。
区域协调发展迈出新步伐。粤东西北地区新增高速公路通车里程3200公里，实现县县通高速公路，珠三角地区对口帮扶持续深化。
民生保障水平全面提升。累计新增城镇就业700万人，城乡居民基本养老保险实现全覆盖，完成农村危房改造38万户。
二、今年工作的总体要求和目标任务
今年全省经济社会发展的主要预期目标是：地区生产总值增长7%左右，地方一般公共预算收入增长8%，城镇登记失业率控制在3.5%以内，居民消费价格涨幅3%左右。
（一）推进粤港澳大湾区建设。加快港珠澳大桥配套交通设施建设，推动三地规则衔接，深化前海、南沙、横琴合作平台建设。
（二）建设现代化经济体系。实施高新技术企业树标提质行动，新增高新技术企业6000家，先进制造业增加值占规上工业比重达到56%。
（三）打好三大攻坚战。完成全省相对贫困人口脱贫年度任务，练江、茅洲河等重点流域水质明显改善，有效防控地方政府债务风险。
（四）提高保障和改善民生水平。新增城镇就业110万人，新建改扩建公办幼儿园1000所，城乡居民医保财政补助标准每人每年提高40元。
三、加强政府自身建设
各级政府要坚持依法行政，深化“放管服”改革，推进数字政府建设，努力建设人民满意的服务型政府。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，高举习近平新时代中国特色社会主义思想伟大旗帜，为实现“四个走在全国前列”、全面建设社会主义现代化强省而努力奋斗！
""", title="2018年广东省政府工作报告", region="广东省", level="province", year=2018,
     meeting="广东省第十三届人民代表大会第一次会议", speaker="陈志平", role="广东省省长", date="2018-01-25")


# ---------------------------------------------------------------- helpers (as in clean_make_heldout3.py)


def is_heading(ln: str) -> bool:
    return bool(re.match(r"^[一二三四五六七八九十]、", ln)) or ln == "结束语"


def run_in(ln: str) -> tuple[str, str] | None:
    """(（一）xxx。, rest) for a numbered task paragraph, else None."""
    if re.match(r"^（[一二三四五六七八九十]）", ln):
        k = ln.index("。") + 1
        return ln[:k], ln[k:]
    return None


PAGES: dict[str, dict] = {}


def page(name, key, ext, raw, chrome, encoding="utf-8", notes=None, expected=None, bom=False):
    if not isinstance(raw, str):
        raw = "\n".join(raw)
    PAGES[name] = dict(key=key, ext=ext, raw=raw, chrome=[c for c in chrome if c.strip()], encoding=encoding,
                       notes=notes, expected=expected, bom=bom)


PAGE_FUNCS = []


def register(fn):
    PAGE_FUNCS.append(fn)
    return fn


# ---------------------------------------------------------------- pages
# 01 provincial portal, 政府信息公开 article: 索引号 table, <h1> = title line, CSS text-indent paragraphs
@register
def p01():
    key = "jiangxi_province_2022"
    b = paras(key)
    role, name = b[2].split(" ")
    ps = []
    for ln in b[3:]:
        if ln == "各位代表：":
            ps.append(f"<p>{ln}</p>")
        elif is_heading(ln):
            ps.append(f'<p style="text-indent: 2em;"><strong>{ent(ln)}</strong></p>')
        else:
            ps.append(f'<p style="text-indent: 2em;">{ent(ln)}</p>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>2022年江西省政府工作报告 | 江西省人民政府</title>
<meta name="SiteName" content="江西省人民政府">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="2022年江西省政府工作报告">
<meta name="PubDate" content="2022-01-25 10:30">
<link rel="stylesheet" href="/static/css/xxgk_detail.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header">
<div class="top-bar"><div class="w1200"><span class="date" id="today"></span><a>无障碍浏览</a> | <a>长者模式</a> | <a>繁體</a> | <a>English</a> | <a>登录</a></div></div>
<div class="logo-box"><img src="/static/images/logo.png" alt="江西省人民政府"></div>
<div class="nav"><ul><li><a>首页</a></li><li><a>要闻动态</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>政民互动</a></li><li><a>数据开放</a></li><li><a>走进江西</a></li></ul></div>
</div>
<div class="w1200 xxgk-main">
<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开</a> &gt; <a>政府工作报告</a></div>
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><td class="tit">索&ensp;引&ensp;号：</td><td>014500858/2022-00157</td><td class="tit">分&emsp;&emsp;类：</td><td>综合政务\\政府工作报告</td></tr>
<tr><td class="tit">发布机构：</td><td>江西省人民政府办公厅</td><td class="tit">成文日期：</td><td>2022-01-24</td></tr>
<tr><td class="tit">名&emsp;&emsp;称：</td><td colspan="3">2022年江西省政府工作报告</td></tr>
<tr><td class="tit">文&emsp;&emsp;号：</td><td></td><td class="tit">发布日期：</td><td>2022-01-25</td></tr>
<tr><td class="tit">主&ensp;题&ensp;词：</td><td colspan="3">政府工作报告</td></tr>
</table>
<div class="article">
<h1 class="article-title">2022年江西省政府工作报告</h1>
<div class="article-sub"><span>来源：江西省人民政府办公厅</span> <span>发布时间：2022-01-25 10:30</span> <span class="fontsize">字体：[<a>大</a> <a>中</a> <a>小</a>]</span> <span class="visits">阅读次数：<b>26135</b></span></div>
<div class="article-content" id="zoom">
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
<p style="text-align: center;">{role}&nbsp;&nbsp;{name}</p>
{chr(10).join(ps)}
</div>
<div class="article-ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><div class="hd">相关稿件</div><ul>
<li><a>【图解】2022年江西省政府工作报告</a><span>2022-01-26</span></li>
<li><a>省十三届人大六次会议开幕</a><span>2022-01-18</span></li>
<li><a>2021年江西省政府工作报告</a><span>2021-02-01</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>
<p>主办：江西省人民政府办公厅&emsp;承办：江西省信息中心</p>
<p>网站标识码：3600000001&emsp;赣ICP备05004012号&emsp;赣公网安备36010802000125号</p>
</div></div>
<script>var d = new Date(); document.getElementById("today").innerHTML = d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日";</script>
</body>
</html>
"""
    chrome = ["无障碍浏览 | 长者模式 | 繁體 | English | 登录", "首页", "要闻动态", "政务公开", "政务服务", "政民互动", "数据开放", "走进江西",
              "当前位置：首页 > 政务公开 > 政府信息公开 > 政府工作报告", "索 引 号：", "014500858/2022-00157", "分  类：", "综合政务\\政府工作报告",
              "发布机构：", "江西省人民政府办公厅", "成文日期：", "2022-01-24", "名  称：", "文  号：", "发布日期：", "2022-01-25", "主 题 词：",
              "来源：江西省人民政府办公厅", "发布时间：2022-01-25 10:30", "字体：[大 中 小]", "阅读次数：26135", "扫一扫在手机打开当前页",
              "【打印本页】", "【关闭窗口】", "相关稿件", "【图解】2022年江西省政府工作报告", "2022-01-26", "省十三届人大六次会议开幕",
              "2022-01-18", "2021年江西省政府工作报告", "2021-02-01", "网站地图 | 联系我们 | 网站声明",
              "主办：江西省人民政府办公厅 承办：江西省信息中心", "网站标识码：3600000001 赣ICP备05004012号 赣公网安备36010802000125号",
              "getFullYear"]
    notes = ("Provincial 政府信息公开 article. The 索引号 table (索引号/分类/发布机构/成文日期/名称/文号/发布日期/主题词) sits before "
             "the <h1>; its 名称 cell and the <h1> repeat the title line exactly, so they are not listed as chrome "
             "(the generator drops chrome whose text occurs in the body), but only the copy inside #zoom is body. "
             "Field labels are letter-spaced with &ensp;/&emsp; (索 引 号：). Paragraphs are <p style=\"text-indent: 2em\"> "
             "without indentation characters; headings in <strong>. Speaker line role&nbsp;&nbsp;name -> one ASCII "
             "space. The closing call ends '…而努力奋斗，以优异成绩迎接党的二十大胜利召开！' (the call goes on after 奋斗; "
             "it is the last paragraph). Section headings 过去一年的工作回顾 / 今年工作的总体要求和目标任务 / 加强政府自身建设.")
    page("01_province_xxgk_table", key, "html", html, chrome, notes=notes)


# 02 city portal news page, old table layout, GBK bytes declared gb2312, single <br> between paragraphs,
#    &nbsp; indentation, full-width ％ as typed in the Word original
@register
def p02():
    key = "mianyang_city_2017"
    b = paras(key)
    role, name = b[2].split(" ")
    rows = [f"{b[0]}", f"{b[1]}", f"{role}&nbsp;&nbsp;&nbsp;{name}"]
    for ln in b[3:]:
        t = ent(ln).replace("%", "％")
        if ln == "各位代表：":
            rows.append(t)
        elif is_heading(ln):
            rows.append("&nbsp;&nbsp;&nbsp;&nbsp;<b>" + t + "</b>")
        else:
            rows.append("&nbsp;&nbsp;&nbsp;&nbsp;" + t)
    content = "<br>\r\n".join(rows) + "<br>"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>绵阳市人民政府--政府工作报告（全文）</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
.title1 {{ font-size: 20px; font-weight: bold; color: #C00; }}
.zw {{ font-size: 14px; line-height: 26px; }}
</style>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/mylogo.gif" width="400" height="90"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a> | <a>绵阳概况</a> | <a>政务公开</a> | <a>新闻中心</a> | <a>网上办事</a> | <a>公众参与</a> | <a>投资绵阳</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="left">
<table width="100%"><tr><td class="lefttit">新闻中心</td></tr>
<tr><td><a>绵阳要闻</a></td></tr><tr><td><a>部门动态</a></td></tr><tr><td><a>县市区动态</a></td></tr><tr><td><a>公告公示</a></td></tr></table>
</td>
<td width="770" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="weizhi">您现在的位置：<a>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; <a>绵阳要闻</a></td></tr>
<tr><td align="center" class="title1">绵阳市政府工作报告（全文）</td></tr>
<tr><td align="center" class="info">发布时间：2017-2-21 9:45:12&nbsp;&nbsp;&nbsp;&nbsp;来源：绵阳日报&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/count.asp?id=48213"></script>3208</td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="zw"><div align="center"><b>{rows[0]}</b><br>{rows[1]}<br>{rows[2]}</div>
{content[content.index("各位代表："):]}
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">版权所有：绵阳市人民政府办公室&nbsp;&nbsp;地址：绵阳市涪城区安昌路17号&nbsp;&nbsp;电话：0816-2222222</td></tr>
<tr><td align="center">蜀ICP备05012345号&nbsp;&nbsp;建议使用1024×768分辨率浏览</td></tr>
</table>
</body>
</html>
"""
    chrome = ["网站首页 | 绵阳概况 | 政务公开 | 新闻中心 | 网上办事 | 公众参与 | 投资绵阳", "新闻中心", "绵阳要闻", "部门动态", "县市区动态",
              "公告公示", "您现在的位置：首页 >> 新闻中心 >> 绵阳要闻", "绵阳市政府工作报告（全文）",
              "发布时间：2017-2-21 9:45:12 来源：绵阳日报 点击数：3208", "【打印本页】【关闭窗口】",
              "版权所有：绵阳市人民政府办公室 地址：绵阳市涪城区安昌路17号 电话：0816-2222222", "蜀ICP备05012345号 建议使用1024×768分辨率浏览",
              ".title1"]
    notes = ("Old table-layout city portal, GBK bytes with <meta charset=gb2312>; inside the report CRLF after each <br>, the rest of the template LF. The title, "
             "delivery and speaker lines are in a centred <div> separated by single <br>s; the rest of the report is "
             "in the same <td>, every paragraph ending in a single <br> (no <p>), indented with four &nbsp;. "
             "Every % is the full-width ％ of the Word original -> %. The CMS heading 绵阳市政府工作报告（全文） is "
             "not the title line: meta.title is the body's own title line 政府工作报告; region/year from the delivery "
             "line. Speaker line role&nbsp;&nbsp;&nbsp;name -> one ASCII space. The click counter is a <script> "
             "followed by the number 3208.")
    page("02_city_table_layout_gbk", key, "html", html, chrome, encoding="gbk", notes=notes)


# 03 county portal article with 附件下载 links and 相关解读 after the report; <div> paragraphs with U+3000
#    indentation; the report has a 结束语 heading
@register
def p03():
    key = "anji_county_2024"
    b = paras(key)
    role, name = b[2].split(" ")
    ds = []
    for ln in b[3:]:
        if ln == "各位代表：":
            ds.append(f"<div>{ln}</div>")
        elif is_heading(ln):
            ds.append(f'<div style="font-family: 黑体;">\u3000\u3000{ent(ln)}</div>')
        else:
            ds.append(f"<div>\u3000\u3000{ent(ln)}</div>")
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>2024年安吉县政府工作报告</title>
<meta name="ArticleTitle" content="2024年安吉县政府工作报告">
<meta name="ColumnName" content="规划计划">
<meta name="PubDate" content="2024-01-17">
<link rel="stylesheet" href="/module/jslib/bootstrap/css/bootstrap.min.css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="zf-top"><div class="container"><a>浙江政务服务网</a> <a>湖州市</a> <a>安吉县</a> <span class="right"><a>个人登录</a> <a>法人登录</a></span></div></div>
<div class="zf-header"><div class="container"><div class="logo">安吉县人民政府</div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="zf-nav"><div class="container"><a>首页</a><a>政务动态</a><a>政府信息公开</a><a>政务服务</a><a>政民互动</a><a>走进安吉</a></div></div>
<div class="container">
<div class="bt-position">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>规划计划</a></div>
<div class="article">
<div class="article-title"><h1>2024年安吉县政府工作报告</h1></div>
<div class="article-sub">信息来源：县政府办&nbsp;&nbsp;&nbsp;&nbsp;发布日期：2024-01-17&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1872</span>&nbsp;&nbsp;&nbsp;&nbsp;<a>【字体：大 中 小】</a></div>
<div class="article-conter" id="zoom">
<div style="text-align: center; font-size: 22px;"><b>{b[0]}</b></div>
<div style="text-align: center;">{b[1]}</div>
<div style="text-align: center;">{role}\u3000{name}</div>
<div>&nbsp;</div>
{chr(10).join(ds)}
<div>&nbsp;</div>
<div class="fujian"><p>附件下载：</p>
<p><a href="/art/2024/1/17/art_1229211542_59012345/fj/2024年安吉县政府工作报告.pdf">2024年安吉县政府工作报告.pdf</a></p>
<p><a href="/art/2024/1/17/art_1229211542_59012345/fj/2024年安吉县政府工作报告（图文版）.docx">2024年安吉县政府工作报告（图文版）.docx</a></p></div>
</div>
<div class="xgjd"><span>相关解读：</span><a>图解：一图读懂2024年安吉县政府工作报告</a> <a>2024年安吉县政府工作报告政策解读</a></div>
<div class="article-tools"><a>【我要纠错】</a> <a>【打印本页】</a> <a>【关闭窗口】</a></div>
</div>
</div>
<div class="zf-footer"><div class="container">
<p>主办单位：安吉县人民政府办公室&nbsp;&nbsp;技术支持：安吉县大数据发展管理局</p>
<p>网站标识码：3305230001&nbsp;&nbsp;浙ICP备10012345号-1&nbsp;&nbsp;浙公网安备33052302000234号</p>
<p><a>政府网站找错</a>&nbsp;&nbsp;<a>适老化无障碍服务</a></p>
</div></div>
</body>
</html>
"""
    chrome = ["浙江政务服务网", "湖州市", "安吉县", "个人登录", "法人登录", "安吉县人民政府", "搜索", "首页", "政务动态", "政府信息公开", "政务服务",
              "政民互动", "走进安吉", "当前位置：首页 > 政府信息公开 > 规划计划", "2024年安吉县政府工作报告",
              "信息来源：县政府办 发布日期：2024-01-17 浏览次数：1872 【字体：大 中 小】", "附件下载：", "2024年安吉县政府工作报告.pdf",
              "2024年安吉县政府工作报告（图文版）.docx", "相关解读：", "图解：一图读懂2024年安吉县政府工作报告", "2024年安吉县政府工作报告政策解读",
              "【我要纠错】 【打印本页】 【关闭窗口】", "主办单位：安吉县人民政府办公室 技术支持：安吉县大数据发展管理局",
              "网站标识码：3305230001 浙ICP备10012345号-1 浙公网安备33052302000234号", "政府网站找错 适老化无障碍服务"]
    notes = ("County portal (浙江 government site group template). Each paragraph is a <div> indented with two U+3000 "
             "(the salutation is not); NBSP-only <div>s are spacers. The <h1>/<title> 2024年安吉县政府工作报告 differs "
             "from the body's title line 安吉县人民政府工作报告, which is meta.title; year from the delivery line. The "
             "附件下载 block (two file links) sits inside #zoom after the closing call: not body (docs: attachment "
             "lists after the closing call are not body). 结束语 is a one-word heading between the last task "
             "paragraph and the closing call: body, its own line. Speaker line role<U+3000>name -> one ASCII space. "
             "The chrome items 安吉县人民政府 and 安吉县 are inside the body text and therefore not listed.")
    page("03_county_attachments", key, "html", html, chrome, notes=notes)


# 04 district portal 信息公开 page: div field list (索 引 号 / 主题分类 / 发文机关 …), GB18030 bytes (• and © are
#    not in GBK), <p> paragraphs with U+3000 indentation inside TRS_Editor, the page's 名词解释 after the report
@register
def p04():
    key = "wuhou_district_2019"
    b = paras(key)
    role, name = b[2].split(" ")
    ps = []
    for ln in b[3:]:
        if ln == "各位代表：":
            ps.append(f'<p class="MsoNormal">{ln}</p>')
        elif is_heading(ln):
            ps.append(f'<p class="MsoNormal">\u3000\u3000<span style="font-family: 黑体;">{ent(ln)}</span></p>')
        else:
            ps.append(f'<p class="MsoNormal">\u3000\u3000{ent(ln)}</p>')
    gloss = [
        "名词解释",
        "1.一区一主业：每个产业功能区明确一个主导产业，围绕主导产业布局产业链和配套功能。",
        "2.一标三实：标准地址、实有人口、实有房屋、实有单位。",
        "3.三治一增：治霾、治堵、治水、增绿。",
        "4.15分钟社区生活服务圈：居民步行15分钟范围内，配置满足日常生活基本需求的公共服务设施和商业服务设施。",
    ]
    gl = "\n".join(f'<p class="MsoNormal">\u3000\u3000{ent(g)}</p>' if i else f'<p class="MsoNormal" style="text-align: center;"><b>{g}</b></p>'
                   for i, g in enumerate(gloss))
    left = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>武侯区人民政府关于2019年政府工作报告的公开 - 成都市武侯区人民政府</title>
<link href="/wuhou/css/xxgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><div class="head-top"><span>欢迎访问成都市武侯区人民政府门户网站</span><a>设为首页</a> <a>加入收藏</a></div>
<div class="head-nav"><a>首页</a><a>信息公开</a><a>政务服务</a><a>互动交流</a><a>武侯概况</a></div></div>
<div class="xxgk-body">
<div class="xxgk-left"><div class="xxgk-left-title">政府信息公开</div><ul>
{chr(10).join(f"<li>• {x}</li>" for x in left)}
</ul></div>
<div class="xxgk-right">
<div class="xxgk-info">
<div class="row"><span class="label">索 引 号：</span><span>00899713-3/2019-00021</span></div>
<div class="row"><span class="label">主题分类：</span><span>综合政务/政府工作报告</span></div>
<div class="row"><span class="label">发文机关：</span><span>成都市武侯区人民政府</span></div>
<div class="row"><span class="label">成文日期：</span><span>2019年01月10日</span></div>
<div class="row"><span class="label">发布日期：</span><span>2019年01月21日</span></div>
<div class="row"><span class="label">文　　号：</span><span>无</span></div>
<div class="row"><span class="label">标　　题：</span><span>武侯区人民政府关于2019年政府工作报告的公开</span></div>
</div>
<div class="xxgk-content">
<div class="TRS_Editor">
<p class="MsoNormal" align="center" style="text-align: center;"><b>{b[0]}</b></p>
<p class="MsoNormal" align="center" style="text-align: center;">{b[1]}</p>
<p class="MsoNormal" align="center" style="text-align: center;">{role}\u3000\u3000{name}</p>
{chr(10).join(ps)}
<p class="MsoNormal">&nbsp;</p>
{gl}
</div>
</div>
<div class="xxgk-tools">【<a>打印</a>】【<a>关闭</a>】</div>
</div>
</div>
<div class="foot"><p>版权所有 © 成都市武侯区人民政府 主办：成都市武侯区人民政府办公室</p>
<p>网站标识码：5101070001 蜀ICP备08103456号 川公网安备51010702000345号</p></div>
</body>
</html>
"""
    raw_ok = True
    try:
        html.encode("gbk")
        raw_ok = False
    except UnicodeEncodeError:
        pass
    assert raw_ok, "page 04 must need GB18030"
    chrome = ["欢迎访问成都市武侯区人民政府门户网站", "设为首页", "加入收藏", "首页", "信息公开", "政务服务", "互动交流", "武侯概况", "政府信息公开"] + [
        f"• {x}" for x in left] + [
        "索 引 号：", "00899713-3/2019-00021", "主题分类：", "综合政务/政府工作报告", "发文机关：", "成都市武侯区人民政府", "成文日期：", "2019年01月10日",
        "发布日期：", "2019年01月21日", "文　　号：", "标　　题：", "武侯区人民政府关于2019年政府工作报告的公开"] + gloss + [
        "【打印】【关闭】", "版权所有 © 成都市武侯区人民政府 主办：成都市武侯区人民政府办公室",
        "网站标识码：5101070001 蜀ICP备08103456号 川公网安备51010702000345号"]
    notes = ("District 政府信息公开 page, GB18030 bytes declared charset=gb18030 (the left menu's • bullets and the "
             "footer's © are not in GBK). The field list (索 引 号 / 主题分类 / 发文机关 / 成文日期 / 发布日期 / 文号 / 标题) is "
             "chrome; its 标题 is the CMS title 武侯区人民政府关于2019年政府工作报告的公开, not the title line. Paragraphs are "
             "Word-pasted <p class=MsoNormal> indented with two U+3000. DECISION (docs/annotation.md §A, cleaning.md "
             "'Where the body ends'): the 名词解释 block after the closing call (heading + four numbered entries, "
             "prose with ：，。) is a glossary appended by the page, not body, although it sits in the same "
             "TRS_Editor div. Speaker line role<U+3000><U+3000>name -> one ASCII space. Region 成都市武侯区 -> "
             "district.")
    page("04_district_xxgk_glossary", key, "html", html, chrome, encoding="gb18030", notes=notes)


# 05 township sub-site of a district portal: plain news page, <h1> equal to the title line, <p> with &nbsp;
#    indentation, a photo with caption before the report
@register
def p05():
    key = "lecong_township_2016"
    b = paras(key)
    role, name = b[2].split(" ")
    ps = []
    for ln in b[3:]:
        if ln == "各位代表：":
            ps.append(f"<p>{ln}</p>")
        else:
            ps.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{ent(ln)}</p>")
    cap = "乐从镇第十七届人民代表大会第一次会议现场（乐从镇宣传办供图）"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>乐从镇人民政府工作报告-乐从镇-顺德区人民政府</title>
<link rel="stylesheet" href="/lecong/css/main.css">
</head>
<body>
<div class="top"><div class="wrap"><a>顺德区人民政府</a> | <a>乐从镇</a><span class="r"><a>简体</a> <a>繁体</a> <a>无障碍</a></span></div></div>
<div class="banner"><div class="wrap"><img src="/lecong/images/banner.jpg" alt="乐从镇"></div></div>
<div class="menu"><div class="wrap"><a>首页</a> <a>乐从概况</a> <a>乐从新闻</a> <a>通知公告</a> <a>政务公开</a> <a>办事服务</a></div></div>
<div class="wrap">
<div class="crumbs">您所在的位置：<a>首页</a> &gt; <a>乐从新闻</a></div>
<div class="newsview">
<h1>乐从镇人民政府工作报告</h1>
<div class="newsinfo">发布日期：2016-03-08&nbsp;&nbsp;&nbsp;&nbsp;来源：乐从镇党政办&nbsp;&nbsp;&nbsp;&nbsp;作者：黄丽</div>
<div class="newscon">
<p style="text-align: center;"><img src="/lecong/uploads/20160308/rd2016.jpg" width="600"></p>
<p style="text-align: center;">{cap}</p>
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
<p style="text-align: center;">{role}&nbsp;{name}</p>
{chr(10).join(ps)}
</div>
<div class="newsbtn"><a>打印</a> | <a>关闭</a> | <a>返回顶部</a></div>
<div class="prenext"><p>上一条：<a>乐从镇召开2016年经济工作会议</a></p><p>下一条：<a>乐从镇开展“三八”妇女节系列活动</a></p></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p>主办：佛山市顺德区乐从镇人民政府&nbsp;&nbsp;版权所有&nbsp;&nbsp;未经许可不得复制</p>
<p>粤ICP备05012389号&nbsp;&nbsp;网站标识码：4406060012</p>
</div></div>
</body>
</html>
"""
    chrome = ["顺德区人民政府 | 乐从镇", "简体 繁体 无障碍", "首页 乐从概况 乐从新闻 通知公告 政务公开 办事服务", "您所在的位置：首页 > 乐从新闻",
              "发布日期：2016-03-08 来源：乐从镇党政办 作者：黄丽", cap, "打印 | 关闭 | 返回顶部", "上一条：乐从镇召开2016年经济工作会议",
              "下一条：乐从镇开展“三八”妇女节系列活动", "主办：佛山市顺德区乐从镇人民政府 版权所有 未经许可不得复制",
              "粤ICP备05012389号 网站标识码：4406060012"]
    notes = ("Township news page on a district portal's sub-site. The <h1> equals the title line (not listed as chrome; "
             "only the copy in .newscon is body). Before the title line: a photo and its caption "
             "(…会议现场（乐从镇宣传办供图）), which names the same congress but is chrome. Paragraphs <p> indented with "
             "eight &nbsp;. Speaker line 镇长&nbsp;梁志强 -> one ASCII space; role 镇长 as written. Region 乐从镇 -> "
             "township (the 顺德区/佛山市 around it is chrome only). Report ends with the closing call; no "
             "政府自身建设 section.")
    page("05_township_news", key, "html", html, chrome, notes=notes)


# 06 大众网 repost (GBK declared gb2312): reporter's lead, 以下为报告全文：, no speaker line, <p> with U+3000
@register
def p06():
    key = "linyi_city_2023"
    b = paras(key)
    assert b[2] == "各位代表："
    ps = []
    for ln in b[2:]:
        if ln == "各位代表：":
            ps.append(f"<p>\u3000\u3000{ln}</p>")
        elif is_heading(ln):
            ps.append(f"<p>\u3000\u3000<strong>{ent(ln)}</strong></p>")
        else:
            ps.append(f"<p>\u3000\u3000{ent(ln)}</p>")
    lead = ("大众网·海报新闻记者 孙明 临沂报道 1月8日上午，临沂市第二十届人民代表大会第二次会议在沂蒙革命纪念馆开幕，"
            "市长王建国代表市人民政府作政府工作报告。以下为报告全文：")
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>临沂市政府工作报告全文发布 - 大众网临沂</title>
<meta name="keywords" content="临沂,政府工作报告,两会">
<meta name="description" content="1月8日上午，临沂市第二十届人民代表大会第二次会议开幕，市长王建国代表市人民政府作政府工作报告。">
<link href="//www.dzwww.com/2020index/css/dzw_article.css" rel="stylesheet">
</head>
<body>
<div class="dzw-topbar"><a>大众网首页</a> <a>新闻</a> <a>评论</a> <a>财经</a> <a>文旅</a> <a>海报新闻</a> <a>齐鲁壹点</a><span class="city">临沂</span></div>
<div class="dzw-logo"><img src="//www.dzwww.com/images/linyi_logo.png" alt="大众网临沂"></div>
<div class="dzw-crumb"><a>大众网</a> &gt; <a>临沂</a> &gt; <a>临沂新闻</a> &gt; 正文</div>
<div class="layout">
<div class="left">
<h2 class="title">临沂市政府工作报告全文发布</h2>
<div class="left_time"><span>2023-01-09 08:51:03</span> <span>来源：大众网</span> <span>作者：孙明</span> <a class="dzwapp">打开海报新闻，查看更多高清图片</a></div>
<div class="news-con" id="news-con">
<p>\u3000\u3000{lead}</p>
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
{chr(10).join(ps)}
</div>
<div class="edit">责任编辑：刘晓伟</div>
<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a>临沂市政协十五届二次会议开幕</a> <span>2023-01-07</span></li>
<li><a>数说临沂这一年：地区生产总值达到5780亿元</a> <span>2023-01-08</span></li>
<li><a>代表委员热议政府工作报告</a> <span>2023-01-09</span></li>
</ul></div>
</div>
<div class="right"><div class="hd">热点推荐</div><ul><li><a>沂河春节灯会点亮临沂夜</a></li><li><a>临沂商城再添国际物流新通道</a></li></ul>
<div class="ad"><a><img src="//img.dzwww.com/ad/ly_banner.jpg"></a><span>广告</span></div></div>
</div>
<div class="dzw-footer"><p>大众网版权所有 未经授权禁止复制或建立镜像</p><p>鲁ICP备09023866号 互联网新闻信息服务许可证：37120170002</p><p>违法和不良信息举报电话：0531-85193202</p></div>
</body>
</html>
"""
    chrome = ["大众网首页 新闻 评论 财经 文旅 海报新闻 齐鲁壹点", "临沂", "大众网 > 临沂 > 临沂新闻 > 正文", "临沂市政府工作报告全文发布",
              "2023-01-09 08:51:03", "来源：大众网", "作者：孙明", "打开海报新闻，查看更多高清图片", lead, "责任编辑：刘晓伟", "分享到：",
              "微信微博QQ空间", "相关新闻", "临沂市政协十五届二次会议开幕", "2023-01-07", "数说临沂这一年：地区生产总值达到5780亿元", "2023-01-08",
              "代表委员热议政府工作报告", "2023-01-09", "热点推荐", "沂河春节灯会点亮临沂夜", "临沂商城再添国际物流新通道", "广告",
              "大众网版权所有 未经授权禁止复制或建立镜像", "鲁ICP备09023866号 互联网新闻信息服务许可证：37120170002",
              "违法和不良信息举报电话：0531-85193202"]
    notes = ("大众网 city-channel repost, GBK bytes with <meta charset=gb2312>. The reporter's lead (byline + "
             "'…市长王建国代表市人民政府作政府工作报告。以下为报告全文：') is one <p> before the title line: chrome. "
             "DECISION: the repost has NO speaker line (title line, delivery line, then 各位代表：), so meta.speaker "
             "and meta.role are null (docs: meta never guesses; the mayor is named only in the lead, which is not "
             "body). Paragraphs <p> indented with two U+3000 (the salutation too). The <h2> title 临沂市政府工作报告全文"
             "发布 is the news headline, not the title line; meta.title is 政府工作报告, region from the delivery line.")
    page("06_dzwww_repost_gbk", key, "html", html, chrome, encoding="gbk", notes=notes)


# 07 南方网 repost: 原标题/来源/作者 block, <p style="text-indent: 2em"> paragraphs, 南方+ download prompt
@register
def p07():
    key = "jiangmen_city_2021"
    b = paras(key)
    role, name = b[2].split(" ")
    ps = []
    for ln in b[3:]:
        if is_heading(ln):
            ps.append(f'<p style="text-indent: 2em;"><strong>{ent(ln)}</strong></p>')
        else:
            ps.append(f'<p style="text-indent: 2em;">{ent(ln)}</p>')
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>重磅！2021年江门市政府工作报告全文来了_南方网</title>
<meta name="keywords" content="江门,政府工作报告,十四五">
<link rel="stylesheet" href="//www.southcn.com/css/2019/article.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-nav"><div class="w"><a>南方网首页</a> <a>南方+</a> <a>新闻</a> <a>广东</a> <a>时政</a> <a>经济</a> <a>文化</a> <a>城市频道</a></div></div>
<div class="logo-row"><div class="w"><img src="//www.southcn.com/images/logo.png" alt="南方网"><span class="channel">江门频道</span></div></div>
<div class="w main">
<div class="crumbs"><a>南方网</a> &gt; <a>城市频道</a> &gt; <a>江门</a></div>
<div class="article">
<h2 id="article_title">重磅！2021年江门市政府工作报告全文来了</h2>
<div class="article-meta"><span class="pub_time">2021-02-24 09:32</span> <span class="source">来源：南方网</span> <span class="author">作者：吴尚</span></div>
<div class="content" id="content">
<p style="text-indent: 2em;">原标题：2021年江门市政府工作报告</p>
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
<p style="text-align: center;">{role}&nbsp;{name}</p>
{chr(10).join(ps)}
</div>
<div class="m-editor">【作者：吴尚】</div>
<div class="m-editor">【编辑：黄文娟】</div>
<div class="app-down"><img src="//www.southcn.com/images/nfplus_qr.png"><p>更多精彩内容，请下载南方+客户端</p></div>
<div class="related"><h3>相关阅读</h3>
<p><a>江门市十五届人大七次会议开幕</a></p>
<p><a>一图读懂｜江门“十四五”这样干</a></p>
<p><a>江门：打造珠江西岸新增长极</a></p></div>
</div>
</div>
<div class="footer"><div class="w"><p>南方网版权所有 Copyright &copy; 1996-2021 southcn.com All Rights Reserved</p>
<p>互联网新闻信息服务许可证：44120170001 粤ICP备05070829号 广东省互联网违法和不良信息举报中心</p></div></div>
</body>
</html>
"""
    chrome = ["南方网首页 南方+ 新闻 广东 时政 经济 文化 城市频道", "江门频道", "南方网 > 城市频道 > 江门", "重磅！2021年江门市政府工作报告全文来了",
              "2021-02-24 09:32", "来源：南方网", "作者：吴尚", "原标题：2021年江门市政府工作报告", "【作者：吴尚】", "【编辑：黄文娟】",
              "更多精彩内容，请下载南方+客户端", "相关阅读", "江门市十五届人大七次会议开幕", "一图读懂｜江门“十四五”这样干",
              "江门：打造珠江西岸新增长极", "南方网版权所有 Copyright © 1996-2021 southcn.com All Rights Reserved",
              "互联网新闻信息服务许可证：44120170001 粤ICP备05070829号 广东省互联网违法和不良信息举报中心"]
    notes = ("南方网 city-channel repost (UTF-8). 原标题：2021年江门市政府工作报告 is the first <p> of the content, "
             "indented like body paragraphs: chrome (repost note), although its text contains the title line. The "
             "headline (重磅！…全文来了, also in <title>) is chrome; meta.title is the title line. Body paragraphs "
             "<p style=\"text-indent: 2em\"> (no indentation characters). Speaker line role&nbsp;name -> one ASCII "
             "space; role 江门市市长.")
    page("07_southcn_repost", key, "html", html, chrome, notes=notes)


# 08 荆楚网 repost of a province-administered county-level city: <div> paragraphs with CSS text-indent,
#    编辑/网友评论/相关新闻 after the report
@register
def p08():
    key = "xiantao_city_2020"
    b = paras(key)
    role, name = b[2].split(" ")
    ds = []
    for ln in b[3:]:
        r = run_in(ln)
        if is_heading(ln):
            ds.append(f'<div style="text-indent: 2em; font-weight: bold;">{ent(ln)}</div>')
        elif r:
            ds.append(f'<div style="text-indent: 2em;"><b>{ent(r[0])}</b>{ent(r[1])}</div>')
        else:
            ds.append(f'<div style="text-indent: 2em;">{ent(ln)}</div>')
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>仙桃市政府工作报告（全文）-荆楚网-湖北日报网</title>
<link rel="stylesheet" href="//www.cnhubei.com/css/2019/content.css">
</head>
<body>
<div class="hd"><div class="wrap"><a class="logo">荆楚网</a><a>首页</a> <a>新闻</a> <a>湖北</a> <a>市州</a> <a>仙桃</a> <a>视频</a> <a>问政</a></div></div>
<div class="wrap">
<div class="position">您的位置：<a>荆楚网</a> &gt; <a>市州</a> &gt; <a>仙桃</a> &gt; 正文</div>
<div class="article_box">
<h1 class="article_title">仙桃市政府工作报告（全文）</h1>
<div class="article_info">荆楚网（湖北日报网）&nbsp;&nbsp;2020-01-15 10:24&nbsp;&nbsp;来源：仙桃日报</div>
<div class="article_content">
<div style="text-align: center;"><b>{b[0]}</b></div>
<div style="text-align: center;">{b[1]}</div>
<div style="text-align: center;">{role}&nbsp;&nbsp;{name}</div>
{chr(10).join(ds)}
</div>
<div class="article_editor">（编辑：周婷）</div>
<div class="comment"><div class="c_hd">网友评论<span>（共3条）</span></div>
<div class="c_item"><span class="u">荆楚网友</span><p>无纺布是仙桃的名片，希望越做越强！</p></div>
<div class="c_item"><span class="u">沔阳人</span><p>期待老旧小区改造早日开工。</p></div>
<div class="c_more"><a>查看更多评论</a></div></div>
<div class="xgxw"><div class="x_hd">相关新闻</div><ul><li><a>仙桃市九届人大五次会议开幕</a></li><li><a>仙桃：无纺布产业链加速延伸</a></li></ul></div>
</div>
</div>
<div class="ft"><p>荆楚网（湖北日报网）版权所有 鄂ICP备10015893号</p><p>互联网新闻信息服务许可证：42120170001</p></div>
</body>
</html>
"""
    chrome = ["荆楚网", "首页 新闻 湖北 市州 仙桃 视频 问政", "您的位置：荆楚网 > 市州 > 仙桃 > 正文", "仙桃市政府工作报告（全文）",
              "荆楚网（湖北日报网） 2020-01-15 10:24 来源：仙桃日报", "（编辑：周婷）", "网友评论（共3条）", "荆楚网友",
              "无纺布是仙桃的名片，希望越做越强！", "沔阳人", "期待老旧小区改造早日开工。", "查看更多评论", "相关新闻",
              "仙桃市九届人大五次会议开幕", "仙桃：无纺布产业链加速延伸", "荆楚网（湖北日报网）版权所有 鄂ICP备10015893号",
              "互联网新闻信息服务许可证：42120170001"]
    notes = ("荆楚网 repost (UTF-8). Paragraphs are <div style=\"text-indent: 2em\">, the run-in (一)…(四) headings are "
             "<b> inside the paragraph: one line each. DECISION (meta.level): 仙桃市 is a province-administered "
             "county-level city, but the page names it alone, so level = city (docs: 'A county-level city named "
             "alone reads as city'). Speaker line 代市长&nbsp;&nbsp;张华平 -> one ASCII space, role 代市长 as written. "
             "The comments (short sentences with ！/。) and 相关新闻 after the closing call are chrome.")
    page("08_cnhubei_county_city", key, "html", html, chrome, notes=notes)


# 09 WeChat article HTML (公众号 of the district): rich_media header, js_content with <section>/<span> markup,
#    <p><br></p> spacers between paragraphs, coloured heading bars, 来源/编辑/审核 and 往期推荐 after the report
@register
def p09():
    key = "wuzhong_district_2025"
    b = paras(key)
    role, name = b[2].split(" ")
    SP = '<span style="font-size: 15px; letter-spacing: 1px;">'
    BR = '<p style="margin: 0px; padding: 0px;"><br></p>'
    blocks = [
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/wz_follow.gif" style="width: 100%;"></section>',
        '<p style="text-align: center;"><span style="color: rgb(0, 82, 255); font-size: 12px;">点击蓝字 关注我们</span></p>',
        BR,
        f'<section style="text-align: center;"><p><strong><span style="font-size: 20px; color: rgb(192, 0, 0);">{b[0]}</span></strong></p>',
        f'<p><span style="font-size: 14px;">{b[1]}</span></p>',
        f'<p><span style="font-size: 14px;">{role}&nbsp;{name}</span></p></section>',
        BR,
    ]
    for ln in b[3:]:
        if is_heading(ln):
            blocks.append('<section style="margin: 10px 0px; text-align: center;"><section style="display: inline-block; '
                          'padding: 4px 12px; background-color: rgb(192, 0, 0); border-radius: 4px;">'
                          f'<p><strong><span style="color: rgb(255, 255, 255); font-size: 16px;">{ent(ln)}</span></strong></p>'
                          '</section></section>')
        else:
            r = run_in(ln)
            if r:
                blocks.append(f'<p style="text-align: justify;">{SP}<strong><span style="color: rgb(192, 0, 0);">{ent(r[0])}</span></strong>{ent(r[1])}</span></p>')
            else:
                blocks.append(f'<p style="text-align: justify;">{SP}{ent(ln)}</span></p>')
        blocks.append(BR)
    blocks += [
        '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/wz_end.png"></p>',
        '<p style="text-align: right;"><span style="font-size: 12px; color: rgb(136, 136, 136);">来源：吴中日报</span></p>',
        '<p style="text-align: right;"><span style="font-size: 12px; color: rgb(136, 136, 136);">编辑：沈悦</span></p>',
        '<p style="text-align: right;"><span style="font-size: 12px; color: rgb(136, 136, 136);">审核：张磊</span></p>',
        BR,
        '<section><p><strong><span style="font-size: 15px;">往期推荐</span></strong></p>',
        '<p><a href="https://mp.weixin.qq.com/s/aX7kWz">吴中区第十九届人大五次会议开幕</a></p>',
        '<p><a href="https://mp.weixin.qq.com/s/bQ2mLp">一图读懂｜2025年吴中区政府工作报告</a></p>',
        '<p><a href="https://mp.weixin.qq.com/s/cR9tYv">政协吴中区第十五届委员会第五次会议开幕</a></p></section>',
        '<p style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/wz_zan.gif"></p>',
        '<p style="text-align: center;"><span style="font-size: 12px;">分享、点赞、在看，一起为吴中加油！</span></p>',
    ]
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="重磅！2025年吴中区政府工作报告全文发布">
<meta property="og:site_name" content="微信公众平台">
<title>重磅！2025年吴中区政府工作报告全文发布</title>
<script type="text/javascript" nonce="1839273645">var biz = "MzA5NTQ2MTIzNQ==" || ""; var msg_title = "重磅！2025年吴中区政府工作报告全文发布".html(false);</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
重磅！2025年吴中区政府工作报告全文发布
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">吴中发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年01月07日 08:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">江苏</span></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
{chr(10).join(blocks)}
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a> <span id="readNum3">阅读 1.6万</span></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div></div>
<div id="js_pc_bottom_bar"><span>分享</span> <span>留言</span> <span>收藏</span> <span>听过</span></div>
</div>
</div>
<script nonce="1839273645">window.__second_open__ = false; var ct = "1736209800";</script>
</body>
</html>
"""
    chrome = ["重磅！2025年吴中区政府工作报告全文发布", "原创", "吴中发布", "2025年01月07日 08:30", "江苏", "点击蓝字 关注我们", "来源：吴中日报",
              "编辑：沈悦", "审核：张磊", "往期推荐", "吴中区第十九届人大五次会议开幕", "一图读懂｜2025年吴中区政府工作报告",
              "政协吴中区第十五届委员会第五次会议开幕", "分享、点赞、在看，一起为吴中加油！", "阅读原文", "阅读 1.6万", "微信扫一扫",
              "关注该公众号", "分享 留言 收藏 听过", "msg_title", "__second_open__"]
    notes = ("WeChat article HTML as saved from mp.weixin.qq.com (UTF-8). Every paragraph is followed by a "
             "<p><br></p> spacer (blank-line paragraph mode); headings sit in coloured <section> bars; run-in (一)…(四) "
             "headings are a red <strong><span> inside the paragraph: one line each. #js_content is "
             "visibility:hidden (WeChat reveals it by script): its text is still the article. The title block of the "
             "report (政府工作报告 / delivery line / role&nbsp;name) is one centred <section>: three lines, speaker line "
             "with one ASCII space. 结束语 heading before the closing call is body. The article title (重磅！…), the "
             "follow prompt, 来源/编辑/审核 lines, 往期推荐 and the like/share prompt are chrome. meta.title is the "
             "title line 政府工作报告, not the article title; region 苏州市吴中区 from the delivery line -> district.")
    page("09_wechat_article", key, "html", html, chrome, notes=notes)


# 10 百度文库 page copied from the browser (Ctrl+A) into Notepad, saved as "Unicode" = UTF-16 LE with BOM, CRLF:
#    site header, document info, the document text hard-wrapped as printed, the doc's own page numbers, a
#    剩余N页未读 fold at a page boundary, 相关文档 and footer
@register
def p10():
    key = "ningjin_county_2021"
    b = paras(key)
    role, name = b[2].split(" ")

    def centre(s: str, cols: int = 60) -> str:
        return "\u3000" * max((cols - width(s)) // 4, 0) + s

    text = [centre(b[0]), centre(b[1][:b[1].index("第十七届")]), centre(b[1][b[1].index("第十七届"):]),
            centre(f"{role}\u3000{name}"), ""]
    for ln in b[3:]:
        if ln == "各位代表：":
            text.append(ln)
        else:
            text += wrap("\u3000\u3000" + ln, 60)
    # lines per printed page: the first count (12..18) giving >= 3 pages with a break inside a paragraph; the
    # reader's fold sits at the first such break
    for per in range(12, 19):
        pages = [text[i:i + per] for i in range(0, len(text), per)]
        cut = [k for k in range(1, len(pages)) if not pages[k][0].startswith("\u3000")]
        if len(pages) >= 3 and len(pages[-1]) >= 4 and cut:
            break
    else:
        raise AssertionError("page 10: no page size splits a paragraph")
    assert cut[0] == 1, cut  # the notes say: after page 1
    lines = []
    fold = f"剩余{len(pages) - cut[0]}页未读，继续阅读"
    for k, pg in enumerate(pages, 1):
        lines += pg
        lines += [f"第 {k} 页 共 {len(pages)} 页", ""]
        if k == cut[0]:
            lines += [fold, ""]
    fname = "宁晋县2021年政府工作报告"
    head = ["百度文库", "搜索文档", "开通VIP", "首页", "分类", "精选", "", fname, "4.6分 | 1.3万阅读 | 256下载 | " + f"{len(pages)}页",
            "贡献者：宁晋政务公开\u3000\u30002021-03-04上传", "举报", ""]
    tail = ["", "本文档由用户上传，百度文库仅提供信息存储空间，若内容存在侵权，请进行举报或认领", "", "下载文档", "加入资料库", "打印", "",
            "相关文档", "宁晋县2020年政府工作报告", "邢台市2021年政府工作报告全文", "宁晋县国民经济和社会发展第十四个五年规划纲要", "",
            "©2021 Baidu 使用百度前必读 | 文库协议 | 网站地图", ""]
    raw = "\r\n".join(head + lines + tail)
    chrome = head + tail + [fold] + [f"第 {k} 页 共 {len(pages)} 页" for k in range(1, len(pages) + 1)]
    chrome = [re.sub(r"\u3000+", " ", c) for c in chrome]
    notes = ("百度文库 reader page copied with Ctrl+A into Windows Notepad and saved as 'Unicode' (UTF-16 LE with BOM, "
             "CRLF). Document lines are hard-wrapped as printed (60 columns = 30 Han; numbers never broken), paragraph "
             "starts indented with two U+3000, the cover lines centred with U+3000; the delivery line is centred over "
             "two lines (…宁晋县 | 第十七届…) and is one line in the expected text. Between pages the reader's "
             "'第 N 页 共 M 页' counter and a blank line; paragraphs run on across them. After page 1 (inside a "
             "paragraph) the reader's fold '剩余N页未读，继续阅读' (the rest was expanded before copying, so the full text follows): chrome, and "
             "the paragraph cut there is joined. The 文库 header/document info (title 宁晋县2021年政府工作报告 is the "
             "document name, not the body's title line), the 侵权 notice, 相关文档 and footer are chrome. Speaker line "
             "role<U+3000>name -> one ASCII space. The report has no separate 政府自身建设 heading: it is task (五).")
    page("10_wenku_utf16", key, "txt", raw, chrome, encoding="utf-16-le", bom=True, notes=notes)


# 11 pdftotext -layout export of the printed report: cover page with the congress document header, letter-spaced
#    title, delivery line centred over two lines and speaker line; form feeds between pages; text pages hard-
#    wrapped at 28 Han with indented paragraph starts; centred '— N —' page numbers; after the closing call a
#    附件 page with the 名词解释 and the printing office line
@register
def p11():
    key = "zunyi_city_2024"
    b = paras(key)
    role, name = b[2].split(" ")

    def centre(s: str, cols: int = 64) -> str:
        return " " * max((cols - width(s)) // 2, 0) + s

    d1, d2 = b[1][:b[1].index("第四次会议上")], "第四次会议上"
    cover = ["", "", centre("遵义市第五届人民代表大会第四次会议文件（2）"), "", "", "", "",
             centre(" ".join(b[0])), "", centre(d1), centre(d2), "", "", centre(f"{role}  {name}"), "", "", ""]
    text = []
    for ln in b[3:]:
        if ln == "各位代表：":
            text.append("    " + ln)
        else:
            # printed line: 28 Han = 56 columns; pdftotext -layout keeps the first-line indent as 8 spaces and a
            # left margin of 4 spaces on every line
            ws = wrap("\u3000\u3000" + ln, 56)
            text += ["    " + w.replace("\u3000\u3000", "        ", 1) if i == 0 else "    " + w for i, w in enumerate(ws)]
    # lines per page: the first count (20..26) where a paragraph runs on across a page break
    for per in range(20, 27):
        tpages = [text[i:i + per] for i in range(0, len(text), per)]
        if len(tpages) >= 2 and len(tpages[-1]) >= 5 and any(
                not tpages[k + 1][0].startswith("        ") for k in range(len(tpages) - 1)):
            break
    else:
        raise AssertionError("page 11: no run-on paragraph")
    gloss = ["附件", "名词解释",
             "1.“四新”主攻“四化”：以新型工业化、新型城镇化、农业现代化、旅游产业化为主攻方向，推进新国发2号文件"
             "落实、新时代西部大开发、新发展格局、新时代经济发展。",
             "2.六个一批：招商引资一批、技改升级一批、培育壮大一批、盘活存量一批、优化整合一批、淘汰出清一批工业项目。",
             "3.社区嵌入式服务设施：以社区为单位，在居民步行可达范围内配置养老托育、助餐、家政、健身等服务功能的设施。"]
    gpage = ["", "    " + gloss[0], "", centre(gloss[1]), ""]
    for g in gloss[2:]:
        ws = wrap("\u3000\u3000" + g, 56)
        gpage += ["    " + w.replace("\u3000\u3000", "        ", 1) if i == 0 else "    " + w for i, w in enumerate(ws)]
    printer = "遵义市人民政府办公室                              2024年1月16日印"
    gpage += ["", "", "    " + printer]
    pages = ["\n".join(cover)]
    for k, pg in enumerate(tpages + [gpage], 1):
        pages.append("\n".join(pg + ["", "", centre(f"— {k} —"), ""]))
    raw = "\f".join(pages) + "\f"
    expected = "\n".join([b[0]] + b[1:])
    chrome = ["遵义市第五届人民代表大会第四次会议文件（2）"] + [f"— {k} —" for k in range(1, len(tpages) + 2)] + gloss + [
        "遵义市人民政府办公室 2024年1月16日印"]
    notes = ("pdftotext -layout output of the printed report (UTF-8, LF, a form feed after every page, also the last). "
             "Cover page: the congress document header (…会议文件（2）, chrome), the title letter-spaced "
             "'政 府 工 作 报 告' -> closed up to 政府工作报告 (docs: letter-spaced headings are closed up), the delivery "
             "line centred over two lines (…第五届人民代表大会 | 第四次会议上) -> one line, the speaker line with two "
             "spaces -> one ASCII space. Text pages: every line has a 4-space left margin, paragraph starts 8 spaces, "
             "lines wrapped at 28 Han (numbers never broken), centred '— N —' page numbers; paragraphs run on across "
             "pages. The last page (附件 / 名词解释 with three numbered entries / printing office line) follows the "
             "closing call and is not body (docs/annotation.md §A: glossaries are not body). meta.title is the "
             "closed-up 政府工作报告.")
    page("11_pdftotext_layout", key, "txt", raw, chrome, notes=notes, expected=expected)


# 12 香港文匯網-style repost in traditional characters (UTF-8): the whole page is traditional (OpenCC s2hk of the
#    body), <p> paragraphs with CSS text-indent, 責任編輯 and 相關新聞 after the report
@register
def p12():
    import opencc

    key = "guangdong_province_2018"
    b = paras(key)
    hk = opencc.OpenCC("s2hk").convert
    t = [hk(x) for x in b]
    assert opencc.OpenCC("t2s").convert("\n".join(t)) == "\n".join(b), "traditional text must convert back to the body"
    role, name = t[2].split(" ")
    ps = []
    for ln in t[3:]:
        if is_heading(ln) or re.match(r"^[一二三四五六七八九十]、", ln):
            ps.append(f'<p style="text-indent: 2em;"><b>{ent(ln)}</b></p>')
        else:
            ps.append(f'<p style="text-indent: 2em;">{ent(ln)}</p>')
    head_title = hk("广东省政府工作报告（全文）")
    lead = hk("【文汇网讯】广东省十三届人大一次会议1月25日在广州开幕，省长陈志平作政府工作报告。以下为报告全文：")
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>{head_title} - 內地 - 香港文匯網</title>
<meta name="keywords" content="{hk('广东,政府工作报告,粤港澳大湾区')}">
<link rel="stylesheet" href="https://www.wenweipo.com/css/article.css">
</head>
<body>
<div class="header"><a class="logo">香港文匯網</a><ul class="menu"><li><a>首頁</a></li><li><a>要聞</a></li><li><a>香港</a></li><li><a>內地</a></li><li><a>兩岸</a></li><li><a>國際</a></li><li><a>財經</a></li><li><a>體育</a></li></ul></div>
<div class="main">
<div class="crumb"><a>首頁</a> › <a>內地</a> › <a>大灣區</a></div>
<h1 class="title">{head_title}</h1>
<div class="info"><span class="date">2018-01-25 18:42</span> <span class="src">來源：香港文匯網</span> <span class="size">字體：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="content" id="article-content">
<p style="text-indent: 2em;">{lead}</p>
<p style="text-align: center;"><b>{t[0]}</b></p>
<p style="text-align: center;">{t[1]}</p>
<p style="text-align: center;">{role}　{name}</p>
{chr(10).join(ps)}
</div>
<div class="editor">責任編輯：李卓恒</div>
<div class="share">分享：<a>Facebook</a> <a>Twitter</a> <a>微信</a> <a>微博</a></div>
<div class="related"><h3>相關新聞</h3><ul><li><a>粵港澳大灣區建設寫入廣東政府工作報告</a></li><li><a>廣東今年GDP預期增長7%左右</a></li></ul></div>
</div>
<div class="footer"><p>Copyright &copy; 2018 Wen Wei Po. All rights reserved. 香港文匯報版權所有</p><p>關於我們 | 聯絡我們 | 廣告服務 | 私隱政策</p></div>
</body>
</html>
"""
    chrome = ["香港文匯網", "首頁", "要聞", "香港", "內地", "兩岸", "國際", "財經", "體育", "首頁 › 內地 › 大灣區", head_title, "2018-01-25 18:42",
              "來源：香港文匯網", "字體：大 中 小", lead, "責任編輯：李卓恒", "分享：Facebook Twitter 微信 微博", "相關新聞",
              "粵港澳大灣區建設寫入廣東政府工作報告", "廣東今年GDP預期增長7%左右",
              "Copyright © 2018 Wen Wei Po. All rights reserved. 香港文匯報版權所有", "關於我們 | 聯絡我們 | 廣告服務 | 私隱政策"]
    notes = ("Hong Kong news site repost (UTF-8, <html lang=zh-Hant>): the whole page, report included, is in "
             "traditional characters (Hong Kong forms, OpenCC s2hk of the body; the generator asserts that OpenCC t2s "
             "gives the simplified body back, so the expected text is the simplified body). The 【文匯網訊】 lead "
             "ending 以下為報告全文： is chrome. Speaker line role<U+3000>name -> one ASCII space. meta in simplified "
             "characters (title 2018年广东省政府工作报告, role 广东省省长), as the cleaned text is simplified.")
    page("12_wenweipo_traditional", key, "html", html, chrome, notes=notes)


def main() -> None:
    for fn in PAGE_FUNCS:
        fn()
    assert len(PAGES) == 12
    OUT.mkdir(parents=True, exist_ok=True)
    for name, p in PAGES.items():
        bd = BODIES[p["key"]]
        text = p["expected"] if p["expected"] is not None else bd["text"]
        n = len(text)
        assert 800 <= n <= 2000, (name, n)
        assert len(text.split("\n")) == len(bd["text"].split("\n")), name
        assert not re.search(r"^\s|\s$|\n\n", text), name
        raw_path = OUT / f"{name}.{p['ext']}"
        data = p["raw"].encode(p["encoding"])
        if p["bom"]:
            data = "\ufeff".encode(p["encoding"]) + data
        raw_path.write_bytes(data)
        (OUT / f"{name}.expected.txt").write_text(text + "\n", encoding="utf-8")
        # chrome lines that also occur inside the body (a nav item, a heading equal to the title) cannot tell
        # chrome left from body kept: they are not listed
        flat = _flat(text)
        chrome = []
        for c in p["chrome"]:
            c = c.strip()
            if _flat(c) and _flat(c) not in flat and c not in chrome:
                chrome.append(c)
        info = {"file": raw_path.name, "encoding": "utf-16" if p["bom"] else p["encoding"], "body": p["key"],
                "meta": dict(bd["meta"]), "chrome": chrome}
        if p["notes"]:
            info["notes"] = p["notes"]
        (OUT / f"{name}.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
