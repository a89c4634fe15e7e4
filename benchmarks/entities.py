"""Entity benchmark (issue 7): per-label P/R/F1 on gold, jieba.posseg as a
baseline in the same run, and the speed of the pipeline with and without the
entity component.

    python benchmarks/entities.py [GOLD.jsonl ...] [--runs 3] [--include-empty]

- Gold: corpus/gold/*.jsonl by default (stand-off, joined with
  govreport_nlp.gold.load_gold). Documents with no entity annotated are left
  out (their entity layer is not done yet) unless --include-empty.
- Scoring: exact spans (start, end, label), inside the part of the text the
  gold covers (first to last gold sentence), so site chrome does not count.
- jieba.posseg: ns → PLACE, nt → ORG (it has no PROGRAM or COMPANY).
- Two entity systems are scored: the rule layer alone (model_dir=None) and
  rules + the statistical model (models/entity_model, the default).
- Speed: chars/s on the gold texts (or the sample page) of the tokenizer the
  pipeline uses (govreport_nlp.segment when present, else spacy.blank("zh")),
  alone, + govreport_entities without the model, + govreport_entities with
  the model; and the entity component alone on pre-tokenised docs. One
  process, one core (BLAS threads pinned to 1); best of --runs, CPU time of
  the process (time.process_time), so that other processes on the machine do
  not count; wall-clock figures are printed too.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import glob
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from govreport_nlp.gold import load_gold  # noqa: E402
from speed import best_times, print_speed  # noqa: E402  (benchmarks/speed.py)

LABELS = ("PLACE", "PROGRAM", "COMPANY", "ORG")


def region(rec: dict) -> tuple[int, int]:
    sents = rec.get("sentences") or []
    if sents:
        return min(s["start"] for s in sents), max(s["end"] for s in sents)
    return 0, len(rec["text"])


def score(gold: list[set], pred: list[set]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        for x in p:
            (tp if x in g else fp)[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    out = {}
    for lab in LABELS + ("micro",):
        t = sum(tp.values()) if lab == "micro" else tp[lab]
        f_p = sum(fp.values()) if lab == "micro" else fp[lab]
        f_n = sum(fn.values()) if lab == "micro" else fn[lab]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = (p, r, f, t + f_n, t + f_p)
    return out


def print_scores(name: str, sc: dict) -> None:
    print(f"\n{name}")
    print(f"  {'label':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for lab, (p, r, f, n_gold, n_pred) in sc.items():
        print(f"  {lab:8} {p:6.3f} {r:6.3f} {f:6.3f} {n_gold:6d} {n_pred:6d}")


def jieba_ents(text: str) -> set:
    import jieba.posseg as pseg

    out, pos = set(), 0
    for word, flag in pseg.cut(text):
        lab = {"ns": "PLACE", "nt": "ORG"}.get(flag)
        if lab:
            out.add((pos, pos + len(word), lab))
        pos += len(word)
    return out


def make_nlp(with_entities):
    """with_entities: False, "rules" (no model) or "model" (rules + model)."""
    tokenizer = "spacy.blank('zh') (characters)"
    nlp = spacy.blank("zh")
    try:  # the project's tokenizer, when segment.py exists
        from govreport_nlp import segment  # noqa: F401

        from govreport_nlp.gazetteer import default_dir

        model_dir = default_dir().parent / "pkuseg"
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "govreport_nlp.ReportTokenizer.v1", "model_dir": str(model_dir)}}})
        tokenizer = "govreport_nlp.ReportTokenizer.v1"
    except Exception as err:  # noqa: BLE001
        tokenizer += f" [project tokenizer unavailable: {type(err).__name__}: {err}]"[:160]
    if with_entities == "rules":
        nlp.add_pipe("govreport_entities", config={"model_dir": None})
    elif with_entities:
        nlp.add_pipe("govreport_entities")
    return nlp, tokenizer


def speed(texts: list[str], runs: int) -> None:
    """Round-robin over the configurations, best (least) time of each: load
    from other processes hits all of them alike."""
    n_chars = sum(map(len, texts))
    tok = ""
    nlps = {}
    for key in (False, "rules", "model"):
        nlps[key], tok = make_nlp(key)
        for t in texts[:1]:
            nlps[key](t)  # warm-up (lazy data)
    jobs = {"tokenizer only": lambda: [nlps[False](t) for t in texts]}
    for key, name in (("rules", "rules only"), ("model", "rules + model")):
        nlp = nlps[key]
        comp = nlp.get_pipe("govreport_entities")
        jobs[f"pipeline: + entities, {name}"] = lambda nlp=nlp: [nlp(t) for t in texts]
        # the component alone, on tokenised docs (fresh ones each run: it may split tokens)
        jobs[f"entity component alone, {name}"] = (lambda nlp=nlp, comp=comp: [nlp.make_doc(t) for t in texts],
                                                   lambda docs, comp=comp: [comp(d) for d in docs])
    print_speed(best_times(jobs, runs), n_chars, f"speed on {n_chars} chars, best of {runs} (round-robin), one core; tokenizer: {tok}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--include-empty", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per label")
    args = ap.parse_args()
    files = args.gold or sorted(glob.glob(str(ROOT / "corpus" / "gold" / "*.jsonl")))
    records = []
    for f in files:
        for rec in load_gold(f):
            if "entities" in rec and (rec["entities"] or args.include_empty):
                records.append(rec)
    texts = [r["text"] for r in records]
    if records:
        nlp_rules, _ = make_nlp("rules")
        nlp, _ = make_nlp("model")
        gold, pred, pred_rules, base = [], [], [], []
        for rec in records:
            a, b = region(rec)
            gold.append({(e["start"], e["end"], e["label"]) for e in rec["entities"] if a <= e["start"] < b})
            for pipeline, out in ((nlp, pred), (nlp_rules, pred_rules)):
                doc = pipeline(rec["text"])
                to_raw = doc._.to_raw if doc.has_extension("to_raw") else None
                if to_raw:  # the tokenizer cleaned the text: map back to raw offsets
                    spans = {(to_raw[e.start_char], to_raw[e.end_char - 1] + 1, e.label_) for e in doc.ents}
                else:
                    spans = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
                out.append({x for x in spans if a <= x[0] < b})
            base.append({x for x in jieba_ents(rec["text"]) if a <= x[0] < b})
        print(f"{len(records)} documents with entities from {len(files)} gold file(s): {', '.join(Path(f).name for f in files)}")
        print_scores("govreport_entities (rules + gazetteers + linear entity model)", score(gold, pred))
        print_scores("govreport_entities, rules only (model_dir=None)", score(gold, pred_rules))
        print_scores("jieba.posseg (ns→PLACE, nt→ORG)", score(gold, base))
        if args.errors:
            for lab in LABELS:
                fps = [(r["text"][s:e]) for r, g, p in zip(records, gold, pred) for s, e, l in p - g if l == lab]
                fns = [(r["text"][s:e]) for r, g, p in zip(records, gold, pred) for s, e, l in g - p if l == lab]
                print(f"\n{lab} false positives: {' | '.join(fps[:args.errors])}")
                print(f"{lab} missed: {' | '.join(fns[:args.errors])}")
    else:
        print(f"no gold document with entities in {files or 'corpus/gold'}; speed only")
        sample = ROOT / "corpus" / "sample" / "2022_qingdao_chengyang_forum_page.txt"
        texts = [sample.read_text(encoding="utf-8")] * 5
    speed(texts, args.runs)


if __name__ == "__main__":
    main()
