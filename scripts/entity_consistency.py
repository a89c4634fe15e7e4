"""Make the gold's entity tagging uniform, one string at a time.

A string tagged as an entity in some gold documents and left untagged in
others (gold_consistency.py check a, settled "not tagged" contexts excluded)
is decided once, by docs/annotation.md, for all its occurrences:

    python scripts/entity_consistency.py sheets --labels PROGRAM,ORG,COMPANY -n 3 -o DIR
        writes DIR/sheet-<k>.jsonl: per string its label, up to --shown
        tagged occurrences and every untagged one, with context (report text:
        the sheets stay outside the repository). A reviewer fills ``action``
        (tag / untag / mixed / keep), ``except``, ``flip`` and ``retag``
        (brief: the docstring of ``apply``).

    python scripts/entity_consistency.py apply DIR/sheet-*.jsonl [--write]
        applies the decisions to corpus/gold/<ID>.jsonl (dry run without
        --write) and prints what it changed and what it could not apply.

    python scripts/entity_consistency.py quote-heads [--write]
        the boundary of a quoted name and the program word after it
        (“放管服”改革 or 放管服 alone): per head word, the form most of the
        gold uses becomes the rule, and the other occurrences are rewritten
        (docstring of ``quote_heads``).

    python scripts/entity_consistency.py program-heads [--write]
        a programme name and a word that ends such names right after it
        (西部大开发战略 or 西部大开发 alone): where the gold keeps the word in
        the span nine times in ten, the other occurrences take it too
        (docstring of ``program_heads``).

Session 8 ran it twice: PROGRAM/ORG/COMPANY strings (190) and PLACE strings
(399, reviewed occurrence by occurrence); see docs/annotation.md, Cases.
Session 9 ran quote-heads, session 10 program-heads.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
import gold_consistency as gc  # noqa: E402
from govreport_nlp.entities import CLOSE_Q, OPEN_Q, PROGRAM_HEAD_WORDS  # noqa: E402
from govreport_nlp.gold import join_standoff  # noqa: E402

GOLD = REPO / "corpus" / "gold"
NUMERAL = set("〇零一二三四五六七八九十百千万两")
# strings whose untagged uses the guide settles by context everywhere
# (中央 acting or not, 中国 in formulas) or that are mostly parts of words
SKIP = {"中央", "中国", "中国共产党", "共产党", "意见", "高新", "前进", "振兴"}


def make_sheets(labels: set[str], n_sheets: int, shown: int, out_dir: Path) -> None:
    records = gc.load_all(GOLD)
    texts = {r["id"]: r["text"] for r in records}
    tagged: dict[str, list] = defaultdict(list)
    for r in records:
        for e in r["entities"]:
            tagged[r["text"][e["start"]:e["end"]]].append((r["id"], e["start"], e["end"], e["label"]))
    untagged: dict[str, list] = defaultdict(list)
    for item in gc.check_untagged(records):
        string, text = item["string"], texts[item["doc"]]
        string_labels = {x[3] for x in tagged[string]}
        if item["excused"] or string in SKIP or not string_labels <= labels:
            continue
        before, after = text[item["start"] - 1:item["start"]], text[item["end"]:item["end"] + 1]
        if before in NUMERAL or after in NUMERAL or after == "年":  # 一九五四年 holds 九五
            continue
        untagged[string].append(item)
    sheets = []
    for string, items in sorted(untagged.items(), key=lambda kv: -len(kv[1])):
        occurrences = [{"doc": d, "start": s, "end": e, "now": lab, "context": gc.snippet(texts[d], s, e, 20)}
                       for d, s, e, lab in tagged[string][:shown]]
        occurrences += [{"doc": it["doc"], "start": it["start"], "end": it["end"], "now": "untagged",
                         "context": gc.snippet(texts[it["doc"]], it["start"], it["end"], 20)} for it in items]
        for k, occ in enumerate(occurrences, 1):
            occ["occ"] = k
        sheets.append({"string": string, "label": sorted({x[3] for x in tagged[string]}),
                       "n_tagged": len(tagged[string]), "n_tagged_shown": min(shown, len(tagged[string])),
                       "n_untagged": len(items), "occurrences": occurrences,
                       "action": None, "except": [], "flip": [], "retag": {}})
    groups: list[list[dict]] = [[] for _ in range(n_sheets)]
    load = [0] * n_sheets
    for sheet in sheets:
        k = load.index(min(load))
        groups[k].append(sheet)
        load[k] += len(sheet["occurrences"])
    out_dir.mkdir(parents=True, exist_ok=True)
    for k, group in enumerate(groups, 1):
        path = out_dir / f"sheet-{k}.jsonl"
        path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in group), encoding="utf-8")
        print(f"{path}: {len(group)} strings, {load[k - 1]} occurrences")


class Gold:
    """The gold documents' entity sets, edited in memory, written back on demand."""

    def __init__(self):
        self.records, self.texts, self.entities = {}, {}, {}
        for path in sorted(GOLD.glob("*.jsonl")):
            record = json.loads(path.read_text(encoding="utf-8"))
            self.records[record["id"]] = record
            self.texts[record["id"]] = join_standoff(dict(record), near=path)["text"]
            self.entities[record["id"]] = {(e["start"], e["end"], e["label"]) for e in record["entities"]}
        self.stats: Counter = Counter()
        self.problems: list[tuple] = []

    def add(self, doc: str, start: int, end: int, label: str) -> None:
        clash = [x for x in self.entities[doc] if x[0] < end and start < x[1]]
        if clash:
            self.problems.append(("overlaps an existing span", doc, start, end, self.texts[doc][start:end]))
            return
        self.entities[doc].add((start, end, label))
        self.stats["added"] += 1

    def finish(self, write: bool) -> None:
        """Print what could not be applied; with ``write``, write the gold back."""
        for problem in self.problems:
            print("not applied:", *problem)
        if write:
            print(f"{self.write()} gold files rewritten")

    def write(self) -> int:
        changed = 0
        for doc, record in self.records.items():
            new = sorted(self.entities[doc])
            if new != sorted((e["start"], e["end"], e["label"]) for e in record["entities"]):
                record["entities"] = [{"start": s, "end": e, "label": lab} for s, e, lab in new]
                (GOLD / f"{doc}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
                changed += 1
        return changed


def longer_span(gold: Gold, occ: dict, name: str) -> tuple[int, int] | None:
    """The span of ``name`` in the text that contains the occurrence."""
    text, start, end = gold.texts[occ["doc"]], occ["start"], occ["end"]
    k = text.find(name, max(0, end - len(name)), start + len(name))
    while k != -1 and k <= start:
        if k + len(name) >= end:
            return k, k + len(name)
        k = text.find(name, k + 1, start + len(name))
    return None


def apply(sheet_paths: list[Path], write: bool) -> None:
    """Per string: ``action`` "tag" tags every listed untagged occurrence but
    those in ``except``; "untag" untags every tagged occurrence of the string
    in the gold (listed or not) but those in ``except``; "mixed" flips the
    occurrences in ``flip`` and in ``retag`` (a tagged one in ``retag`` is
    replaced by the longer name); "keep" changes nothing.
    ``retag`` {occ: longer name} tags the longer name around the occurrence."""
    gold = Gold()
    for path in sheet_paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                _apply_string(gold, json.loads(line))
    print(dict(gold.stats))
    gold.finish(write)


def _apply_string(gold: Gold, sheet: dict) -> None:
    action, string = sheet.get("action"), sheet["string"]
    if action not in ("tag", "untag", "mixed", "keep"):
        gold.problems.append(("no action", string))
        return
    gold.stats[action] += 1
    shown_labels = Counter(o["now"] for o in sheet["occurrences"] if o["now"] != "untagged")
    label = shown_labels.most_common(1)[0][0] if shown_labels else sheet["label"][0]
    excepted = set(map(int, sheet.get("except") or []))
    retag = {int(k): v for k, v in (sheet.get("retag") or {}).items()}
    occurrences = {o["occ"]: o for o in sheet["occurrences"]}

    def tag(occ: dict) -> None:
        start, end = occ["start"], occ["end"]
        if occ["occ"] in retag:
            span = longer_span(gold, occ, retag[occ["occ"]])
            if span is None:
                gold.problems.append(("longer name not around the occurrence", occ["doc"], start, retag[occ["occ"]]))
                return
            (start, end), gold.stats["retagged"] = span, gold.stats["retagged"] + 1
        gold.add(occ["doc"], start, end, label)

    if action == "tag":
        for occ in sheet["occurrences"]:
            if occ["now"] == "untagged" and occ["occ"] not in excepted:
                tag(occ)
    elif action == "untag":
        kept = {(occurrences[k]["doc"], occurrences[k]["start"], occurrences[k]["end"]) for k in excepted if k in occurrences}
        for doc, spans in gold.entities.items():
            for span in list(spans):
                if gold.texts[doc][span[0]:span[1]] == string and span[2] in sheet["label"] and (doc, span[0], span[1]) not in kept:
                    spans.discard(span)
                    gold.stats["removed"] += 1
    elif action == "mixed":
        for k in sorted(set(map(int, sheet.get("flip") or [])) | set(retag)):
            occ = occurrences.get(k)
            if occ is None:
                gold.problems.append(("no such occurrence", string, k))
                continue
            span = (occ["start"], occ["end"], occ["now"])
            if occ["now"] != "untagged" and span in gold.entities[occ["doc"]]:
                gold.entities[occ["doc"]].discard(span)
                gold.stats["removed"] += 1
            if occ["now"] == "untagged" or k in retag:
                tag(occ)  # a tagged occurrence in ``retag`` takes the longer span


QUOTE_HEADS = ("改革", "计划", "行动", "工程", "制度", "政策", "方针", "机制", "战略", "试点", "规划")
# a longer head word that starts with one of QUOTE_HEADS: “互联网+”行动计划 is not “互联网+”行动
LONGER_HEAD = ("计划", "方案", "体系", "示范", "定位", "组合", "措施", "机制", "试点", "改革")


def quote_head_forms(gold: Gold) -> dict[str, dict[str, list]]:
    """Per head word, the PROGRAM spans of a bare quoted name followed by it:
    "kept" (span “X”H) and "left" (span X inside “X”H). A name with words
    before its quotes (人才“强省会”行动) is not bare and is not counted."""
    forms: dict[str, dict[str, list]] = defaultdict(lambda: {"kept": [], "left": []})
    for doc, spans in gold.entities.items():
        text = gold.texts[doc]
        for start, end, label in spans:
            if label != "PROGRAM":
                continue
            span = text[start:end]
            for head in QUOTE_HEADS:
                if span[0] in OPEN_Q and span.endswith(head) and span[-len(head) - 1] in CLOSE_Q \
                        and span.count(span[0]) == 1 and not text[end:end + 2].startswith(LONGER_HEAD):
                    forms[head]["kept"].append((doc, start, end))
                if 0 < start and end < len(text) and text[start - 1] in OPEN_Q and text[end] in CLOSE_Q \
                        and text[end + 1:].startswith(head) and not text[end + 1 + len(head):].startswith(LONGER_HEAD):
                    forms[head]["left"].append((doc, start, end))
    return forms


def quote_heads(write: bool, ratio: float = 3.0) -> None:
    """Where one form is used at least ``ratio`` times as often as the other
    for a head word, the other occurrences take it: left out → the span grows
    to “X”H; kept → the span shrinks to X. Ties and near-ties stay as they are."""
    gold = Gold()
    forms = quote_head_forms(gold)
    for head in QUOTE_HEADS:
        kept, left = forms[head]["kept"], forms[head]["left"]
        if len(kept) >= ratio * len(left) and left:
            rule, minority = "kept", left
        elif len(left) >= ratio * len(kept) and kept:
            rule, minority = "left", kept
        else:
            print(f"{head}: kept {len(kept)}, left out {len(left)}: no rule")
            continue
        print(f"{head}: kept {len(kept)}, left out {len(left)}: rule '{rule}', {len(minority)} rewritten")
        for doc, start, end in minority:
            text = gold.texts[doc]
            new = (start - 1, end + 1 + len(head)) if rule == "kept" else (start + 1, end - len(head) - 1)
            print(f"   {doc}: {text[start:end]} -> {text[new[0]:new[1]]}")
            gold.entities[doc].discard((start, end, "PROGRAM"))
            gold.add(doc, new[0], new[1], "PROGRAM")
    gold.finish(write)


def program_head_forms(gold: Gold) -> dict[str, dict[str, list]]:
    """Per word of entities.PROGRAM_HEAD_WORDS: the PROGRAM spans that end
    with it ("kept": 西部大开发战略) and those directly followed by it with no
    other span starting there ("left": 西部大开发 of 西部大开发战略)."""
    forms: dict[str, dict[str, list]] = defaultdict(lambda: {"kept": [], "left": []})
    for doc, spans in gold.entities.items():
        text = gold.texts[doc]
        starts = {s for s, _, _ in spans}
        for start, end, label in spans:
            if label != "PROGRAM":
                continue
            for head in PROGRAM_HEAD_WORDS:
                if text[start:end].endswith(head) and end - start > len(head) + 1:
                    forms[head]["kept"].append((doc, start, end))
            if end not in starts:
                after = [h for h in PROGRAM_HEAD_WORDS if text.startswith(h, end)]
                if after:
                    forms[max(after, key=len)]["left"].append((doc, start, end))
    return forms


def program_heads(write: bool, ratio: float = 9.0) -> None:
    """Where the gold keeps a head word in the span at least ``ratio`` times
    as often as it leaves it out, the spans that leave it out grow to take it
    (低保 → 低保制度 before 制度). Words below the ratio are not touched."""
    gold = Gold()
    forms = program_head_forms(gold)
    for head in PROGRAM_HEAD_WORDS:
        kept, left = forms[head]["kept"], forms[head]["left"]
        if not left or len(kept) < ratio * len(left):
            print(f"{head}: kept {len(kept)}, left out {len(left)}: no change")
            continue
        print(f"{head}: kept {len(kept)}, left out {len(left)}: {len(left)} rewritten")
        for doc, start, end in left:
            text = gold.texts[doc]
            print(f"   {doc}: {text[start:end]} -> {text[start:end + len(head)]}")
            gold.entities[doc].discard((start, end, "PROGRAM"))
            gold.add(doc, start, end + len(head), "PROGRAM")
    gold.finish(write)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sheets")
    p.add_argument("--labels", default="PROGRAM,ORG,COMPANY", help="strings tagged only with these labels")
    p.add_argument("-n", type=int, default=3, help="number of sheets")
    p.add_argument("--shown", type=int, default=8, help="tagged occurrences listed per string")
    p.add_argument("-o", "--out", type=Path, required=True)
    p = sub.add_parser("apply")
    p.add_argument("sheets", type=Path, nargs="+")
    p.add_argument("--write", action="store_true")
    p = sub.add_parser("quote-heads")
    p.add_argument("--write", action="store_true")
    p = sub.add_parser("program-heads")
    p.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.cmd == "sheets":
        make_sheets(set(args.labels.split(",")), args.n, args.shown, args.out)
    elif args.cmd == "quote-heads":
        quote_heads(args.write)
    elif args.cmd == "program-heads":
        program_heads(args.write)
    else:
        apply(args.sheets, args.write)


if __name__ == "__main__":
    main()
