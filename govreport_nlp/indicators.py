"""Quantitative indicators: "全区生产总值增长6.5%左右", "一般公共预算收入……达到163.6亿元".

Each mention becomes a dict with the fields of docs/annotation.md §3 and §C:
indicator, value (value_high for ranges), unit, kind (growth/level),
qualifier, status (target/actual from the sentence label), period, and the
start/end of the mention in ``doc.text``.

Every number with a unit is a candidate; the clause before it decides the
name: "<name><verb><number>" (生产总值增长6.5%), "<action verb><object><number>"
(新建5G基站800个), "<name><number>" (城镇新增就业1.2万人), or an elided name that
repeats the previous one in the sentence ("超过126万亿元，增长5.2%").

Numbers: Arabic (also full-width, "１２．５％"), Chinese ("四亿零七百多万吨" →
4.07 亿吨, "百分之十三点四" → 13.4 %), mixed ("1万6千多户" → 1.6 万户),
fractions ("三分之一" → 33.3 %, "一半" → 50 %, "七成" → 70 %, "1／4" → 25 %) and
doublings ("翻两番" → 4 倍). A bare 万/亿 counts people ("减少290万" → 万人).

Periods (docs/annotation.md "Cases"): explicit years win; a review figure
takes the year before the report; figures of a five-year review (五年来, a
"过去五年" section) take the span of the term, except levels reached at its
end; targets take the report year.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from functools import lru_cache

from .extensions import doc_text  # (also declares the Doc/Span extensions)

_re = lru_cache(maxsize=None)(re.compile)

# --- numbers -----------------------------------------------------------------

# full-width digits and signs → ASCII (1:1, so offsets do not move)
_FW = {ord("０") + i: ord("0") + i for i in range(10)}
_FW.update({ord("％"): ord("%"), ord("．"): ord("."), ord("·"): ord("."), ord("・"): ord("."),
            ord("／"): ord("/"), ord("～"): ord("~"), ord("－"): ord("-")})
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十])(?:\d|\.\d|[零〇一二两三四五六七八九十百千万亿]|点(?=[零一二三四五六七八九]))*"
CN_NUM = r"[零〇一二两三四五六七八九十百千点]+"
BASE_UNITS = (
    "个百分点|美元|元|斤|公斤|吨|千瓦时|千瓦|人次|人|户|套|亩|公顷|平方公里|平方米|立方米|公里|千米|"
    "个工作日|个|家|所|项|件|座|条|只|处|场次|场|台|辆|张|名|位|种|类|片|岁|间|艘|架|部|册|倍|%|‰"
)
UNIT = rf"(?:万亿|千亿|亿|千万|百万|万|千)?(?:{BASE_UNITS})"
QUANTITY = re.compile(
    rf"(?P<pre>约|近|接近|超|逾)?(?:"
    rf"(?P<pct>百分之)(?P<cvalue>{CN_NUM})(?:(?:至|到|—|-)百分之(?P<chigh>{CN_NUM}))?"
    rf"|(?P<fden>{CN_NUM})分之(?P<fnum>{CN_NUM})"
    rf"|(?P<snum>\d+)/(?P<sden>\d+)(?![\d年月日])"
    rf"|(?P<half>一半)"
    rf"|(?P<cheng>[一二三四五六七八九])成(?=以上|左右|多|的|[\u4e00-\u9fff]{{2}})"
    rf"|翻(?:了)?(?P<fan>一|两|三)?番"
    rf"|(?P<value>{NUM})(?:%?(?:—|-|~|至|到)(?P<high>{NUM}))?(?P<mult>多|余)?(?P<unit>{UNIT})?"
    rf")(?P<qual>左右|以上|以内|以下|多|余)?"
)
COUNTER_UNITS = set("个家所项件座条只处场台辆张名位种类片间艘架部册") | {"场次"}
PEOPLE = re.compile(r"[人民生工员者众户]|家庭|群众|人口|对象|劳动力|农民|学生|职工|游客")


def _cn_int(s: str) -> float:
    """Chinese numeral below 万 (十三, 六百零八, 二十六)."""
    total, digit = 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            total += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch.isdigit() or ch == ".":
            pass
    if digit is not None:
        total += digit
    return total


def _section_value(s: str) -> float:
    """A part between magnitudes: Arabic ("4564", "1.6"), Chinese or mixed ("5千")."""
    if not s:
        return 0.0
    m = _re(r"(\d+(?:\.\d+)?)([十百千])?").fullmatch(s)
    if m:
        return float(m.group(1)) * (CN_SMALL[m.group(2)] if m.group(2) else 1)
    if "点" in s:
        whole, frac = s.split("点", 1)
        return _cn_int(whole) + float("0." + "".join(str(CN_DIGITS.get(c, 0)) for c in frac))
    m = _re(r"(\d+)([十百千])(.*)").fullmatch(s)  # 5千3百
    if m:
        return float(m.group(1)) * CN_SMALL[m.group(2)] + _section_value(m.group(3))
    return float(_cn_int(s))


def parse_number(s: str) -> tuple[float, str]:
    """(value, magnitude) of a written number: "四亿零七百多万" → (4.07, "亿")."""
    s = s.replace("多", "")
    total = 0.0
    rest = s
    mags = []
    if "亿" in rest:
        head, rest = rest.split("亿", 1)
        if "万" in head:  # 一万亿
            h1, h2 = head.split("万", 1)
            total += (_section_value(h1) * 1e4 + _section_value(h2)) * 1e8
        else:
            total += _section_value(head) * 1e8
        mags.append("亿")
    if "万" in rest:
        head, rest = rest.split("万", 1)
        total += _section_value(head) * 1e4
        mags.append("万")
    if rest:
        total += _section_value(rest)
    if "亿" in mags:
        if total >= 1e12 and _re(r"万亿$").search(s):
            return round(total / 1e12, 6), "万亿"
        return round(total / 1e8, 6), "亿"
    if "万" in mags:
        return round(total / 1e4, 6), "万"
    m = _re(r"(\d+(?:\.\d+)?)千").fullmatch(s)
    if m:
        return float(m.group(1)), "千"
    return round(total, 6), ""


# --- names and verbs ---------------------------------------------------------

GROWTH_VERBS = ("年均增长", "平均增长", "同比增长", "实际增长", "增长", "增加", "提高", "提升", "上涨", "上升", "下降", "降低",
                "减少", "压减", "缩小", "扩大", "递增", "增产", "改善", "提速", "回落", "削减", "核减", "缩减", "缩短",
                "压缩", "精简", "减轻", "淘汰", "关停", "关闭", "退出", "裁减", "取消", "化解", "减", "少了", "增", "高", "低")
LEVEL_VERBS = ("达到", "突破", "超过", "控制在", "保持在", "稳定在", "为", "累计", "完成", "实现", "达", "超", "有", "占", "是",
               "接近", "跃上", "迈上", "覆盖", "惠及")
ACTION_VERBS = ("新建改建", "新建", "净增", "建成", "改造", "新开工", "开工", "培育", "新培育", "引进", "打造", "实施", "整治", "建设",
                "落地", "提供", "发放", "安排", "举办", "创建", "帮助", "减免", "投入", "治理", "种植", "造林", "筹集", "启动",
                "新改建", "改扩建", "发行", "增发", "解决", "救助", "偿还", "安置", "资助", "支持", "组织", "投产", "免除")
DOWN_VERBS = {"下降", "降低", "减少", "压减", "缩小", "回落", "削减", "核减", "缩减", "缩短", "压缩", "精简", "减轻", "淘汰", "关停",
              "关闭", "退出", "裁减", "取消", "化解", "减", "少了", "低", "改善"}
# reductions whose object is the indicator: "退出钢铁产能1.7亿吨", "减轻企业负担"
OBJECT_GROWTH = {"淘汰", "关停", "关闭", "退出", "削减", "取消", "压缩", "减轻", "裁减", "化解", "减少", "压减", "增加", "提高", "扩大"}
GROWTH_NOUNS = re.compile(r"(?:涨幅|增幅|增速|增长率|增长速度|上涨幅度|提价幅度|增长)$")
VERB = re.compile("|".join(sorted((v for v in GROWTH_VERBS + LEVEL_VERBS + ACTION_VERBS if len(v) > 1), key=len, reverse=True)))
SHORT_VERB = re.compile(r"(?:比[^，,；;]{1,12}?(?:高|低)|(?<![新净])增|(?<!削)减|达|超|有|占|是|为)$")
TO_VERB = re.compile(r"(?:提高|提升|增加|增长|扩大|下降|降低|减少|压减|压缩|缩短|缩小|上升|发展|降|提|增|减)(?:到|至)$|(?:降至|升至|达|为)$")
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？（）()“”]|(?:[，,]|^)其中")
AREA_PREFIX = re.compile(r"^(?:全国|全省|全市|全区|全县|全镇|全乡|全年|今年|去年|当年|年内|年底|年末|明年|我国|我市|我区|我县|我省|"
                         r"其中|同比|累计|共|分别|比上年|比去年|五年|全部|一律|总计|合计|平均|再|又|并|还|已|要|将|"
                         r"预计|力争|努力|确保|进一步|继续|基本|这些|以各种形式|按上年实际数额|从中央到地方)+")
TIME_PREFIX = re.compile(r"^(?:在|从|由|到|至|截至)?(?:\d{4}年(?:底|末)?|\d{4}(?:到|至|—|-)\d{4}年|[一二三四五六七八九十\d]+年(?:间|来|内)?|"
                         r"第[一二三四]季度|[一二三四\d]+季度|今后[一二三四五两]年|过去[一二三四五两]年|[一二三四五六七八九十]+个月)")
NAME_CUT = re.compile(r".*(?:使(?!用)|把|将|让|是|力争|确保|使得|其中|分别|提出|推动|推进|促进|虽然|但|预计|决定|同意|加大|通过|为此|对)")
NAME_TAIL = re.compile(r"(?:比上年年初预算|比年初计划|比上年|比去年|比一季度|比[一二三四五六七八九十\d]+年|都比上年|均比上年|比|同比|实际|"
                       r"平均每年|每年|人均每月|人均每年|每人每年|平均每人|预期目标|预期|目标|合计|总计|从|由|拟按|拟|按|预计|均|都|分别|"
                       r"共计|共|达|约|在|已|再|又|要|将|还|就|已经|继续|年均|平均|全年|今年|年内|当年|的|了|可|于|也|中|仍|"
                       r"[一二三四五六七八九十]+年|\d{4}年|累计|基本|全部|一律|大幅|大幅度|进一步)+$")
NAME_STRIP_SUFFIX = re.compile(r"(?:涨幅|上涨幅度)$")
LEAD_JUNK = re.compile(r"^(?:的|了|和|及|与|、|并|对|为|向|给|等)+")
OBJECT_AFTER = re.compile(r"(?:(?!和|及|与|等|的)[\u4e00-\u9fffA-Za-z0-9“”、（）()]){2,16}")
OBJECT_STOP = re.compile(r"(?:实现|基本|全部|陆续|开始|全线|大幅|受益|参保|领取|享受|纳入|喜迁|成为|在|得到|获得|的|免征|已|建成|开工|完成|"
                         r"实施|开展|开放|提供|完工|进行|建设|任务|改造|落户|提高|达到|增加|用于|投入|对|等|。)")
YEAR_IN = re.compile(r"(?<![\d.])((?:19|20)\d\d)年")
YEAR_SPAN = re.compile(r"(?<![\d.])((?:19|20)\d\d)年?(?:到|至|—|-|～)((?:19|20)\d\d)年")
PAST_SPAN = re.compile(r"(五|三|两|十)年来|过去五年|本届政府|五年间|五年累计|五年增加|这五年")
FUTURE_SPAN = re.compile(r"今后五年|未来五年|五年后|今后三年|三年内")
STOCK_VERBS = ("达到", "突破", "超过", "跃上", "迈上", "提高到", "增加到", "提升到", "扩大到", "下降到", "降到", "降至", "为", "达")
CJK = re.compile(r"[\u4e00-\u9fff]")
NOT_NAME = re.compile(r"^(?:[\d.%]+|增长|增加|提高|总额|总量|比重|规模|资金|投资|支出|项目|企业|年|月|日)$")
MAX_NAME = 26
NOT_INDICATOR = re.compile(r"法律|法规|议案|协定|民族|措施|这样|条例|平均每$|^建立$|注意力")
# 新增 is the verb of a counted addition and leaves the name (新增公共停车泊位1150个 →
# 公共停车泊位; docs/annotation.md §3: "without the verb"), except in the
# statistical terms that carry it (城镇新增就业, 新增贷款, 新增市场主体, 新增减税降费);
# an added amount keeps it (新增生产能力1.2亿吨, 新增支出140亿元: only counts of things and people lose it)
PEOPLE_UNIT = re.compile(r"[万千百]?(?:人|人次|户|名)")
ADDED_VERB = re.compile(r"^新增(?!(?:城镇)?就业|(?:人民币)?贷款|(?:市场|经营)主体|减税|上市)(?=..)")
# "54件、186项民生实事": the object after the first count starts with the next count
LEADING_COUNT = re.compile(r"^[0-9.]+[万千百]?(?:场次|[" + "".join(sorted(COUNTER_UNITS - {"场次"})) + "])")
NOT_AFTER = re.compile(r"(?:年|月|日|号|周年|届|次|期|条例|倍增|强|版|号线|级)")


_HAS_FW = re.compile("[０-９％．·・／～－]").search


def _normalise(text: str) -> str:
    return text.translate(_FW) if _HAS_FW(text) else text


def find_mentions(text: str) -> list[dict]:
    """Indicator mentions in one sentence, offsets relative to ``text``."""
    text = _normalise(text)
    mentions: list[dict] = []
    last_name = None
    prev_end = 0
    pending_from = None  # index of a 从/由 A base waiting for its 到 B
    for q in QUANTITY.finditer(text):
        parsed = _quantity(q, text)
        if parsed is None:
            continue
        value, high, unit, qual = parsed
        num_start = q.start("pre") if q.group("pre") else _num_start(q)
        if num_start and text[num_start - 1] in "第0123456789.":
            continue  # ranks (第2位) and numbers glued to others
        clause_start = max(_clause_start(text, num_start), prev_end)
        pre = text[clause_start:num_start]
        kind, end, name, name_at, verb_text, to_level = "level", 0, None, clause_start, "", False
        to = TO_VERB.search(pre)
        verbs = list(VERB.finditer(pre))
        verb = verbs[-1] if verbs else None
        short = SHORT_VERB.search(pre) if not (verb and verb.end() == len(pre)) else None
        if short:
            verb = _re(r"(?:高|低|增|减|达|超|有|占|是|为)$").search(pre)
        conj = _re(r"\s*(?:和|、|及|与|,|，)\s*").fullmatch(pre) if mentions and prev_end == clause_start else None
        if conj and mentions:  # "增加1753万和2028万": the second value repeats the first name
            prev = mentions[-1]
            item = dict(prev, start=num_start, end=q.end(), value=value, unit=unit if unit not in ("万", "亿") else prev["unit"],
                        qualifier=qual or "")
            item.pop("value_high", None)
            if high is not None:
                item["value_high"] = high
            item.pop("_base", None)
            mentions.append(item)
            prev_end = q.end()
            continue
        if to and to.group() not in ("为", "达"):  # 提高到66.2%: a level
            verb_text = to.group()
            name, name_at = _name(pre[: to.start()], clause_start)
            kind, to_level = "level", True
            if not name:
                name = last_name
                name_at = clause_start + to.start()
        elif verb and verb.end() == len(pre):  # <name><verb><number>
            verb_text = verb.group()
            name, name_at = _name(pre[: verb.start()], clause_start)
            kind = "growth" if verb_text in GROWTH_VERBS else "level"
            if not name and "分别" in pre[: verb.start()]:
                name, name_at = _name(pre[: pre.rindex("分别", 0, verb.start())], clause_start)
            if not name:
                name, name_at = last_name, clause_start + verb.start()
        elif verb and pre[verb.end():].strip() and not _re(r"[约近超逾]?").fullmatch(pre[verb.end():]):
            # <verb><object><number>
            verb_text = verb.group()
            obj, obj_at = _name(pre[verb.end():], clause_start + verb.end())
            if obj and verb_text in ACTION_VERBS + ("完成", "实现"):
                subject, subject_at = _name(pre[: verb.start()], clause_start)
                if subject and verb_text == "新增":
                    obj, obj_at = subject + verb_text + obj, subject_at
                name, name_at = obj, (subject_at if subject and verb_text == "新增" else clause_start + verb.start())
                kind = "level"
            elif obj and verb_text in OBJECT_GROWTH:
                counted = (q.group("unit") or "").lstrip("万亿千百") in COUNTER_UNITS
                name, name_at = obj, clause_start + verb.start()
                kind = "level" if counted and verb_text in ("增加", "提高", "扩大") else "growth"
            elif obj:
                name, name_at = obj, obj_at
                kind = "growth" if verb_text in GROWTH_VERBS else "level"
            else:
                name, name_at = _name(pre, clause_start)
        else:
            name, name_at = _name(pre, clause_start)
            if name and GROWTH_NOUNS.search(name):
                kind = "growth"
        if name and GROWTH_NOUNS.search(name):
            kind = "growth"
        if name and NAME_STRIP_SUFFIX.search(name) and not to_level and verb_text not in ("控制在",):
            name = NAME_STRIP_SUFFIX.sub("", name) or name
        unit_base = unit.lstrip("万亿千百")
        if (unit_base in COUNTER_UNITS or unit in ("万户", "万人")) and not q.group("qual") and not to_level:
            obj = OBJECT_AFTER.match(text, q.end())  # 整治提升50个老旧小区
            if obj:
                stop = OBJECT_STOP.search(obj.group())
                words = obj.group()[: stop.start()] if stop else obj.group()
                words = words.strip("“”、")
                words = LEADING_COUNT.sub("", words)
                if len(words) >= 2 and not VERB.match(words) and not NOT_AFTER.match(words) and CJK.search(words):
                    name, name_at = words, num_start
                    kind, end = "level", q.end() + len(obj.group()[: stop.start()] if stop else obj.group())
        if unit in ("万", "亿"):  # bare magnitude: people (人次 when the name counts visits)
            if name and name.endswith("人次"):
                unit += "人次"
            elif name and ("户" in name or "企业" in name or "主体" in name):
                unit += "户"
            else:
                unit += "人"
        elif unit.endswith("名"):
            unit = unit[:-1] + "人"
        if name and (unit_base in COUNTER_UNITS or PEOPLE_UNIT.fullmatch(unit)):
            name = ADDED_VERB.sub("", name)
        if not name or NOT_INDICATOR.search(name):
            continue
        if q.group("fan") is not None or q.group("fan") is None and q.group(0).startswith("翻"):
            kind = "growth"
        if unit == "倍" and verb_text not in ("是",) and kind == "level" and verb_text:
            kind = "growth"
        if unit == "倍" and verb_text == "是":
            kind = "growth"
        if not qual:
            qual = _pre_qualifier(q.group("pre"), text, name_at)
        item = {"start": name_at, "end": max(q.end(), end), "indicator": name, "value": value,
                "unit": unit, "kind": kind, "qualifier": qual}
        if high is not None:
            item["value_high"] = high
        if kind == "growth" and verb_text in DOWN_VERBS:
            item["direction"] = "down"
        item["_verb"] = verb_text
        # 从A增加到B: the base is a level of the same indicator
        base = _re(r"(?:从|由)(?:上年的|\d{4}年的)?$").search(pre)
        if base:
            item["_base"] = True
            by = _re(r"(\d{4})年的$").search(pre)
            item["_base_year"] = int(by.group(1)) if by else ("prev" if "上年" in base.group() else None)
            pending_from = len(mentions)
            item["kind"] = "level"
            item.pop("direction", None)
            item["_verb"] = ""
        elif to_level and pending_from is not None and (name == last_name or name is None):
            item["indicator"] = mentions[pending_from]["indicator"]
            pending_from = None
        mentions.append(item)
        last_name = item["indicator"]
        prev_end = max(q.end(), end)
    _split_pairs(text, mentions)
    return mentions


def _split_pairs(text: str, mentions: list[dict]) -> None:
    """分别 pairs: "A、B分别增长8.4%和8%" → names A and B in order."""
    for i, m in enumerate(mentions):
        seg = text[m["start"]: m["end"]]
        if "分别" not in text[max(0, m["start"] - 30): m["end"]]:
            continue
        names = _re(r"、|和|及|与").split(m["indicator"])
        if len(names) < 2:
            continue
        group = [m]
        for nxt in mentions[i + 1:]:
            between = text[group[-1]["end"]: nxt["start"]]
            if len(between) <= 2 and _re(r"[、和及与,，]*").fullmatch(between):
                group.append(nxt)
            else:
                break
        if len(group) != len(names):
            continue
        last = names[-1].strip()
        for g, n in zip(group, names):
            n = n.strip()
            if n is not names[-1] and len(last) - len(n) >= 2 and CJK.search(last):
                if not CJK.search(n):  # PM2.5、PM10浓度
                    n += _re(r"[\u4e00-\u9fff]+$").search(last).group()
                elif len(n) <= 3:  # 小麦、稻谷最低收购价
                    n += last[len(n):]
            g["indicator"] = n
        del seg


def _num_start(q: re.Match) -> int:
    for g in ("pct", "fden", "snum", "half", "cheng", "value"):
        if q.group(g) is not None:
            return q.start(g)
    return q.start()


def _quantity(q: re.Match, text: str):
    """(value, value_high, unit, qualifier) of a QUANTITY match, or None when it is not a quantity."""
    qual = q.group("qual") or ""
    if qual == "余":
        qual = "多"
    high = None
    if q.group("pct"):
        value = parse_number(q.group("cvalue"))[0]
        if q.group("chigh"):
            high = parse_number(q.group("chigh"))[0]
        return value, high, "%", qual
    if q.group("fden"):
        den, num = _cn_int(q.group("fden")), _cn_int(q.group("fnum"))
        if not den or not num or num > den:
            return None
        return round(100 * num / den, 1), None, "%", qual
    if q.group("snum"):
        num, den = int(q.group("snum")), int(q.group("sden"))
        if not den or num >= den or den > 10:
            return None
        return round(100 * num / den, 1), None, "%", qual
    if q.group("half"):
        nxt = text[q.end():q.end() + 1]
        if text[max(0, q.start() - 1):q.start()] in ("一", "的") and nxt not in ("以", "，", "。", "用"):
            return None
        return 50.0, None, "%", qual
    if q.group("cheng"):
        return float(CN_DIGITS[q.group("cheng")] * 10), None, "%", qual
    if q.group("value") is None and q.group(0).endswith("番"):  # 翻番, 接近翻一番
        if text[max(0, q.start() - 1):q.start()] == "的":
            return None
        return {None: 2.0, "一": 2.0, "两": 4.0, "三": 8.0}[q.group("fan")], None, "倍", qual
    raw = q.group("value")
    unit = q.group("unit") or ""
    chinese = not _re(r"\d").match(raw)
    value, mag = parse_number(raw)
    if chinese:
        base = unit.lstrip("万亿千百")
        if unit in ("倍",) or unit == "%":
            pass
        elif not _re(r"[十百千万亿]").search(raw) and (base in COUNTER_UNITS or base in ("人", "户", "岁", "人次", "套")
                                                       or value == 1):
            return None  # 五个方面, 两次, 一个
        if q.start() and text[q.start() - 1] in "“\"第":
            return None
        if _re(r"[年月日号]").search(text[q.end():q.end() + 1]) and not unit:
            return None
    if not unit:
        if mag not in ("万", "亿", "万亿"):
            return None
        nxt = text[q.end():q.end() + 1]
        if nxt and nxt not in "和及与、以多左" and (nxt in "年月日号周" or _re(r"[\u4e00-\u9fff]").match(nxt) and not q.group("qual")
                    and not PEOPLE.match(text, q.end())):
            return None
        unit = mag
    else:
        umag = _re(r"万亿|千亿|亿|千万|百万|万|千").match(unit)
        if mag and umag and mag == "亿" and umag.group() in ("万", "千万", "千"):  # 四亿零七百多万吨
            value = parse_number(raw + umag.group())[0]
            unit = "亿" + unit[umag.end():]
        elif mag == "万" and umag and umag.group() == "亿":  # 3万多亿元
            unit = "万" + unit
        elif mag:
            unit = mag + unit
    if q.group("mult"):
        qual = qual or "多"
    if q.group("high"):
        high = parse_number(q.group("high"))[0]
    if "多" in raw:
        qual = qual or "多"
    if value == 0:
        return None
    return value, high, unit, qual


def _clause_start(text: str, pos: int) -> int:
    window = text[max(0, pos - 40):pos]
    last = None
    for last in CLAUSE_BREAK.finditer(window):
        pass
    if last is not None:
        return max(0, pos - 40) + last.end()
    return max(0, pos - 40)


def _name(segment: str, offset: int) -> tuple[str | None, int]:
    """The indicator name in ``segment`` (the text before the verb or number) and its offset."""
    cut = NAME_CUT.match(segment)
    begin = cut.end() if cut else 0
    while True:
        rest = segment[begin:]
        m = AREA_PREFIX.match(rest) or TIME_PREFIX.match(rest) or LEAD_JUNK.match(rest)
        if not m or not m.end():
            break
        begin += m.end()
    lead = VERB.match(segment[begin:])
    if lead and lead.group() in ACTION_VERBS and len(segment) - begin - lead.end() >= 2:
        begin += lead.end()
    name = segment[begin:].rstrip(" ·.、")
    while True:
        trimmed = NAME_TAIL.sub("", name)
        trimmed = _re(r"(?:新增|净增)$").sub("", trimmed) if trimmed.endswith("净增") else trimmed
        if trimmed == name:
            break
        name = trimmed
    if not CJK.search(name) or len(name) > MAX_NAME or VERB.fullmatch(name) or NOT_NAME.match(name) or len(name) < 2:
        return None, offset
    return name, offset + begin


def _pre_qualifier(pre: str | None, text: str, start: int) -> str:
    if pre in ("约", "近"):
        return pre
    if pre == "接近":
        return "近"
    if "力争" in text[max(0, start - 12):start]:
        return "力争"
    return ""


def sentence_period(text: str, status: str, report_year: int | None, five_year: bool = False,
                    next_five: bool = False):
    """Year the figures of a sentence refer to (docs/annotation.md §C).

    ``five_year``: the sentence stands in a review of the whole term."""
    text = _normalise(text)
    span = YEAR_SPAN.search(text)
    if span and int(span.group(1)) < int(span.group(2)):
        return f"{span.group(1)}-{span.group(2)}"
    years = [int(y) for y in YEAR_IN.findall(text)]
    if years:
        return years[-1] if status == "actual" else max(years)
    if report_year is None:
        return None
    if status == "actual":
        if PAST_SPAN.search(text) or five_year:
            return f"{report_year - 5}-{report_year - 1}"
        return report_year - 1
    if FUTURE_SPAN.search(text) or next_five:
        return f"{report_year}-{report_year + 4}"
    return report_year


def mention_period(item: dict, period, status: str, report_year: int | None):
    """Refine a sentence period for one mention: a stock reached at the end of a span takes its last year,
    the base of 从A到B the year before."""
    if item.get("_base"):
        by = item.get("_base_year")
        if isinstance(by, int):
            return by
        if status != "actual":
            return None
        if isinstance(period, str):
            return int(period.split("-")[0]) - 1
        if isinstance(period, int):
            return period - 1
        return None
    if isinstance(period, str) and report_year is not None and item["kind"] == "level":
        verb = item.get("_verb", "")
        if verb in STOCK_VERBS or TO_VERB.search(verb or "") or item.get("unit") in ("%",) and verb:
            first, last = period.split("-")
            return int(last)
    return period


def report_year_of(doc: Doc, text: str | None = None) -> int | None:
    """doc._.meta["year"], or the year implied by the review heading ("2008年工作回顾" → 2009)."""
    year = (doc._.meta or {}).get("year")
    if year:
        return int(year)
    titles = [s.get("title") or "" for s in (doc._.sections or []) if s.get("level") == 1]
    for title in titles:
        if "回顾" in title:
            ys = YEAR_IN.findall(_normalise(title))
            if ys:
                return int(ys[0]) + 1
    ys = [int(y) for t in titles for y in YEAR_IN.findall(_normalise(t))]
    if ys:
        return max(ys)
    head = _normalise((text if text is not None else doc_text(doc))[:400])
    m = _re(r"(?:过去|刚刚过去)的?((?:19|20)\d\d)年|^((?:19|20)\d\d)年").search(head, re.M)
    if m:
        return int(m.group(1) or m.group(2)) + 1
    return None


HAS_NUMBER = re.compile(r"[\d０-９一二两三四五六七八九十半番]").search


class IndicatorExtractor:
    """Sets ``doc._.indicators`` from the labelled sentences."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        full = doc_text(doc)
        year = report_year_of(doc, full)
        sections = doc._.sections or []
        five_year_sections = {i for i, s in enumerate(sections)
                              if s.get("part") == "review" and _re(r"五年|本届政府").search(s.get("title") or "")}
        next_five_sections = {i for i, s in enumerate(sections)
                              if s.get("level") == 1 and _re(r"今后五年|未来五年").search(s.get("title") or "")}
        found = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            if not HAS_NUMBER(full, start, end):
                continue
            label = sent._.label
            if label == "other":
                continue
            text = full[start:end]
            status = "actual" if label == "review" else "target"
            sec = sent._.section
            in_five = next_five = False
            while sec is not None and sec < len(sections):
                in_five = in_five or sec in five_year_sections
                next_five = next_five or sec in next_five_sections
                sec = sections[sec].get("parent")
            period = sentence_period(text, status, year, five_year=in_five, next_five=next_five)
            for item in find_mentions(text):
                item["start"] += start
                item["end"] += start
                item["status"] = status
                item["period"] = mention_period(item, period, status, year)
                item.pop("_verb", None)
                item.pop("_base", None)
                item.pop("_base_year", None)
                found.append(item)
        doc._.indicators = found
        return doc


@Language.factory("govreport_indicators", default_config={})
def make_indicators(nlp: Language, name: str) -> IndicatorExtractor:
    return IndicatorExtractor(nlp, name)
