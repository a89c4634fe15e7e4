"""Train the statistical entity layer (models/entity_model/) from the gold
train split (corpus/gold/split/train.jsonl, every document in it),
reproducibly (fixed seed). Retraining after new gold arrives is the first
command; train_summary.json lists the documents it used.

    python scripts/train_entities.py                       # train + write models/entity_model
    python scripts/train_entities.py --cv 4                # cross-validation by document on train
    python scripts/train_entities.py --trainer perceptron  # the averaged perceptron instead of the CRF (faster)
    python scripts/train_entities.py --cv 4 --errors --errors-of names   # + every error of one combination
    python scripts/train_entities.py --arch ner --ner-corpus   # + PLACE/ORG from ../shared/corpora/ner (spaCy archs)
    python scripts/train_entities.py --arch ner            # spaCy transition ner instead of the linear tagger
    python scripts/train_entities.py --arch tagger         # spaCy BIO tagger

Never looks at the dev split.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govreport_nlp import entities_train as et  # noqa: E402
from govreport_nlp.entities import LinearTagger, ReportEntities, feature_doc, rule_tags, token_view  # noqa: E402
from govreport_nlp.gold import load_gold  # noqa: E402

LABELS = et.LABELS
NER_FILES = ["msra_test_bio.txt", "peoples_daily_dev.bio", "peoples_daily_test.bio"]


def ctx(text: str, s: int, e: int) -> str:
    """The span in its context, [bracketed], on one line."""
    return (text[max(0, s - 10):s] + "[" + text[s:e] + "]" + text[e:e + 8]).replace("\n", "⏎")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name, gold_sets, pred_sets):
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold_sets, pred_sets):
        for x in p:
            (tp if x in g else fp)[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    line = [name.ljust(14)]
    for lab in LABELS:
        line.append(f"{lab} {prf(tp[lab], fp[lab], fn[lab])[2]:.3f}")
    line.append(f"micro {prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]:.3f}")
    print("  ".join(line), flush=True)
    return tp, fp, fn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default=str(ROOT / "corpus/gold/split/train.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "models/entity_model"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--seeds", type=int, default=1, help="perceptron: average this many runs (seeds seed, seed+1, ...)")
    ap.add_argument("--iter", type=int, default=0,
                    help="epochs (default: 24 perceptron, 25 ner/tagger; the CRF runs its own CRF_MAX_ITER L-BFGS iterations)")
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--ner-corpus", action="store_true")
    ap.add_argument("--ner-limit", type=int, default=3000)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--errors", action="store_true", help="list the false positives and misses of --errors-of")
    ap.add_argument("--errors-of", default="model", choices=("rules", "raw", "model", "names", "union"))
    ap.add_argument("--arch", choices=("linear", "ner", "tagger"), default="linear")
    ap.add_argument("--trainer", choices=et.TRAINERS, default="crf",
                    help="linear: how the weights are fitted (crf: ~20 min; perceptron: ~5 min, 4-fold CV 0.857 vs 0.866)")
    ap.add_argument("--no-lexicon", action="store_true", help="linear: without the gold lexicon feature (ablation)")
    ap.add_argument("--dump", help="write the cross-validated spans of every combination, per document, to this JSONL file")
    args = ap.parse_args()
    args.iter = args.iter or (24 if args.arch == "linear" else 25)
    shared_ner = ROOT.parent / "shared" / "corpora" / "ner"
    ner_files = [shared_ner / f for f in NER_FILES] if args.ner_corpus else []
    records = list(load_gold(args.train))
    if not args.cv:
        summary = et.train_entity_model(records, args.out, seed=args.seed, n_iter=args.iter, ner_corpus=ner_files,
                                        ner_limit=args.ner_limit, arch=args.arch, n_seeds=args.seeds, trainer=args.trainer,
                                        lexicon=not args.no_lexicon)
        print(summary)
        return
    import spacy

    rules = ReportEntities(None, model_dir=None)
    tok = et._tokenizer_nlp()
    prepared = et.prepare(records, rules, tok)
    tmp = spacy.blank("zh")
    extra = et.ner_corpus_examples(tmp, ner_files, rules, tok, limit=args.ner_limit, seed=args.seed) if ner_files else []
    folds = [list(range(i, len(prepared), args.cv)) for i in range(args.cv)]
    gold_all, preds = [], {k: [] for k in ("rules", "raw", "model", "names", "union")}
    errs, dumped = [], []
    for k, test_idx in enumerate(folds):
        train_items = [p for i, p in enumerate(prepared) if i not in test_idx]
        print(f"fold {k}: test {[prepared[i]['id'] for i in test_idx]}", flush=True)
        if args.arch == "linear" and not args.no_lexicon:
            et.add_lexicon_tags(train_items)
            et.add_lexicon_tags([prepared[i] for i in test_idx], et.gold_lexicon(et.name_statistics(train_items)))
        if args.arch == "linear":
            tagger = LinearTagger(weights=et.fit_linear(et.linear_examples(train_items), args.trainer, n_seeds=args.seeds,
                                                        seed=args.seed, n_iter=args.iter, log=None))
        else:
            nlp = et.train_examples(et.make_examples(tmp, train_items), None, seed=args.seed, n_iter=args.iter,
                                    width=args.width, depth=args.depth, extra=extra, log=None, arch=args.arch)
        for i in test_idx:
            item = prepared[i]
            doc, text = item["doc"], item["doc"].text
            if args.arch == "linear":
                words, starts = token_view(doc)
                model = tagger.spans(words, starts, rule_tags(words, starts, item["cands"]),
                                     rule_tags(words, starts, item["hints"]), item.get("lex"))
            else:
                rules.model = nlp
                model = rules.predict(feature_doc(nlp.vocab, doc, item["cands"]))
            gold_all.append(set(item["gold"]))
            # raw: the model's spans before merge (no edge repair, no quote fixes)
            for combo, key in (("rules", "rules"), ("raw", None), ("model", "model"), ("names", "names"),
                               ("union", "union")):
                if key is None:
                    out = model
                else:
                    rules.combine = key
                    out = rules.merge(text, item["cands"], model, starts if args.arch == "linear" else None)
                preds[combo].append({(c.start, c.end, c.label) for c in out})
            if args.dump:
                dumped.append({"id": item["id"], "text": text, "gold": sorted(gold_all[-1]),
                               **{combo: sorted(ps[-1]) for combo, ps in preds.items()}})
            g, p = gold_all[-1], preds[args.errors_of][-1]
            errs += [("FP", item["id"], text[s:e], lab, ctx(text, s, e)) for s, e, lab in p - g]
            errs += [("FN", item["id"], text[s:e], lab, ctx(text, s, e)) for s, e, lab in g - p]
    print(f"\ncross-validation ({args.cv} folds by document, train split):")
    for combo, ps in preds.items():
        report(combo, gold_all, ps)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in dumped)
    if args.errors:
        for e in sorted(errs, key=lambda x: (x[3], x[0])):
            print(*(x.replace("\n", "⏎") for x in e), sep="\t")


if __name__ == "__main__":
    main()
