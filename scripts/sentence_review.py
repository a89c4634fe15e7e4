"""Second opinions on the sentence labels of the train split, where they matter most.

The train documents were labelled once each, most of them before the guide's
Cases on goal and task were written. This tool picks the sentences whose
label a cross-validated model disputes, mixes in a random share of sentences
it agrees with (controls: a quarter as many by default, so that reviewers
cannot tell the two apart and the noise of undisputed labels is measured), and
has them labelled again, blind, twice:

    python scripts/sentence_review.py sheets -o DIR [--since 1990] [--controls 0.25] [-n 4] [--folds 6]
        writes DIR/sheet-<k>.jsonl (one item per line: the sentence, its
        report and year, the headings above it, the sentences around it;
        no label) and DIR/key.jsonl (the current and the predicted label of
        each item, and whether it is a control: not for reviewers).
        Report text: keep DIR outside the repository.

    python scripts/sentence_review.py apply --key DIR/key.jsonl --a A/sheet-*.jsonl --b B/sheet-*.jsonl [--write]
        A and B are two independent labellings of the same items (each
        reviewer fills ``label``). The label two reviewers agree on replaces
        the current one; where they differ, the current label stays (majority
        of three). Prints the agreement of each reviewer with the current
        labels (disputed items and controls apart) and the changes; with
        --write rewrites corpus/gold/<ID>.jsonl and keeps the decisions as
        offsets in corpus/agreement/review/sentence-review.jsonl.

Which documents: the train split's national reports from --since on and all
its local reports (the older national reports follow conventions of their own).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from govreport_nlp.classify import LABELS  # noqa: E402
from govreport_nlp.gold import join_standoff, load_gold  # noqa: E402

GOLD = REPO / "corpus" / "gold"
DECISIONS = REPO / "corpus" / "agreement" / "review" / "sentence-review.jsonl"
TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
SUB_HEADING = re.compile(r"^（[一二三四五六七八九十]+）")
NATIONAL_YEAR = re.compile(r"^national-(\d{4})$")


def selected(doc_id: str, since: int) -> bool:
    found = NATIONAL_YEAR.match(doc_id)
    return int(found.group(1)) >= since if found else not doc_id.startswith("national")


def predicted_labels(records: list[dict], n_folds: int, seed: int) -> dict[tuple[str, int, int], str]:
    """Cross-validated label of every gold sentence, as the trained component would give it."""
    from govreport_nlp.pipeline import load
    from govreport_nlp.train import TrainingSet, add_gold, calibrate, choose_scale, cross_validate, cv_probabilities

    nlp = load(exclude=["govreport_entities", "govreport_sentence_labels", "govreport_indicators"])
    data = TrainingSet()
    add_gold(nlp, records, data, 1.0)
    scores, rows, folds = cross_validate(data, seed=seed, n_folds=n_folds)
    temperature, bias = calibrate(scores[rows], [label for label, keep in zip(data.labels, rows) if keep])
    cv_args = (scores, temperature, bias, data.rules, data.labels, data.docs, folds)
    probs = cv_probabilities(*cv_args, choose_scale(*cv_args))
    predicted = {}
    for doc, span, row in zip(data.docs, data.gold_spans, probs):
        predicted.setdefault((doc, *span), LABELS[int(row.argmax())])  # the first piece of a split sentence
    return predicted


def headings_above(text: str, sentences: list[dict]) -> list[list[str]]:
    """For each sentence, the top heading (一、) and sub-heading (（一）) above it, in one pass."""
    top = sub = ""
    above = []
    for s in sentences:
        above.append([h for h in (top, sub) if h])
        line = text[s["start"]:s["end"]].strip()
        if TOP_HEADING.match(line):
            top, sub = line[:60], ""
        elif SUB_HEADING.match(line):
            sub = line[:60]
    return above


def context(text: str, sentences: list[dict], k: int, headings: list[list[str]] | None = None) -> dict:
    """The headings above sentence k and the sentences around it (``headings``:
    headings_above of the document, computed once)."""
    headings = headings_above(text, sentences[:k + 1]) if headings is None else headings
    around = lambda rows: [text[s["start"]:s["end"]].strip() for s in rows]  # noqa: E731
    return {"headings": headings[k], "before": around(sentences[max(0, k - 3):k]),
            "sentence": text[sentences[k]["start"]:sentences[k]["end"]].strip(), "after": around(sentences[k + 1:k + 2])}


def make_sheets(out: Path, since: int, controls: float, n_sheets: int, n_folds: int, seed: int) -> None:
    records = list(load_gold(GOLD / "split" / "train.jsonl"))
    predicted = predicted_labels(records, n_folds, seed)
    candidates = []  # (record, sorted sentences, index, predicted label)
    headings = {}
    for record in records:
        if selected(record["id"], since):
            sentences = sorted(record["sentences"], key=lambda s: s["start"])
            headings[record["id"]] = headings_above(record["text"], sentences)
            for k, s in enumerate(sentences):
                pred = predicted.get((record["id"], s["start"], s["end"]))
                if pred is not None:
                    candidates.append((record, sentences, k, pred))
    agreed = [n for n, (_, sentences, k, pred) in enumerate(candidates) if pred == sentences[k]["label"]]
    n_controls = min(len(agreed), round(controls * (len(candidates) - len(agreed))))
    chosen_controls = set(np.random.RandomState(seed).choice(agreed, n_controls, replace=False).tolist()) if n_controls else set()
    items, key = [], []
    for n, (record, sentences, k, pred) in enumerate(candidates):
        s = sentences[k]
        control = pred == s["label"]
        if control and n not in chosen_controls:
            continue
        item = {"item": len(items) + 1, "doc": record["id"], "start": s["start"], "end": s["end"]}
        items.append({**item, "year": record.get("year") or _year(record["id"]), **context(record["text"], sentences, k, headings[record["id"]]),
                      "label": None})
        key.append({**item, "current": s["label"], "predicted": pred, "control": control})
    out.mkdir(parents=True, exist_ok=True)
    by_doc: dict[str, list] = defaultdict(list)
    for item in items:
        by_doc[item["doc"]].append(item)
    sheets: list[list[dict]] = [[] for _ in range(n_sheets)]
    for doc_items in sorted(by_doc.values(), key=len, reverse=True):  # whole documents, balanced
        min(sheets, key=len).extend(doc_items)
    for k, sheet in enumerate(sheets, 1):
        (out / f"sheet-{k}.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in sheet), encoding="utf-8")
    (out / "key.jsonl").write_text("".join(json.dumps(k, ensure_ascii=False) + "\n" for k in key), encoding="utf-8")
    print(f"{len(items)} items ({sum(not k['control'] for k in key)} disputed, {sum(k['control'] for k in key)} controls) "
          f"in {n_sheets} sheets: {[len(s) for s in sheets]}")


def _year(doc_id: str) -> int | None:
    found = re.search(r"(\d{4})", doc_id)
    return int(found.group(1)) if found else None


def read_labels(paths: list[Path]) -> dict[tuple[str, int, int], str]:
    labels = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item.get("label") not in LABELS:
                    raise ValueError(f"{path}: item {item['item']} has no valid label ({item.get('label')!r})")
                labels[(item["doc"], item["start"], item["end"])] = item["label"]
    return labels


def decide(current: str, a: str, b: str) -> str:
    """Majority of three: the reviewers' label when they agree, else the current one."""
    return a if a == b else current


def apply(key_path: Path, sheets_a: list[Path], sheets_b: list[Path], write: bool) -> None:
    key = [json.loads(line) for line in key_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = {doc: json.loads((GOLD / f"{doc}.jsonl").read_text(encoding="utf-8")) for doc in dict.fromkeys(k["doc"] for k in key)}
    _check_unchanged(key, records)
    a, b = read_labels(sheets_a), read_labels(sheets_b)
    agree: Counter = Counter()
    changes: Counter = Counter()
    decisions = []
    for k in key:
        span = (k["doc"], k["start"], k["end"])
        if span not in a or span not in b:
            raise ValueError(f"item {k['item']} ({k['doc']} {k['start']}-{k['end']}) is missing from a labelling")
        group = "control" if k["control"] else "disputed"
        agree[(group, "n")] += 1
        agree[(group, "a=current")] += a[span] == k["current"]
        agree[(group, "b=current")] += b[span] == k["current"]
        agree[(group, "a=b")] += a[span] == b[span]
        agree[(group, "a=b=predicted")] += a[span] == b[span] == k["predicted"]
        final = decide(k["current"], a[span], b[span])
        if final != k["current"]:
            changes[(group, k["current"], final)] += 1
        decisions.append({"doc": k["doc"], "start": k["start"], "end": k["end"], "before": k["current"],
                          "a": a[span], "b": b[span], "label": final})
    for group in ("disputed", "control"):
        n = agree[(group, "n")]
        if n:
            print(f"{group}: {n} items; A agrees with the current label {agree[(group, 'a=current')] / n:.3f}, "
                  f"B {agree[(group, 'b=current')] / n:.3f}; A with B {agree[(group, 'a=b')] / n:.3f}; "
                  f"A and B both give the model's label {agree[(group, 'a=b=predicted')] / n:.3f}")
    for (group, before, after), n in sorted(changes.items()):
        print(f"changed ({group}): {before} -> {after}: {n}")
    print(f"{sum(changes.values())} labels changed of {len(key)} reviewed")
    if write:
        _write(decisions, records)


def _check_unchanged(key: list[dict], records: dict[str, dict]) -> None:
    """The gold must still hold the labels the sheets were made from: a decision
    is about the label it was taken against, not a later one."""
    labels = {doc: {(s["start"], s["end"]): s["label"] for s in r["sentences"]} for doc, r in records.items()}
    moved = []
    for k in key:
        if labels[k["doc"]].get((k["start"], k["end"])) != k["current"]:
            moved.append(f"{k['doc']} {k['start']}-{k['end']}")
    if moved:
        raise ValueError(f"{len(moved)} reviewed sentences changed in the gold since the sheets were made "
                         f"(first: {moved[0]}): make new sheets")


def _write(decisions: list[dict], records: dict[str, dict]) -> None:
    by_doc: dict[str, dict] = defaultdict(dict)
    for d in decisions:
        by_doc[d["doc"]][(d["start"], d["end"])] = d["label"]
    shas = {}
    for doc, labels in by_doc.items():
        path, record = GOLD / f"{doc}.jsonl", records[doc]
        shas[doc] = record.get("sha256") or join_standoff(dict(record), near=path).get("sha256")
        for s in record["sentences"]:
            s["label"] = labels.get((s["start"], s["end"]), s["label"])
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    DECISIONS.parent.mkdir(parents=True, exist_ok=True)
    DECISIONS.write_text("".join(json.dumps({**d, "sha256": shas[d["doc"]]}, ensure_ascii=False) + "\n" for d in decisions),
                         encoding="utf-8")
    print(f"{len(by_doc)} gold files rewritten; decisions in {DECISIONS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sheets")
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--since", type=int, default=1990, help="first year of national reports reviewed")
    p.add_argument("--controls", type=float, default=0.25, help="undisputed sentences mixed in, as a share of the disputed ones")
    p.add_argument("-n", type=int, default=4, help="number of sheets")
    p.add_argument("--folds", type=int, default=6)
    p.add_argument("--seed", type=int, default=0)
    p = sub.add_parser("apply")
    p.add_argument("--key", type=Path, required=True)
    p.add_argument("--a", type=Path, nargs="+", required=True, help="the first reviewer's sheets")
    p.add_argument("--b", type=Path, nargs="+", required=True, help="the second reviewer's sheets")
    p.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.cmd == "sheets":
        make_sheets(args.out, args.since, args.controls, args.n, args.folds, args.seed)
    else:
        apply(args.key, args.a, args.b, args.write)


if __name__ == "__main__":
    main()
