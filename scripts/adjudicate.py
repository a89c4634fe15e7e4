"""Merge independent labellings of one gold document into an adjudicated gold.

The gold of a dev or test document is one annotator's reading. With second,
blind labellings of it (corpus/agreement/<ID>-<X>.jsonl, docs/agreement.md)
two protocols give the adjudicated gold:

    python scripts/adjudicate.py vote ID
        three or more labellings (the first annotator's, kept as
        corpus/agreement/<ID>-first.jsonl, and two or more second ones):
        every sentence takes the label most labellings give it, every entity
        span (exact span and label) is kept when most labellings have it.
        A sentence without a majority is listed for a sheet.

    python scripts/adjudicate.py sheet ID -o SHEET.jsonl
        two labellings: one item per disagreement (a sentence label, or a
        stretch of text where the entity spans differ), its context and the
        two readings in random order, with no hint of which is the gold.
        An adjudicator who has not seen either labelling nor any model
        output fills "choice" (1 or 2) by docs/annotation.md.

    python scripts/adjudicate.py apply ID SHEET.jsonl
        the chosen readings replace the gold's where they differ.

    python scripts/adjudicate.py standoff ID SHEET.jsonl -o corpus/agreement/decisions/ID.jsonl
        the decided sheet without report text, for the repository.

``vote`` and ``apply`` rewrite corpus/gold/<ID>.jsonl: sentence boundaries
and indicators stay the first annotator's; an indicator's status follows its
sentence when the label changes between review and goal/task. The first
labelling is saved to corpus/agreement/<ID>-first.jsonl before the first
rewrite, so benchmarks/agreement.py can still score every annotator.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
from gold_consistency import snippet  # noqa: E402
from govreport_nlp.align import SpanIndex  # noqa: E402
from govreport_nlp.gold import join_standoff  # noqa: E402

GOLD = REPO / "corpus" / "gold"
AGREEMENT = REPO / "corpus" / "agreement"
FORWARD = {"goal", "task"}


def read_record(path: Path) -> dict:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(lines) != 1:
        sys.exit(f"{path}: expected one document, found {len(lines)}")
    return json.loads(lines[0])


def first_labelling(doc_id: str) -> dict:
    """The first annotator's labelling: saved once, before any rewrite of the gold."""
    saved = AGREEMENT / f"{doc_id}-first.jsonl"
    if not saved.exists():
        AGREEMENT.mkdir(parents=True, exist_ok=True)
        saved.write_text((GOLD / f"{doc_id}.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    return read_record(saved)


def second_labellings(doc_id: str) -> list[dict]:
    paths = sorted(p for p in AGREEMENT.glob(f"{doc_id}-*.jsonl") if p.stem != f"{doc_id}-first")
    return [read_record(p) for p in paths]


def two_labellings(doc_id: str) -> tuple[dict, dict, str]:
    """(first labelling, the one second labelling, the document's text) for a sheet."""
    first, seconds = first_labelling(doc_id), second_labellings(doc_id)
    if len(seconds) != 1:
        sys.exit(f"{doc_id}: a sheet needs exactly one second labelling in {AGREEMENT}, found {len(seconds)} (use vote)")
    return first, seconds[0], join_standoff(dict(first), near=GOLD / f"{doc_id}.jsonl")["text"]


def read_sheet(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_labels(first: dict, other: dict) -> list[str | None]:
    """The label ``other`` gives each sentence of ``first`` (most-overlapping sentence)."""
    index = SpanIndex(other["sentences"])
    labels = []
    for sent in first["sentences"]:
        match = index.best(sent["start"], sent["end"])
        labels.append(match["label"] if match else None)
    return labels


def entity_set(record: dict) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["label"]) for e in record["entities"]}


def in_region(spans: set, start: int, end: int) -> list[tuple[int, int, str]]:
    return sorted(x for x in spans if x[0] < end and start < x[1])


def render(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """An entity reading as the adjudicator sees it."""
    return [f"{text[s:e]}|{lab}" for s, e, lab in spans] or ["(no entity)"]


def write_gold(doc_id: str, first: dict, labels: list[str], entities: set[tuple[int, int, str]]) -> Counter:
    """Rewrite the gold with new sentence labels and entities; returns counts of changes."""
    changes: Counter = Counter()
    record = dict(first)
    sentences = []
    for sent, label in zip(first["sentences"], labels):
        if label != sent["label"]:
            changes[f"sentence {sent['label']} -> {label}"] += 1
        sentences.append({**sent, "label": label})
    record["sentences"] = sentences
    index = SpanIndex(sentences)
    record["indicators"] = [_status_follows(ind, index) for ind in first.get("indicators", [])]
    old = entity_set(first)
    changes["entities added"] = len(entities - old)
    changes["entities removed"] = len(old - entities)
    record["entities"] = [{"start": s, "end": e, "label": lab} for s, e, lab in sorted(entities)]
    (GOLD / f"{doc_id}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return changes


def _status_follows(indicator: dict, sentences: SpanIndex) -> dict:
    sent = sentences.best(indicator["start"], indicator["end"])
    if sent is None or "status" not in indicator:
        return indicator
    if sent["label"] == "review":
        return {**indicator, "status": "actual"}
    if sent["label"] in FORWARD:
        return {**indicator, "status": "target"}
    return indicator


def vote(doc_id: str) -> None:
    first = first_labelling(doc_id)
    seconds = second_labellings(doc_id)
    if len(seconds) < 2:
        sys.exit(f"{doc_id}: vote needs two or more second labellings in {AGREEMENT}, found {len(seconds)}")
    others = [sentence_labels(first, s) for s in seconds]
    labels, ties = [], []
    for k, sent in enumerate(first["sentences"]):
        votes = Counter([sent["label"]] + [o[k] for o in others if o[k]])
        top, n_top = votes.most_common(1)[0]
        if n_top * 2 > 1 + len(others):
            labels.append(top)
        else:
            labels.append(sent["label"])
            ties.append(k)
    n_labellings = 1 + len(seconds)
    span_votes = Counter(x for r in [first] + seconds for x in entity_set(r))
    entities = {x for x, n in span_votes.items() if n * 2 > n_labellings}
    changes = write_gold(doc_id, first, labels, entities)
    print(f"{doc_id}: {n_labellings} labellings; {sum(v for k, v in changes.items() if k.startswith('sentence'))} "
          f"sentence labels changed, {len(ties)} without a majority (kept); "
          f"entities +{changes['entities added']} -{changes['entities removed']}")
    for key, n in sorted(changes.items()):
        if key.startswith("sentence"):
            print(f"  {key}: {n}")


def entity_regions(a: set, b: set) -> list[tuple[int, int]]:
    """Stretches of text where the two entity sets differ (overlapping differing spans joined)."""
    differing = sorted(a ^ b)
    regions: list[list[int]] = []
    for s, e, _ in differing:
        if regions and s < regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], e)
        else:
            regions.append([s, e])
    # a region also takes the spans of either side that overlap it
    changed = True
    while changed:
        changed = False
        for region in regions:
            for s, e, _ in a | b:
                if s < region[1] and region[0] < e and (s < region[0] or e > region[1]):
                    region[0], region[1] = min(region[0], s), max(region[1], e)
                    changed = True
    return [tuple(r) for r in regions]


def sheet(doc_id: str, out: Path, seed: int) -> None:
    first, second, text = two_labellings(doc_id)
    rng = random.Random(seed)
    items = []
    sents = first["sentences"]
    for k, (sent, other) in enumerate(zip(sents, sentence_labels(first, second))):
        if other is None or other == sent["label"]:
            continue
        readings = [sent["label"], other]
        flip = rng.random() < 0.5
        items.append({
            "item": len(items) + 1, "kind": "sentence", "start": sent["start"], "end": sent["end"],
            "before": "".join(text[s["start"]:s["end"]] for s in sents[max(0, k - 2):k]).replace("\n", " ")[-160:],
            "sentence": text[sent["start"]:sent["end"]],
            "after": "".join(text[s["start"]:s["end"]] for s in sents[k + 1:k + 2]).replace("\n", " ")[:100],
            "readings": readings[::-1] if flip else readings, "choice": None,
        })
    a, b = entity_set(first), entity_set(second)
    for start, end in entity_regions(a, b):
        sides = [render(text, in_region(side, start, end)) for side in (a, b)]
        flip = rng.random() < 0.5
        items.append({
            "item": len(items) + 1, "kind": "entities", "start": start, "end": end,
            "context": snippet(text, start, end, 25),
            "readings": sides[::-1] if flip else sides, "choice": None,
        })
    out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    print(f"{doc_id}: {len(items)} items to {out} "
          f"({sum(it['kind'] == 'sentence' for it in items)} sentences, {sum(it['kind'] == 'entities' for it in items)} entity stretches)")


def apply(doc_id: str, sheet_path: Path) -> None:
    first, second, text = two_labellings(doc_id)
    items = read_sheet(sheet_path)
    undecided = [it["item"] for it in items if it.get("choice") not in (1, 2)]
    if undecided:
        sys.exit(f"{sheet_path}: items without a choice of 1 or 2: {undecided[:20]}")
    labels = [s["label"] for s in first["sentences"]]
    by_start = {s["start"]: k for k, s in enumerate(first["sentences"])}
    entities = entity_set(first)
    b = entity_set(second)
    for it in items:
        chosen = it["readings"][it["choice"] - 1]
        if it["kind"] == "sentence":
            labels[by_start[it["start"]]] = chosen
            continue
        ours = in_region(entities, it["start"], it["end"])
        if chosen != render(text, ours):
            entities = (entities - set(ours)) | set(in_region(b, it["start"], it["end"]))
    changes = write_gold(doc_id, first, labels, entities)
    print(f"{doc_id}: {len(items)} items; " + ", ".join(f"{k}: {v}" for k, v in sorted(changes.items())))


def standoff(doc_id: str, sheet_path: Path, out: Path) -> None:
    """The decided sheet without report text (national texts may not be copied
    into the repository): offsets, the readings as labels or entity spans, the choice."""
    first, second, text = two_labellings(doc_id)
    rows = []
    for it in read_sheet(sheet_path):
        row = {"item": it["item"], "kind": it["kind"], "start": it["start"], "end": it["end"], "choice": it["choice"]}
        if it["kind"] == "sentence":
            row["readings"] = it["readings"]
        else:
            sides = {}
            for side in (entity_set(first), entity_set(second)):
                spans = in_region(side, it["start"], it["end"])
                sides[tuple(render(text, spans))] = [list(x) for x in spans]
            row["readings"] = [sides[tuple(r)] for r in it["readings"]]
        rows.append(row)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{doc_id}: {len(rows)} decisions to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("vote")
    p.add_argument("doc_id")
    p = sub.add_parser("sheet")
    p.add_argument("doc_id")
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=0)
    p = sub.add_parser("apply")
    p.add_argument("doc_id")
    p.add_argument("sheet", type=Path)
    p = sub.add_parser("standoff")
    p.add_argument("doc_id")
    p.add_argument("sheet", type=Path)
    p.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    if args.cmd == "vote":
        vote(args.doc_id)
    elif args.cmd == "sheet":
        sheet(args.doc_id, args.out, args.seed)
    elif args.cmd == "apply":
        apply(args.doc_id, args.sheet)
    else:
        standoff(args.doc_id, args.sheet, args.out)


if __name__ == "__main__":
    main()
