"""Rebuild models/sentence_labels.npz from the gold train split (--weak adds weak labels over the national corpus).

    python scripts/train_sentence_labels.py [--gold corpus/gold/split/train.jsonl] [--out models/sentence_labels.npz]

One command does everything: features from the pipeline itself, a
cross-validation by document over the gold documents (6 groups; --folds 0 for leave-one-out; printed as
cv_macro_f1, cv_f1, cv_ece), the calibration fitted on it (temperature and
per-label bias, stored in the model), and the final fit on all documents.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from govreport_nlp.train import train_sentence_labels

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="*", default=[str(REPO / "corpus/gold/split/train.jsonl")])
    parser.add_argument("--dev", default=str(REPO / "corpus/gold/split/dev.jsonl"), help="documents kept out of the weak labels")
    parser.add_argument("--out", default=str(REPO / "models/sentence_labels.npz"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=6, help="cross-validation groups of documents (0: leave one document out)")
    parser.add_argument("--weak", action="store_true", help="add weak labels from the national corpus (lowered CV macro-F1)")
    parser.add_argument("--no-ensemble", action="store_true", help="the logistic regression alone, without the NB-weighted member")
    parser.add_argument("--no-calibration", action="store_true", help="skip the cross-validation and calibration (faster; probabilities uncalibrated)")
    args = parser.parse_args()
    dev_ids = {json.loads(line)["id"] for line in open(args.dev, encoding="utf-8") if line.strip()} if Path(args.dev).exists() else set()
    info = train_sentence_labels([Path(p) for p in args.gold], Path(args.out), exclude_ids=dev_ids, seed=args.seed, weak=args.weak,
                                 calibrate_cv=not args.no_calibration, n_folds=args.folds or None,
                                 ensemble=not args.no_ensemble)
    print(json.dumps(info, ensure_ascii=False))


if __name__ == "__main__":
    main()
