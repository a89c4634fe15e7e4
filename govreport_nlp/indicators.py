"""Quantitative indicators: "全区生产总值增长6.5%左右", "一般公共预算收入……达到163.6亿元".

Each mention becomes a dict with the fields of docs/annotation.md §3 and §C:
indicator, value (value_high for ranges), unit, kind (growth/level),
qualifier, status (target/actual from the sentence label), period, and the
start/end of the mention in ``doc.text``.

Every number with a unit is a candidate; the clause before it decides the
name: "<name><verb><number>" (生产总值增长6.5%), "<action verb><object><number>"
(新建5G基站800个), "<name><number>" (城镇新增就业1.2万人), or an elided name that
repeats the previous one in the sentence ("超过126万亿元，增长5.2%").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401

NUMBER = r"\d+(?:\.\d+)?"
UNITS = (
    "个百分点|万亿元|千亿元|亿美元|万美元|亿元|万元|元|万亿斤|亿斤|万斤|万吨|亿吨|吨|万千瓦|千瓦|万人次|万人|人次|人|万户|户|万套|套|"
    "万亩|亩|平方公里|万平方米|平方米|公里|千米|米|个|家|所|项|件|座|条|只|处|场次|场|台|辆|张|名|倍|%|‰"
)
GROWTH_VERBS = ("年均增长", "平均增长", "同比增长", "增长", "增加", "提高", "提升", "上涨", "下降", "降低", "减少", "压减", "缩小", "扩大")
LEVEL_VERBS = ("达到", "突破", "超过", "控制在", "保持在", "稳定在", "为", "累计", "完成", "实现")
ACTION_VERBS = ("新建", "新增", "建成", "改造", "新开工", "开工", "培育", "引进", "打造", "实施", "整治", "建设", "落地", "提供", "发放",
                "安排", "举办", "创建", "帮助", "惠及", "减免", "投入", "治理", "种植", "造林", "筹集", "启动", "新改建", "改扩建")
DOWN_VERBS = {"下降", "降低", "减少", "压减", "缩小"}
GROWTH_NOUNS = re.compile(r"(?:涨幅|增幅|增速|增长率|增长速度)$")
VERB = re.compile("|".join(sorted(GROWTH_VERBS + LEVEL_VERBS + ACTION_VERBS, key=len, reverse=True)))
QUANTITY = re.compile(
    rf"(?P<pre>约|近|超|逾)?(?P<value>{NUMBER})(?:%?(?:—|－|-|~|～|至|到)(?P<high>{NUMBER}))?(?P<mult>多|余)?"
    rf"(?P<unit>{UNITS})(?P<qual>左右|以上|以内|以下|多|余)?"
)
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？（）()、“”]")
AREA_PREFIX = re.compile(r"^(?:全国|全省|全市|全区|全县|全镇|全乡|全年|今年|去年|全社会|我国|我市|我区|我县|我省|其中|同比|累计|城乡|共|分别|比上年|比去年|五年)+")
NAME_CUT = re.compile(r".*(?:和|及|与|使|把|将|让|的|是|力争|确保|要|使得|其中|分别)")
NAME_TAIL = re.compile(r"(?:拟按|拟|按|预计|均|都|分别|共计|共|达|约|在|已|再|又)+$")
COUNTERS = re.compile(r"个|家|所|项|件|座|条|只|处|场次|场|台|辆|张|名|公里|千米|米|亩|万亩|户|万户|套|万套")
OBJECT_AFTER = re.compile(r"(?:(?!和|及|与|等)[\u4e00-\u9fffA-Za-z“”]){2,14}")
YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
PAST_SPAN = re.compile(r"(五|三|两|十)年来|过去五年|本届政府")
CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_NAME = 24


def find_mentions(text: str) -> list[dict]:
    """Indicator mentions in one sentence, offsets relative to ``text``."""
    mentions = []
    last_name = None
    for q in QUANTITY.finditer(text):
        num_start = q.start("pre") if q.group("pre") else q.start("value")
        if num_start and text[num_start - 1] in "第0123456789.":
            continue  # ranks (第2位) and numbers glued to others
        clause_start = _clause_start(text, num_start)
        pre = text[clause_start:num_start]
        verbs = list(VERB.finditer(pre))
        verb = verbs[-1] if verbs else None
        kind, end = "level", 0
        if verb and verb.end() == len(pre):  # <name><verb><number>
            name, name_at = _name(pre[: verb.start()], clause_start)
            kind = "growth" if verb.group() in GROWTH_VERBS else "level"
            if not name:
                name, name_at = last_name, clause_start + verb.start()
            else:
                last_name = name
        elif verb:  # <verb><object><number>
            name, name_at = _name(pre[verb.end():], clause_start + verb.end())
            if name and verb.group() in ACTION_VERBS:
                name_at = clause_start + verb.start()
                subject, subject_at = _name(pre[: verb.start()], clause_start)
                if subject and verb.group() == "新增":  # 城镇新增就业
                    name, name_at = subject + verb.group() + name, subject_at
            kind = "growth" if verb.group() in GROWTH_VERBS else "level"
        else:  # <name><number>
            name, name_at = _name(pre, clause_start)
            if name and GROWTH_NOUNS.search(name):
                kind = "growth"
            if name:
                last_name = name
        if COUNTERS.fullmatch(q.group("unit")) and not q.group("qual"):
            obj = OBJECT_AFTER.match(text, q.end())  # 整治提升50个老旧小区
            if obj and not VERB.match(obj.group()):
                name, name_at = obj.group().strip("“”"), num_start
                kind, end = "level", obj.end()
        if not name:
            continue
        qual = q.group("qual") or ""
        if qual == "余" or q.group("mult"):
            qual = "多"
        if not qual:
            qual = _pre_qualifier(q.group("pre"), text, name_at)
        item = {"start": name_at, "end": max(q.end(), end), "indicator": name, "value": float(q.group("value")),
                "unit": q.group("unit"), "kind": kind, "qualifier": qual}
        if q.group("high"):
            item["value_high"] = float(q.group("high"))
        if verb and verb.group() in DOWN_VERBS:
            item["direction"] = "down"
        mentions.append(item)
    return mentions


def _clause_start(text: str, pos: int) -> int:
    for i in range(pos - 1, max(-1, pos - 40), -1):
        if CLAUSE_BREAK.match(text[i]):
            return i + 1
    return max(0, pos - 40)


def _name(segment: str, offset: int) -> tuple[str | None, int]:
    """The indicator name in ``segment`` (the text before the verb or number) and its offset."""
    cut = NAME_CUT.match(segment)
    begin = cut.end() if cut else 0
    prefix = AREA_PREFIX.match(segment[begin:])
    if prefix:
        begin += prefix.end()
    name = NAME_TAIL.sub("", segment[begin:].rstrip(" ·."))
    if not CJK.search(name) or len(name) > MAX_NAME or VERB.fullmatch(name):
        return None, offset
    return name, offset + begin


def _pre_qualifier(pre: str | None, text: str, start: int) -> str:
    if pre in ("约", "近"):
        return pre
    if "力争" in text[max(0, start - 12):start]:
        return "力争"
    return ""


def sentence_period(text: str, status: str, report_year: int | None):
    """Year the figures of a sentence refer to (docs/annotation.md §C)."""
    years = [int(y) for y in YEAR_IN.findall(text)]
    if years:
        return years[-1] if status == "actual" else max(years)
    if report_year is None:
        return None
    if status == "actual":
        return None if PAST_SPAN.search(text) else report_year - 1
    return report_year


class IndicatorExtractor:
    """Sets ``doc._.indicators`` from the labelled sentences."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        year = (doc._.meta or {}).get("year")
        found = []
        for sent in doc.sents:
            label = sent._.label
            if label == "other":
                continue
            status = "actual" if label == "review" else "target"
            text = sent.text
            period = sentence_period(text, status, year)
            for item in find_mentions(text):
                item["start"] += sent.start_char
                item["end"] += sent.start_char
                item["status"] = status
                item["period"] = period
                found.append(item)
        doc._.indicators = found
        return doc


@Language.factory("govreport_indicators", default_config={})
def make_indicators(nlp: Language, name: str) -> IndicatorExtractor:
    return IndicatorExtractor(nlp, name)
