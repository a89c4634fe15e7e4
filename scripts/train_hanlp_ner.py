"""Train a HanLP NER model for the optional HanLP entity backend
(``govreport_nlp.load(ner="hanlp:<dir>")``, govreport_nlp/hanlp_backend.py)
from the gold train split, and score it on dev with the project's evaluation.

    pip install -e '.[hanlp-backend]'
    python scripts/train_hanlp_ner.py --out /tmp/hanlp_ner                    # train split → model, dev scores
    python scripts/train_hanlp_ner.py --out DIR --epochs 3 --embed 32 --hidden 64 --max-docs 3 --dev ''   # tiny

The model is HanLP's ``RNNNamedEntityRecognizer`` (BiLSTM-CRF over
characters, character embeddings randomly initialised: no pretrained
embeddings or transformer, nothing downloaded), trained with HanLP's own
trainer on character BIO tags of the project's labels (PLACE, PROGRAM,
COMPANY, ORG) over the chunks the backend tags at run time
(hanlp_backend.entity_chunks), inside the part of each document the gold
covers (first to last gold sentence). HanLP's trainer selects the epoch on a
validation set: every ``--valid-every``-th chunk of the train documents
(never the dev split, which only gives the figures printed at the end).
Fixed seed; the CRF is built batch-first (hanlp_backend.fix_batch_first_crf:
HanLP 2.1.5's RNN tagger passes None as batch_first). The directory is written by HanLP (config.json, vocabs.json,
model.pt) and loaded by ``hanlp.load``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govreport_nlp.gold import load_gold  # noqa: E402
from govreport_nlp.hanlp_backend import MAX_LEN, PROJECT_LABELS, entity_chunks, fix_batch_first_crf, import_hanlp  # noqa: E402


def gold_region(rec: dict) -> tuple[int, int]:
    """The part of the text the gold covers: first to last gold sentence."""
    sents = rec.get("sentences") or []
    if sents:
        return min(s["start"] for s in sents), max(s["end"] for s in sents)
    return 0, len(rec["text"])


def training_samples(records: list[dict], max_len: int = MAX_LEN) -> list[dict]:
    """HanLP samples ``{"token": [...], "tag": [...]}`` of the gold records."""
    samples = []
    for rec in records:
        a, b = gold_region(rec)
        ents = [e for e in rec.get("entities", []) if e["label"] in PROJECT_LABELS and a <= e["start"] and e["end"] <= b]
        for tokens, tags in entity_chunks(rec["text"], ents, a, b, max_len):
            samples.append({"token": tokens, "tag": tags})
    return samples


def train(records: list[dict], out: str | Path, epochs: int = 12, embed: int = 64, hidden: int = 64,
          batch_size: int = 64, lr: float = 0.01, patience: int = 5, valid_every: int = 10, seed: int = 1,
          max_len: int = MAX_LEN, threads: int = 1) -> dict:
    """Train and save a HanLP RNNNamedEntityRecognizer in ``out``; returns a summary."""
    import_hanlp()
    import torch
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    torch.set_num_threads(threads)
    samples = training_samples(records, max_len)
    valid = samples[valid_every - 1::valid_every]
    trn = [s for i, s in enumerate(samples) if (i + 1) % valid_every]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    tagger = RNNNamedEntityRecognizer()
    # HanLP 2.1.5 builds the CRF with batch_first=None (hanlp_backend.fix_batch_first_crf)
    tagger.build_model = lambda **kw: fix_batch_first_crf(RNNNamedEntityRecognizer.build_model(tagger, **kw))
    tagger.fit(trn, valid, str(out), batch_size=batch_size, epochs=epochs, embed=embed, rnn_hidden=hidden, lr=lr,
               patience=patience, crf=True, tagging_scheme="BIO", token_delimiter="", devices=-1, seed=seed,
               verbose=False)
    summary = {"documents": [r["id"] for r in records], "train_chunks": len(trn), "valid_chunks": len(valid),
               "epochs": epochs, "embed": embed, "hidden": hidden, "batch_size": batch_size, "lr": lr,
               "patience": patience, "seed": seed, "max_len": max_len, "threads": threads,
               "seconds": round(time.perf_counter() - t0, 1)}
    (out / "train_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def dev_scores(model_dir: str | Path, dev_file: str | Path) -> dict:
    """Entity scores of the pipeline with the HanLP backend on a gold file
    (govreport_nlp.evaluate, exact spans and labels)."""
    import govreport_nlp
    from govreport_nlp.evaluate import evaluate

    nlp = govreport_nlp.load(ner=f"hanlp:{model_dir}")
    records = [r for r in load_gold(dev_file) if "entities" in r]
    return evaluate(nlp, records)["entities"]


def print_entity_scores(title: str, scores: dict) -> None:
    print(title)
    print(f"  {'label':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    rows = list(scores["per_label"].items()) + [("micro", scores["micro"])]
    for label, s in rows:
        print(f"  {label:8} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['gold']:6d} {s['pred']:6d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", default=str(ROOT / "corpus" / "gold" / "split" / "train.jsonl"))
    ap.add_argument("--dev", default=str(ROOT / "corpus" / "gold" / "split" / "dev.jsonl"),
                    help="gold file scored at the end ('' = none)")
    ap.add_argument("--out", required=True, help="directory the HanLP model is saved in")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--embed", type=int, default=64, help="character embedding size")
    ap.add_argument("--hidden", type=int, default=64, help="BiLSTM hidden size")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--lr", type=float, default=0.01)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--valid-every", type=int, default=10, help="every N-th train chunk validates (not trained on)")
    ap.add_argument("--max-docs", type=int, default=0, help="train on the first N documents only (0 = all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    args = ap.parse_args()
    records = [r for r in load_gold(args.train) if r.get("entities")]
    if args.max_docs:
        records = records[:args.max_docs]
    if not records:
        sys.exit(f"{args.train}: no document with entities")
    summary = train(records, args.out, epochs=args.epochs, embed=args.embed, hidden=args.hidden,
                    batch_size=args.batch_size, lr=args.lr, patience=args.patience, valid_every=args.valid_every,
                    seed=args.seed, threads=args.threads)
    print(f"trained on {len(records)} documents ({summary['train_chunks']} chunks, {summary['valid_chunks']} validating) "
          f"in {summary['seconds']} s → {args.out}")
    if args.dev:
        print_entity_scores(f"dev ({args.dev}), HanLP backend, exact spans:", dev_scores(args.out, args.dev))


if __name__ == "__main__":
    main()
