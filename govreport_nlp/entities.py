"""Entity recognition for government work reports: PLACE, PROGRAM, COMPANY, ORG
(docs/annotation.md §2).

A spaCy factory, ``govreport_entities``, that sets ``doc.ents``. It works on
the characters of ``doc.text`` so that any tokenisation gives the same
entities (character tokens of ``spacy.blank("zh")``, the pkuseg tokenizer of
segment.py, ...):

1. Gazetteer hits (Aho-Corasick, leftmost-longest): administrative divisions
   with short forms, towns, regions, geographic features, countries, national
   programs, central bodies, well-known companies (models/gazetteers/).
   Town stems and village/community names are switched on only for the
   counties the document mentions (at least twice). A hit dropped as glued
   (below) does not hide a name starting inside it (亲临安徽: 临安, then 安徽).
2. Patterns for the open classes, anchored on a suffix and extended to the
   left over characters and gazetteer names until a boundary (punctuation or a
   verb/function word from cues.json): X工程/行动/计划/战略/试点/规划,
   “X”改革/工程/..., X大学/医院/研究院/中心/委员会..., X集团/公司/科技/生物...,
   <place>高新区/开发区/综合保税区..., X路, X河 (with context), 区委/区人大/区政协,
   第七届人民代表大会, X长制, 十四五; exact context rules: 中央 when it acts
   (中央决定, not 中央财政), governments named after a place (中国政府,
   澳门特别行政区第一届政府), 新中国.
   Short mined place names are dropped inside common words and idioms
   (glue.txt, glue_long.txt: 同日|本 is 日本, 同心同德 has no place).
3. Quotes: quotes that wrap the whole name are left out (实施“倍增工程” → 倍增工程);
   quotes followed by a word of the name are kept (“放管服”改革); quotes
   followed by a generic head noun give the bare name (“十四五”时期 → 十四五).
4. Overlaps: the longest candidate wins; on equal length the gazetteer wins
   over a pattern. Stop words (全区, 四个意识, 龙头企业...) are never entities.
5. Hints (``find_with_hints``): PROGRAM candidates too ambiguous to stand
   alone — titled laws and regulations without 《》 (行政许可法, X条例, X纲要,
   X办法, X方案, 关于…的决定/意见), named policies, subsidies, insurance
   schemes and systems (X政策, X补贴, X保险, X制度, X责任制, X制), X下乡,
   X+; and PLACE candidates — the bare stem of a division the report names
   in full (虎门 for 虎门镇), villages (军田村), numbered roads (312国道) and
   highways (京秦高速). Only the model sees them (as a feature), and decides.

Token boundaries (``snap``):
- ``"split"`` (default): a span that cuts a token splits that token
  (``doc.retokenize().split``), so entity offsets are exactly the characters
  found; a two-character gazetteer name that cuts a token of a word-level
  tokenizer is dropped instead (it is most likely part of another word:
  市中 in 城市中心).
- ``"expand"`` / ``"contract"``: ``doc.char_span(alignment_mode=...)``: tokens
  are never changed; offsets grow or shrink to the token boundaries.

The statistical layer (``model_dir`` in the config; default the package's
models/entity_model, built by scripts/train_entities.py /
entities_train.train_entity_model; None = rules only): ``LinearTagger``, a
linear BIO tagger over hashed features of the pipeline's word tokens (word
±2, first/last characters, two-character prefix/suffix, length, inside
quotes/《》, the rule layer's tag of the token and its neighbours, the hint
tag, and the head of the phrase the token sits in: the last word before the
next punctuation, e.g. 纲要 for every word of 国家中长期…发展规划纲要),
first-order transitions and batched Viterbi decoding in numpy (weights in
linear.npz, no pickle). So the model learns when a rule hit is right and
finds names the rules miss, at ~10x the speed of the spaCy ``ner`` it
replaced (a spaCy ``ner``/``tagger`` directory with config.cfg over
``feature_doc`` still loads). Model spans get their quote marks repaired
(``fix_quotes``, also 《》 and blanks). A model span that shares one edge
with an exact rule name of the same label (gazetteer, congress, 区人民政府,
新中国, 中央) takes the rule's boundaries only where the model could not
have drawn them: the rule's edge lies inside one of the model's tokens
(代表区|人民政府 → 区人民政府; a shorter name inside the model's span only
from the exact patterns), or the quote rule found “X”<name word> where the
model saw X (“三北”工程; ``merge``). ``combine`` merges both: "model"
(default) = the model's spans, so repaired, plus the other occurrences of
the programme and firm names among them (``_repeats``); "names" = the rules' COMPANY
spans first, the model's spans (minus stop words and names inside
events), and the rules' ORG spans that overlap none of them; "union" = the
same with every rule span; "rules" = rules only. The rule layer reaches the
model as features (the rule tag of each token), and the model uses them
better than any merge rule: 4-fold CV on the 71 train documents, micro
0.833 for "model" against 0.822 for "names" and 0.827 for the model's
spans unrepaired (scripts/train_entities.py --cv 4); "names" loses on
ORG (the stop list drops 中央 where it acts, gazetteer ministries the model
rightly declines) and COMPANY (rule firms over the model's longer names:
吉利 in 吉利汽车). With character tokens
(spacy.blank("zh")) the model runs on pkuseg words internally.
"""
from __future__ import annotations

import bisect

import json
import re
import zlib
from pathlib import Path
from typing import Iterable

import ahocorasick
import numpy as np
from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text, remember_text
from .gazetteer import Gazetteer, load_gazetteer

CJK = r"\u4e00-\u9fff"
NAME_CHAR = re.compile(rf"[{CJK}A-Za-z0-9０-９Ａ-Ｚａ-ｚ·]")
OPEN_Q, CLOSE_Q = "“‘「『\"", "”’」』\""
QUOTED = re.compile(r"[“‘「『\"]([^“”‘’「」『』\"\n。，；：！？]{1,24})[”’」』\"]")
FIVE_YEAR = re.compile(r"(?<![一二三四五六七八九十])(十[一二三四五]五|[一二三四五六七八九]五|十五)(?=(?:规划|计划|期间|时期|末|初|以来|开局|收官|”|\"))")
FIVE_YEAR_NAME = re.compile(r"^(?:十[一二三四五]?五|[一二三四五六七八九]五)$")
LONG_SYSTEM = re.compile(rf"[{CJK}]长制")
CONGRESS = re.compile(r"(?:全国|第[一二三四五六七八九十百零〇]+届(?:全国)?)人民代表大会(?:常务委员会)?|第[一二三四五六七八九十百零〇]+届(?:全国)?政治协商会议[^，。]{0,6}?委员会|政协第[一二三四五六七八九十百零〇]+届[^，。]{0,6}?委员会")
ONE_CHINA = re.compile(r"一个中国(?:的)?原则")
NEW_CHINA = re.compile(r"新中国|中华人民共和国")
# 中国 in honour titles and rankings (中国工业百强区, 中国500强, 中国最具投资潜力…)
CHINA_TITLE = re.compile(r"[^，。、；：！？\n]{0,8}?(?:百强|[0-9０-９]+强|最具|最佳|最美|十佳|名镇|名村|之乡)")
SESSION_AFTER = re.compile(r"第[一二三四五六七八九十]+次(?:会议|全体会议)")

DIGIT_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十百千万]+[个所项家条座批处类年]")
EVENT = re.compile(r"金融危机|峰会|博览会|论坛|运动会|亚运会|奥运会|全运会|冬奥会|年会|展会|交易会|洽谈会|推介会|发布会|(?<!人民代表)(?<!全国代表)大会|(?<=次)全国代表大会|[一二三四五六七八九十]中全会|会议|会晤|世界杯|亚洲杯|进博会|广交会|服贸会|消博会|文博会|"
                   # festivals, races and local events (宁波国际服装节, 象山开渔节, 杭州亚运会宁波赛区)
                   r"艺术节|文化节|旅游节|音乐节|电影节|服装节|开渔节|购物节|美食节|啤酒节|读书节|科技节|马拉松|帆船赛|自行车赛|锦标赛|大赛|赛区|"
                   r"座谈会|研讨会|招商会|嘉年华|双年展|艺术周|时装周|消费季")
RIVER_JIANG = re.compile(r"江")
# facilities and infrastructure (docs/annotation.md §2: not tagged, nor the place
# names inside them: 宁波舟山港, 杭州萧山国际机场, 镜岭水库, 肥西万达广场 is 万达 only)
FACILITY = re.compile(r"国际机场|机场|火车站|高铁站|客运站|(?<![香])港(?![区口澳台])|水库|核电站|核电|抽水蓄能电站|电站|船闸|大桥|隧道|"
                      r"铁路|高铁|城际|地铁|轨道交通|广场|万象城|体育中心|体育馆|体育场|会展中心|博览中心|大剧院|剧院|文化中心|枢纽|码头")
# named zones, corridors, parks and scenic areas that start with a known place
# (杭州城西科创大走廊, 宁波石化经济技术开发区, 紫蓬山国家森林公园): PLACE (§2 named regions and economic zones)
LONG_ZONE = re.compile(r"科创大走廊|科创走廊|大走廊|走廊|试验区|实验区|示范区|先行区|合作区|集聚区|产业带|文化带|经济带|都市区|都市圈|"
                       r"国家公园|文化公园|湿地公园|森林公园|风景名胜区|风景区|旅游区|度假区|新区|新城|科学城|科技城|科教城|科技园|产业园|工业园|"
                       r"经济技术开发区|高新技术产业开发区|开发区|高新区|保税区|片区|港区|古镇|街区")
IN_EVENT = re.compile(rf"[{CJK}A-Za-z0-9”’]{{0,8}}?(?:{EVENT.pattern})")
# bodies that hold sessions: an ORG span ending so is tagged before 第一次会议
SESSION_BODY = re.compile(r"(?:人民代表大会|人大|政协|委员会|常委会|常务委员会)$")
GENERIC_ORG_WORD = re.compile(r"最|规模|一批|一流|若干|各类|各级|一些")
PRIORITY = {"gaz": 3, "quote": 2, "pattern": 1, "local": 2, "congress": 2, "exact": 2, "model": 2, "hint": 0}
DIGITS = str.maketrans("123456789１２３４５６７８９", "000000000０００００００００")
FIRST_SAFE = {"=": "eq", "|": "bar", ",": "comma", "_": "us"}
SOURCE_GROUP = {"gaz": "g", "local": "g", "quote": "q", "pattern": "p", "congress": "p", "exact": "g", "model": "m", "hint": "p"}
# Sources whose spans are exact names: their boundaries repair a model span
# of the same label that shares one edge with them (代表区人民政府 → 区人民政府).
EXACT_SOURCES = frozenset(("gaz", "local", "congress", "exact"))
# 集团 after these is a political bloc or clique, or a group of schools, not a
# firm: the gold leaves 侵略集团, 反党集团, 流氓集团 untagged and tags 条约集团
# and 教育集团 ORG where it tags them (national reports of 1955-1978).
NOT_FIRM_GROUP = ("反动", "侵略", "卖国", "战争", "好战", "反革命", "流氓", "犯罪", "黑社会", "条约", "公约", "统治",
                  "叛国", "阴谋", "反党", "利益", "敌对", "分裂", "恐怖", "教育")
# Words that end the name of the programme before them: the gold kept them
# in the span at least nine times in ten before the rule was made uniform
# (scripts/entity_consistency.py program-heads; 战略 219:8, 制度 201:14,
# 改革 207:7, 工程 312:4, 规划 135:1 in train). 试点 (112:30) and 行动
# (368:60) are not so settled and are left to the model.
PROGRAM_HEAD_WORDS = ("战略", "制度", "规划", "工程", "计划", "方案", "条例", "改革", "攻坚战", "纲要")
PROGRAM_HEADS = re.compile("|".join(sorted(PROGRAM_HEAD_WORDS, key=len, reverse=True)))
# 中央 as the acting centre (docs/annotation.md, Cases): followed by a verb,
# a decision word or 的; not 中央财政, 中央和地方, 中央企业...
CENTRAL = re.compile(r"(?<![党共])中央(?=的|确定|关于|支持|通盘|统一|果断|前年|去年|提出|召开|审批|批准|决定|对台|要求|部署|精神|"
                     r"决策|指示|号召|作出|做出|出台|制定|领导|一系列|高度|重视|同意|强调|明确|和国务院|、国务院|有关|总的|"
                     r"坚持|实施|采取|设立|成立|颁布|发布|印发|正式|专门|集中|及时|已经|已|又|还|将|也|一再|再次|反复|历来|始终)")
# a government named after a place: 中国政府, 英国政府, 香港特区政府, 台湾当局
PLACE_GOVERNMENT = re.compile(r"(特别行政区|特区)?(?:第[一二三四五六七八九十]+届)?(?:人民政府|政府|当局)(?![部机工职网])")
# "关于…的决定/意见": titled decisions and opinions (a PROGRAM hint for the model)
ABOUT_TITLE = re.compile(r"关于[^，。；：！？\n“”《》（）]{2,36}?的(?:若干意见|指导意见|实施意见|决定|意见|通知|规定|办法)")
LAW_SUFFIX = re.compile(r"法(?:典)?|条例|纲要|规定|办法|方案|决定|目录|协定|协议|公约|条约|宣言|公报|细则|清单|政策|补贴|补助|奖补|制度|保险|责任制|负责制|下乡")
LAW_BAD_STEM_END = frozenset("方办做立执司依违非合宪用说看想手算技书兵语疗文章笔戏守变好无设打玩写读解加减乘除魔佛王军家公私大的和与及等是为对")
SYSTEM_BAD_STEM_END = ("体", "机", "控", "限", "编", "抵", "遏", "强", "管", "建", "法", "所有", "股份", "公司", "合作", "学", "税", "专", "节", "压", "克", "牵", "反", "复", "自", "研", "特", "定", "绘", "印", "录", "配", "调", "缩", "规", "创")
TITLE_FOLLOW_OK = ("实施", "修改", "修订", "草案", "（草案）", "和", "等", "的", "与", "及", "规定", "出台", "颁布", "施行", "生效", "落实", "试点", "覆盖", "范围", "标准", "力度", "资金")
# brands listed as examples of firms: 支持每日优鲜等龙头企业, 天仁微纳、和而泰等高成长性企业,
# 中国星网、中国中化等首批疏解央企 (train gold: every such item is COMPANY)
# modal, verb and adjective words that never stand inside a firm name before its suffix
FIRM_STEM_CLAUSE = re.compile(r"必须|不必|都要|防止|动员|更多|简单|拼凑|加快|推动|鼓励|引导|[^\W\d]性$")
FIRM_LIST = re.compile(r"((?:[A-Za-z\u4e00-\u9fff]{2,8}、){0,6}[A-Za-z\u4e00-\u9fff]{2,8})等(?:[\u4e00-\u9fff]{0,6}?)"
                       r"(?:企业|公司|龙头|头部|品牌|厂商|商家|央企|国企|民企|外企)")
FIRM_BAD_END = ("业", "型", "类", "性", "化", "品", "车", "机", "材料", "装备", "设备", "产品", "技术", "集群", "基地",
                "园区", "项目", "平台", "中心", "领域", "市场", "国家", "地区", "城市", "省", "市", "区", "县", "镇",
                "银行", "公司", "机构", "税", "费", "险")
PLUS_NAME = re.compile(r"[A-Za-z\u4e00-\u9fff][+＋]")
# Local place names with a telling suffix that no gazetteer lists: villages
# (军田村、瑞边村入选…), numbered national and provincial roads (312国道, G104国道,
# 03省道) and named highways (京秦高速, 广汕公路). PLACE hints: the model decides.
# 4-fold CV on train: entities ending in 村/国道/省道/高速/公路 98 -> 113 right,
# 21 -> 18 wrong; micro-F1 0.855 -> 0.857.
VILLAGE = re.compile(r"村(?![民庄级镇干集委落史务社组容貌规医两居改])")
VILLAGE_BAD_STEM = ("示范", "行政", "农", "乡", "山区", "中心", "重点", "贫困", "薄弱", "集体", "城中", "每个", "自然",
                    "专业", "淘宝", "特色", "旅游", "传统", "文明", "和美", "样板", "精品", "试点", "先进", "名", "移民",
                    "空心", "搬迁", "生态", "民族", "边境", "老区", "新", "全", "各", "本", "该", "库区", "宜居", "帮扶",
                    "结对", "省定", "市定", "县定", "整", "美丽", "富裕", "卫生", "平安", "数字", "未来", "共富", "星级",
                    "强", "弱", "困难", "欠发达", "合并", "撤并", "经济", "渔", "牧", "海岛", "侨", "民宿", "电商",
                    "开放", "小康", "治理", "善治", "法治", "书香", "电影", "景区")
HINT_BAD_CHAR = set("这是的了在向到进对为把被从和与及通括刹村镇县国跨")  # function words and verbs: no part of such a name
NUMBERED_ROAD = re.compile(r"(?<![0-9A-Za-z])(?:[GS]\d{1,4}|\d{2,3})(?:国道|省道)")
HIGHWAY = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,4}}?)(?:高速公路|高速|公路)(?!发展|增长|运转|运行|推进|成长|扩张|网|建设|里程|通车里程|养护|运输|客运|货运|路网)")


def feature_doc(vocab, doc, cands) -> Doc:
    """The model's view of ``doc`` (a Doc, or a list of words that join to the
    text): one token per token; ORTH = the word with digits folded to 0,
    LEMMA = its last character, MORPH = F=<its first character>, TAG = the
    rule layer's tag of its first covered character (B-/I- + label + source
    group: g gazetteer, q quotes, p pattern). ``cands``: (start, end, label,
    source) in character offsets."""
    if isinstance(doc, Doc):
        toks = [(t.text, t.idx, bool(t.whitespace_)) for t in doc]
        n = len(doc_text(doc))
    else:
        toks, pos = [], 0
        for w in doc:
            toks.append((w, pos, False))
            pos += len(w)
        n = pos
    owner = [-1] * (n + 1)
    for k, c in enumerate(cands):
        for i in range(c[0], min(c[1], n)):
            owner[i] = k
    words, spaces, tags, lemmas, firsts = [], [], [], [], []
    for w, i0, sp in toks:
        tag = "O"
        for i in range(i0, i0 + len(w)):
            k = owner[i]
            if k >= 0:
                c = cands[k]
                tag = ("B-" if c[0] >= i0 else "I-") + c[2] + "-" + SOURCE_GROUP.get(c[3], "p")
                break
        words.append(w.translate(DIGITS))
        spaces.append(sp)
        tags.append(tag)
        blank = not w.strip()
        lemmas.append("_" if blank else w[-1])
        firsts.append("F=_" if blank else "F=" + FIRST_SAFE.get(w[0], w[0]))
    return Doc(vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas, morphs=firsts)


def fix_quotes(text: str, c):
    """Quote marks of a (model) span per §2: wrapping quotes are left out
    (“倍增工程” → 倍增工程), an unpaired opening quote at the start or closing
    quote at the end is dropped, a closing quote inside the name pulls in its
    opening quote (两学一做”学习教育 → “两学一做”学习教育), and an opening quote
    inside the name its closing quote (数字经济“一号工程 → 数字经济“一号工程”)."""
    s, e = c[0], c[1]
    while s < e and (text[s].isspace() or text[s] in "《〈"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "》〉"):
        e -= 1
    name = text[s:e]
    if not name:
        return None
    if name[0] in OPEN_Q and name[-1] in CLOSE_Q and not any(ch in OPEN_Q or ch in CLOSE_Q for ch in name[1:-1]):
        s, e = s + 1, e - 1
    else:
        n_open = sum(ch in OPEN_Q for ch in name)
        n_close = sum(ch in CLOSE_Q for ch in name)
        if name[0] in OPEN_Q and n_close < n_open:
            s += 1
        elif name[-1] in CLOSE_Q and n_open < n_close:
            e -= 1
        elif n_close > n_open and s > 0 and text[s - 1] in OPEN_Q:
            s -= 1
        elif n_open > n_close and e < len(text) and text[e] in CLOSE_Q:
            e += 1
    if e <= s:
        return None
    if (s, e) == (c[0], c[1]):
        return c
    if not text[s:e].strip():
        return None
    return Candidate(s, e, c[2], c[3])


def _take(taken: bytearray, c) -> None:
    """Mark the characters of span ``c`` as taken."""
    taken[c[0]:c[1]] = b"\1" * (c[1] - c[0])


def name_automaton(names: dict[str, str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of ``names`` (name -> value) for ``word_occurrences``."""
    auto = ahocorasick.Automaton()
    for name, value in names.items():
        auto.add_word(name, (len(name), value))
    if names:
        auto.make_automaton()
    return auto


def word_occurrences(text: str, auto: ahocorasick.Automaton, bounds: set[int], taken: bytearray | None = None):
    """(start, end, value) of every leftmost-longest occurrence of the names
    of ``auto`` (``name_automaton``) that is whole words (``bounds``) outside
    the ``taken`` characters; ``taken`` is read as the caller marks it. One
    Aho-Corasick pass: a regex alternation of the names costs names × length
    (1.7 s on an 800k-character document)."""
    if not len(auto):
        return
    for last, (n, value) in auto.iter_long(text):
        s, e = last + 1 - n, last + 1
        if s in bounds and (e in bounds or e == len(text)) and (taken is None or not any(taken[s:e])):
            yield s, e, value


def _word_occurrences(text: str, names: dict[str, str], bounds: set[int], taken: bytearray):
    """``word_occurrences`` of a dict of names."""
    yield from word_occurrences(text, name_automaton(names), bounds, taken)


def default_model_dir() -> Path:
    from .resources import models_dir

    return models_dir() / "entity_model"


class Candidate(tuple):
    """(start, end, label, source)"""

    __slots__ = ()

    def __new__(cls, start: int, end: int, label: str, source: str):
        return tuple.__new__(cls, (start, end, label, source))

    start = property(lambda self: self[0])
    end = property(lambda self: self[1])
    label = property(lambda self: self[2])
    source = property(lambda self: self[3])


def _suffix_regex(suffixes: Iterable[str]) -> re.Pattern:
    alts = sorted(set(suffixes), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, alts)) + ")")


class ReportEntities:
    """The rule layer: gazetteers + patterns; see the module docstring."""

    def __init__(self, nlp: Language | None = None, name: str = "govreport_entities", gazetteer_dir: str | None = None,
                 snap: str = "split", use_local: bool = True, overwrite: bool = True, model_dir: str | None = "default",
                 combine: str = "model"):
        if snap not in ("split", "expand", "contract"):
            raise ValueError(f"snap must be split, expand or contract, not {snap!r}")
        if combine not in ("model", "names", "union", "rules"):
            raise ValueError(f"combine must be model, names, union or rules, not {combine!r}")
        self.name = name
        self.snap = snap
        self.use_local = use_local
        self.overwrite = overwrite
        self.gaz: Gazetteer = load_gazetteer(str(gazetteer_dir) if gazetteer_dir else None)
        cues = self.gaz.cues
        self.stop = self.gaz.stop
        self.left_stop = set(cues["left_stop"])
        self.left_stop_max = max(map(len, self.left_stop))
        self.program_re = re.compile(_suffix_regex(cues["program_suffix"]).pattern)
        self.program_generic = set(cues["program_generic_stem"])
        self.quoted_suffix = sorted(cues["program_quoted_suffix"], key=len, reverse=True)
        self.generic_head = tuple(sorted(cues["generic_head"], key=len, reverse=True))
        self.org_re = _suffix_regex(cues["org_suffix"])
        self.org_generic = set(cues["org_generic_stem"])
        self.org_generic_tail = tuple(g for g in self.org_generic if len(g) >= 2)
        self.company_re = _suffix_regex(cues["company_suffix"])
        self.company_strong = set(cues["company_strong_suffix"])
        self.company_generic = set(cues["company_generic_stem"])
        self.company_bad_follow = tuple(sorted(cues["company_bad_follow"], key=len, reverse=True))
        self.zone_re = _suffix_regex(cues["place_zone_suffix"])
        self.level_body = re.compile(
            "(?<![全我各本该特政乡])(?:" + "|".join(map(re.escape, sorted(cues["level_prefix"], key=len, reverse=True))) + ")(?:"
            + "|".join(map(re.escape, sorted(cues["level_body"], key=len, reverse=True))) + ")(?![员会]|部门)"
        )
        self.road_re = re.compile(rf"[{CJK}]{{2,4}}?(?:{'|'.join(map(re.escape, cues['road_suffix']))})")
        self.road_bad_end = tuple(sorted(cues["road_bad_stem_end"], key=len, reverse=True))
        self.road_bad_follow = tuple(cues["road_bad_follow"])
        self.water_re = re.compile(rf"(?:{'|'.join(map(re.escape, cues['water_suffix']))})")
        self.water_cue = tuple(sorted(cues["water_cue_follow"], key=len, reverse=True))
        self.combine = combine
        self.model = None
        if model_dir == "default":
            model_dir = str(default_model_dir()) if has_model(default_model_dir()) else None
        if model_dir:
            self.model = load_model(str(model_dir))

    def find_doc(self, doc: Doc) -> list[Candidate]:
        """Rules, then the model on the feature view of ``doc``'s tokens."""
        text = doc_text(doc)
        view = doc
        if len(doc) and len(text) / len(doc) < 1.2:
            # character tokens (spacy.blank("zh")): the model was trained on
            # pkuseg words, so it gets them; spans are snapped by set_ents
            from .segment import segment

            view = [w for w in segment(text) if w]
        words, starts = token_view(view, text if view is doc else None)
        bounds = word_bounds(starts, len(text))
        rules, hints = self.find_with_hints(text, bounds)
        if self.model is None:
            return rules
        if isinstance(self.model, LinearTagger):
            model = self.model.spans(words, starts, rule_tags(words, starts, rules), rule_tags(words, starts, hints),
                                     self.model.lexicon_tags(text, words, starts, bounds))
            return self.merge(text, rules, model, starts)
        model = self.predict(feature_doc(self.model.vocab, view, rules))
        return self.merge(text, rules, model)

    def predict(self, fdoc: Doc) -> list[Candidate]:
        """The model's entities as character spans of ``fdoc``: the ``entity_ner``
        pipe, or BIO tags of the ``entity_tagger`` pipe."""
        if "entity_ner" in self.model.pipe_names:
            fdoc = self.model.get_pipe("entity_ner")(fdoc)
            return [Candidate(e.start_char, e.end_char, e.label_, "model") for e in fdoc.ents]
        tagger = self.model.get_pipe("entity_tagger")
        scores = tagger.model.predict([fdoc])[0]
        labels = tagger.labels
        best = scores.argmax(axis=1).tolist()
        return bio_spans([(tok.text, tok.idx, labels[k]) for tok, k in zip(fdoc, best)])

    def merge(self, text: str, rules: list[Candidate], model: list[Candidate],
              token_starts: list[int] | None = None) -> list[Candidate]:
        """``combine`` (default "model", the best in cross-validation on
        train): "model" = the model's spans, edges repaired and quote marks
        fixed, and the programme and firm names it found tagged again where
        they recur (``_repeats``), and the other names in a list of firms
        where one was found (``_firm_lists``); "names" = the rules' COMPANY spans, the model's spans that do
        not overlap them (minus stop words and names inside events), and the
        rules' ORG spans that overlap neither; "union" = "names" with every
        rule span; "rules" = the rules only.

        Edge repair (``token_starts`` given): a model span that shares one
        edge with an exact rule name of the same label takes the rule's span
        when the rule's other edge lies inside a token, where the model
        cannot cut (代表区|人民政府 → 区人民政府); a shorter name inside the
        model's span only from the exact patterns (``_repair``)."""
        if self.combine == "rules":
            return rules
        bounds = None
        if token_starts is not None:
            bounds = set(token_starts)  # where the model could cut
            model = self._repair(rules, model, bounds)
            model = _extend_heads(text, model, bounds)
        taken = bytearray(len(text) + 1)
        out = []
        filtered = self.combine != "model"
        if filtered:
            # firms: the rules (brand lists, suffixes, known names) win
            for c in rules:
                if c.label == "COMPANY":
                    out.append(c)
                    _take(taken, c)
            rules = [c for c in rules if c.label != "COMPANY"]
        for c in model:
            if any(taken[c.start:c.end]):
                continue
            c = fix_quotes(text, c)
            if c is None or not text[c.start:c.end].strip():
                continue
            if filtered and (text[c.start:c.end] in self.stop or (
                    IN_EVENT.match(text, c.end) and not (c.label == "ORG" and SESSION_BODY.search(text, c.start, c.end)))):
                continue  # names inside events are not tagged: “一带一路”国际合作高峰论坛
            out.append(c)
            _take(taken, c)
        for c in rules:
            if self._keep_rule(c) and not any(taken[c.start:c.end]):
                out.append(c)
        if not filtered and bounds is not None:
            out += _firm_lists(text, out, taken, bounds)
            out += self._repeats(text, out, taken, bounds)
        out.sort()
        return out

    @staticmethod
    def _repeats(text: str, found: list[Candidate], taken: bytearray, bounds: set[int]) -> list[Candidate]:
        """Other occurrences of the programme and firm names found (3+
        characters): a name the model tagged in one sentence is the same
        name in the next, where the model may miss it. Only whole tokens
        outside other spans and outside event names. Places and
        organisations are not repeated: whether 中央 acts or 青岛 stands in a
        name depends on the sentence (4-fold CV on train: PROGRAM +0.007,
        COMPANY +0.024, PLACE and ORG lower)."""
        names = {}
        for c in found:
            if c.label in ("PROGRAM", "COMPANY") and c.end - c.start >= 3:
                names.setdefault(text[c.start:c.end], c.label)
        more = []
        for s, e, label in _word_occurrences(text, names, bounds, taken):
            if not IN_EVENT.match(text, e):
                more.append(Candidate(s, e, label, "model"))
                _take(taken, more[-1])
        return more

    def _keep_rule(self, c: Candidate) -> bool:
        """Which rule spans the combination adds where the model has nothing."""
        if self.combine == "union":
            return True
        return self.combine == "names" and c.label == "ORG"

    @staticmethod
    def _repair(rules: list[Candidate], model: list[Candidate], bounds: set[int]) -> list[Candidate]:
        exact = [r for r in rules if r.source in EXACT_SOURCES]
        # “X”<name word> found by the quote rule: the model's bare X takes it (“三北”工程)
        quoted = {r.start + 1: r for r in rules if r.source == "quote" and r.label == "PROGRAM"}
        if not (exact or quoted) or not model:
            return model
        by_start = {r.start: r for r in exact}
        by_end = {r.end: r for r in exact}
        out = []
        for c in model:
            q = quoted.get(c.start)
            if q is not None and c.label == "PROGRAM" and q.end > c.end:
                out.append(Candidate(q.start, q.end, c.label, "model"))
                continue
            for r in (by_start.get(c.start), by_end.get(c.end)):
                if r is None or r.label != c.label or (r.start, r.end) == (c.start, c.end):
                    continue
                # the rule's other edge; the model can only have missed it
                # when it lies inside a token. A shorter name inside the
                # model's span is taken only from the exact patterns
                # (代表区|人民政府 → 区人民政府): gazetteer short forms sit inside
                # longer names (吉林延边 in 吉林延边州, 朝鲜 in 朝鲜民主主义人民共和国)
                edge = r.start if r.start != c.start else r.end
                longer = r.start <= c.start and r.end >= c.end
                inner = c.start <= r.start and r.end <= c.end and r.source == "exact"
                if edge not in bounds and (longer or inner):
                    c = Candidate(r.start, r.end, c.label, "model")
                    break
            out.append(c)
        # drop model spans swallowed by a repaired one
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept, last_end = [], -1
        for c in out:
            if c.start >= last_end:
                kept.append(c)
                last_end = c.end
        return kept

    # ------------------------------------------------------------------ api
    def __call__(self, doc: Doc) -> Doc:
        cands = self.find_doc(doc)
        return self.set_ents(doc, cands)

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def find(self, text: str) -> list[Candidate]:
        """Character-offset entities of ``text`` (no overlaps, sorted)."""
        return self.find_with_hints(text)[0]

    def find_with_hints(self, text: str, bounds: set[int] | None = None) -> tuple[list[Candidate], list[Candidate]]:
        """(entities, hints): the rule layer's entities (no overlaps, sorted)
        and the weaker candidates that only the model sees, as features (no
        overlaps, sorted): PROGRAM (laws, policies, systems, subsidies,
        关于…的决定) and PLACE (bare stems of divisions, villages, numbered
        roads, highways).
        ``bounds``: the word boundaries of the segmenter (character offsets),
        which settle whether a common word crosses a short name (_glued)."""
        atoms = self._gazetteer(text, bounds)
        cands = list(atoms)
        atom_end = {}
        for c in atoms:
            atom_end[c.end] = c
        cands += self._patterns(text, atom_end)
        hints = self._hints(text, atom_end) + self._local_place_hints(text, atom_end)
        events = self._events(text, atom_end)
        if events:
            inside = _containment(events)
            cands = [c for c in cands if c.source == "congress" or not inside(c.start, c.end)]
            hints = [c for c in hints if not inside(c.start, c.end)]
        cands = self._resolve(text, cands)
        hints += self._short_form_hints(text, cands, bounds)
        return cands, self._resolve(text, hints)

    def _short_form_hints(self, text: str, cands: list[Candidate], bounds: set[int] | None) -> list[Candidate]:
        """PLACE hints for the bare stem of a division the document names in
        full at least twice (浦东 where 浦东新区 recurs, 虎门 for 虎门镇, 天河 for
        天河区): a report calls its own area, and the ones it names most, by
        the stem. Only whole words outside the rule names; the model decides."""
        if bounds is None:
            return []
        counts: dict[str, int] = {}
        for c in cands:
            if c.label == "PLACE":
                m = DIVISION_STEM.fullmatch(text, c.start, c.end)
                if m and m.group(1) not in self.stop:
                    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        stems = {stem: "PLACE" for stem, n in counts.items() if n >= 2}
        if not stems:
            return []
        taken = bytearray(len(text) + 1)
        for c in cands:
            _take(taken, c)
        return [Candidate(a, b, label, "hint") for a, b, label in _word_occurrences(text, stems, bounds, taken)]

    def _events(self, text: str, atom_end: dict) -> list[tuple[int, int]]:
        """Spans of event names (上合组织青岛峰会) and of facilities named after a
        place (宁波舟山港, 杭州萧山国际机场): nothing inside them is tagged."""
        out = []
        for m in EVENT.finditer(text):
            s = self._extend_left(text, m.start(), atom_end, 14)
            if s < m.start():
                out.append((s, m.end()))
        for m in FACILITY.finditer(text):
            span = self._named_after_place(text, m, atom_end, 10)
            if span is not None:
                out.append(span)
        return out

    def _named_after_place(self, text: str, m: re.Match, atom_end: dict, maxlen: int) -> tuple[int, int] | None:
        """(start, end) of the name ending in ``m`` when it starts with a
        gazetteer place (杭州|萧山|国际机场) and the suffix is not itself
        inside a gazetteer name (香港); else None."""
        s = self._extend_left(text, m.start(), atom_end, maxlen)
        if s >= m.start():
            return None
        first = (atom_end.get(e) for e in range(s + 1, m.start() + 1))
        if not any(a is not None and a.start == s and a.label == "PLACE" for a in first):
            return None
        return s, m.end()

    # ----------------------------------------------------------- gazetteer
    def _gazetteer(self, text: str, bounds: set[int] | None = None) -> list[Candidate]:
        hits = [Candidate(s, e, lab, "gaz") for s, e, lab in self.gaz.matches(text)]
        if self.use_local:
            auto = self.gaz.local_automaton(text)
            if auto is not None:
                taken = bytearray(len(text) + 1)
                for c in hits:
                    _take(taken, c)
                for s, e, lab in self.gaz.matches(text, auto):
                    if not any(taken[s:e]):
                        hits.append(Candidate(s, e, lab, "local"))
                hits.sort()
        out, dropped = [], []
        for c in hits:
            (out if self._gazetteer_hit_ok(text, c, bounds) else dropped).append(c)
        if dropped:
            out = sorted(out + self._hidden_hits(text, dropped, out, bounds))
        # merge adjacent places: 青岛市城阳区, 贵州关岭 (one span each); not
        # before 段, where a river or road and the place of its section are
        # two names (长江|江阴|段, 京杭大运河|德清|段)
        merged: list[Candidate] = []
        for c in out:
            if (merged and c.label == "PLACE" and merged[-1].label == "PLACE" and merged[-1].end == c.start
                    and not text.startswith("段", c.end)):
                prev = merged.pop()
                c = Candidate(prev.start, c.end, "PLACE", "gaz")
            merged.append(c)
        return merged

    def _gazetteer_hit_ok(self, text: str, c: Candidate, bounds: set[int] | None) -> bool:
        """Not a stop word, not 中国 of 中国特色/两个中国, not glued (``_glued``)."""
        if text[c.start:c.end] in self.stop:
            return False
        if c.label == "PLACE" and not self._place_context_ok(text, c):
            return False
        return not self._glued(text, c, bounds)

    def _hidden_hits(self, text: str, dropped: list[Candidate], kept: list[Candidate],
                     bounds: set[int] | None) -> list[Candidate]:
        """Names that start inside a dropped leftmost hit, which hid them:
        亲临安徽 matches 临安 (glued: 亲临|安徽) before 安徽."""
        taken = bytearray(len(text) + 1)
        for c in kept:
            _take(taken, c)
        out = []
        for d in dropped:
            a = d.start + 1
            for s, e, label in self.gaz.matches(text[a:d.end + self.gaz.longest_name]):
                c = Candidate(s + a, e + a, label, "gaz")
                if c.start >= d.end:
                    break
                if not any(taken[c.start:c.end]) and self._gazetteer_hit_ok(text, c, bounds):
                    out.append(c)
                    _take(taken, c)
        return out

    def _place_context_ok(self, text: str, c: Candidate) -> bool:
        name = text[c.start:c.end]
        after = text[c.end:c.end + 2]
        if name in ("中国", "中华") and after[:2] in ("特色", "式现", "梦", "制造") or (name == "中国" and after[:1] in ("式", "梦", "化")):
            return False
        if name == "中国":
            before = text[max(0, c.start - 2):c.start]
            if before in ("两个", "一个") or before[-1:] == "新" or CHINA_TITLE.match(text, c.end):
                return False  # 两个中国; 一个中国原则, 新中国 are patterns; honour titles
        return True

    def _glued(self, text: str, c: Candidate, bounds: set[int] | None = None) -> bool:
        """A short name crossed by a common word: 全国|美丽 (国美), 创新|平台 (新平),
        or inside a longer common word or idiom (同心同德, 太阳能). Where the
        segmenter's words (``bounds``) start and end with a short form or a
        hand-listed name, no word crosses it: 太湖|水污染 is not 湖水, 相城|中|日
        not 城中. (Full division names are in the segmenter's lexicon, so its
        words are no evidence for them: 创|新城区.) A listed firm whose last
        character starts a common word the segmenter keeps is not the firm:
        上海|银行业, 长沙|银行业务."""
        if (c.label == "COMPANY" and c.end - c.start > 2 and text[c.end - 1:c.end + 1] in self.gaz.glue
                and (bounds is None or c.end not in bounds)):
            return True
        if c.end - c.start > 3:
            return False
        if c.label == "PLACE" and self.gaz.glue_long and not self.gaz.is_hand_listed(text[c.start:c.end]):
            for size in (3, 4):
                for a in range(c.end - size, c.start + 1):
                    if a >= 0 and a + size >= c.end and text[a:a + size] in self.gaz.glue_long:
                        return True
        if bounds is not None and c.start in bounds and c.end in bounds and c.source == "gaz" and (
                self.gaz.is_short_form(text[c.start:c.end]) or self.gaz.is_hand_listed(text[c.start:c.end])):
            return False
        glue = self.gaz.glue
        left = text[c.start - 1:c.start + 1] if c.start > 0 else ""
        if c.source == "gaz" and self.gaz.is_hand_listed(text[c.start:c.end]):
            if c.label == "PROGRAM":
                return False  # a listed program name (低保住房: not 保住)
            left = ""  # a well-known name (日本, 长江) is not read as 同日|本, 去年|长江
        right = text[c.end - 1:c.end + 1]
        if c.end - c.start == 2:
            if right == "国人" and text[c.start:c.end] == "中国":
                return left in glue  # 中国人民 (not 国人)
            return left in glue or right in glue
        # three-character towns whose tail is a common word: 高|城乡, 大|城镇
        name = text[c.start:c.end]
        return name[-1] in "镇乡" and name[1:] in glue

    # ------------------------------------------------------------ patterns
    def _extend_left(self, text: str, s: int, atom_end: dict, maxlen: int, stop_extra: tuple = ()) -> int:
        """Start of the name whose suffix begins at ``s``."""
        pos = s
        limit = max(0, s - maxlen)
        while pos > limit:
            atom = atom_end.get(pos)
            if atom is not None and atom.start >= limit and atom.label in ("PLACE", "ORG", "COMPANY"):
                pos = atom.start
                continue
            ch = text[pos - 1]
            if not NAME_CHAR.match(ch):
                break
            hit = False
            for k in range(min(self.left_stop_max, pos), 0, -1):
                if text[pos - k:pos] in self.left_stop:
                    # a one-character stop that starts a common word is part of the name (个|人账户 → 个人账户)
                    hit = k > 1 or text[pos - 1:pos + 1] not in self.gaz.glue
                    break
            if hit:
                break
            pos -= 1
        return pos

    def _patterns(self, text: str, atom_end: dict) -> list[Candidate]:
        out: list[Candidate] = []
        out += self._quoted(text)
        for m in FIVE_YEAR.finditer(text):
            out.append(Candidate(m.start(), m.end(), "PROGRAM", "pattern"))
        for m in ONE_CHINA.finditer(text):
            out.append(Candidate(m.start(), m.end(), "PROGRAM", "pattern"))
        for m in NEW_CHINA.finditer(text):
            if m.group() == "新中国" or not CHINA_TITLE.match(text, m.end()):
                out.append(Candidate(m.start(), m.end(), "PLACE", "exact"))
        for m in CENTRAL.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "exact"))
        for m in PLACE_GOVERNMENT.finditer(text):
            s = self._place_before(text, m.start(), atom_end)
            if s is None and m.group(1):
                s = self._place_before(text, m.start() + len(m.group(1)), atom_end)
            if s is None and text[m.start() - 2:m.start()] == "中央":
                s = m.start() - 2
            if s is not None:
                out.append(Candidate(s, m.end(), "ORG", "exact"))
        for m in LONG_SYSTEM.finditer(text):
            stem = m.group()[:-2]
            if stem not in ("家", "校", "院", "组", "班", "村", "县", "市", "区", "省", "镇", "乡", "所", "局", "队", "园", "店", "厂"):
                out.append(Candidate(m.start(), m.end(), "PROGRAM", "pattern"))
        for m in CONGRESS.finditer(text):
            s = self._extend_left(text, m.start(), atom_end, 12)
            if s < m.start() and text[s:m.start()] not in ("本", "这", "各", "历"):
                out.append(Candidate(s, m.end(), "ORG", "congress"))
            else:
                out.append(Candidate(m.start(), m.end(), "ORG", "congress"))
        for m in self.level_body.finditer(text):
            # 区委, 区人大, 县人民政府; with the place right before it: 城阳区委
            atom = atom_end.get(m.start())
            s = atom.start if atom is not None and atom.label == "PLACE" else m.start()
            out.append(Candidate(s, m.end(), "ORG", "exact"))
        for m in self.program_re.finditer(text):
            c = self._suffix_name(text, m, atom_end, "PROGRAM", 16, self.program_generic, 2)
            if c:
                out.append(c)
        for m in self.org_re.finditer(text):
            c = self._suffix_name(text, m, atom_end, "ORG", 22, self.org_generic, 2)
            if c:
                out.append(c)
        for m in self.company_re.finditer(text):
            c = self._company(text, m, atom_end)
            if c:
                out.append(c)
        for m in LONG_ZONE.finditer(text):
            span = self._named_after_place(text, m, atom_end, 14)
            if span is not None and not text[span[0]:m.start()].endswith(("的", "和", "与", "及")):
                out.append(Candidate(span[0], span[1], "PLACE", "pattern"))
        for m in self.zone_re.finditer(text):
            atom = atom_end.get(m.start())
            if atom is not None and atom.label == "PLACE":
                out.append(Candidate(atom.start, m.end(), "PLACE", "pattern"))
        out += self._roads(text, atom_end)
        out += self._waters(text, atom_end)
        out += self._firm_lists(text, atom_end)
        return out

    def _firm_lists(self, text: str, atom_end: dict) -> list[Candidate]:
        """Brands listed as examples of firms (X、Y等龙头企业): each item that
        is not a common word, a known name of another kind or a generic noun."""
        out = []
        for m in FIRM_LIST.finditer(text):
            between = text[m.end(1) + 1:m.end()]
            if any(w in between for w in ("产业", "行业", "领域", "类", "方式", "多种", "各种")):
                continue
            pos = m.start(1)
            items = m.group(1).split("、")
            first = self._extend_left(text, pos + len(items[0]), atom_end, len(items[0]))
            while text[first:first + 2] in self.gaz.glue and pos + len(items[0]) - first > 4:
                first += 2  # leading verbs and common words: 发展壮大|天仁微纳
            items[0], pos = text[first:pos + len(items[0])], first
            for item in items:
                s, pos = pos, pos + len(item) + 1
                if not (2 <= len(item) <= 6) or item in self.gaz.glue or item in self.stop or DIGIT_COUNT.search(item):
                    continue
                if item.endswith(FIRM_BAD_END) or self.gaz.labels.get(item, "COMPANY") != "COMPANY":
                    continue
                if len(item) == 4 and item[:2] in self.gaz.glue and item[2:] in self.gaz.glue:
                    continue  # two common words: 智能制造, 绿色低碳
                out.append(Candidate(s, s + len(item), "COMPANY", "pattern"))
        return out

    def _place_before(self, text: str, i: int, atom_end: dict) -> int | None:
        """Start of the place name that ends at ``i`` (a gazetteer atom, or a
        listed place name of 2-4 characters), or None."""
        atom = atom_end.get(i)
        if atom is not None and atom.label == "PLACE":
            return atom.start
        for k in (4, 3, 2):
            if i >= k and self.gaz.labels.get(text[i - k:i]) == "PLACE":
                return i - k
        return None

    def _hints(self, text: str, atom_end: dict) -> list[Candidate]:
        """PROGRAM candidates too ambiguous to stand alone: titled laws,
        regulations, plans and decisions, named policies, subsidies,
        insurance schemes and systems (X制度, X责任制), X下乡, X+. The model
        sees them as a feature and decides."""
        out = []
        for m in ABOUT_TITLE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "PROGRAM", "hint"))
        for m in LAW_SUFFIX.finditer(text):
            suffix = m.group()
            if self._crossed(text, m.start()) and suffix not in ("制度", "责任制", "负责制"):
                continue
            s = self._extend_left(text, m.start(), atom_end, 16)
            stem = text[s:m.start()]
            if len(stem) < 2 or stem[-1] in OPEN_Q or DIGIT_COUNT.search(stem):
                continue
            if suffix[0] == "法" and stem[-1] in LAW_BAD_STEM_END:
                continue
            nxt = text[m.end():m.end() + 4]
            if nxt[:1] and NAME_CHAR.match(nxt[:1]) and not nxt.startswith(TITLE_FOLLOW_OK):
                continue
            out.append(Candidate(s, m.end(), "PROGRAM", "hint"))
        for m in re.finditer(rf"[{CJK}]制(?![{CJK}])|[{CJK}]制(?=[和与及等的])", text):
            s = self._extend_left(text, m.start(), atom_end, 12)
            stem = text[s:m.start() + 1]
            if len(stem) < 2 or stem.endswith(SYSTEM_BAD_STEM_END) or text[s:m.end()] in self.gaz.glue:
                continue
            out.append(Candidate(s, m.end(), "PROGRAM", "hint"))
        for m in PLUS_NAME.finditer(text):
            s = self._extend_left(text, m.end() - 1, atom_end, 4)
            if m.end() - 1 - s >= 2:
                out.append(Candidate(s, m.end(), "PROGRAM", "hint"))
        return out

    def _local_place_hints(self, text: str, atom_end: dict) -> list[Candidate]:
        """Villages, numbered roads and named highways (VILLAGE, NUMBERED_ROAD, HIGHWAY) as PLACE hints:
        a stem that is a common word (经济|高速, 美丽|乡村) or a generic head (示范村, 行政村) is no name."""
        out = []
        for m in VILLAGE.finditer(text):
            # a 2- or 3-character stem that starts after a non-name character or a place name (同安区|军营村)
            for size in (2, 3):
                s = m.start() - size
                if s < 0 or not all(NAME_CHAR.match(ch) for ch in text[s:m.start()]):
                    break
                atom = atom_end.get(s)
                if s > 0 and NAME_CHAR.match(text[s - 1]) and not (atom is not None and atom.label == "PLACE"):
                    continue
                stem = text[s:m.start()]
                if not (self._common_stem(stem) or stem.endswith(VILLAGE_BAD_STEM) or DIGIT_COUNT.search(stem)
                        or stem[:2] in self.gaz.glue):
                    out.append(Candidate(s, m.end(), "PLACE", "hint"))
                break
        for m in NUMBERED_ROAD.finditer(text):
            out.append(Candidate(m.start(), m.end(), "PLACE", "hint"))
        for m in HIGHWAY.finditer(text):
            stem = m.group(1)
            if self._common_stem(stem) or any(stem[i:i + 2] in self.gaz.glue for i in range(len(stem) - 1)):
                continue
            out.append(Candidate(m.start(), m.end(), "PLACE", "hint"))
        return out

    def _common_stem(self, stem: str) -> bool:
        """A stem that is a common word, a stop word, or holds a function word or verb (HINT_BAD_CHAR)."""
        return stem in self.gaz.glue or stem in self.stop or bool(HINT_BAD_CHAR.intersection(stem))

    def _crossed(self, text: str, i: int) -> bool:
        """A common word crosses position i (扩|大学, 擅自|行动 → 自行)."""
        return i > 0 and text[i - 1:i + 1] in self.gaz.glue

    def _suffix_name(self, text, m, atom_end, label, maxlen, generic, minstem) -> Candidate | None:
        if self._crossed(text, m.start()):
            return None
        s = self._extend_left(text, m.start(), atom_end, maxlen)
        stem = text[s:m.start()]
        if len(stem) < minstem or stem in generic or DIGIT_COUNT.search(stem):
            return None
        # strip generic prefix words that the scan could not stop at
        if label == "PROGRAM":
            nxt = text[m.end():m.end() + 2]
            if nxt[:1] and NAME_CHAR.match(nxt[:1]) and nxt not in ("建设", "实施", "取得", "成功", "顺利", "全面", "深入", "扎实", "加快", "稳步"):
                # the suffix is in the middle of a word: 工程项目, 计划单列
                if not nxt.startswith(("，", "。")) and nxt[:1] not in "和与及、等在是为将已由":
                    return None
        if stem[-1:] in OPEN_Q or stem[:1] in CLOSE_Q:
            return None
        if label == "ORG" and (text[m.start() - 1:m.end()] == "中小学" or stem.endswith(("中小", "大中")) or GENERIC_ORG_WORD.search(stem)):
            return None
        if label == "ORG" and m.group() in ("学校", "卫生院") and stem.endswith(self.org_generic_tail):
            return None  # 改造薄弱学校, 特殊教育学校, 乡镇卫生院
        return Candidate(s, m.end(), label, "pattern")

    def _company(self, text, m, atom_end) -> Candidate | None:
        suffix = m.group()
        nxt = text[m.end():m.end() + 3]
        if self._crossed(text, m.start()):
            return None
        if suffix not in self.company_strong and nxt.startswith(self.company_bad_follow):
            return None
        s = self._extend_left(text, m.start(), atom_end, 14)
        stem = text[s:m.start()]
        if len(stem) < 2 or stem in self.company_generic or stem in self.stop or "企业" in stem or "公司" in stem:
            return None  # generic firms: 大公司大企业集团
        if FIRM_STEM_CLAUSE.search(stem) or (suffix == "公司" and nxt[:1] == "法"):
            return None  # a clause, not a name: 国家必须控股, 防止简单拼凑集团; 公司法
        if suffix == "集团" and stem.endswith(NOT_FIRM_GROUP):
            return None  # a bloc or clique (东南亚条约集团, 胡风反革命集团) or a school group
        if any(stem.endswith(g) for g in ("上市", "境内外", "国有", "民营", "外资", "子", "母", "平台", "投资", "各类",
                                          "跨国", "管理", "控股", "经纪", "运营", "担保", "融资", "租赁", "财务",
                                          "保险", "证券", "信托", "基金", "金融", "军事", "空壳", "皮包")):
            return None  # a kind of firm, not a firm: 跨国公司, 金融资产管理公司
        first = next((Candidate(s, s + k, "COMPANY", "gaz") for k in (4, 3, 2) if self.gaz.labels.get(text[s:s + k]) == "COMPANY"), None)
        if nxt[:1] == "制" or (suffix not in self.company_strong and nxt[:1] == "、" and first is None):
            return None  # 股份制; a field in a list (生物、纳米)
        if suffix not in self.company_strong:
            # weak suffix (科技, 生物, 模具...): the stem must look like a brand:
            # a known company name, or a short stem (2-4 chars) right after a
            # boundary that is not a generic word.
            if first is not None and first.label == "COMPANY":
                return Candidate(first.start, m.end(), "COMPANY", "pattern")
            if any(stem.endswith(g) for g in self.company_generic if len(g) >= 2):
                return None
            glue = self.gaz.glue
            if len(stem) > 4 or stem in glue or (len(stem) == 4 and stem[:2] in glue and stem[2:] in glue):
                return None
            if stem in self.gaz.labels and self.gaz.labels[stem] != "COMPANY":
                return None
        return Candidate(s, m.end(), "COMPANY", "pattern")

    def _quoted(self, text: str) -> list[Candidate]:
        out = []
        labels = self.gaz.labels
        for m in QUOTED.finditer(text):
            inner = m.group(1)
            q0, q1 = m.start(), m.end()
            if inner in self.stop:
                continue
            after = text[q1:q1 + 12]
            # “X”<name suffix>: keep the quotes, span up to the suffix
            best = None
            for k in range(0, 9):
                seg = after[:k]
                if seg and (not NAME_CHAR.match(seg[-1]) or seg[-1] in "等和与及的在是为将对把"):
                    break
                for suf in self.quoted_suffix:
                    if after[k:k + len(suf)] == suf and (k == 0 or not after[:k].startswith(self.generic_head)):
                        best = q1 + k + len(suf)
                        break
                if best:
                    break
            if best and not after.startswith(self.generic_head):
                out.append(Candidate(q0, best, "PROGRAM", "quote"))
                continue
            lab = labels.get(inner)
            if lab and inner not in self.stop:
                out.append(Candidate(q0 + 1, q1 - 1, lab, "quote"))
                continue
            if inner in self.stop:
                continue
            if FIVE_YEAR_NAME.match(inner) or inner.endswith(tuple(self.quoted_suffix)) and len(inner) > 3 or LONG_SYSTEM.fullmatch(inner):
                out.append(Candidate(q0 + 1, q1 - 1, "PROGRAM", "quote"))
        return out

    def _roads(self, text, atom_end) -> list[Candidate]:
        out = []
        for m in self.road_re.finditer(text):
            e = m.end()
            # roads: 2-4 character stem, name boundary on the left
            suf_len = 2 if text[e - 2:e] in ("大道", "大街") else 1
            s = self._extend_left(text, e - suf_len, atom_end, 4)
            stem = text[s:e - suf_len]
            if not (2 <= len(stem) <= 4) or stem.endswith(self.road_bad_end) or stem in self.stop:
                continue
            if text[e:e + 1] and text[e:e + 1] in self.road_bad_follow:
                continue
            if stem in self.gaz.labels and self.gaz.labels[stem] != "PLACE":
                continue
            if s == max(0, e - suf_len - 4) and s > 0 and NAME_CHAR.match(text[s - 1]):
                continue  # no boundary found on the left
            if any(stem[i:i + 2] in self.gaz.glue for i in range(len(stem) - 1)):
                continue
            out.append(Candidate(s, e, "PLACE", "pattern"))
        return out

    def _waters(self, text, atom_end) -> list[Candidate]:
        out = []
        for m in self.water_re.finditer(text):
            e = m.end()
            nxt = text[e:e + 4]
            if not nxt.startswith(self.water_cue):
                continue
            s = self._extend_left(text, m.start(), atom_end, 3)
            stem = text[s:m.start()]
            if len(stem) != 2 or stem in self.stop:
                continue
            out.append(Candidate(s, e, "PLACE", "pattern"))
        for m in RIVER_JIANG.finditer(text):
            # rivers named X江 in a list or before 流域/沿线 (瓯江、曹娥江等流域): one- or
            # two-character stems, never a common word (沿江, 长江 is in the gazetteer)
            e = m.end()
            if not text[e:e + 4].startswith(self.water_cue):
                continue
            s = self._extend_left(text, m.start(), atom_end, 2)
            stem = text[s:m.start()]
            if not stem or stem[-1] in "沿临跨两大过滨环入出全本各" or text[s:e] in self.gaz.glue or stem in self.stop or stem in self.gaz.glue or atom_end.get(e) is not None:
                continue
            out.append(Candidate(s, e, "PLACE", "pattern"))
        return out

    # ------------------------------------------------------------ resolve
    def _resolve(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        cands = [c for c in cands if c.end > c.start and (c.source == "exact" or text[c.start:c.end] not in self.stop)]
        cands.sort(key=lambda c: (-(c.end - c.start), -PRIORITY[c.source], c.start))
        taken = bytearray(len(text) + 1)
        chosen = []
        for c in cands:
            if any(taken[c.start:c.end]):
                continue
            _take(taken, c)
            chosen.append(c)
        chosen.sort()
        return chosen

    # -------------------------------------------------------------- spans
    def set_ents(self, doc: Doc, cands: list[Candidate]) -> Doc:
        if not cands:
            if self.overwrite:
                doc.ents = []
            return doc
        if self.snap == "split":
            keep, cuts = [], set()
            for c in cands:
                if doc.char_span(c.start, c.end) is None:
                    if c.source == "gaz" and c.end - c.start <= 2:
                        continue  # a short name inside a word of a word-level tokenizer
                    cuts.update((c.start, c.end))
                keep.append(c)
            cands = keep
            if cuts:
                doc = split_tokens(doc, cuts)
        spans = entity_spans(doc, ((c.start, c.end, c.label) for c in cands), "strict" if self.snap == "split" else self.snap)
        if self.overwrite:
            doc.ents = spans
        else:
            doc.ents = list(doc.ents) + [s for s in spans if not any(s.start < e.end and e.start < s.end for e in doc.ents)]
        return doc


# a division's full name and its stem (浦东|新区, 虎门|镇, 天河|区, 义乌|市)
DIVISION_STEM = re.compile(rf"([{CJK}]{{2,4}}?)(?:新区|街道|自治县|自治州|省|市|区|县|镇|乡)")


# an enumeration of names (A、B、C) and the words after its last item that
# make it a list of firms: …、东方电缆等一批龙头企业, …、东风日产为代表的
ENUMERATION = re.compile(rf"(?:[{CJK}A-Za-z0-9（）]{{2,12}}、)+[{CJK}A-Za-z0-9（）]{{2,12}}")
FIRM_LIST_TAIL = re.compile(r"[^，。；、\n]{1,10}?(?=等|为代表|组成的)")
FIRM_LIST_CUE = re.compile(r"(?:等|为代表的|组成的)[^，。；、\n]{0,8}?(?:企业|公司|集团|车企|药企|龙头|领军|项目|厂商)|为代表")
FIRM_LIST_ITEM_MAX = 8


def _firm_lists(text: str, found: list[Candidate], taken: bytearray, bounds: set[int]) -> list[Candidate]:
    """The other names in a list of firms: where a name in "A、B、C等…企业"
    (or "…为代表的") was found as a firm and the other items are untagged,
    the items after the first are firms too (舜宇光学、方太、公牛、均胜电子、东方电缆等一批
    龙头企业: 方太, 公牛, 均胜电子). The first item may carry the verb before
    the list (推动宁德时代), so it is left as it is. Items are whole tokens."""
    label_at = {(c.start, c.end): c.label for c in found}
    if "COMPANY" not in label_at.values():
        return []
    more = []
    for m in ENUMERATION.finditer(text):
        items, pos = [], m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        last = FIRM_LIST_TAIL.match(text, items[-1][0], items[-1][0] + 30)
        if last is None or not FIRM_LIST_CUE.match(text, last.end()):
            continue
        items[-1] = (items[-1][0], last.end())
        labels = [label_at.get(item) for item in items]
        if "COMPANY" not in labels or any(label not in (None, "COMPANY") for label in labels):
            continue
        for (a, b), label in zip(items[1:], labels[1:]):
            if label is None and b - a <= FIRM_LIST_ITEM_MAX and a in bounds and b in bounds and not any(taken[a:b]):
                more.append(Candidate(a, b, "COMPANY", "model"))
                _take(taken, more[-1])
    return more


def _extend_heads(text: str, spans: list[Candidate], bounds: set[int]) -> list[Candidate]:
    """A PROGRAM span directly followed by a word that ends programme names
    (西部大开发|战略, 国有资本经营预算|制度) takes the word in, when the word is
    whole tokens and no other span starts there."""
    starts = {c.start for c in spans}
    out = []
    for c in spans:
        while c.label == "PROGRAM":  # 制度|改革|方案: each in turn
            m = PROGRAM_HEADS.match(text, c.end)
            if not (m and (m.end() in bounds or m.end() == len(text))) or any(k in starts for k in range(c.end, m.end())):
                break
            c = Candidate(c.start, m.end(), c.label, c.source)
        out.append(c)
    return out


def split_tokens(doc: Doc, cuts: set[int]) -> Doc:
    """The doc with the tokens that have an entity boundary inside them split.

    Built as a new Doc in one pass (sentence starts, extension data and
    entities carried over): spaCy's retokenizer shifts the whole token
    array for every split, which is quadratic on long documents."""
    last = doc[-1]
    n_chars = last.idx + len(last.text_with_ws)  # (Doc.text is rebuilt on every access: slow)
    by_tok: dict[int, set[int]] = {}
    for x in sorted(cuts):
        span = doc.char_span(x, x + 1, alignment_mode="expand") if x < n_chars else None
        if span is None or not len(span):
            continue
        tok = span[0]
        if tok.idx < x:
            by_tok.setdefault(tok.i, set()).add(x - tok.idx)
    if not by_tok:
        return doc
    has_sents = doc.has_annotation("SENT_START")
    arr = doc.to_array([IDX, LENGTH, SPACY, SENT_START]).astype(np.int64)
    text = doc_text(doc)
    words = [text[i:i + n] for i, n in zip(arr[:, 0].tolist(), arr[:, 1].tolist())]
    spaces = arr[:, 2].astype(bool).tolist()
    starts = arr[:, 3].tolist()
    for i in sorted(by_tok, reverse=True):  # splice the pieces in, last token first
        offs = sorted(by_tok[i])
        word = words[i]
        pieces = [word[a:b] for a, b in zip([0] + offs, offs + [len(word)])]
        words[i:i + 1] = pieces
        spaces[i:i + 1] = [False] * (len(pieces) - 1) + [spaces[i]]
        starts[i:i + 1] = [starts[i]] + [-1] * (len(pieces) - 1)
    new = Doc(doc.vocab, words=words, spaces=spaces)
    if has_sents:
        new.from_array([SENT_START], np.asarray(starts, dtype=np.int64).reshape(-1, 1).astype(np.uint64))
    new.user_data.update(doc.user_data)  # extension values are keyed by characters
    remember_text(new, text)
    if len(doc.ents):
        new.ents = [new.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents]
    return new


def entity_spans(doc: Doc, found: Iterable[tuple[int, int, str]], mode: str) -> list:
    """Spans of ``doc`` for (start, end, label) in text order, snapped by
    ``mode`` ("strict" after splitting, or "expand"/"contract"); a span that
    does not align or overlaps the previous one is left out."""
    spans = []
    last_end = -1
    for start, end, label in found:
        span = doc.char_span(start, end, label=label, alignment_mode=mode)
        if span is None or len(span) == 0 or span.start < last_end:
            continue
        spans.append(span)
        last_end = span.end
    return spans


def bio_spans(tagged: list[tuple[str, int, str]]) -> list[Candidate]:
    """Model entities from (word, character start, BIO tag) triples; blank words end a span."""
    out = []
    cur_lab, cur_start, cur_end = None, 0, 0
    for word, start, tag in tagged:
        if tag == "O" or not word.strip():
            if cur_lab:
                out.append(Candidate(cur_start, cur_end, cur_lab, "model"))
            cur_lab = None
            continue
        lab = tag[2:]
        if tag[0] == "I" and cur_lab == lab:
            cur_end = start + len(word)
            continue
        if cur_lab:
            out.append(Candidate(cur_start, cur_end, cur_lab, "model"))
        cur_lab, cur_start, cur_end = lab, start, start + len(word)
    if cur_lab:
        out.append(Candidate(cur_start, cur_end, cur_lab, "model"))
    return out


def _containment(spans: list[tuple[int, int]]):
    """A test "is [start, end) inside one of ``spans``", in log time per query."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach, furthest = [], -1
    for _, b in spans:
        furthest = max(furthest, b)
        reach.append(furthest)  # the furthest end among spans starting here or before

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and reach[i] >= end

    return inside


@Language.factory(
    "govreport_entities",
    default_config={"gazetteer_dir": None, "snap": "split", "use_local": True, "overwrite": True,
                    "model_dir": "default", "combine": "model"},
)
def make_entities(nlp: Language, name: str, gazetteer_dir: str | None, snap: str, use_local: bool, overwrite: bool,
                  model_dir: str | None, combine: str) -> ReportEntities:
    """``gazetteer_dir``: None = the package's models/gazetteers. ``model_dir``:
    "default" = the package's models/entity_model when present, None or ""
    = rules only, else a directory written by train_entity_model."""
    return ReportEntities(nlp, name, gazetteer_dir=gazetteer_dir, snap=snap, use_local=use_local, overwrite=overwrite,
                          model_dir=model_dir, combine=combine)


def find_entities(text: str, gazetteer_dir: str | Path | None = None) -> list[dict]:
    """Character-offset entities of a plain string (rule layer only)."""
    comp = ReportEntities(None, gazetteer_dir=str(gazetteer_dir) if gazetteer_dir else None, model_dir=None)
    return [{"start": c.start, "end": c.end, "label": c.label} for c in comp.find(text)]


_MODELS: dict = {}


def has_model(path: str | Path) -> bool:
    path = Path(path)
    return (path / "linear.json").is_file() or (path / "config.cfg").is_file()


def load_model(path: str):
    """The model of an entity model directory, cached: a ``LinearTagger``
    (linear.json + linear.npz) or a spaCy pipeline (config.cfg; one ``ner``
    or ``tagger``)."""
    nlp = _MODELS.get(path)
    if nlp is None:
        if (Path(path) / "linear.json").is_file():
            nlp = _MODELS[path] = LinearTagger(path)
        else:
            import spacy

            nlp = _MODELS[path] = spacy.load(path)
    return nlp


# ------------------------------------------------------------ linear tagger
TAGS = ("O",) + tuple(p + lab for lab in ("PLACE", "PROGRAM", "COMPANY", "ORG") for p in ("B-", "I-"))
RULE_TAG_IDS: dict[str, int] = {"O": 1}
for _lab in ("PLACE", "PROGRAM", "COMPANY", "ORG"):
    for _p in ("B-", "I-"):
        for _g in "gqpm":
            RULE_TAG_IDS[f"{_p}{_lab}-{_g}"] = len(RULE_TAG_IDS) + 1
CHUNK_END = frozenset("。！？；")
# Version of ``token_features``: a model trained on other templates is refused.
FEATURE_VERSION = 4
_MIX = np.uint64(0x9E3779B97F4A7C15)
_WORD_FEATS: dict[str, tuple] = {}
QUOTE_OPEN = {"“": 1, "‘": 1, "「": 1, "『": 1, "《": 2, "〈": 2}
QUOTE_CLOSE = frozenset("”’」』》〉")


def _word_feats(w: str) -> tuple:
    """(word id, first char, last char, last two chars, first two chars, length) of a word, cached."""
    f = _WORD_FEATS.get(w)
    if f is None:
        if len(_WORD_FEATS) > 300_000:
            _WORD_FEATS.clear()
        wid = zlib.crc32(w.translate(DIGITS).encode("utf-8")) + 16
        if not w.strip():
            f = (wid, 1, 1, 1, 1, 0)
        else:
            a, b = ord(w[0]), ord(w[-1])
            if len(w) > 1:
                f = (wid, a, b, ord(w[-2]) * 70000 + b, a * 70000 + ord(w[1]), min(len(w), 6))
            else:
                f = (wid, a, b, 2, 2, 1)
        _WORD_FEATS[w] = f
    return f


def token_view(doc, text: str | None = None) -> tuple[list[str], list[int]]:
    """(words, character starts) of a Doc (``text`` = its text, when known),
    or of a list of words that join to the text."""
    if isinstance(doc, Doc):
        if text is None:
            text = doc_text(doc)
        arr = doc.to_array([IDX, LENGTH]).astype(np.int64)  # (tolist of uint64 rows is slow)
        starts, lens = arr[:, 0].tolist(), arr[:, 1].tolist()
        return [text[i:i + n] for i, n in zip(starts, lens)], starts
    starts, pos = [], 0
    for w in doc:
        starts.append(pos)
        pos += len(w)
    return list(doc), starts


def word_bounds(starts: list[int], text_len: int) -> set[int]:
    """The character offsets where the segmenter's words start or end (the
    rule layer's ``bounds``, the same at training and at run time)."""
    bounds = set(starts)
    bounds.add(text_len)
    return bounds


def rule_tags(words: list[str], starts: list[int], cands) -> np.ndarray:
    """Rule-layer tag id of every token: B-/I- + label + source group of the
    candidate covering its first covered character (cands sorted, disjoint);
    1 = none."""
    n = len(words)
    if not cands or not n:
        return np.ones(n, np.int64)
    cs = np.fromiter((c[0] for c in cands), np.int64, len(cands))
    ce = np.fromiter((c[1] for c in cands), np.int64, len(cands))
    tail = [c[2] + "-" + SOURCE_GROUP.get(c[3], "p") for c in cands]
    b_id = np.array([RULE_TAG_IDS["B-" + t] for t in tail], np.int64)
    i_id = np.array([RULE_TAG_IDS["I-" + t] for t in tail], np.int64)
    st = np.asarray(starts, np.int64)
    en = st + np.fromiter(map(len, words), np.int64, n)
    k = np.minimum(np.searchsorted(ce, st, side="right"), len(cands) - 1)  # first candidate ending after st
    hit = (ce[k] > st) & (cs[k] < en)
    return np.where(hit, np.where(cs[k] >= st, b_id[k], i_id[k]), 1)


def lexicon_tags(auto: ahocorasick.Automaton, text: str, words: list[str], starts: list[int], bounds: set[int]) -> np.ndarray:
    """rule_tags of the whole-word occurrences of the names of a gold lexicon
    (``name_automaton`` of {name: label})."""
    found = [Candidate(s, e, label, "exact") for s, e, label in word_occurrences(text, auto, bounds)]
    return rule_tags(words, starts, found)


def _blocks(bounds: list[tuple[int, int]], size: int) -> list[list[tuple[int, int]]]:
    """Consecutive chunk ranges grouped into blocks of about ``size`` tokens."""
    groups: list[list[tuple[int, int]]] = [[]]
    for a, b in bounds:
        if groups[-1] and b - groups[-1][0][0] > size:
            groups.append([])
        groups[-1].append((a, b))
    return groups


def chunk_bounds(words: list[str], max_tokens: int = 120) -> list[tuple[int, int]]:
    """Token ranges cut after 。！？；or newlines (at least 20 tokens), at most ``max_tokens``."""
    out, start = [], 0
    for i, w in enumerate(words):
        if ((w in CHUNK_END or "\n" in w) and i + 1 - start >= 20) or i + 1 - start >= max_tokens:
            out.append((start, i + 1))
            start = i + 1
    if start < len(words):
        out.append((start, len(words)))
    return out


RUN_BREAK = frozenset("，。；：！？、（）()[]【】,.;:!?…—")
RUN_MAX = 10


def phrase_runs(words: list[str], feats: list[tuple]) -> tuple[np.ndarray, ...]:
    """For every token, the phrase it sits in (tokens between punctuation
    or line breaks): the word id and last character of the phrase's last
    token (its head: 纲要, 政策, 制度...) and of its first token, and the
    distance to the head (capped); far heads (> RUN_MAX tokens) count as none (5)."""
    n = len(words)
    brk = np.fromiter((not w.strip() or w[0] in RUN_BREAK for w in words), bool, n)
    wid = np.fromiter((f[0] for f in feats), np.int64, n)
    lastc = np.fromiter((f[2] for f in feats), np.int64, n)
    idx = np.arange(n)
    nxt = np.minimum.accumulate(np.where(brk, idx, n)[::-1])[::-1]  # next break at or after i
    last = np.maximum(nxt - 1, 0)
    ok = ~brk & (last - idx <= RUN_MAX)
    end_w = np.where(ok, wid[last], 5)
    end_l = np.where(ok, lastc[last], 5)
    dist = np.where(ok, np.minimum(last - idx, 6) + 1, 0)
    prev = np.maximum.accumulate(np.where(brk, idx, -1))  # last break at or before i
    first = np.minimum(prev + 1, n - 1)
    first_w = np.where(~brk & (idx - first <= RUN_MAX), wid[first], 5)
    return end_w, end_l, first_w, dist


def token_features(words: list[str], rtags: list[int], bits: int, htags: list[int] | None = None,
                   ltags: list[int] | None = None) -> np.ndarray:
    """Hashed feature rows (tokens × templates) of the linear tagger;
    ``rtags``/``htags``/``ltags``: rule_tags of the rule entities, of the
    hints and of the names of the gold lexicon (``gold_lexicon``)."""
    n = len(words)
    if htags is None:
        htags = [1] * n
    if ltags is None:
        ltags = [1] * n
    feats = [_word_feats(w) for w in words]
    quote = [0] * n
    if any(w in QUOTE_OPEN for w in words):
        q = 0
        for i, w in enumerate(words):
            if w in QUOTE_CLOSE:
                q = 0
            quote[i] = q
            q = QUOTE_OPEN.get(w, q)
    cols = np.array(feats, dtype=np.uint64).reshape(n, 6).T if n else np.zeros((6, 0), np.uint64)
    wid, first, last, suf2, pre2, ln = cols

    def arr(x):
        a = np.empty(n + 4, np.uint64)
        a[:2] = 3
        a[-2:] = 4
        a[2:n + 2] = np.asarray(x, dtype=np.uint64)
        return a

    W, F, L, S2, P2, N, R, Q, HT, LT = map(arr, (wid, first, last, suf2, pre2, ln, rtags, quote, htags, ltags))
    EW, EL, FW, D = map(arr, phrase_runs(words, feats))

    def at(x, k):
        return x[2 + k:2 + k + n]

    templates = [
        (),
        (at(W, 0),), (at(W, -1),), (at(W, 1),), (at(W, -2),), (at(W, 2),),
        (at(F, 0),), (at(L, 0),), (at(S2, 0),), (at(P2, 0),), (at(L, -1),), (at(F, 1),),
        (at(R, 0),), (at(R, -1),), (at(R, 1),), (at(R, -2),), (at(R, 2),), (at(R, -1), at(R, 0), at(R, 1)),
        (at(R, 0), at(W, 0)), (at(R, 0), at(L, 0)), (at(W, -1), at(W, 0)), (at(W, 0), at(W, 1)),
        (at(R, 0), at(W, 1)), (at(R, 0), at(W, -1)), (at(Q, 0), at(N, 0)), (at(Q, 0), at(L, 0)),
        (at(N, 0), at(L, 0)), (at(L, 0), at(F, 1)), (at(L, -1), at(F, 0)), (at(S2, 0), at(F, 1)),
        (at(HT, 0),), (at(HT, -1),), (at(HT, 1),), (at(HT, 0), at(L, 0)), (at(HT, 0), at(R, 0)),
        (at(EW, 0),), (at(EL, 0),), (at(EW, 0), at(D, 0)), (at(FW, 0),), (at(EL, 0), at(W, -1)),
        (at(R, 0), at(EW, 0)), (at(HT, 0), at(EW, 0)), (at(W, 0), at(EW, 0)),
        (at(LT, 0),), (at(LT, -1),), (at(LT, 1),), (at(LT, 0), at(R, 0)), (at(LT, 0), at(HT, 0)),
    ]
    shift = np.uint64(64 - bits)
    cols = []
    for t, xs in enumerate(templates):
        h = np.full(n, np.uint64((t + 1) * 0x2545F4914F6CDD1D % (1 << 64)), np.uint64)
        for x in xs:
            h = (h ^ x) * _MIX
            h ^= h >> np.uint64(31)
        h = h * _MIX
        cols.append(h >> shift)
    return np.stack(cols, axis=1).astype(np.int64)


def allowed_transitions() -> tuple[np.ndarray, np.ndarray]:
    """(start mask, transition mask) of BIO: I-X only after B-X or I-X."""
    nt = len(TAGS)
    trans = np.ones((nt, nt), bool)
    start = np.ones(nt, bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start[j] = False
            for i, s in enumerate(TAGS):
                trans[i, j] = s[2:] == t[2:]
    return start, trans


def viterbi(scores: list[np.ndarray], trans: np.ndarray, start: np.ndarray) -> list[np.ndarray]:
    """Best tag sequences of a batch of (length × tags) score arrays; the
    sequences are processed longest first, so step t touches only the ones
    still running."""
    if not scores:
        return []
    nt = trans.shape[0]
    order = sorted(range(len(scores)), key=lambda b: -len(scores[b]))
    lens = np.array([len(scores[b]) for b in order])
    B, L = len(order), int(lens[0])
    S = np.zeros((B, L, nt), np.float32)
    for r, b in enumerate(order):
        S[r, :lens[r]] = scores[b]
    delta = S[:, 0] + start
    final = np.empty_like(delta)
    bp = np.zeros((B, L, nt), np.intp)
    live = [int(np.count_nonzero(lens > t)) for t in range(L + 1)]
    for t in range(1, L):
        k, k_prev = live[t], live[t - 1]
        if k < k_prev:
            final[k:k_prev] = delta[k:k_prev]
        cand = delta[:k, :, None] + trans
        bp[:k, t] = cand.argmax(axis=1)
        delta[:k] = cand.max(axis=1) + S[:k, t]
    final[:live[L - 1]] = delta[:live[L - 1]]
    cur = final.argmax(axis=1)
    paths = np.zeros((B, L), np.intp)
    rows = np.arange(B)
    for t in range(L - 1, -1, -1):
        k = live[t]
        paths[:k, t] = cur[:k]
        if t:
            cur[:k] = bp[rows[:k], t, cur[:k]]
    out: list = [None] * B
    for r, b in enumerate(order):
        out[b] = paths[r, :lens[r]]
    return out


class LinearTagger:
    """A linear BIO tagger over hashed token features (``token_features``),
    first-order Viterbi decoding in numpy; weights in ``linear.npz`` (rows of
    the hash table that are not zero, float16), settings in ``linear.json``."""

    def __init__(self, path: str | Path | None = None, weights: dict | None = None, lexicon: dict[str, str] | None = None):
        meta: dict = {}
        if weights is None:
            path = Path(path)
            meta = json.loads((path / "linear.json").read_text(encoding="utf-8"))
            if meta.get("features", 1) != FEATURE_VERSION:
                raise ValueError(f"{path}: entity model built with feature set {meta.get('features', 1)}, this code "
                                 f"uses {FEATURE_VERSION}: rebuild it with scripts/train_entities.py")
            with np.load(path / "linear.npz", allow_pickle=False) as z:
                weights = {k: z[k] for k in z.files}
            weights["bits"] = meta["bits"]
        self.bits = int(weights["bits"])
        if "table" in weights:  # a dense table (training): keep its non-zero rows
            table = weights["table"]
            rows = np.nonzero(np.abs(table).max(axis=1) > 1e-4)[0]
            values = table[rows]
        else:
            rows, values = weights["rows"], weights["values"]
        # hash row -> compact row (0 = all zeros): small arrays, cache-friendly gathers
        self.remap = np.zeros(1 << self.bits, np.int32)
        self.remap[rows] = np.arange(1, len(rows) + 1, dtype=np.int32)
        self.table = np.zeros((len(rows) + 1, len(TAGS)), np.float32)
        self.table[1:] = values
        start_ok, trans_ok = allowed_transitions()
        self.trans = np.where(trans_ok, weights["trans"], -1e6).astype(np.float32)
        self.start = np.where(start_ok, weights["start"], -1e6).astype(np.float32)
        if lexicon is None and meta.get("lexicon"):
            lexicon_file = path / "lexicon.json"
            if not lexicon_file.is_file():
                raise ValueError(f"{path}: entity model trained with a gold lexicon, but {lexicon_file.name} is missing: "
                                 f"copy the whole model directory or rebuild it with scripts/train_entities.py")
            lexicon = json.loads(lexicon_file.read_text(encoding="utf-8"))["names"]
        self.lexicon = name_automaton(lexicon or {})

    def lexicon_tags(self, text: str, words: list[str], starts: list[int], bounds: set[int]) -> np.ndarray:
        return lexicon_tags(self.lexicon, text, words, starts, bounds)

    # Long documents are tagged in blocks of whole chunks, so the feature
    # matrices (tokens x templates) stay small: memory does not grow with the
    # document.  Each block's features see MARGIN tokens of context on both
    # sides, more than any template looks (words ±2, phrase runs ≤ 10).
    BLOCK = 20_000
    MARGIN = 32

    def tag(self, words: list[str], rtags: list[int], htags: list[int] | None = None,
            ltags: list[int] | None = None) -> np.ndarray:
        if not words:
            return np.zeros(0, np.int16)
        n = len(words)
        paths: list[np.ndarray] = []
        for group in _blocks(chunk_bounds(words), self.BLOCK):
            first, last = group[0][0], group[-1][1]
            lo, hi = max(0, first - self.MARGIN), min(n, last + self.MARGIN)
            feats = token_features(words[lo:hi], rtags[lo:hi], self.bits, htags[lo:hi] if htags is not None else None,
                                   ltags[lo:hi] if ltags is not None else None)
            H = self.remap[feats[first - lo:last - lo].T]
            S = self.table[H[0]]
            for col in H[1:]:
                S += self.table[col]
            paths.extend(viterbi([S[a - first:b - first] for a, b in group], self.trans, self.start))
        return np.concatenate(paths)

    def spans(self, words: list[str], starts: list[int], rtags: list[int], htags: list[int] | None = None,
              ltags: list[int] | None = None) -> list[Candidate]:
        tags = self.tag(words, rtags, htags, ltags)
        # only the tagged tokens and the one after each of them matter to bio_spans
        idx = np.nonzero(tags)[0]
        if not len(idx):
            return []
        keep = np.union1d(idx, np.minimum(idx + 1, len(words) - 1)).tolist()
        tl = tags.tolist()
        out, prev = [], -2
        for i in keep:
            if i != prev + 1:  # a gap: an O token ends the open span
                out.append(("", 0, "O"))
            out.append((words[i], starts[i], TAGS[tl[i]]))
            prev = i
        return bio_spans(out)
