"""List inconsistencies across the gold documents (corpus/gold/*.jsonl).

Four checks, each over all gold documents joined with their source texts:

  (a) untagged  a surface string tagged as an entity somewhere also occurs
                untagged (not covered by any entity) in the body of some
                document; occurrences in a context the guide settles as "not
                an entity" (docs/annotation.md, Cases) are counted as excused;
  (b) labels    one surface string tagged with different labels;
  (c) patterns  sentence patterns (list openers, "今年是…之年", policy
                stances, principle lines, thanks lines…) whose labels differ
                from the settled label;
  (d) indicators indicator fields that break a settled convention (kind by
                verb, qualifier set, status by sentence label, unit and name
                forms, area prefix in the indicator name…).

The script holds cue words and settled context patterns only, never report
text; contexts shown in the output come from the source texts at run time.

    python scripts/gold_consistency.py              # summary + every item
    python scripts/gold_consistency.py --summary    # counts only
    python scripts/gold_consistency.py --check a,b  # some checks only
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from govreport_nlp.gold import load_gold  # noqa: E402

# ---------------------------------------------------------------------------
# (a) contexts in which an untagged occurrence of a tagged string is settled
# as correct (docs/annotation.md, Cases). Each rule: (string, or None for any
# string; regex; reason). The regex is searched in "LEFT@RIGHT", where @ is
# the occurrence, LEFT the clause text before it (at most 10 characters) and
# RIGHT the clause text after it (at most 20 characters); a clause ends at
# ，。；：！？.
# ---------------------------------------------------------------------------
EVENT = r"@[^@]{0,18}?(奥运会|残奥会|冬奥会|亚运会|大运会|运动会|博览会|进博会|峰会|论坛|会议|会晤|全会|纪念会|大赛|足球赛|杯|地震|金融危机)"
EXCUSED: list[tuple[str | None, str, str]] = [
    (None, EVENT, "inside the name of an event (events and the names inside them are not tagged)"),
    (None, r"@[^@]{0,6}?(火车站|站|足球场|体育场|机场|大桥|客厅|足球基地|公交场站|养老项目)", "inside a facility name (places inside facilities are not tagged)"),
    (None, r"(入选|荣膺|获评|跻身|评为|荣获)[^@]{0,3}@", "inside an honour title (treated like an event)"),
    (None, r"@[^@]{0,8}(百强|500强|最佳|百佳)", "inside an honour title or ranking"),
    # 中央 as a level of government or inside a longer name
    ("中央", r"@(财政|预算|部门|企业|财力|税收|党政机关|本级|层面|脱贫攻坚专项巡视|银行)", "中央 as a level of government"),
    ("中央", r"@(和|与|对|、|到)(地方|省)|(从|由)@到|@和省|@统筹、省", "中央 as a level of government"),
    # 中国 inside formulas and slogans; the country elsewhere is PLACE
    ("中国", r"@(特色|式现代化|梦|化)|发展@家|两个@|“@制造”", "中国 inside a formula, slogan or 发展中国家"),
    # strings that occur inside other words
    ("十五", r"[一二三四五六七八九十百千]@|@(大|届)", "part of a numeral or of 十五大/十五届 (event)"),
    ("方特", r"地@别", "part of 地方特别"),
    ("公司法", r"@人", "part of 公司法人"),
    ("上马", r"草率@", "verb 上马"),
    ("非洲", r"@猪瘟", "part of a disease name"),
    ("青岛", r"“@金花", "inside a firm category (青岛金花)"),
    ("走出去", r"[^“]@(?!”)", "plain verb, not the quoted strategy “走出去”"),
    # generic goal descriptions whose named form carries 战略
    ("区域协调发展", r"@(?![^@]{0,8}战略)", "generic description; the named strategy is …战略"),
    ("出口市场多元化", r"@(?![^@]{0,8}战略)", "generic description; the named strategy is …战略"),
    ("高新区", r"(经开区|国家级)[^@]{0,3}、@", "a class of zones, not the named zone"),
]

# tagged strings too short to search for (single characters)
MIN_SEARCH_LEN = 2

# ---------------------------------------------------------------------------
# (c) sentence patterns: (name, regex on the sentence without whitespace,
# settled label, regex of the settled exceptions or None)
# ---------------------------------------------------------------------------
PATTERNS: list[tuple[str, str, str, str | None]] = [
    ("list opener ending in ：", r"[：:]$", "other", None),
    ("list opener: 以下…工作/措施/原则/关系", r"(以下|下列)[^。：]{0,8}(工作|措施|原则|关系|几点|几项)[。：:]?$", "other",
     r"^做好今年[^。]*要[^。]*(思想|总基调)"),          # guiding thought + list -> goal
    ("list opener: 一年来/五年来…主要做了以下工作", r"做了以下", "other", None),
    ("period framing: 今年/X年/过去一年是…之年/一年", r"^(各位代表[，,])?(今年|明年|[0-9０-９]{4}年|过去的?一年)[，,]?(是|将是)[^。]*(之年|一年|第一年)[。！]?$", "other",
     r"(取得|胜利)[^。]*一年"),                          # the year evaluated as a success -> review
    ("section heading: 二、20XX年… / 关于…", r"^[一二三四五六七八九十]+、([0-9]{4}年|关于|过去|今后|对[0-9]{4}年)", "other", None),
    ("policy stance: 积极的财政政策/稳健的货币政策要…", r"^(积极|稳健)的(财政|货币)政策(要|取向不变|保持中性)", "task", None),
    ("policy stance: (继续)实施…的财政/货币政策。", r"^(继续|今年要)?(实施|实行)(积极|稳健|适度宽松)的(财政|货币)政策。$", "task", None),
    ("principle: 必须坚持…", r"^(——)?必须坚持", "goal",
     r"^——|，(进一步)?(加大|加快|推进|实施|建设)"),   # lessons under 体会 -> review; + concrete action -> task
    ("principle: 坚持 + principle (short line)", r"^(我们要)?坚持[^，；。]{2,20}。$", "goal",
     r"^坚持(不懈地|实行|实施)"),                        # 坚持 governing a concrete action -> task/review
    ("thanks: 表示…感谢/敬意", r"(表示|致以)[^。]*(感谢|敬意)[！!。]?$", "other", None),
    ("confidence: 只要…一定/必将", r"^只要[^。]*(一定|必将)", "other", None),
    ("confidence: 我们坚信/相信…", r"^我们(坚信|相信)", "other", None),
    ("closing exhortation: 让我们…", r"^让我们", "other", None),
    ("salutation: 各位代表", r"^各位代表[：:!！]$", "other", None),
    ("report framing: 请予审议", r"请予审议", "other", None),
    ("problems admitted: 在肯定成绩的同时", r"在(充分)?肯定成绩的同时", "review", None),
    ("promise after problems: 我们一定…辜负/解决", r"^我们一定(要)?[^。]*(辜负|切实(加以)?解决)", "task", None),
    ("evaluation: 成绩/成就来之不易", r"(成绩|成就)[^。]{0,4}来之不易", "review", None),
    ("attribution: 是…的结果", r"的结果[。！]?$", "review", None),
    ("lesson: 实践证明/表明…", r"^实践(充分|再次)?(证明|表明)", "review", r"(有信心|一定能够)"),
    ("outlook: 我国(发展)仍处于重要战略机遇期", r"^(综观国际国内形势，)?我国(发展)?仍处于重要战略机遇期", "other", None),
    ("target explanation: 提出上述预期目标 / 预期目标是指导性的", r"提出上述[^。]*目标|目标是指导性的", "goal", None),
    ("maxim: 就业是…", r"^就业是", "other", None),
]

# ---------------------------------------------------------------------------
# (d) indicator conventions
# ---------------------------------------------------------------------------
QUALIFIERS = {"", "左右", "以上", "以内", "以下", "力争", "约", "近", "多"}
REDUCE = r"(淘汰|关停|关闭|压减|压缩|退出|削减|取消和停征|取消|减少|下降|降低|减轻|裁减|裁军|精简|核减|缩短|回落|减|少)"
RAISE = r"(增长|递增|增产|提高|上涨|增加|提升|扩大|翻番|翻一番|翻两番|翻了一番)"
LEVEL = r"(达到|突破|超过|控制在|保持在|稳定在|为|达|是|跃上|迈上|进入|过|接近|有)"
COUNT = r"(新增|新建|新开工|改建|新培育|引进|净增|增发|发行|安排|投入|安置|改造|搬迁|建成|完成|开工|培训|解决|减税|减税降费|资助|救助|惠及|覆盖)"
RATE_NAME = re.compile(r"(涨幅|增幅|增速|增长|幅度|增长率)$")
AREA_PREFIX = re.compile(r"^(全国|全区|全市|全省|全县)")
VERB_NAME = re.compile(r"^(新建|增长|增加|提高|达到|实现|完成|减少|下降|降低|淘汰|关停|关闭|取消|压减|削减|退出)")
NUM = re.compile(r"[0-9０-９]|[一二三四五六七八九十两半][^的]?[千百万亿十分倍成番]|百分之|[一二三四五六七八九十两]+成|上[千万亿]|千|百[万亿只]|一半")


def body_mask(record: dict) -> list[bool]:
    mask = [False] * len(record["text"])
    for s in record.get("sentences", []):
        for i in range(s["start"], s["end"]):
            mask[i] = True
    return mask


def load_all(gold_dir: Path) -> list[dict]:
    records = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        records.extend(load_gold(path))
    return records


def snippet(text: str, start: int, end: int, width: int = 12) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}【{text[start:end]}】{right}"


def excused(text: str, start: int, end: int, string: str) -> str | None:
    left = re.split(r"[，。；：！？]", text[max(0, start - 10):start])[-1]
    right = re.split(r"[，。；：！？]", text[end:end + 20])[0]
    window = re.sub(r"\s+", "", left) + "@" + re.sub(r"\s+", "", right)
    for who, rx, reason in EXCUSED:
        if who is not None and who != string:
            continue
        if re.search(rx, window):
            return reason
    return None


# ---------------------------------------------------------------------------
def check_untagged(records: list[dict]) -> list[dict]:
    tagged: dict[str, Counter] = defaultdict(Counter)          # string -> doc -> n tagged
    for r in records:
        for e in r.get("entities", []):
            tagged[r["text"][e["start"]:e["end"]]][r["id"]] += 1
    items = []
    for r in records:
        text = r["text"]
        mask = body_mask(r)
        covered = [False] * len(text)
        for e in r.get("entities", []):
            for i in range(e["start"], e["end"]):
                covered[i] = True
        for string in tagged:
            if len(string) < MIN_SEARCH_LEN:
                continue
            pos = text.find(string)
            while pos >= 0:
                end = pos + len(string)
                if mask[pos] and not any(covered[pos:end]):
                    reason = excused(text, pos, end, string)
                    items.append({"string": string, "doc": r["id"], "start": pos, "end": end,
                                  "context": snippet(text, pos, end), "excused": reason,
                                  "tagged_in": dict(tagged[string])})
                pos = text.find(string, pos + 1)
    return items


def check_labels(records: list[dict]) -> list[dict]:
    by_string: dict[str, Counter] = defaultdict(Counter)
    docs: dict[tuple[str, str], set] = defaultdict(set)
    for r in records:
        for e in r.get("entities", []):
            s = r["text"][e["start"]:e["end"]]
            by_string[s][e["label"]] += 1
            docs[(s, e["label"])].add(r["id"])
    return [{"string": s, "labels": dict(c), "docs": {lab: sorted(docs[(s, lab)]) for lab in c}}
            for s, c in sorted(by_string.items()) if len(c) > 1]


def check_patterns(records: list[dict]) -> tuple[list[dict], dict, int]:
    items, tallies, settled_exceptions = [], {}, 0
    for name, rx, settled, exc in PATTERNS:
        tally = Counter()
        for r in records:
            for s in r.get("sentences", []):
                sent = re.sub(r"\s+", "", r["text"][s["start"]:s["end"]])
                if not re.search(rx, sent):
                    continue
                tally[s["label"]] += 1
                if s["label"] != settled:
                    if exc and re.search(exc, sent):
                        settled_exceptions += 1
                    else:
                        items.append({"pattern": name, "doc": r["id"], "label": s["label"], "settled": settled,
                                      "sentence": sent[:60]})
        tallies[name] = dict(tally)
    return items, tallies, settled_exceptions


def sentence_of(record: dict, pos: int) -> dict | None:
    for s in record.get("sentences", []):
        if s["start"] <= pos < s["end"]:
            return s
    return None


def verb_before_number(mention: str, indicator: str) -> str:
    """The words between the indicator name (if written) and the first number."""
    rest = mention
    if indicator and indicator in rest:
        rest = rest[rest.index(indicator) + len(indicator):]
    m = NUM.search(rest)
    return rest[:m.start()] if m else rest


def expected_kind(mention: str, indicator: str, unit: str) -> tuple[str | None, str]:
    """(settled kind, reason) from the indicator name, the unit and the verb before the number."""
    head = verb_before_number(mention, indicator)
    if head == "" and indicator and indicator in mention:
        head = mention[:mention.index(indicator)]      # verb written before the name: 压减钢铁产能3000万吨

    def tail(rx: str) -> bool:
        return re.search(rx + r"(了|到|至)?(再|约|近|超过|平均|年均|分别)?$", head) is not None

    if re.search(r"(到|至)$", head) and re.search(r"(提高|增加|上升|下降|降低|降|减少|扩大|缩小|提升|增长|压缩|压减|调整|减|增)(到|至)$", head):
        return "level", "value reached (提高到/降至 X) is level"
    if RATE_NAME.search(indicator) or re.search(r"(涨幅|增幅|增速|幅度)", head):
        return "growth", "an indicator that is itself a rate of change is growth"
    if unit == "倍":
        return "growth", "multiples and 翻番 are growth"
    if (re.search(r"(人均|每人|每月)", mention) or indicator.endswith("标准")) and tail(r"(新增|增加|提高)"):
        return "growth", "an increase of a per-capita amount or standard is growth"
    if tail(COUNT):
        return "level", "counted action items (新增/新建/安置… X) are level"
    if tail(REDUCE) and "的" not in indicator:
        return "growth", "reductions (减少/压减/淘汰/关停… X) are growth, direction down"
    if tail(RAISE):
        return "growth", "增长/提高/增加 X is growth"
    if tail(LEVEL):
        return "level", "达到/突破/超过/控制在/为 X is level"
    return None, ""


def report_year(doc_id: str) -> int | None:
    m = re.search(r"(19|20)\d\d", doc_id)
    return int(m.group(0)) if m else None


def check_indicators(records: list[dict]) -> list[dict]:
    items = []
    for r in records:
        text = r["text"]
        year = report_year(r["id"])
        for ind in r.get("indicators", []):
            mention = re.sub(r"\s+", "", text[ind["start"]:ind["end"]])
            name = ind.get("indicator", "")
            unit = ind.get("unit", "")
            kind = ind.get("kind")
            where = {"doc": r["id"], "mention": mention, "indicator": name}

            def bad(rule, got, want):
                items.append({**where, "rule": rule, "got": got, "want": want})

            sent = sentence_of(r, ind["start"])
            label = sent["label"] if sent else None
            want_status = {"review": "actual", "goal": "target", "task": "target"}.get(label)
            if want_status and ind.get("status") != want_status:
                bad("status follows the sentence label", ind.get("status"), want_status)
            if ind.get("qualifier", "") not in QUALIFIERS:
                bad("qualifier in the settled set", ind.get("qualifier"), sorted(QUALIFIERS))
            if re.search(r"(超过|突破)", mention) and ind.get("qualifier") == "以上" and "以上" not in mention:
                bad("超过/突破 are verbs, not qualifiers", ind.get("qualifier"), "")
            if re.search(r"(不低于|至少|上亿|上千万|上万|以千万计)", mention) and ind.get("qualifier") != "以上":
                bad("不低于/至少/上亿/上千万 → qualifier 以上", ind.get("qualifier"), "以上")
            if AREA_PREFIX.match(name):
                bad("indicator name without area prefix", name, AREA_PREFIX.sub("", name))
            if VERB_NAME.match(name) and "的" not in name and not name.startswith("新增"):
                bad("indicator name without the verb", name, "name only")
            if re.fullmatch(r"(增长率|增长速度|增速|速度)", name):
                bad("elided name: indicator repeats the name it refers to", name, "e.g. 国内生产总值")
            if unit in ("万", "亿", "千", "百万", "千万", "万亿"):
                bad("unit carries the implied measure word (万人, 亿元…)", unit, unit + "人/元/户…")
            if re.search(r"翻(一|两|了一|了两)?番", mention) and unit != "倍":
                bad("翻番 → unit 倍", unit, "倍")
            if re.search(r"[%％]", mention) and unit not in ("%", "个百分点"):
                bad("％ → unit %", unit, "%")
            want, why = expected_kind(mention, name, unit)
            if want and kind != want:
                bad(f"kind: {why}", kind, want)
            if ind.get("direction") not in (None, "down"):
                bad("direction is written only as down", ind.get("direction"), "down/absent")
            if ind.get("direction") == "down" and kind != "growth":
                bad("direction only with kind growth", kind, "growth")
            head = verb_before_number(mention, name)
            if head == "" and name and name in mention:
                head = mention[:mention.index(name)]
            if kind == "growth" and re.search(REDUCE + r"(了|再)?(约|近|超过)?$", head) and ind.get("direction") != "down":
                bad("a decrease has direction down", ind.get("direction"), "down")
            if kind == "growth" and re.search(RAISE + r"(了|再)?(约|近|超过)?$", head) and ind.get("direction") == "down":
                bad("an increase has no direction", "down", None)
            period = ind.get("period")
            if period is not None and not (isinstance(period, int) or re.fullmatch(r"\d{4}-\d{4}", str(period))):
                bad("period int or YYYY-YYYY or null", period, "int/span/null")
            if year and period is not None:
                first = int(str(period)[:4])
                if ind.get("status") == "actual" and first >= year:
                    bad("an actual value refers to a year before the report", period, f"< {year}")
                if label in ("goal", "task") and first < year and re.search(r"(从|由)[^到至]*$", mention) \
                        and not re.search(r"(上年|去年|[0-9０-９]{4}年)", mention):
                    bad("base of a from-to pair in a goal/task sentence: period null unless its year is written", period, None)
            if not isinstance(ind.get("value"), (int, float)):
                bad("value is a number", ind.get("value"), "float")
            if "value_high" in ind and not ind["value_high"] > ind["value"]:
                bad("value_high above value", ind["value_high"], "> value")
    return items


# ---------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-dir", default=str(REPO / "corpus" / "gold"))
    ap.add_argument("--check", default="a,b,c,d", help="comma-separated subset of a,b,c,d")
    ap.add_argument("--summary", action="store_true", help="counts only")
    ap.add_argument("--show-excused", action="store_true", help="also list excused untagged occurrences")
    args = ap.parse_args()
    checks = set(args.check.split(","))
    records = load_all(Path(args.gold_dir))
    out = []
    summary = {}

    if "a" in checks:
        items = check_untagged(records)
        open_items = [i for i in items if not i["excused"]]
        summary["a untagged occurrences of tagged strings"] = len(open_items)
        summary["a   excused by a settled context"] = len(items) - len(open_items)
        for reason, n in Counter(i["excused"] for i in items if i["excused"]).most_common():
            summary[f"a     {reason}"] = n
        out.append("== (a) tagged strings left untagged elsewhere")
        by_string = defaultdict(list)
        for i in items:
            if args.show_excused or not i["excused"]:
                by_string[i["string"]].append(i)
        for string, occ in sorted(by_string.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            tagged_in = ", ".join(f"{d}:{n}" for d, n in sorted(occ[0]["tagged_in"].items()))
            out.append(f"{string}  (tagged {tagged_in}; untagged {len(occ)})")
            if not args.summary:
                for i in occ:
                    flag = f"  [excused: {i['excused']}]" if i["excused"] else ""
                    out.append(f"    {i['doc']}@{i['start']}  {i['context']}{flag}")
    if "b" in checks:
        items = check_labels(records)
        summary["b strings with different labels"] = len(items)
        out.append("== (b) strings tagged with different labels")
        for i in items:
            out.append(f"{i['string']}  {i['labels']}  {i['docs']}")
    if "c" in checks:
        items, tallies, settled_exceptions = check_patterns(records)
        summary["c sentences off their pattern's settled label"] = len(items)
        summary["c   other label by a settled exception of the pattern"] = settled_exceptions
        out.append("== (c) sentence patterns")
        for name, tally in tallies.items():
            out.append(f"{name}: {tally}")
        if not args.summary:
            for i in items:
                out.append(f"    {i['doc']}  {i['label']} (settled {i['settled']})  [{i['pattern']}]  {i['sentence']}")
    if "d" in checks:
        items = check_indicators(records)
        summary["d indicators off a settled convention"] = len(items)
        summary["d   indicators checked"] = sum(len(r.get("indicators", [])) for r in records)
        out.append("== (d) indicator conventions")
        by_rule = Counter(i["rule"] for i in items)
        for rule, n in by_rule.most_common():
            out.append(f"{rule}: {n}")
        if not args.summary:
            for i in items:
                out.append(f"    {i['doc']}  [{i['rule']}] got {i['got']!r} want {i['want']!r}  {i['mention']}  ({i['indicator']})")
    print("\n".join(out))
    print("== summary")
    for k, v in summary.items():
        print(f"{k}: {v}")
    open_total = sum(v for k, v in summary.items() if not k[1:].startswith("  "))
    sys.exit(1 if open_total else 0)


if __name__ == "__main__":
    main()
