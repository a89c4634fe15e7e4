"""Inter-annotator agreement: how far two careful readers of docs/annotation.md
agree, next to how far the model agrees with the gold, on the same documents.

    python benchmarks/agreement.py [corpus/agreement]

corpus/agreement/<ID>-<X>.jsonl is a second labelling of the gold document
<ID> (corpus/gold/<ID>.jsonl) made blind: a different annotator, working from
an unlabelled prerender (scripts/gold_tool.py prerender), who never saw the
gold, its notes or any model output (brief: docs/agreement.md). Sentence
labels and entities only.

corpus/agreement/<ID>-first.jsonl is the first annotator's labelling, saved
there when scripts/adjudicate.py rewrites the gold; until then the gold is
the first labelling.

Printed, per split part of the documents (dev, test, …) and overall, as
sentence macro-F1 and per-label F1, entity micro-F1 and per-label F1
(exact span and label):
- annotator vs annotator, pooled over every pair of labellings of a
  document: the agreement of two humans, about the ceiling a model trained
  on one reading of the guide can reach on another's;
- the shipped model vs the gold, on the same documents;
- the model vs each labelling;
- after adjudication, each labelling vs the adjudicated gold.

The scores are those of ``govreport evaluate`` (the Scorer of
govreport_nlp.evaluate): each gold sentence takes the label of the
sentence of the other side that overlaps it most.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from govreport_nlp.classify import LABELS  # noqa: E402
from govreport_nlp.evaluate import ENTITY_LABELS, Scorer, predict_raw  # noqa: E402
from govreport_nlp.gold import find_shared_dir, load_gold  # noqa: E402


def layers(record: dict) -> dict:
    """Only the layers a second labelling has: sentences and entities."""
    return {"sentences": record["sentences"], "entities": record["entities"]}


def split_parts() -> dict[str, str]:
    """Document id → its split part (dev, test, …)."""
    split = json.loads((REPO / "corpus/gold/split.json").read_text(encoding="utf-8"))
    return {doc_id: part for part, ids in split.items() if not part.startswith("_") for doc_id in ids}


def row(name: str, scorer: Scorer) -> str:
    result = scorer.result()
    sent, ent = result["sentences"], result["entities"]
    cells = [f"{sent['macro_f1']:.3f}"] + [f"{sent['per_label'][label]['f1']:.3f}" for label in LABELS]
    cells += [f"{ent['micro']['f1']:.3f}"]
    cells += [f"{ent['per_label'][label]['f1']:.3f}" if ent["per_label"][label]["gold"] or ent["per_label"][label]["pred"]
              else "-" for label in ENTITY_LABELS]
    return f"| {name} | " + " | ".join(cells) + " |"


HEADER = ("| pair | sent macro | " + " | ".join(LABELS) + " | ent micro | " + " | ".join(ENTITY_LABELS) + " |\n"
          "|---|" + "---|" * (1 + len(LABELS) + 1 + len(ENTITY_LABELS)))


def main(directory: Path) -> None:
    labellings: dict[str, dict[str, dict]] = defaultdict(dict)
    for path in sorted(directory.glob("*.jsonl")):
        for record in load_gold(path):
            labellings[record["id"]][path.stem[len(record["id"]) + 1:]] = record
    if not labellings:
        sys.exit(f"no second labellings in {directory}")
    gold = {doc_id: next(iter(load_gold(REPO / "corpus/gold" / f"{doc_id}.jsonl"))) for doc_id in labellings}
    for doc_id, by_name in labellings.items():
        # before adjudication the gold is the first annotator's labelling
        by_name.setdefault("first", gold[doc_id])
    import govreport_nlp

    nlp = govreport_nlp.load()
    model = {doc_id: predict_raw(nlp, gold[doc_id]["text"]) for doc_id in labellings}

    groups: dict[str, list[str]] = defaultdict(list)
    part_of = split_parts()
    for doc_id in labellings:
        groups[part_of.get(doc_id, "unsplit")].append(doc_id)
    groups["all"] = list(labellings)
    for part, ids in groups.items():
        human_human, human_gold, model_gold, model_human = Scorer(), Scorer(), Scorer(), Scorer()
        n_pairs = n_humans = 0
        adjudicated = False
        for doc_id in ids:
            g = layers(gold[doc_id])
            model_gold.add(g, model[doc_id])
            humans = list(labellings[doc_id].values())
            doc_adjudicated = layers(labellings[doc_id]["first"]) != g
            adjudicated |= doc_adjudicated
            for record in humans:
                n_humans += 1
                model_human.add(layers(record), model[doc_id])
                if doc_adjudicated:
                    human_gold.add(g, layers(record))
            for a, b in combinations(humans, 2):
                human_human.add(layers(a), layers(b))
                n_pairs += 1
        print(f"\n## {part}: {len(ids)} documents ({', '.join(sorted(ids))}), "
              f"{n_humans} labellings, {n_pairs} pairs\n")
        print(HEADER)
        print(row("annotator vs annotator", human_human))
        print(row("model vs gold", model_gold))
        print(row("model vs each annotator", model_human))
        if adjudicated:
            print(row("annotator vs adjudicated gold", human_gold))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("agreement_dir", nargs="?", type=Path, default=REPO / "corpus/agreement",
                    help="directory of second labellings (default: corpus/agreement)")
    agreement_dir = ap.parse_args().agreement_dir
    if find_shared_dir() is None:
        print("note: ../shared is absent; national documents cannot be joined with their texts", file=sys.stderr)
    main(agreement_dir)
