"""HanLP entity backend against the default pipeline, in one run: per-label
entity P/R/F1 (exact span and label, govreport_nlp.evaluate) on gold, and the
speed of both pipelines.

    pip install -e '.[hanlp-backend]'
    python benchmarks/hanlp_entities.py MODEL_DIR                 # a model saved by scripts/train_hanlp_ner.py
    python benchmarks/hanlp_entities.py MODEL_DIR --train         # train it first (train split), then measure
    python benchmarks/hanlp_entities.py MODEL_DIR --gold corpus/gold/split/dev_local.jsonl --runs 5

- Gold: corpus/gold/split/dev.jsonl by default (documents with an entity layer).
- Systems: ``govreport_nlp.load()`` (govreport_entities: rules, gazetteers,
  linear model) and ``govreport_nlp.load(ner="hanlp:MODEL_DIR")``; every other
  stage is the same, so the speed difference is the entity stage's.
- Speed: chars/s of the whole pipeline on the gold texts, best of --runs
  (round-robin), CPU time of the process (time.process_time, all threads:
  per core) and wall clock; torch and BLAS pinned to one thread.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import govreport_nlp  # noqa: E402
from speed import best_times, print_speed  # noqa: E402  (benchmarks/speed.py)
from govreport_nlp.evaluate import evaluate  # noqa: E402
from govreport_nlp.gold import load_gold  # noqa: E402


def print_scores(name: str, scores: dict) -> None:
    print(f"\n{name}")
    print(f"  {'label':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    rows = list(scores["per_label"].items()) + [("micro", scores["micro"])]
    for label, s in rows:
        print(f"  {label:8} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['gold']:6d} {s['pred']:6d}")
    print(f"  overlap micro F1 {scores['overlap_micro']['f1']:.3f}")


def speed(systems: dict, texts: list[str], runs: int) -> None:
    n_chars = sum(map(len, texts))
    for nlp in systems.values():
        nlp(texts[0][:2000])  # warm-up
    jobs = {name: (lambda nlp=nlp: [nlp(t) for t in texts]) for name, nlp in systems.items()}
    print_speed(best_times(jobs, runs), n_chars, f"speed of the whole pipeline on {n_chars} chars, best of {runs} (round-robin), one thread")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", help="directory of a HanLP NER model (scripts/train_hanlp_ner.py)")
    ap.add_argument("--train", action="store_true", help="train the model into MODEL first (train split, defaults)")
    ap.add_argument("--gold", default=str(ROOT / "corpus" / "gold" / "split" / "dev.jsonl"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    try:
        import torch
    except ImportError:
        sys.exit("HanLP is not installed: pip install 'govreport_nlp[hanlp-backend]'")
    torch.set_num_threads(1)
    if args.train:
        from train_hanlp_ner import train

        records = [r for r in load_gold(ROOT / "corpus" / "gold" / "split" / "train.jsonl") if r.get("entities")]
        print(f"training on {len(records)} documents → {args.model}: {train(records, args.model)}")
    records = [r for r in load_gold(args.gold) if "entities" in r]
    t0 = time.perf_counter()
    default = govreport_nlp.load()
    t1 = time.perf_counter()
    hanlp = govreport_nlp.load(ner=f"hanlp:{args.model}")
    t2 = time.perf_counter()
    print(f"{len(records)} gold documents from {args.gold}; load(): {t1 - t0:.2f} s, "
          f"load(ner='hanlp:…'): {t2 - t1:.2f} s (torch already imported, HanLP's import included)")
    print_scores("default pipeline (govreport_entities)", evaluate(default, records)["entities"])
    print_scores(f"HanLP backend ({args.model})", evaluate(hanlp, records)["entities"])
    speed({"default pipeline": default, "HanLP backend": hanlp}, [r["text"] for r in records], args.runs)


if __name__ == "__main__":
    main()
