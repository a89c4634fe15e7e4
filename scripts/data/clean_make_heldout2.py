"""Write a second HELD-OUT set of noisy report pages to tests/pages_heldout2/.

Same file format as scripts/data/clean_make_heldout.py (tests/pages_heldout/):

    tests/pages_heldout2/NAME.<ext>           the raw page (bytes in the page's encoding)
    tests/pages_heldout2/NAME.expected.txt    the body clean() must return (UTF-8)
    tests/pages_heldout2/NAME.json            {"file", "encoding", "body", "meta", "chrome"[, "notes"]}

Written blind, like the first held-out set: without reading the cleaner's code
and without running the cleaner (or any benchmark) on these pages.  The site
kinds and damage differ from tests/pages/ and tests/pages_heldout/:

  01 人民网 article (GBK bytes, <meta charset=GB2312>): news lead with (记者 …),
     photo captions inside the body, (责编：…) line, hot-list sidebar
  02 WeChat article on a mirror site: PART 01 decorations, <p><br></p> blank
     lines, zero-width characters, 预览时标签不可点 / 微信扫一扫关注 / 阅读 在看 bar
  03 2000s table-layout township site: GBK without any charset declaration,
     <FONT>/<BR>, full-width digits, ASCII punctuation, source lines wrapped
     inside paragraphs, spaced two-character speaker name
  04 crawler output of a report paginated over 3 pages: pagination bars and
     repeated (2)/(3) page headers in the middle, one paragraph cut by a page break
  05 pdftotext -layout of a printed PDF: letter-spaced title, two-column running
     header, 第 X 页 共 Y 页 footers, form feeds, spaces around numbers, imprint line
  06 news page whose report is preceded by 内容摘要 and a 要点速览 bullet list
  07 Hong Kong 大公報-style page: traditional (HK variants), Big5 bytes, 「」 quotes
  08 融媒体 page with <video>/<audio> player blocks and 图解 link blocks inside the body
  09 知乎专栏 article clipped to Markdown (front matter, ##, **bold**, > quotes, - lists)
  10 百度贴吧 thread: report posted over floors 1-3 with 楼中楼 replies between them

The ten bodies are new text written for this set (fictional figures and
speakers; region names are real).  Each body is the exact text a perfect
cleaner returns per docs/cleaning.md: one paragraph per line, simplified
characters, half-width digits and %, no indentation, no markup.

Run:  python scripts/data/clean_make_heldout2.py
"""
from __future__ import annotations

import json
import sys
import re
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "pages_heldout2"
sys.path.insert(0, str(HERE))
from page_kit import Bodies, ent, wrap_cols  # noqa: E402
from page_kit import NO_START as _NO_START, flat as _flat  # noqa: E402

BODIES = Bodies()
body = BODIES.add
paras = BODIES.paras




# ---------------------------------------------------------------- bodies
body("hebei_province_2019", """
政府工作报告
——2019年1月20日在河北省第十三届人民代表大会第二次会议上
河北省省长 赵立群
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2018年工作回顾
过去一年，全省上下认真贯彻党中央、国务院决策部署，经济运行稳中有进。全省生产总值达到3.6万亿元，增长6.6%；一般公共预算收入完成3513亿元，增长8.5%；城乡居民人均可支配收入分别增长7.9%和8.9%。
京津冀协同发展向纵深推进。承接北京非首都功能疏解项目1200余个，京张高铁、京雄城际铁路加快建设，与京津共建产业园区和合作平台达到75个。
雄安新区进入大规模建设阶段。新区总体规划获批实施，启动区和容东片区基础设施建设全面展开，白洋淀水质由劣Ⅴ类提升到Ⅳ类。
大气污染防治成效明显。全年压减钢铁产能1200万吨、煤炭产能1050万吨，全省细颗粒物平均浓度下降14.3%。
民生保障持续改善。全年城镇新增就业91.2万人，新建改扩建幼儿园615所，城乡居民基本医疗保险财政补助标准提高到每人每年490元。
同时，我们也清醒看到，经济下行压力依然较大，产业结构偏重，创新能力不强，生态环境治理任务艰巨。我们一定采取有力措施，切实加以解决。
二、2019年工作安排
今年全省经济社会发展的主要预期目标是：生产总值增长6.5%左右，一般公共预算收入增长6.5%，城镇新增就业85万人以上，城镇登记失业率控制在4.5%以内，细颗粒物平均浓度下降6%。
（一）高标准高质量推进雄安新区建设。全面实施新区规划体系，加快启动区、容东片区建设，推进京雄城际铁路、雄安站枢纽等重大工程。
（二）推动制造业转型升级。实施千项技改工程，培育国家级高新技术企业1200家以上，战略性新兴产业增加值增长10%。
（三）打好精准脱贫攻坚战。实现47个贫困县脱贫摘帽、70万农村贫困人口脱贫，新建改造农村公路5000公里。
（四）持续打好污染防治攻坚战。深入实施蓝天、碧水、净土保卫战，完成造林绿化600万亩，地表水国考断面劣Ⅴ类水体比例下降到15%以下。
各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取，埋头苦干，为加快建设经济强省、美丽河北而不懈奋斗，以优异成绩庆祝中华人民共和国成立70周年！
""", title="政府工作报告", region="河北省", level="province", year=2019,
     meeting="河北省第十三届人民代表大会第二次会议", speaker="赵立群", role="河北省省长", date="2019-01-20")

body("yanta_district_2023", """
2023年西安市雁塔区人民政府工作报告
——2023年1月6日在西安市雁塔区第十八届人民代表大会第三次会议上
雁塔区人民政府区长 周文博
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，面对多重超预期因素冲击，全区上下迎难而上，经济总量保持全市第一。全区地区生产总值达到2180亿元，增长4.3%；一般公共预算收入完成86.2亿元；社会消费品零售总额突破1000亿元。
科技创新动能持续增强。依托高校院所集聚优势，新增国家高新技术企业410家，技术合同成交额达到420亿元，建成众创空间和孵化器32个。
城市面貌显著改善。实施城市更新项目46个，完成老旧小区改造120个，新建口袋公园18个，打通断头路9条。
民生保障更加有力。城镇新增就业3.1万人，新增中小学学位1.2万个，建成区级养老服务指导中心1个、社区养老服务站28个。
这些成绩的取得，是市委、区委坚强领导的结果，是全区人民团结奋斗的结果。在此，我代表区人民政府，向全区人民表示衷心的感谢！
二、2023年主要目标和重点任务
今年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%，社会消费品零售总额增长7%，城镇新增就业2.8万人。
（一）全力扩大有效需求。谋划实施重点项目150个，年度完成投资600亿元；举办大雁塔不夜城系列消费活动，打造夜间经济集聚区3个。
（二）建设科技创新高地。深化秦创原总窗口建设，新增科技型中小企业800家，推动科研成果就地转化300项以上。
（三）持续增进民生福祉。新建改扩建中小学、幼儿园12所，新增学位1.5万个；新增养老床位600张，建成社区食堂20个。
（四）提升城市治理水平。实施城市更新项目50个，改造老旧小区100个，新增停车泊位5000个，推进背街小巷整治80条。
各位代表，新征程催人奋进，新使命重任在肩。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、区委的坚强领导下，踔厉奋发、勇毅前行，为加快建设现代化幸福雁塔而努力奋斗！
""", title="2023年西安市雁塔区人民政府工作报告", region="西安市雁塔区", level="district", year=2023,
     meeting="西安市雁塔区第十八届人民代表大会第三次会议", speaker="周文博", role="雁塔区人民政府区长", date="2023-01-06")

body("daotian_township_2020", """
稻田镇人民政府工作报告
——2020年1月9日在稻田镇第十八届人民代表大会第四次会议上
镇长 王 喆
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、2019年工作回顾
2019年，全镇实现地区生产总值36.5亿元，增长6.8%；完成一般公共预算收入1.12亿元，增长5.3%；农村居民人均可支配收入达到21860元，增长8.1%。
蔬菜产业提档升级。新建冬暖式大棚850个，全镇蔬菜种植面积稳定在5.6万亩，年交易量突破6亿斤；稻田蔬菜批发市场完成改造提升。
农村人居环境明显改善。完成农村改厕3260户，新修硬化道路42公里，实现村村通公交；清理河道沟渠38公里。
社会事业全面进步。新建幼儿园2所，镇卫生院完成标准化改造，发放各类救助资金860万元，全镇安全生产形势持续稳定。
过去一年的成绩，是市委市政府和镇党委正确领导的结果，是全镇干部群众团结奋斗的结果。在此，我代表镇人民政府，向全镇广大干部群众表示衷心的感谢！
二、2020年主要工作
今年全镇经济社会发展的主要目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，农村居民人均可支配收入增长8%以上。
（一）做强蔬菜主导产业。推广智能化大棚300个，培育蔬菜专业合作社10家，打造绿色蔬菜标准化生产基地2个。
（二）加快小城镇建设。完成镇驻地主街道改造，新建污水管网8公里，新增绿化面积3万平方米。
（三）兜牢民生底线。新增就业岗位650个，实施农村危房改造40户，确保残疾人、特困人员各项补贴按时足额发放。
（四）加强社会治理。深化平安稻田建设，推进网格化服务管理全覆盖，及时化解矛盾纠纷，确保社会大局和谐稳定。
各位代表，新的一年，让我们在市委市政府和镇党委的坚强领导下，团结一心、真抓实干，为建设富裕文明和谐的新稻田而努力奋斗！
""", title="稻田镇人民政府工作报告", region="稻田镇", level="township", year=2020,
     meeting="稻田镇第十八届人民代表大会第四次会议", speaker="王喆", role="镇长", date="2020-01-09")

body("yancheng_city_2021", """
2021年盐城市人民政府工作报告
——2021年1月12日在盐城市第八届人民代表大会第六次会议上
盐城市人民政府代市长 顾海平
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、“十三五”发展成就和2020年工作回顾
“十三五”时期，全市经济综合实力跃上新台阶。地区生产总值由4212亿元增加到5953亿元，年均增长6.1%；一般公共预算收入达到400亿元；城乡居民人均可支配收入年均分别增长7.6%和8.4%。
绿色转型成效显著。海上风电装机容量突破500万千瓦，新能源发电量占全社会用电量比重达到38%；黄海湿地成功列入世界自然遗产名录。
民生福祉持续增进。五年累计新增城镇就业52万人，实施农房改善项目1500个，改善农民群众住房条件10万户。
2020年，面对突如其来的新冠肺炎疫情，我们统筹推进疫情防控和经济社会发展，地区生产总值增长3.5%，规模以上工业增加值增长5.2%，城镇新增就业9.6万人。
二、“十四五”目标和2021年重点工作
今后五年，全市地区生产总值年均增长7%左右，到2025年力争突破8000亿元；新能源产业产值达到2500亿元；常住人口城镇化率达到70%。
2021年主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长5%，城镇新增就业9万人，居民消费价格涨幅3%左右。
（一）打造新能源产业高地。加快建设国家海上风电基地，新增风电装机容量150万千瓦，引进新能源装备项目30个以上。
（二）推动沿海高质量发展。推进盐城港大丰港区、滨海港区建设，港口货物吞吐量增长10%以上，建成通用航空产业园一期。
（三）办好民生实事。新建改扩建中小学25所，新增养老床位3000张，完成农村危房改造1200户，农村生活污水处理设施行政村覆盖率达到60%。
（四）深化改革开放。深入推进“放管服”改革，政务服务事项“一网通办”率达到90%，实际使用外资增长5%以上。
各位代表，新的征程已经开启，新的蓝图催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、市委的坚强领导下，为奋力谱写“强富美高”新盐城建设新篇章而努力奋斗！
""", title="2021年盐城市人民政府工作报告", region="盐城市", level="city", year=2021,
     meeting="盐城市第八届人民代表大会第六次会议", speaker="顾海平", role="盐城市人民政府代市长", date="2021-01-12")

body("huangpu_district_2024", """
政府工作报告
——2024年1月9日在广州市黄埔区第二届人民代表大会第五次会议上
广州市黄埔区人民政府区长 梁伟明
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，我们坚持制造业立区，全区地区生产总值达到4380亿元，增长5.9%；规模以上工业总产值突破1万亿元，增长6.2%；一般公共预算收入完成232亿元，增长7.1%。
实体经济根基更加稳固。新增亿元以上产业项目68个，新能源汽车整车产能达到80万辆，集成电路、生物医药产业规模分别增长15%和12%。
科技创新实力稳步提升。新增国家级专精特新“小巨人”企业35家，高新技术企业总数超过2700家，全社会研发投入强度达到4.5%。
营商环境持续优化。企业开办实现全流程一天办结，新增市场主体4.2万户，获评全省营商环境改革创新示范区。
我们也清醒地看到，全区经济持续回升的基础还不稳固，部分企业生产经营困难，公共服务供给还不够均衡。我们将直面问题，采取有力措施加以解决。
二、2024年工作安排
今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长6.5%，固定资产投资增长8%，一般公共预算收入增长5%。
（一）壮大先进制造业集群。推动新能源汽车、集成电路、新型显示等产业链协同发展，新增规上工业企业150家，工业投资增长10%以上。
（二）深化粤港澳大湾区合作。推进中新广州知识城建设，打造港澳青年创新创业基地3个，实际利用外资增长5%。
（三）提升城市品质和民生保障。完成城中村改造项目8个，新增公办学位1.2万个，新建社区卫生服务站10个。
各位代表，实干成就未来，奋斗创造伟业。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委、区委的坚强领导下，奋力谱写黄埔高质量发展新篇章！
""", title="政府工作报告", region="广州市黄埔区", level="district", year=2024,
     meeting="广州市黄埔区第二届人民代表大会第五次会议", speaker="梁伟明", role="广州市黄埔区人民政府区长",
     date="2024-01-09")

body("anhui_province_2025", """
2025年安徽省政府工作报告
——2025年1月14日在安徽省第十四届人民代表大会第四次会议上
安徽省省长 孙启航
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全省经济持续回升向好，地区生产总值突破5万亿元，增长5.8%；规模以上工业增加值增长8.5%；一般公共预算收入增长3.2%；城乡居民人均可支配收入分别增长4.7%和6.6%。
新兴产业加快壮大。新能源汽车产量突破160万辆，增长60%以上；集成电路、新型显示、人工智能等战略性新兴产业产值增长12%，占规上工业比重提高到43%。
创新策源能力持续提升。合肥综合性国家科学中心建设加快推进，新增国家级创新平台12个，高新技术企业数量超过2.2万家。
民生福祉不断增进。城镇新增就业69.5万人，完成城镇老旧小区改造1900个，新增普惠性托位2.1万个，十项暖民心行动扎实推进。
二、2025年重点工作
今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长7%，一般公共预算收入增长3%，城镇新增就业70万人以上，粮食产量稳定在830亿斤以上。
——着力扩大内需。实施省重点项目8000个以上，完成投资1.5万亿元，开展消费品以旧换新行动，社会消费品零售总额增长6%。
——着力发展新质生产力。培育新能源汽车、低空经济等未来产业，新增高新技术企业3000家，研发投入强度达到2.8%。
——着力推进乡村全面振兴。新建高标准农田500万亩，培育农业产业化龙头企业100家，建设和美乡村精品示范村300个。
——着力保障和改善民生。改造城镇老旧小区1800个，新增普惠托位2万个，城乡居民基础养老金月最低标准再提高20元。
各位代表，使命催人奋进，实干铸就辉煌。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写中国式现代化美好安徽建设新篇章！
""", title="2025年安徽省政府工作报告", region="安徽省", level="province", year=2025,
     meeting="安徽省第十四届人民代表大会第四次会议", speaker="孙启航", role="安徽省省长", date="2025-01-14")

body("shenzhen_city_2022", """
2022年深圳市政府工作报告
——2022年1月18日在深圳市第七届人民代表大会第三次会议上
深圳市市长 陈志远
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2021年工作回顾
过去一年，全市地区生产总值突破3万亿元，增长6.7%；规模以上工业增加值增长4.7%；地方一般公共预算收入4257亿元，增长10.4%；进出口总额增长16.2%。
科技创新能力不断增强。全社会研发投入占地区生产总值比重达到5.5%，国家高新技术企业超过2万家，PCT国际专利申请量连续18年居全国城市首位。
深港合作全面深化。前海深港现代服务业合作区扩区方案落地实施，河套深港科技创新合作区深圳园区加快建设，皇岗口岸重建工程开工。
民生保障持续加强。新增基础教育学位20.6万个，新增病床5000张，新开工建设筹集保障性住房9.7万套。
二、2022年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，规模以上工业增加值增长5%，地方一般公共预算收入增长4%，居民消费价格涨幅3%左右。
（一）推动深港合作再上新台阶。全力推进前海合作区建设，新增港资企业500家以上，推动深港跨境学童、跨境医疗等民生事项便利化。
（二）建设全球标杆城市。实施“20+8”产业集群培育计划，新增专精特新“小巨人”企业100家，研发投入增长10%以上。
（三）增进民生福祉。新增基础教育学位8万个，新增病床4000张，筹建保障性住房8万套。
（四）推进绿色低碳发展。新增新能源汽车充电桩3万个，建成口袋公园200个，全市碧道建设累计达到1000公里。
各位代表，在新的赶考路上，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、市委的坚强领导下，以“闯”的精神、“创”的劲头、“干”的作风，奋力谱写深圳建设中国特色社会主义先行示范区新篇章！
""", title="2022年深圳市政府工作报告", region="深圳市", level="city", year=2022,
     meeting="深圳市第七届人民代表大会第三次会议", speaker="陈志远", role="深圳市市长", date="2022-01-18")

body("liuyang_city_2023", """
2023年浏阳市政府工作报告
——2023年1月5日在浏阳市第十七届人民代表大会第三次会议上
浏阳市市长 钟晓华
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，全市地区生产总值达到1618亿元，增长5.1%；一般公共预算收入完成112.6亿元；城乡居民人均可支配收入分别达到62460元和41250元，县域经济综合实力稳居全国前列。
花炮产业安全转型。关闭退出落后产能企业58家，完成机械化改造生产线210条，烟花爆竹出口额增长28%。
园区经济提质增效。浏阳经开区、高新区规上工业总产值突破2000亿元，新增规上工业企业135家，电子信息、生物医药产业集群加快壮大。
城乡品质持续提升。浏阳河沿岸生态修复工程全面完工，新改建农村公路320公里，城镇老旧小区改造惠及居民1.5万户。
民生保障扎实有力。新建改扩建中小学6所，新增公办学位6800个，基本医疗保险参保率稳定在95%以上。
二、2023年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，规模以上工业增加值增长8%，一般公共预算收入增长6%，城乡居民人均可支配收入增长与经济增长基本同步。
（一）推进产业强市。实施重大产业项目100个，完成投资300亿元，力争新增上市企业2家。
（二）推动城乡融合。加快长浏城际交通建设，改造城镇老旧小区56个，建设美丽屋场100个。
（三）增进民生福祉。新增城镇就业1.2万人，新建改扩建中小学8所，新增养老床位400张。
（四）优化营商环境。深化“一件事一次办”改革，企业开办时间压缩至1个工作日，新增市场主体1.5万户。
各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，在长沙市委、浏阳市委的坚强领导下，勇于争先、奋发有为，奋力建设现代化新浏阳！
""", title="2023年浏阳市政府工作报告", region="浏阳市", level="city", year=2023,
     meeting="浏阳市第十七届人民代表大会第三次会议", speaker="钟晓华", role="浏阳市市长", date="2023-01-05")

body("zhungeer_banner_2024", """
2024年准格尔旗人民政府工作报告
——2024年1月10日在准格尔旗第十八届人民代表大会第四次会议上
准格尔旗人民政府旗长 高文斌
各位代表：
现在，我代表旗人民政府向大会报告工作，请予审议，并请旗政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，全旗地区生产总值完成1680亿元，增长7.2%；一般公共预算收入完成186亿元，增长9.6%；城乡常住居民人均可支配收入分别增长5.2%和7.8%。
能源保供有力有效。全年煤炭产量达到2.9亿吨，外送电量增长11%；新能源装机规模突破300万千瓦，煤炭清洁高效利用项目加快建设。
生态建设成效明显。完成黄河流域生态保护修复治理45万亩，新增水土流失治理面积38万亩，黄河准格尔段水质保持Ⅱ类。
民生福祉持续增进。城镇新增就业3800人，新建改扩建学校5所，旗人民医院新院区建成投用，城乡低保标准分别提高到每人每月920元和700元。
在肯定成绩的同时，我们也清醒看到，产业结构单一、转型任务繁重，生态环境保护压力较大。我们将采取有力措施，切实加以解决。
二、2024年工作安排
今年全旗经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%，城乡常住居民人均可支配收入分别增长6%和7%。
（一）推动能源产业转型。新建智能化煤矿8座，推进风光制氢一体化项目，新能源装机规模达到500万千瓦。
（二）全面推进乡村振兴。建设高标准农田5万亩，培育农牧业龙头企业12家，打造乡村振兴示范嘎查村20个。
（三）持续改善民生。新增城镇就业3500人，新建改扩建学校6所，新增养老床位300张，完成老旧小区改造28个。
（四）深化改革开放。纵深推进国有企业改革，持续优化营商环境，政务服务事项网上可办率达到95%以上。
各位代表，新的一年，让我们在市委和旗委的坚强领导下，团结一心、奋勇争先，为建设现代化经济强旗而努力奋斗！
""", title="2024年准格尔旗人民政府工作报告", region="准格尔旗", level="county", year=2024,
     meeting="准格尔旗第十八届人民代表大会第四次会议", speaker="高文斌", role="准格尔旗人民政府旗长", date="2024-01-10")

body("gushi_county_2022", """
2022年固始县人民政府工作报告
——2022年1月15日在固始县第十七届人民代表大会第一次会议上
固始县人民政府县长 马俊峰
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、过去五年工作回顾
过去五年，全县地区生产总值由300亿元增加到438亿元，年均增长7.1%；一般公共预算收入由16.8亿元增加到25.3亿元；城乡居民人均可支配收入年均分别增长7.5%和9.2%。
脱贫攻坚取得全面胜利。129个贫困村全部退出，11.2万贫困人口全部脱贫，易地扶贫搬迁群众实现稳得住、能致富。
产业基础不断夯实。固始鹅、萝卜、茶叶等特色产业加快发展，县产业集聚区新入驻企业96家，规上工业企业达到205家。
城乡面貌焕然一新。建成蓼城大道、史河湾生态公园等重点工程，新改建农村公路1260公里，城镇化率提高到45%。
改革开放持续深化。“放管服”改革深入推进，政务服务事项实现“一网通办”，五年累计引进省外资金680亿元，固始籍在外人士回乡创办企业达到1200家。
民生事业全面进步。新建改扩建中小学校65所，县人民医院新院区建成投用，城乡低保标准分别提高到每人每月610元和430元。
在肯定成绩的同时，我们也清醒地认识到，全县经济总量不大、工业基础薄弱，城乡基础设施和公共服务仍有短板。我们将认真研究，切实加以解决。
二、今后五年目标和2022年工作安排
今后五年，全县地区生产总值年均增长7%以上，到2026年突破600亿元；一般公共预算收入年均增长8%。
2022年主要预期目标是：地区生产总值增长7.5%，一般公共预算收入增长8%，城镇新增就业8500人，粮食总产量稳定在30亿斤以上。
（一）壮大县域经济。实施亿元以上项目80个，完成投资220亿元，新增规上工业企业30家。
（二）推进乡村振兴。新建高标准农田18万亩，发展茶叶、板栗等特色产业基地10万亩，建设乡村振兴示范村40个。
（三）办好民生实事。新建改扩建中小学校15所，新增养老床位500张，完成城镇老旧小区改造42个。
（四）提升城市品质。推进老城区有机更新，新建城市道路12条，新增停车泊位3000个，建成城市公园4个。
（五）深化改革开放。持续优化营商环境，推进“一件事一次办”改革，全年引进省外资金150亿元以上，新增回乡创业企业200家。
（六）加强社会治理。深化平安固始建设，完善网格化服务管理，及时化解信访矛盾纠纷，坚决守住安全生产底线。
各位代表，使命呼唤担当，奋斗开创未来。让我们在市委、县委的坚强领导下，凝心聚力、实干担当，为建设现代化新固始而努力奋斗！
""", title="2022年固始县人民政府工作报告", region="固始县", level="county", year=2022,
     meeting="固始县第十七届人民代表大会第一次会议", speaker="马俊峰", role="固始县人民政府县长", date="2022-01-15")


# ---------------------------------------------------------------- helpers


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def fullwidth_digits(s: str) -> str:
    """Digits, % and the decimal point of numbers as typed with a full-width input mode (2000s sites)."""
    s = re.sub(r"(?<=\d)\.(?=\d)", "．", s)
    return s.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))


PAGES: dict[str, dict] = {}


def page(name, key, ext, raw, chrome, encoding="utf-8", notes=None, expected=None):
    if not isinstance(raw, str):
        raw = "\n".join(raw)
    PAGES[name] = dict(key=key, ext=ext, raw=raw, chrome=[c for c in chrome if c.strip()], encoding=encoding,
                       notes=notes, expected=expected)


# ---------------------------------------------------------------- pages
# 01 人民网 local channel article: GBK bytes under <meta charset=GB2312>, news lead with (记者 …),
#    photo captions between body paragraphs, (责编：…) line, share widgets and a hot-list sidebar
def p01():
    key = "hebei_province_2019"
    b = paras(key)
    role, name = b[2].split(" ")
    cap1 = "1月20日，河北省第十三届人民代表大会第二次会议在石家庄开幕。人民网记者 韩冬 摄"
    cap2 = "1月18日，雄安新区容东片区安置房项目施工现场，塔吊林立，一派繁忙景象。人民网记者 韩冬 摄"
    cap3 = "图为石家庄市一家装备制造企业的智能化生产车间，工人正在调试工业机器人。（资料图）"
    ps = []
    for ln in b[3:]:
        ps.append(f"<p>\u3000\u3000{ent(ln)}</p>")
        if ln.startswith("雄安新区进入大规模建设阶段"):
            ps.append('<p style="text-align: center;"><img src="/NMediaFile/2019/0121/MAIN201901210846000327851.jpg" '
                      'width="600" height="400" alt="" /></p>')
            ps.append(f'<p class="pictext" style="text-align: center;">{cap2}</p>')
        if ln.startswith("（二）推动制造业转型升级"):
            ps.append('<p style="text-align: center;"><img src="/NMediaFile/2019/0121/MAIN201901210846000519623.jpg" '
                      'width="600" height="400" alt="" /></p>')
            ps.append(f'<p class="pictext" style="text-align: center;">{cap3}</p>')
    lead = ("人民网石家庄1月21日电 （记者 孙明远）1月20日上午，河北省第十三届人民代表大会第二次会议在石家庄开幕，"
            "省长赵立群代表省人民政府作政府工作报告。以下为报告全文：")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>2019年河北省政府工作报告（全文）--河北频道--人民网</title>
<meta name="keywords" content="政府工作报告,河北,雄安新区" />
<meta name="description" content="1月20日，河北省第十三届人民代表大会第二次会议在石家庄开幕，省长赵立群代表省人民政府作政府工作报告。" />
<meta name="publishdate" content="2019-01-21" />
<meta name="author" content="hb" />
<meta name="source" content="来源：河北日报" />
<link href="/img/2016wbc/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/2011zg/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div class="w1000 top_nav clearfix">
<div class="fl"><a href="http://www.people.com.cn/" target="_blank">人民网</a>&gt;&gt;<a href="http://he.people.com.cn/" target="_blank">河北频道</a>&gt;&gt;<a href="http://he.people.com.cn/GB/197037/index.html" target="_blank">时政</a></div>
<div class="fr"><a href="http://sso.people.com.cn/login">登录</a> | <a href="http://sso.people.com.cn/reg">注册</a></div>
</div>
<div class="clearfix w1000_320 text_title">
<h1>2019年河北省政府工作报告（全文）</h1>
<div class="box01">
<div class="fl">2019年01月21日08:46&nbsp;&nbsp;来源：<a href="http://hbrb.hebnews.cn/" target="_blank">河北日报</a></div>
<div class="fr"><div class="fx"><div id="ewm"><img src="/img/2016wbc/images/ewm.png" /><p>手机看新闻</p></div><span>分享到：</span><a class="rmwb"></a><a class="wx"></a><a class="qq"></a></div></div>
</div>
</div>
<div class="clearfix w1000_320 text_con">
<div class="fl text_con_left">
<div class="box_pic"></div>
<div class="show_text" id="rwb_zw">
<p>\u3000\u3000{lead}</p>
<p style="text-align: center;"><img src="/NMediaFile/2019/0121/MAIN201901210846000185004.jpg" width="600" height="400" alt="" /></p>
<p class="pictext" style="text-align: center;">{cap1}</p>
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
<p style="text-align: center;">{role}&nbsp;{name}</p>
{chr(10).join(ps)}
<div class="zdfy clearfix"></div>
<center><table border="0" align="center" width="40%"><tr><td width="50%" align="center"><a href="/n2/2019/0121/c192235-32553431.html"><img src="/img/next2.gif" /></a></td></tr></table></center>
</div>
<div class="edit clearfix">(责编：王晓、赵倩)</div>
<div class="box_biao"><span>分享让更多人看到</span></div>
<div class="tjyd"><h2>推荐阅读</h2>
<ul>
<li><a href="/n2/2019/0120/c192235-32550012.html">河北省十三届人大二次会议开幕</a></li>
<li><a href="/n2/2019/0121/c192235-32553001.html">一图读懂2019年河北省政府工作报告</a></li>
<li><a href="/n2/2019/0121/c192235-32553120.html">代表委员热议政府工作报告：雄安新区建设进入新阶段</a></li>
</ul></div>
</div>
<div class="fr text_con_right">
<div class="rmph"><h2>热门排行</h2>
<ol>
<li><a>省政府工作报告提出今年生产总值增长6.5%左右</a></li>
<li><a>石家庄地铁3号线二期工程开通初期运营</a></li>
<li><a>河北今年将实现47个贫困县脱贫摘帽</a></li>
<li><a>京雄城际铁路雄安站主体结构封顶</a></li>
</ol></div>
<div class="rmtj"><h2>人民网河北频道</h2><p>关注人民网河北频道微信公众号，获取河北最新资讯。</p></div>
</div>
</div>
<div class="footer">
<p><a>人民日报社概况</a> | <a>关于人民网</a> | <a>报社招聘</a> | <a>招聘英才</a> | <a>广告服务</a> | <a>合作加盟</a> | <a>供稿服务</a> | <a>网站声明</a> | <a>网站律师</a> | <a>信息保护</a> | <a>联系我们</a></p>
<p>人民日报违法和不良信息举报电话：010-65363263&nbsp;&nbsp;&nbsp;举报邮箱：jubao@people.cn</p>
<p>人民网版权所有，未经书面授权禁止使用</p>
<p>Copyright &copy; 1997-2019 by www.people.com.cn. all rights reserved</p>
</div>
<script src="/img/2016wbc/js/share.js" type="text/javascript"></script>
<script type="text/javascript">var _tongji = "peopleHB"; document.write(unescape("%3Cscript src='//cl2.webterren.com/webdig.js?z=12' type='text/javascript'%3E%3C/script%3E"));</script>
</body>
</html>
"""
    # every character is in GB2312 (so a strict gb2312 decode is possible); the delivery line's dashes are
    # the bytes A1 AA, which Python's gbk/gb18030 (and the WHATWG gb2312 label) decode as U+2014
    html.replace("\u2014", "\u2015").encode("gb2312")
    chrome = ["人民网>>河北频道>>时政", "登录 | 注册", "2019年河北省政府工作报告（全文）", "2019年01月21日08:46 来源：河北日报",
              "手机看新闻", "分享到：", lead, cap1, cap2, cap3, "责编：王晓、赵倩", "分享让更多人看到", "推荐阅读",
              "河北省十三届人大二次会议开幕", "一图读懂2019年河北省政府工作报告", "代表委员热议政府工作报告：雄安新区建设进入新阶段",
              "热门排行", "省政府工作报告提出今年生产总值增长6.5%左右", "石家庄地铁3号线二期工程开通初期运营",
              "河北今年将实现47个贫困县脱贫摘帽", "京雄城际铁路雄安站主体结构封顶", "人民网河北频道",
              "关注人民网河北频道微信公众号，获取河北最新资讯。",
              "人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们",
              "人民日报违法和不良信息举报电话：010-65363263 举报邮箱：jubao@people.cn", "人民网版权所有，未经书面授权禁止使用",
              "Copyright © 1997-2019 by www.people.com.cn. all rights reserved", "_tongji", "webdig"]
    notes = ("GBK bytes declared as GB2312 (as on people.com.cn); every character is also in GB2312. The delivery "
             "line's dashes are the bytes A1 AA: U+2014 EM DASH under GBK/GB18030 and under the WHATWG decoder for the "
             "label gb2312, but U+2015 under Python's own gb2312 codec. The expected text has U+2014 (——), the "
             "character every browser shows; a cleaner that decodes with Python's gb2312 gets ―― and should map it. "
             "The three photo captions (one above the title, two between body paragraphs, both prose with ，。) and the "
             "news lead 人民网石家庄1月21日电（记者 孙明远）…以下为报告全文： are not body. The <h1> (…（全文）) is chrome; "
             "meta.title is the body's own title line 政府工作报告, meta.year comes from the delivery date. Speaker line is "
             "role&nbsp;name -> one ASCII space. 劣Ⅴ类/Ⅳ类 keep the Roman numerals (U+2164/U+2163 are not "
             "full-width letters).")
    page("01_people_cn_gb2312", key, "html", html, chrome, encoding="gbk", notes=notes)


# 02 WeChat 公众号 article on a mirror site: 秀米-style sections, PART 01 decorations, <p><br></p> between
#    paragraphs, zero-width characters, WeChat's own bottom bar and the mirror's header/footer
def p02():
    key = "yanta_district_2023"
    b = paras(key)
    role, name = b[2].split(" ")

    def para(ln):
        # WeChat editors bold the key figures; ZWSP/FEFF come from copy-paste out of the WeChat editor
        ln = ent(ln)
        ln = re.sub(r"(全区地区生产总值达到2180亿元)", r'<strong><span style="color: rgb(192, 0, 0);">\1</span></strong>', ln)
        ln = ln.replace("新增国家高新技术企业410家", "新增国家高新技术企业\u200b410家")
        ln = ln.replace("城镇新增就业2.8万人", "城镇新增就业2.8万人&#8203;")
        return (f'<p style="margin-bottom: 0px;text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;'
                f'letter-spacing: 1px;font-family: 微软雅黑, sans-serif;">{ln}</span></p>\n<p><br  /></p>')

    def heading(ln, part):
        return (f'<section style="margin: 20px 0px 10px;text-align: center;"><section style="display: inline-block;'
                f'border-bottom: 2px solid rgb(192, 0, 0);padding: 0px 10px;"><p><strong><span style="color: rgb(192, 0, 0);'
                f'font-size: 14px;letter-spacing: 2px;">PART {part:02d}</span></strong></p></section></section>\n'
                f'<section style="text-align: center;"><p><strong><span style="font-size: 17px;color: rgb(192, 0, 0);">'
                f'{ent(ln)}</span></strong></p></section>\n<p><br  /></p>')

    blocks, part = [], 0
    for ln in b[3:]:
        if re.match(r"^[一二三四]、", ln):
            part += 1
            blocks.append(heading(ln, part))
        elif ln == "各位代表：":
            blocks.append(f'<p style="line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{ln}\ufeff</span></p>\n<p><br  /></p>')
        else:
            blocks.append(para(ln))
    lead = "1月6日上午，西安市雁塔区第十八届人民代表大会第三次会议隆重开幕。区长周文博代表区人民政府作政府工作报告。"
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>重磅！2023年雁塔区政府工作报告全文来了 - 雁塔发布 - 微信公众号文章 - 微阅读</title>
<meta name="description" content="{lead}">
<link rel="stylesheet" href="/static/css/mp_article.css?v=20230105">
<script>var biz = "MzA4NjE2MDQ1Mg=="; var sn = "9e1c2b7f03d4a5e6"; var mid = "2652103311";</script>
</head>
<body id="activity-detail" class="zh_CN">
<div class="mirror-top"><a href="/" class="logo">微阅读</a> <a href="/hot/">热门文章</a> <a href="/mp/">公众号</a> <a href="/cat/gov/">政务</a> <a href="/cat/news/">资讯</a> <span class="search">搜索公众号或文章</span></div>
<div class="mirror-crumb"><a href="/">首页</a> &gt; <a href="/cat/gov/">政务</a> &gt; <a href="/mp/yantafabu/">雁塔发布</a></div>
<div class="rich_media">
<div id="js_article" class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">
重磅！2023年雁塔区政府工作报告全文来了
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">雁塔发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-01-09 18:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于陕西</em>
</div>
<div class="album_read_directory"><span>收录于合集</span> <a>#政府工作报告 3个</a> <a>#雁塔两会 12个</a></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/x1/640?wx_fmt=gif" class="rich_pages wxw-img" style="width: 100%;"></section>
<section style="text-align: center;"><p><span style="color: rgb(62, 142, 247);font-size: 13px;">点击蓝字 关注我们</span></p></section>
<p><br  /></p>
<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">{lead}</span></p>
<p style="text-align: center;"><span style="font-size: 15px;">一起来看报告全文↓↓↓</span></p>
<p style="text-align: center;"><span style="color: rgb(192, 0, 0);">▼</span></p>
<p><br  /></p>
<section style="text-align: center;"><p><strong><span style="font-size: 20px;color: rgb(192, 0, 0);">{b[0]}</span></strong></p></section>
<p style="text-align: center;"><span style="font-size: 14px;color: rgb(89, 89, 89);">{b[1]}</span></p>
<p style="text-align: center;"><span style="font-size: 14px;color: rgb(89, 89, 89);">{role}&nbsp;{name}</span></p>
<p><br  /></p>
{chr(10).join(blocks)}
<section style="text-align: right;"><p><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：雁塔区人民政府</span></p>
<p><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：王一诺</span></p>
<p><span style="font-size: 12px;color: rgb(136, 136, 136);">审核：李敏</span></p></section>
<p><br  /></p>
<section style="text-align: center;"><p><span style="letter-spacing: 4px;color: rgb(192, 0, 0);">END</span></p></section>
<section><p><strong><span style="font-size: 15px;">往期推荐</span></strong></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA4NjE2MDQ1Mg==&amp;mid=2652103290">雁塔区第十八届人民代表大会第三次会议开幕</a></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA4NjE2MDQ1Mg==&amp;mid=2652103275">政协西安市雁塔区第十届委员会第三次会议开幕</a></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA4NjE2MDQ1Mg==&amp;mid=2652103251">2023年，雁塔这些民生实事与你有关</a></p></section>
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x2/640?wx_fmt=jpeg" class="rich_pages wxw-img"></section>
<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">点击“阅读原文”查看更多</span></p>
</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" href="javascript:void(0);">阅读原文</a>
<div class="media_tool_meta">阅读 <span id="readNum3">2.1万</span></div>
<div class="media_tool_meta"><span>分享</span> <span>收藏</span> <span>赞 128</span> <span>在看 56</span></div>
</div>
<div class="rich_media_tips">预览时标签不可点</div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="/qr/yantafabu.jpg"><p>微信扫一扫<br>关注该公众号</p></div></div>
<div class="weui-dialog__bd">继续滑动看下一个</div>
<div class="js_read_original">轻触阅读原文</div>
<div class="profile_nickname">雁塔发布</div>
<div class="weui-dialog__bd">向上滑动看下一个</div>
<div class="weui-dialog__ft"><a>知道了</a></div>
<div class="wx_tap_link js_wx_tap_highlight">微信扫一扫<br>使用小程序</div>
<div class="weui-dialog__ft"><a>取消</a> <a>允许</a></div>
<div class="wx_expand_article_button">视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏 听过</div>
</div>
</div>
<div class="mirror-comments"><h3>精选留言</h3><p>暂无留言</p><p>已无更多数据</p></div>
<div class="mirror-related"><h3>相关文章</h3>
<ul>
<li><a href="/a/7182.html">西安市政府工作报告全文发布</a> <span>西安发布</span></li>
<li><a href="/a/7169.html">碑林区2023年政府工作报告（全文）</a> <span>碑林发布</span></li>
<li><a href="/a/7155.html">长安区召开2023年经济工作会议</a> <span>长安发布</span></li>
</ul></div>
<div class="mirror-foot">
<p>本文来自微信公众号“雁塔发布”，转载目的在于传递更多信息，版权归原作者所有。如有侵权，请联系删除。</p>
<p>© 2023 微阅读 关于我们 | 联系我们 | 陕ICP备2021008123号-1</p>
</div>
<script>var __mirror = {{"id": 7186, "biz": biz}}; (function(){{ var s = document.createElement("script"); s.src = "/static/js/stat.js"; document.body.appendChild(s); }})();</script>
</body>
</html>
"""
    chrome = ["微阅读 热门文章 公众号 政务 资讯 搜索公众号或文章", "首页 > 政务 > 雁塔发布", "重磅！2023年雁塔区政府工作报告全文来了",
              "原创", "雁塔发布", "2023-01-09 18:30", "发表于陕西", "收录于合集 #政府工作报告 3个 #雁塔两会 12个", "点击蓝字 关注我们",
              lead, "一起来看报告全文↓↓↓", "▼", "PART 01", "PART 02", "来源：雁塔区人民政府", "编辑：王一诺", "审核：李敏", "END",
              "往期推荐", "雁塔区第十八届人民代表大会第三次会议开幕", "政协西安市雁塔区第十届委员会第三次会议开幕",
              "2023年，雁塔这些民生实事与你有关", "点击“阅读原文”查看更多", "阅读原文", "阅读 2.1万", "分享 收藏 赞 128 在看 56",
              "预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个", "知道了",
              "使用小程序", "取消 允许", "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏 听过", "精选留言", "暂无留言",
              "已无更多数据", "相关文章", "西安市政府工作报告全文发布 西安发布", "碑林区2023年政府工作报告（全文） 碑林发布",
              "长安区召开2023年经济工作会议 长安发布",
              "本文来自微信公众号“雁塔发布”，转载目的在于传递更多信息，版权归原作者所有。如有侵权，请联系删除。",
              "© 2023 微阅读 关于我们 | 联系我们 | 陕ICP备2021008123号-1", "__mirror", "MzA4NjE2MDQ1Mg"]
    notes = ("Every body paragraph is followed by an empty <p><br /></p> (blank-line paragraphs). The decorative "
             "PART 01/PART 02 labels above the section headings, ▼ and ↓↓↓ are not body. A ZWSP (raw U+200B and the "
             "entity &#8203;) and a U+FEFF sit inside body paragraphs and must vanish. The news lead (prose) above the "
             "title is not body. meta.region is the full 西安市雁塔区 of the title and delivery line; the speaker line's "
             "role is 雁塔区人民政府区长 as written.")
    page("02_wechat_mirror", key, "html", html, chrome, notes=notes)


# 03 2000s-era township site (FrontPage/ASP): nested tables, uppercase tags, <FONT>, <BR> paragraphs, CRLF,
#    GBK bytes with no charset declaration at all, full-width digits, a few ASCII , : ; ( ) typed between Han,
#    source lines wrapped inside paragraphs, two-character speaker name padded with spaces
def p03():
    key = "daotian_township_2020"
    b = paras(key)

    def src_wrap(s: str, width: int = 38) -> str:
        """FrontPage wraps long source lines; break only between two Han characters."""
        out, cur = [], ""
        for i, ch in enumerate(s):
            cur += ch
            if len(cur) >= width and is_han(ch) and i + 1 < len(s) and is_han(s[i + 1]):
                out.append(cur)
                cur = ""
        out.append(cur)
        return "\n".join(out)

    asciified = {
        "新建冬暖式大棚850个，全镇": "新建冬暖式大棚850个,全镇",
        "年交易量突破6亿斤；稻田": "年交易量突破6亿斤;稻田",
        "主要目标是：地区生产总值": "主要目标是:地区生产总值",
        "团结一心、真抓实干，为建设": "团结一心、真抓实干,为建设",
    }
    rows, done = [], 0
    for ln in b[3:]:
        s = ln
        for k, v in asciified.items():
            done += s.count(k)
            s = s.replace(k, v)
        s = re.sub(r"^（([一二三四])）", r"(\1)", s)
        s = fullwidth_digits(s)
        if re.match(r"^[一二三]、", ln):
            rows.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<B>{s}</B>")
        elif ln == "各位代表：":
            rows.append(s)
        else:
            rows.append("&nbsp;&nbsp;&nbsp;&nbsp;" + src_wrap(s))
    assert done == len(asciified)
    name = b[2].split(" ", 1)[1]
    role = b[2].split(" ")[0]
    delivery = fullwidth_digits(b[1])
    html = f"""<HTML>
<HEAD>
<TITLE>稻田镇人民政府工作报告--寿光市稻田镇人民政府</TITLE>
<META content="Microsoft FrontPage 4.0" name=GENERATOR>
<META content=FrontPage.Editor.Document name=ProgId>
<LINK href="../css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=JavaScript>
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
//-->
</SCRIPT>
</HEAD>
<BODY bgColor=#ffffff leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD><IMG height=120 src="../images/top_dt.jpg" width=778 border=0></TD></TR>
<TR><TD bgColor=#0066cc height=26>&nbsp;<A href="../index.asp"><FONT color=#ffffff>首页</FONT></A> <FONT color=#ffffff>|</FONT> <A href="../gk.asp"><FONT color=#ffffff>稻田概况</FONT></A> <FONT color=#ffffff>|</FONT> <A href="../zwgk.asp"><FONT color=#ffffff>政务公开</FONT></A> <FONT color=#ffffff>|</FONT> <A href="../zs.asp"><FONT color=#ffffff>招商引资</FONT></A> <FONT color=#ffffff>|</FONT> <A href="../sc.asp"><FONT color=#ffffff>蔬菜产业</FONT></A> <FONT color=#ffffff>|</FONT> <A href="../lx.asp"><FONT color=#ffffff>联系我们</FONT></A></TD></TR>
<TR><TD height=22 bgColor=#eef5ff><MARQUEE onmouseover=this.stop() onmouseout=this.start() scrollAmount=3><FONT color=#ff0000>欢迎访问寿光市稻田镇人民政府网站！</FONT></MARQUEE></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR>
<TD vAlign=top width=180 bgColor=#f5f5f5>
<TABLE cellSpacing=0 cellPadding=2 width="100%" border=0>
<TR><TD class=lm height=25><B>最新公告</B></TD></TR>
<TR><TD>·<A href="../Article_Show.asp?ArticleID=385">关于做好2020年春节期间安全生产工作的通知</A></TD></TR>
<TR><TD>·<A href="../Article_Show.asp?ArticleID=383">稻田镇2019年度财政预算执行情况公示</A></TD></TR>
<TR><TD>·<A href="../Article_Show.asp?ArticleID=379">关于开展冬季农村人居环境集中整治的通知</A></TD></TR>
<TR><TD class=lm height=25><B>友情链接</B></TD></TR>
<TR><TD><SELECT onchange="window.open(this.options[this.selectedIndex].value)" name=select><OPTION selected>--相关链接--</OPTION><OPTION value="http://www.shouguang.gov.cn">寿光市人民政府</OPTION><OPTION value="http://www.weifang.gov.cn">潍坊市人民政府</OPTION></SELECT></TD></TR>
</TABLE>
</TD>
<TD vAlign=top width=598>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD height=28>&nbsp;您现在的位置：&nbsp;<A href="../index.asp">稻田镇人民政府</A>&nbsp;&gt;&gt;&nbsp;<A href="../zwgk.asp">政务公开</A>&nbsp;&gt;&gt;&nbsp;<A href="../Article_Class.asp?ClassID=12">工作报告</A>&nbsp;&gt;&gt;&nbsp;正文</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width="96%" align=center border=0>
<TR><TD align=center height=40><FONT style="FONT-SIZE: 16px" color=#cc0000><B>稻田镇人民政府工作报告</B></FONT></TD></TR>
<TR><TD align=center height=24><FONT color=#666666>作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;点击数：2316&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2020-1-13 16:02:11</FONT></TD></TR>
<TR><TD height=1 bgColor=#cccccc></TD></TR>
<TR><TD class=content style="FONT-SIZE: 14px; LINE-HEIGHT: 200%">
<P align=center><FONT size=4><B>{b[0]}</B></FONT></P>
<P align=center><FONT face=楷体_GB2312>{delivery}</FONT></P>
<P align=center><FONT face=楷体_GB2312>{role}&nbsp;&nbsp;{name.replace(" ", "&nbsp;&nbsp;")}</FONT></P>
<P><FONT face=仿宋_GB2312>{("<BR>" + chr(10)).join(rows)}</FONT></P>
</TD></TR>
<TR><TD align=right height=30>【<A href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</A>】【<A href="../Comment.asp?ArticleID=386">发表评论</A>】【<A href="../SendMail.asp?ArticleID=386">告诉好友</A>】【<A href="javascript:window.print()">打印此文</A>】【<A href="javascript:window.close();">关闭窗口</A>】</TD></TR>
<TR><TD height=24>上一篇文章：&nbsp;<A href="../Article_Show.asp?ArticleID=384">稻田镇召开2020年度农村工作会议</A><BR>下一篇文章：&nbsp;<A href="../Article_Show.asp?ArticleID=387">关于稻田镇2019年财政预算执行情况和2020年财政预算草案的报告</A></TD></TR>
<TR><TD><B>相关文章</B><BR>·<A href="../Article_Show.asp?ArticleID=301">2019年稻田镇人民政府工作报告</A><BR>·<A href="../Article_Show.asp?ArticleID=212">2018年稻田镇人民政府工作报告</A></TD></TR>
<TR><TD><B>网友评论：</B>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）<BR>没有任何评论</TD></TR>
</TABLE>
</TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD align=center bgColor=#0066cc height=90><FONT color=#ffffff>版权所有：寿光市稻田镇人民政府&nbsp;&nbsp;技术支持：寿光信息港<BR>地址：寿光市稻田镇政府驻地&nbsp;&nbsp;邮编：262735&nbsp;&nbsp;电话：0536-5601234<BR>鲁ICP备05012345号<BR>建议使用IE6.0以上版本浏览器，1024×768分辨率浏览<BR>您是本站第&nbsp;<IMG src="../count/count.asp?id=1" align=absMiddle>&nbsp;位访问者</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""
    html = html.replace("\n", "\r\n")
    try:
        html.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("page 03 must need GBK (the speaker's name 喆 is not in GB2312)")
    assert "charset" not in html.lower()
    chrome = ["首页 | 稻田概况 | 政务公开 | 招商引资 | 蔬菜产业 | 联系我们", "欢迎访问寿光市稻田镇人民政府网站！", "最新公告",
              "·关于做好2020年春节期间安全生产工作的通知", "·稻田镇2019年度财政预算执行情况公示", "·关于开展冬季农村人居环境集中整治的通知",
              "友情链接", "--相关链接--", "寿光市人民政府", "潍坊市人民政府",
              "您现在的位置： 稻田镇人民政府 >> 政务公开 >> 工作报告 >> 正文",
              "作者：佚名 文章来源：本站原创 点击数：2316 更新时间：2020-1-13 16:02:11",
              "【加入收藏】【发表评论】【告诉好友】【打印此文】【关闭窗口】", "上一篇文章： 稻田镇召开2020年度农村工作会议",
              "下一篇文章： 关于稻田镇2019年财政预算执行情况和2020年财政预算草案的报告", "相关文章", "·2019年稻田镇人民政府工作报告",
              "·2018年稻田镇人民政府工作报告", "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）", "没有任何评论",
              "版权所有：寿光市稻田镇人民政府 技术支持：寿光信息港", "地址：寿光市稻田镇政府驻地 邮编：262735 电话：0536-5601234",
              "鲁ICP备05012345号", "建议使用IE6.0以上版本浏览器，1024×768分辨率浏览", "您是本站第 位访问者", "MM_swapImgRestore"]
    notes = ("GBK bytes and no charset anywhere (no <meta>, no BOM); the speaker's name 喆 is GBK-only, so a strict "
             "GB2312 decode fails. CRLF line ends. Digits, ％ and the decimal point are full-width in the page "
             "(３６．５亿元 -> 36.5亿元). ASCII punctuation typed between Han (个,全 斤;稻 是:地 干,为) becomes full-width "
             "and the ASCII (一)…(四) become （一）…（四）, per the normalisation rules. Paragraphs are <BR>-separated inside one "
             "<P>; long paragraphs are wrapped in the HTML source (CRLF between two Han characters inside a text node): "
             "that is HTML whitespace inside a paragraph, so the expected paragraph is joined with no space (CSS drops a "
             "segment break between two CJK characters; docs: spaces next to Chinese are removed in sentences). "
             "DECISION: the speaker line is printed 镇长&nbsp;&nbsp;王&nbsp;&nbsp;喆 (two-character name padded to three "
             "columns); like 国务院总理 李 强 in docs/cleaning.md the expected line keeps one space inside the name "
             "(镇长 王 喆), while meta.speaker is the name without the padding (王喆, as tests/test_clean.py expects 李强). "
             "The title is printed twice (CMS heading cell and first line of the content cell); only the content cell "
             "is body.")
    page("03_old_table_site_gbk", key, "html", html, chrome, encoding="gbk", notes=notes)


# 04 crawler output of a CMS article paginated over three pages (the crawler followed 下一页 and concatenated
#    each page's article block): pagination bars and the repeated page header ((2), (3)) sit inside the body,
#    and the first page break falls in the middle of a paragraph
def p04():
    key = "yancheng_city_2021"
    b = paras(key)
    cut_par = next(i for i, ln in enumerate(b) if ln.startswith("“十三五”时期"))
    cut_at = b[cut_par].index("一般公共预算收入达到400亿元")
    head1, tail1 = b[cut_par][:cut_at], b[cut_par][cut_at:]
    assert head1.endswith("年均增长6.1%；")
    brk2 = next(i for i, ln in enumerate(b) if ln.startswith("2021年主要预期目标是"))

    def ind(ln):
        if ln in b[:3]:
            return ln  # centred lines: the crawler strips the centring
        return "\u3000\u3000" + ln

    def hdr(n, hits):
        t = "盐城市2021年政府工作报告" + (f"({n})" if n > 1 else "")
        return [t, f"发布日期：2021-01-18 09:30　　来源：盐城市人民政府办公室　　浏览次数：{hits}",
                "字号：[ 大 中 小 ]　　打印本页　　关闭窗口"]

    bar1 = "第1页　第2页　第3页　下一页　尾页"
    bar2 = "首页　上一页　第1页　第2页　第3页　下一页　尾页"
    bar3 = "首页　上一页　第1页　第2页　第3页"
    top = ["盐城市人民政府", "网站首页 | 政务公开 | 政务服务 | 政民互动 | 走进盐城 | 无障碍",
           "当前位置：首页 > 政务公开 > 政府文件 > 政府工作报告"]
    lines = list(top) + hdr(1, 5218)
    lines += [ind(ln) for ln in b[:cut_par]] + [ind(head1), bar1, ""]
    lines += hdr(2, 5219) + [tail1] + [ind(ln) for ln in b[cut_par + 1:brk2]] + [bar2, ""]
    lines += hdr(3, 5219) + [ind(ln) for ln in b[brk2:]] + [bar3]
    tail = ["【打印本页】【关闭窗口】【返回顶部】", "相关链接",
            "·盐城市第八届人民代表大会第六次会议隆重开幕", "·图解：2021年盐城市政府工作报告", "·2020年盐城市人民政府工作报告",
            "主办：盐城市人民政府办公室　承办：盐城市大数据管理中心",
            "苏ICP备05009821号　苏公网安备32090202000123号　网站标识码：3209000001"]
    lines += tail
    chrome = top + hdr(1, 5218) + hdr(2, 5219) + hdr(3, 5219) + [bar1, bar2, bar3] + tail
    notes = ("Three CMS pages concatenated by a crawler. Between the parts: a pagination bar (第1页 第2页 第3页 下一页 尾页 …) "
             "and the next page's header: title with (2)/(3) (short, contains 报告 and a year, like a title line), the "
             "info line and the font-size bar. DECISION (docs: page-break splits are joined): the first page break "
             "falls inside the paragraph “十三五”时期…年均增长6.1%；| 一般公共预算收入达到400亿元；… (the continuation has no "
             "indentation); the expected text has the paragraph in one piece. The second break is at a paragraph "
             "boundary. The CMS title 盐城市2021年政府工作报告 differs from the body's own title line "
             "(2021年盐城市人民政府工作报告), which is meta.title. Speaker line with 代市长: role 盐城市人民政府代市长.")
    page("04_paginated_crawl", key, "txt", lines, chrome, notes=notes)


# 05 pdftotext -layout output of a printed PDF: cover block with a letter-spaced title, two-column running
#    header, centred 第 X 页 共 Y 页 footers, form feeds, spaces around the Latin-font numbers, hard wraps at
#    28 Han, paragraphs running across page breaks, and a two-column imprint line after the body
def p05():
    key = "huangpu_district_2024"
    b = paras(key)

    def spaced(s: str) -> str:
        # numbers are set in a Latin font: pdftotext shows the font switch next to a Han character as a space
        s = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", " ", s)
        return re.sub(r"(?<=[0-9%])(?=[\u4e00-\u9fff])", " ", s)

    def wrap(s: str, cols: int = 56) -> list[str]:
        toks = re.findall(r"[0-9.%]+|.", s)  # a number is never broken
        out, cur, w = [], "", 0
        for t in toks:
            tw = len(t) if t.isascii() else 2 * len(t)
            if w + tw > cols and cur.strip() and t not in _NO_START:
                out.append(cur.rstrip())
                cur, w = "", 0
                if t == " ":
                    continue
            cur += t
            w += tw
        out.append(cur.rstrip())
        return out

    lines = ["", "                  广州市黄埔区第二届人民代表大会第五次会议文件（1）", "", "", "",
             "                          政  府  工  作  报  告", "",
             "          " + b[1], "", "                    " + b[2].replace(" ", "    "), ""]
    cover_len = len(lines)
    for ln in b[3:]:
        if ln == "各位代表：":
            lines.append(ln)
            continue
        lines += wrap("    " + spaced(ln))
    per = 16
    pages = [lines[:per + 4]]
    rest = lines[per + 4:]
    while rest:
        pages.append(rest[:per])
        rest = rest[per:]
    assert len(pages[-1]) > 6, [len(p) for p in pages]
    imprint = "黄埔区第二届人民代表大会第五次会议秘书处                    2024年1月8日印发"
    n = len(pages)
    header = "2024 年政府工作报告                                         黄埔区二届人大五次会议文件"
    out = []
    # two-column lines are listed by column: a leak of either column (or of the whole line) is counted
    furniture = [lines[1]] + re.split(r"\s{4,}", header) + re.split(r"\s{4,}", imprint)
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out += [header, ""]
        out += pg
        if i == n:
            out += ["", "", "    " + imprint]
        foot = f"第 {i} 页 共 {n} 页"
        out += ["", "                                  " + foot, ""]
        furniture.append(foot)
        out[-1] += "\f"
    assert cover_len < per
    notes = ("pdftotext -layout text (UTF-8, form feed after each page). Page 1 carries the cover block "
             "(会议文件（1） line, letter-spaced title, delivery and speaker lines centred by spaces); later pages start "
             "with a two-column running header (2024 年政府工作报告 … 黄埔区二届人大五次会议文件: contains 报告 and a year, "
             "like a title) and every page ends with a centred 第 X 页 共 Y 页; paragraphs run on across page breaks. "
             "Numbers are set in a Latin font, so pdftotext shows spaces around them (达到 4380 亿元，增长 5.9%；): spaces "
             "next to Chinese go, per docs. DECISION: the letter-spaced title 政  府  工  作  报  告 is the title line "
             "政府工作报告 (spacing is typography, not text; only the speaker line keeps a space, between role and name). "
             "The speaker line is role + 4 spaces + name -> one ASCII space. The imprint line after the closing call "
             "(…会议秘书处   2024年1月8日印发) is not body. Title without region or year: meta.region and meta.year come "
             "from the delivery line.")
    page("05_pdf_layout_two_column", key, "txt", out, furniture, notes=notes)


# 06 provincial news portal: the report is preceded by an editor's 内容摘要 (prose) and a 要点速览 list of
#    bullet points with the report's own figures, then 报告全文如下：; after it a source line and 相关新闻
def p06():
    key = "anhui_province_2025"
    b = paras(key)
    summary = ("【内容摘要】1月14日，安徽省第十四届人民代表大会第四次会议在合肥开幕，省长孙启航作政府工作报告。报告回顾了"
               "2024年全省经济社会发展取得的成绩，提出今年地区生产总值增长5.5%左右的预期目标，并从扩大内需、发展新质生产力、"
               "推进乡村全面振兴、保障和改善民生等方面部署了重点工作。")
    points = [
        "◆ 2024年，全省地区生产总值突破5万亿元，增长5.8%，规上工业增加值增长8.5%。",
        "◆ 新能源汽车产量突破160万辆、增长60%以上，战略性新兴产业产值占规上工业比重提高到43%。",
        "◆ 2025年预期目标：地区生产总值增长5.5%左右，城镇新增就业70万人以上，粮食产量稳定在830亿斤以上。",
        "◆ 今年将实施省重点项目8000个以上、完成投资1.5万亿元，新增高新技术企业3000家",
        "◆ 城乡居民基础养老金月最低标准再提高20元，新增普惠托位2万个，改造城镇老旧小区1800个",
    ]
    ps = []
    for ln in b[3:]:
        if re.match(r"^[一二三]、", ln):
            ps.append(f'<p style="text-indent:2em;"><strong>{ent(ln)}</strong></p>')
        elif ln.startswith("——"):
            k = ln.index("。") + 1
            ps.append(f'<p style="text-indent:2em;"><strong>{ent(ln[:k])}</strong>{ent(ln[k:])}</p>')
        else:
            ps.append(f'<p style="text-indent:2em;">{ent(ln)}</p>')
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2025年安徽省政府工作报告全文发布_要闻_中安在线</title>
<meta name="keywords" content="政府工作报告,安徽两会">
<link rel="stylesheet" href="//static.example/css/article.css">
</head>
<body>
<div class="topbar"><a href="/">中安在线首页</a> | <a>新闻</a> | <a>时政</a> | <a>财经</a> | <a>教育</a> | <a>文旅</a> | <a>视频</a> | <a>English</a></div>
<div class="location">中安在线 &gt; 新闻中心 &gt; 安徽要闻</div>
<div class="article">
<h1>2025年安徽省政府工作报告全文发布</h1>
<div class="info"><span>2025-01-20 08:30:12</span> <span>来源：安徽日报</span> <span>作者：许梦洁</span> <span>编辑：程亮</span></div>
<div class="summary"><p>{summary}</p></div>
<div class="content">
<p style="text-align:center;"><strong>要点速览</strong></p>
{chr(10).join(f"<p>{ent(p)}</p>" for p in points)}
<p>&nbsp;</p>
<p>报告全文如下：</p>
<p style="text-align:center;"><strong>{b[0]}</strong></p>
<p style="text-align:center;">{b[1]}</p>
<p style="text-align:center;">{b[2].replace(" ", "&nbsp;&nbsp;")}</p>
{chr(10).join(ps)}
<p>&nbsp;</p>
<p style="text-align:right;">（本文来源：安徽省人民政府网站）</p>
</div>
<div class="editor">【责任编辑：程亮】</div>
<div class="share">分享到： 微信 微博 QQ空间 复制链接</div>
<div class="relnews"><h3>相关新闻</h3>
<ul>
<li><a>安徽省十四届人大四次会议开幕</a><span>2025-01-14</span></li>
<li><a>一图读懂2025年安徽省政府工作报告</a><span>2025-01-15</span></li>
<li><a>代表委员热议政府工作报告：奋力谱写中国式现代化美好安徽建设新篇章</a><span>2025-01-15</span></li>
</ul></div>
</div>
<div class="footer"><p>中安在线版权所有 未经授权禁止复制或建立镜像</p><p>皖ICP备06009321号 皖公网安备34010402700123号 互联网新闻信息服务许可证编号：34120170001</p></div>
</body>
</html>
"""
    chrome = ["中安在线首页 | 新闻 | 时政 | 财经 | 教育 | 文旅 | 视频 | English", "中安在线 > 新闻中心 > 安徽要闻",
              "2025年安徽省政府工作报告全文发布", "2025-01-20 08:30:12 来源：安徽日报 作者：许梦洁 编辑：程亮", summary,
              "要点速览"] + points + [
              "报告全文如下：", "（本文来源：安徽省人民政府网站）", "【责任编辑：程亮】", "分享到： 微信 微博 QQ空间 复制链接", "相关新闻",
              "安徽省十四届人大四次会议开幕 2025-01-14", "一图读懂2025年安徽省政府工作报告 2025-01-15",
              "代表委员热议政府工作报告：奋力谱写中国式现代化美好安徽建设新篇章 2025-01-15", "中安在线版权所有 未经授权禁止复制或建立镜像",
              "皖ICP备06009321号 皖公网安备34010402700123号 互联网新闻信息服务许可证编号：34120170001"]
    notes = ("DECISION (docs: the body starts at the title/delivery/speaker lines): the editor's 【内容摘要】 paragraph "
             "(prose, 100+ characters, names the meeting and the speaker) and the 要点速览 list (◆ bullets restating the "
             "report's figures, some ending in 。, some not) are an editorial summary, not body, although they sit "
             "inside the content <div> and read like report sentences. The summary names the meeting, but meta comes "
             "from the body's title and delivery lines anyway. The —— list items of the task part are body (a list "
             "item that starts with ——, docs/annotation.md §B). The source note after the closing call is not body.")
    page("06_editor_summary_bullets", key, "html", html, chrome, notes=notes)


# 07 Hong Kong 大公報-style page: traditional characters with HK variants (OpenCC s2hk), Big5 bytes declared
#    in <meta>, 「」 quotes, 【大公報訊】 lead, （完） end mark, 責任編輯 and tag lines
def p07():
    import opencc

    key = "shenzhen_city_2022"
    s2hk, t2s = opencc.OpenCC("s2hk"), opencc.OpenCC("t2s")
    big5_fix = {"裏": "裡", "着": "著", "綫": "線", "衞": "衛", "啓": "啟", "爲": "為", "溼": "濕", "羣": "群", "牀": "床"}
    quotes = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
    b = paras(key)
    hk, exp = [], []
    for ln in b:
        t = "".join(big5_fix.get(ch, ch) for ch in s2hk.convert(ln)).translate(quotes)
        t.encode("big5")
        e = ln.translate(quotes)
        assert t2s.convert(t) == e, (ln, t, t2s.convert(t))
        hk.append(t)
        exp.append(e)
    role, name = hk[2].split(" ")
    lead = ("【大公報訊】記者何立明深圳報道：深圳市第七屆人民代表大會第三次會議18日開幕，市長陳志遠代表市政府作政府工作報告，"
            "提出今年地區生產總值增長6%的預期目標。以下為報告全文：")
    ps = [f"<p>\u3000\u3000{lead}</p>", f'<p align="center"><strong>{hk[0]}</strong></p>', f'<p align="center">{hk[1]}</p>',
          f'<p align="center">{role}&nbsp;{name}</p>']
    for ln in hk[3:]:
        if re.match(r"^[一二三]、", ln):
            ps.append(f"<p><strong>{ln}</strong></p>")
        else:
            ps.append(f"<p>\u3000\u3000{ln}</p>")
    ps.append("<p>\u3000\u3000（完）</p>")
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>深圳市政府工作報告（全文） - 大灣區 - 大公網</title>
<meta name="keywords" content="深圳,政府工作報告,前海,河套">
<link rel="stylesheet" type="text/css" href="/css/article_2019.css">
<script type="text/javascript">var articleId = "227541"; var channel = "大灣區";</script>
</head>
<body>
<div class="topbar">大公網 | 大公報電子版 | 大公文匯全媒體 | 繁 | 簡</div>
<div class="nav"><a>首頁</a> <a>香港</a> <a>內地</a> <a>大灣區</a> <a>兩岸</a> <a>國際</a> <a>財經</a> <a>評論</a> <a>副刊</a> <a>視頻</a></div>
<div class="crumb"><a>大公網</a> &gt; <a>大灣區</a> &gt; 深圳</div>
<div class="article">
<h1>深圳市政府工作報告（全文）</h1>
<div class="info">2022-01-19 10:25:36&nbsp;&nbsp;來源：大公報&nbsp;&nbsp;作者：記者 何立明</div>
<div class="fontsize">字體：<a>大</a> <a>中</a> <a>小</a></div>
<div class="content">
{chr(10).join(ps)}
</div>
<div class="editor">責任編輯：黃麗芬</div>
<div class="tags">標籤：深圳 政府工作報告 前海</div>
<div class="share">分享：Facebook Twitter 微博 微信 WhatsApp</div>
<div class="related"><h3>相關新聞</h3>
<ul>
<li><a>深圳今年GDP目標增長6% 前海擴區加快落地</a></li>
<li><a>大公報社評：深港合作迎來新機遇</a></li>
<li><a>河套合作區深圳園區加快建設 港科研機構陸續進駐</a></li>
</ul></div>
</div>
<div class="footer"><p>關於我們 | 聯絡我們 | 廣告服務 | 私隱政策 | 版權聲明</p>
<p>大公網版權所有，未經許可不得轉載或鏡像　Copyright &copy; 2022 Takungpao.com.hk All Rights Reserved.</p></div>
</body>
</html>
"""
    html.encode("big5")
    chrome = ["大公網 | 大公報電子版 | 大公文匯全媒體 | 繁 | 簡", "首頁 香港 內地 大灣區 兩岸 國際 財經 評論 副刊 視頻", "大公網 > 大灣區 > 深圳",
              "深圳市政府工作報告（全文）", "2022-01-19 10:25:36 來源：大公報 作者：記者 何立明", "字體：大 中 小", lead, "（完）",
              "責任編輯：黃麗芬", "標籤：深圳 政府工作報告 前海", "分享：Facebook Twitter 微博 微信 WhatsApp", "相關新聞",
              "深圳今年GDP目標增長6% 前海擴區加快落地", "大公報社評：深港合作迎來新機遇", "河套合作區深圳園區加快建設 港科研機構陸續進駐",
              "關於我們 | 聯絡我們 | 廣告服務 | 私隱政策 | 版權聲明",
              "大公網版權所有，未經許可不得轉載或鏡像 Copyright © 2022 Takungpao.com.hk All Rights Reserved.", "articleId"]
    notes = ("Big5 bytes (<meta charset=big5>), body converted with OpenCC s2hk (HK variants; the few that Big5 lacks "
             "replaced by their Big5 forms: 裏->裡, 着->著 …); the generator checks that t2s gives the simplified body back. "
             "DECISION: the page writes quotes as 「」 (HK usage); docs/cleaning.md normalises width, traditional "
             "characters and ASCII punctuation but not quote style, and OpenCC t2s keeps 「」, so the expected text keeps "
             "「闯」「创」「干」「20+8」「小巨人」 (this page's expected.txt differs from the simplified body in its quotes only). "
             "The 【大公報訊】 lead and the （完） end mark are not body. meta in simplified characters.")
    page("07_hk_takungpao_big5", key, "html", html, chrome, encoding="big5", notes=notes, expected="\n".join(exp))


# 08 county-level 融媒体 site: <video>/<audio> player blocks (fallback text, time codes, control labels) above
#    the body, 图解 and 视频 link blocks between the body's sections, 三审 line and app promotion below
def p08():
    key = "liuyang_city_2023"
    b = paras(key)
    video = ('<div class="video-box"><div class="video-title">视频｜浏阳市长钟晓华作政府工作报告</div>'
             '<video id="player1" src="https://vod.example/lyrm/2023/0105/gzbg.mp4" poster="/upload/2023/01/gzbg.jpg" controls '
             'preload="none" width="100%">您的浏览器不支持 video 标签，请升级浏览器后观看。</video>'
             '<div class="vjs-control-bar"><span class="vjs-play-control">播放</span> <span class="vjs-time">00:00 / 32:15</span> '
             '<span class="vjs-rate">倍速 1.0x</span> <span class="vjs-fullscreen">全屏</span></div></div>')
    audio = ('<div class="audio-box"><div class="audio-title">音频｜听，2023年浏阳市政府工作报告</div>'
             '<audio src="https://vod.example/lyrm/2023/0105/gzbg.mp3" controls>您的浏览器不支持 audio 元素。</audio>'
             '<div class="audio-bar"><span>00:00 / 18:42</span> <span>主播：浏阳之声 小雅</span></div></div>')
    tujie1 = ('<div class="tujie"><a href="/content/2023/01/05/12031877.html"><img src="/upload/2023/01/tujie1.jpg" alt="图解"></a>'
              '<p><a href="/content/2023/01/05/12031877.html">【图解】一图读懂2023年浏阳市政府工作报告 &gt;&gt;</a></p>'
              '<p class="tip">点击图片查看大图</p></div>')
    tujie2 = ('<div class="tujie"><a href="/content/2023/01/05/12031902.html"><img src="/upload/2023/01/tujie2.jpg" alt="图解"></a>'
              '<p><a href="/content/2023/01/05/12031902.html">图解｜2023年，浏阳将办好这些民生实事</a></p></div>'
              '<div class="video-link"><span class="icon-play">▶</span> <a href="/content/2023/01/05/12031915.html">'
              '视频｜代表委员热议政府工作报告</a> <span>03:26</span></div>')
    ps = []
    for ln in b[3:]:
        if re.match(r"^二、", ln):
            ps.append(tujie1)
        if re.match(r"^[一二]、", ln):
            ps.append(f'<p style="text-indent: 2em;"><strong>{ent(ln)}</strong></p>')
        else:
            ps.append(f'<p style="text-indent: 2em;">{ent(ln)}</p>')
        if ln.startswith("（三）"):
            ps.append(tujie2)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>2023年浏阳市政府工作报告_浏阳网</title>
<link rel="stylesheet" href="/static/css/detail.css">
<link rel="stylesheet" href="/static/video-js/video-js.min.css">
<script src="/static/video-js/video.min.js"></script>
</head>
<body>
<div class="header"><div class="logo">浏阳网</div><div class="slogan">浏阳市融媒体中心主办</div>
<div class="menu"><a>首页</a> <a>浏阳新闻</a> <a>视听浏阳</a> <a>政务</a> <a>民生</a> <a>专题</a></div></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>专题</a> &gt; <a>2023浏阳两会</a></div>
<div class="detail">
<h1>2023年浏阳市政府工作报告</h1>
<div class="detail-info"><span>来源：浏阳市融媒体中心</span> <span>2023-01-06 17:20</span> <span>阅读：12608</span></div>
<div class="detail-content">
{video}
{audio}
<p style="text-align: center;"><strong>{b[0]}</strong></p>
<p style="text-align: center;">{b[1]}</p>
<p style="text-align: center;">{b[2].replace(" ", "&nbsp;&nbsp;")}</p>
{chr(10).join(ps)}
</div>
<div class="detail-editor">编辑：刘思琪&nbsp;&nbsp;&nbsp;审核：汤建军&nbsp;&nbsp;&nbsp;终审：罗立新</div>
<div class="detail-jiucuo"><a>【纠错】</a></div>
<div class="app-promo"><img src="/static/img/app_qr.png" alt=""><p>扫码下载“掌上浏阳”APP</p><p>看浏阳新闻，办浏阳事</p></div>
</div>
<div class="footer"><p>浏阳网版权所有 湘ICP备10203456号-1 湘公网安备43018102000123号</p><p>本站联系电话：0731-83600000</p></div>
<script>var player = videojs("player1", {{ playbackRates: [0.5, 1, 1.5, 2] }});</script>
</body>
</html>
"""
    chrome = ["浏阳网", "浏阳市融媒体中心主办", "首页 浏阳新闻 视听浏阳 政务 民生 专题", "当前位置：首页 > 专题 > 2023浏阳两会",
              "来源：浏阳市融媒体中心 2023-01-06 17:20 阅读：12608", "视频｜浏阳市长钟晓华作政府工作报告",
              "您的浏览器不支持 video 标签，请升级浏览器后观看。", "播放 00:00 / 32:15 倍速 1.0x 全屏", "音频｜听，2023年浏阳市政府工作报告",
              "您的浏览器不支持 audio 元素。", "00:00 / 18:42 主播：浏阳之声 小雅", "【图解】一图读懂2023年浏阳市政府工作报告 >>",
              "点击图片查看大图", "图解｜2023年，浏阳将办好这些民生实事", "▶ 视频｜代表委员热议政府工作报告 03:26",
              "编辑：刘思琪 审核：汤建军 终审：罗立新", "【纠错】", "扫码下载“掌上浏阳”APP", "看浏阳新闻，办浏阳事",
              "浏阳网版权所有 湘ICP备10203456号-1 湘公网安备43018102000123号", "本站联系电话：0731-83600000", "videojs",
              "playbackRates"]
    notes = ("The <video>/<audio> fallback texts (您的浏览器不支持 video 标签，请升级浏览器后观看。 is a sentence with ，。) and "
             "the player labels/time codes sit inside the content <div> above the title; the 图解 block sits between the "
             "review and the task section, the second 图解 + 视频 link block between (三) and (四) of the tasks. None is "
             "body. The <h1> equals the body's title line (only the content copy is body). DECISION (docs: a "
             "county-level city named alone reads as city): 浏阳市 is a county-level city of 长沙, but the title and delivery line "
             "name it alone (浏阳市, not 长沙市浏阳市) -> meta.level city. Speaker line role&nbsp;&nbsp;name -> one ASCII space.")
    page("08_video_audio_tujie", key, "html", html, chrome, notes=notes)


# 09 知乎专栏 article saved with a web clipper as Markdown: YAML front matter, # / ## headings, **bold**,
#    > quotes around the delivery and speaker lines, - list items, blank lines between paragraphs, [links](…),
#    知乎's zero-width-prefixed button labels, 推荐阅读 with report-like titles
def p09():
    key = "zhungeer_banner_2024"
    b = paras(key)
    md = []
    for ln in b[4:]:
        if re.match(r"^[一二]、", ln):
            md.append("## " + ln)
        elif re.match(r"^（[一二三四]）", ln):
            k = ln.index("。") + 1
            md.append(f"- **{ln[:k]}**{ln[k:]}")
        elif ln.startswith("过去一年，全旗地区生产总值"):
            md.append(ln.replace("地区生产总值完成1680亿元，增长7.2%", "**地区生产总值完成1680亿元，增长7.2%**"))
        elif re.match(r"^(能源保供有力有效|生态建设成效明显|民生福祉持续增进)。", ln):
            k = ln.index("。") + 1
            md.append(f"**{ln[:k]}**{ln[k:]}")
        elif ln.startswith("各位代表，新的一年"):
            md.append("**各位代表**" + ln[len("各位代表"):])
        else:
            md.append(ln)
    # list items are written without blank lines between them, as Markdown lists are
    body_md = []
    for i, x in enumerate(md):
        body_md.append(x)
        if not (x.startswith("- ") and i + 1 < len(md) and md[i + 1].startswith("- ")):
            body_md.append("")
    front = ["---", 'title: "准格尔旗2024年政府工作报告全文"', 'source: "https://zhuanlan.zhihu.com/p/678215034"', "author:",
             '  - "[[鄂尔多斯观察]]"', "published: 2024-01-20", "created: 2024-02-03",
             'description: "本文转自准格尔旗人民政府网站，仅供学习交流。2024年准格尔旗人民政府工作报告——2024年1月10日在准格尔旗第十八届人民代表大会第四次会议上 准格尔旗人民政府旗长 高文斌 各位代表：现在，我代表旗人民政府向大会报告工作…"',
             "tags:", '  - "clippings"', "---", ""]
    top = ["# 准格尔旗2024年政府工作报告全文", "",
           "[![鄂尔多斯观察](https://picx.zhimg.com/v2-3c1e9a7b_l.jpg?source=172ae18b)](https://www.zhihu.com/people/erdos-guancha)", "",
           "[鄂尔多斯观察](https://www.zhihu.com/people/erdos-guancha)", "", "关注地方经济与政策，不定期整理政府工作报告", "",
           "\u200b56 人赞同了该文章", "", "> 本文转自准格尔旗人民政府网站，仅供学习交流。", "",
           f"**{b[0]}**", "", f"> {b[1]}", ">", f"> {b[2]}", "", b[3], ""]
    assert b[3] == "各位代表："
    bottom = ["编辑于 2024-01-21 09:15・IP 属地内蒙古", "", "[政府工作报告](https://www.zhihu.com/topic/19624151)", "",
              "[准格尔旗](https://www.zhihu.com/topic/20046321)", "", "[地方经济](https://www.zhihu.com/topic/19552192)", "",
              "\u200b赞同 56\u200b\u200b添加评论", "", "\u200b分享", "", "\u200b喜欢\u200b收藏\u200b申请转载", "", "\u200b", "",
              "还没有评论，发表第一个评论吧", "", "## 文章被以下专栏收录", "", "[地方政府工作报告汇编](https://www.zhihu.com/column/c_1500123456)",
              "", "收集整理各地政府工作报告全文，欢迎关注。", "", "## 推荐阅读", "",
              "[2024年鄂尔多斯市政府工作报告全文](https://zhuanlan.zhihu.com/p/677012345)", "", "鄂尔多斯观察", "",
              "[内蒙古自治区2024年政府工作报告要点梳理：今年经济增长目标6%左右](https://zhuanlan.zhihu.com/p/676554321)", "",
              "政经笔记", ""]
    lines = front + top + body_md + bottom
    chrome = ['title: "准格尔旗2024年政府工作报告全文"', 'source: "https://zhuanlan.zhihu.com/p/678215034"', '- "[[鄂尔多斯观察]]"',
              "published: 2024-01-20", "created: 2024-02-03", front[7], '- "clippings"', "# 准格尔旗2024年政府工作报告全文",
              top[2], top[4], "关注地方经济与政策，不定期整理政府工作报告", "56 人赞同了该文章", "> 本文转自准格尔旗人民政府网站，仅供学习交流。",
              ] + [x for x in bottom if x.strip("\u200b ")]
    notes = ("Markdown file (.md, UTF-8, no BOM) as saved by a web clipper from a 知乎专栏 article. DECISION: Markdown "
             "syntax is markup, not text: the expected body has no # / ## heading marks, no ** bold marks, no > quote "
             "marks and no '- ' list bullets (docs: bullets removed), e.g. '- **（一）推动能源产业转型。**新建…' -> "
             "'（一）推动能源产业转型。新建…', '> ——2024年1月10日…' -> '——2024年1月10日…'. The YAML front matter (its "
             "description repeats the opening of the report in one line), the article heading '# 准格尔旗2024年政府工作报告全文', "
             "the repost note and everything after the closing call (编辑于…IP 属地, topics, 赞同/添加评论 buttons with ZWSP, "
             "专栏, 推荐阅读) are not body. The four (一)-(四) list items are consecutive lines (no blank line), the "
             "other paragraphs are separated by blank lines. 准格尔旗: 旗 -> meta.level county.")
    page("09_zhihu_markdown", key, "md", lines, chrome, notes=notes)


# 10 百度贴吧 thread: the original poster pastes the report over floors 1-3 (接1楼/接2楼 markers, 全文完),
#    楼中楼 replies under floors 1 and 2 (one of them a full prose sentence), a folded floor and prose replies after
def p10():
    key = "gushi_county_2022"
    b = paras(key)
    total = sum(len(x) for x in b)
    chunks, cur, size = [], [], 0
    for ln in b:
        cur.append(ln)
        size += len(ln)
        if len(chunks) < 2 and size >= total * (len(chunks) + 1) / 3:
            chunks.append(cur)
            cur = []
    chunks.append(cur)
    assert len(chunks) == 3 and all(chunks), [len(c) for c in chunks]

    def author(name, lv, title, op=False):
        badge = '<div class="louzhubiaoshi j_louzhubiaoshi"><a>楼主</a></div>' if op else ""
        return (f'<div class="d_author">{badge}<ul class="p_author"><li class="icon"><a class="p_author_face"><img '
                f'src="https://gss0.example/sys/portrait/item/tb.1.{zlib.crc32(name.encode()) % 10 ** 8:08d}"></a></li>'
                f'<li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un={name}">{name}</a></li>'
                f'<li class="l_badge"><div class="d_badge_title">{title}</div><div class="d_badge_lv">{lv}</div></li></ul></div>')

    def lzl(items, more=None):
        lis = "".join(
            f'<li class="lzl_single_post"><div class="lzl_cnt"><a class="at j_user_card">{u}</a>:&nbsp;'
            f'<span class="lzl_content_main">{t}</span><div class="lzl_content_reply"><span class="lzl_time">{tm}</span>'
            f'<a class="lzl_s_r">回复</a></div></div></li>' for u, t, tm in items)
        if more:
            lis += f'<li class="lzl_li_pager"><p>{more}</p></li>'
        return (f'<div class="j_lzl_container core_reply_wrapper"><ul class="j_lzl_m_w">{lis}'
                f'<li class="lzl_li_pager"><a class="j_lzl_p">我也说一句</a></li></ul></div>')

    def floor(n, who, lv, title, content, tail, when, op=False, replies="", shown=None):
        cnt = f"回复({shown or replies.count('lzl_single_post')})" if replies else "回复"
        return (f'<div class="l_post j_l_post l_post_bright" data-field=\'{{"author":{{"user_name":"{who}"}},"content":{{"post_no":{n}}}}}\'>\n'
                f'{author(who, lv, title, op)}\n'
                f'<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_14235{n:05d}" '
                f'class="d_post_content j_d_post_content " style="display:;">            {content}</div><br></cc></div>\n'
                f'<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail"><ul class="p_tail"><li>{tail}</li>'
                f'<li><span>{n}楼</span></li><li><span>{when}</span></li></ul><a class="lzl_link_unfold">{cnt}</a></div>\n'
                f'{replies}</div></div>\n</div>')

    c1 = "转自固始县人民政府网站<br>" + "<br>".join(ent(x) for x in chunks[0])
    c2 = "接1楼<br>" + "<br>".join(ent(x) for x in chunks[1])
    c3 = "接2楼<br>" + "<br>".join(ent(x) for x in chunks[2]) + "<br>（全文完）"
    r1 = lzl([("蓼城小李", '坐等楼主更新<img class="BDE_Smiley" src="/static/emotion/image_emoticon25.png">', "2022-1-17 21:15"),
              ("陈集老王", "希望今年能把城区的路好好修一修，特别是蓼城大道那一段，每天上下班都堵得不行，停车也难。", "2022-1-17 21:40")])
    r2 = lzl([("史河湾的风", "楼主辛苦了", "2022-1-17 22:03"), ("信合大道", "回复 史河湾的风 :还有一楼，马上发完", "2022-1-17 22:05")],
             more="还有2条回复，<a>点击查看</a>")
    floors = [
        floor(1, "信合大道", 10, "固始达人", c1, "来自Android客户端", "2022-01-17 21:08", replies=r1),
        floor(2, "信合大道", 10, "固始达人", c2, "来自Android客户端", "2022-01-17 21:58", op=True, replies=r2, shown=4),
        floor(3, "信合大道", 10, "固始达人", c3, "来自Android客户端", "2022-01-17 22:11", op=True),
        floor(4, "固始人在上海", 7, "蓼城学子", '顶一个！家乡越来越好了<img class="BDE_Smiley" src="/static/emotion/image_emoticon13.png">',
              "来自iPhone客户端", "2022-01-18 08:12"),
        '<div class="l_post j_l_post l_post_bright"><div class="p_forbidden_post_content_unfold">该楼层疑似违规已被系统折叠&nbsp;'
        '<a>隐藏此楼</a><a>查看此楼</a></div></div>',
        floor(6, "往流老街坊", 12, "固始元老",
              "报告写得实在，五年来变化确实大。希望今年的民生实事都能落到实处，特别是老旧小区改造，我们小区已经排了两年了，"
              "到现在还没有动静，盼着今年能轮到。", "", "2022-01-19 12:47"),
    ]
    title = "【转】2022年固始县人民政府工作报告（全文）"
    html = f"""<!DOCTYPE html><!--STATUS OK-->
<html>
<head>
<meta charset="UTF-8">
<title>{title}_固始吧_百度贴吧</title>
<meta name="keywords" content="固始,政府工作报告">
<meta name="description" content="转自固始县人民政府网站2022年固始县人民政府工作报告——2022年1月15日在固始县第十七届人民代表大会第一次会议上固始县人民政府县长 马俊峰各位代表：...">
<link rel="stylesheet" href="//tb1.bdstatic.example/tb/_/frs_pb.css">
<script>var PageData = {{"forum":{{"name":"固始","id":61223}},"thread":{{"thread_id":7712345678,"title":"{title}"}}}};</script>
</head>
<body>
<div id="com_userbar"><ul><li><a>百度首页</a></li><li><a>登录</a></li><li><a>注册</a></li></ul></div>
<div class="search_main"><span>进入贴吧</span> <span>全吧搜索</span> <span>吧内搜索</span></div>
<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname">固始吧</a></div>
<div class="card_num"><span>关注：<span class="card_menNum">156,302</span></span><span>贴子：<span class="card_infoNum">3,258,117</span></span></div>
<a class="j_signbtn">签到</a></div>
<div class="nav_list"><a>看贴</a> <a>图片</a> <a>精品</a> <a>视频</a> <a>游戏</a></div>
<div class="core_title_wrap_bright"><h3 class="core_title_txt">{title}</h3>
<ul class="core_title_btns"><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>
<div class="p_thread"><ul class="l_posts_num"><li class="l_reply_num"><span>6</span>回复贴，共<span>1</span>页</li></ul></div>
<div class="p_postlist" id="j_p_postlist">
{chr(10).join(floors)}
</div>
<div class="p_thread"><ul class="l_posts_num"><li class="l_reply_num"><span>6</span>回复贴，共<span>1</span>页</li></ul></div>
<div class="editor_title">发表回复</div>
<form id="tb_rich_poster" class="tb_rich_poster"><textarea></textarea><span>发贴请遵守贴吧协议及“七条底线”</span><a>贴吧投诉</a> <a>停止浏览</a><input type="submit" value="发 表"></form>
<div class="footer">©2022 Baidu <a>贴吧协议</a> | <a>隐私政策</a> | <a>吧主制度</a> | <a>意见反馈</a> | <a>网络谣言警示</a></div>
</body>
</html>
"""
    chrome = ["百度首页", "登录", "注册", "进入贴吧 全吧搜索 吧内搜索", "固始吧", "关注：156,302贴子：3,258,117", "签到",
              "看贴 图片 精品 视频 游戏", title, "只看楼主", "收藏", "6回复贴，共1页", "信合大道", "固始达人", "楼主",
              "转自固始县人民政府网站", "来自Android客户端", "1楼", "2022-01-17 21:08", "回复(2)", "回复(4)", "蓼城小李", "坐等楼主更新",
              "2022-1-17 21:15", "陈集老王", "希望今年能把城区的路好好修一修，特别是蓼城大道那一段，每天上下班都堵得不行，停车也难。",
              "我也说一句", "接1楼", "2楼", "史河湾的风", "楼主辛苦了", "回复 史河湾的风", "还有一楼，马上发完",
              "还有2条回复，点击查看", "接2楼", "（全文完）", "3楼", "固始人在上海", "蓼城学子", "顶一个！家乡越来越好了",
              "来自iPhone客户端", "4楼", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼", "往流老街坊", "固始元老",
              "报告写得实在，五年来变化确实大。希望今年的民生实事都能落到实处，特别是老旧小区改造，我们小区已经排了两年了，"
              "到现在还没有动静，盼着今年能轮到。", "6楼", "发表回复", "发贴请遵守贴吧协议及“七条底线”", "贴吧投诉 停止浏览",
              "©2022 Baidu 贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示", "PageData"]
    sizes = [sum(len(x) for x in c) for c in chunks]
    notes = (f"The report is pasted by the original poster over floors 1, 2 and 3 ({sizes[0]}/{sizes[1]}/{sizes[2]} "
             "characters, split at paragraph boundaries, <br> between paragraphs); all three parts are body and join "
             "into one text. Between them sit the floor tails (来自Android客户端 1楼 date 回复(2)), the 楼中楼 replies "
             "(one a prose sentence with ，。 about 蓼城大道, which the report also names) and the poster's own 接1楼/接2楼 "
             "markers; after floor 3 come （全文完）, a short reply, a folded floor and a long prose reply (6楼). None of "
             "these is body, nor the repost note 转自固始县人民政府网站 at the top of floor 1. The thread title "
             "【转】…（全文） is not meta.title: the body has its own title line.")
    page("10_tieba_three_floors", key, "html", html, chrome, notes=notes)


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
        raw_path = OUT / f"{name}.{p['ext']}"
        raw_path.write_bytes(p["raw"].encode(p["encoding"]))
        (OUT / f"{name}.expected.txt").write_text(text + "\n", encoding="utf-8")
        # chrome lines that also occur inside the body (a nav item 政务, a heading equal to the title) cannot tell
        # chrome left from body kept: they are not listed
        flat = _flat(text)
        chrome = []
        for c in p["chrome"]:
            c = re.sub(r"^[◆·•●▶]\s*", "", c.strip())  # a list bullet may be dropped with the line kept
            if _flat(c) not in flat and c not in chrome:
                chrome.append(c)
        info = {"file": raw_path.name, "encoding": p["encoding"], "body": p["key"], "meta": dict(bd["meta"]),
                "chrome": chrome}
        if p["notes"]:
            info["notes"] = p["notes"]
        (OUT / f"{name}.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
