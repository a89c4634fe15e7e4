"""``load()``: the default pipeline, assembled from the data in models/."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from . import classify, entities, hanlp_backend, indicators, sections, sentences, tokenizer  # noqa: F401  (register factories)
from .resources import models_dir

PIPES = (
    ("govreport_sections", {}),
    ("govreport_sentences", {}),
    ("govreport_entities", {}),
    ("govreport_sentence_labels", {}),
    ("govreport_indicators", {}),
)


def load(path: str | Path | None = None, *, exclude: Iterable[str] = (), lexicon: bool = True,
         ner: str | None = None) -> Language:
    """The govreport pipeline: raw page text or HTML in, labelled Doc out.

    ``path`` is a directory laid out like the package's models/ (pkuseg/,
    lexicon.txt, gazetteers/, entity_model/, sentence_labels.npz); default:
    the models shipped in the package. Without entity_model/ the entity
    stage uses its rules and gazetteers alone. ``exclude`` names pipes to
    leave out.

    ``ner``: the entity backend. None (default) = govreport_entities;
    ``"hanlp:<dir>"`` = govreport_hanlp_entities in its place, running the
    HanLP NER model saved in the local directory <dir> (needs
    ``pip install 'govreport_nlp[hanlp-backend]'``; ImportError otherwise;
    see docs/hanlp.md); ``exclude=["govreport_entities"]`` leaves either
    out. Any other value raises ValueError.
    """
    hanlp_model = None
    if ner is not None:
        if not isinstance(ner, str) or not ner.startswith("hanlp:") or not ner[len("hanlp:"):]:
            raise ValueError(f"ner={ner!r}: unknown entity backend; use None (govreport_entities) "
                             f"or 'hanlp:<local model directory>'")
        hanlp_model = ner[len("hanlp:"):]
    root = Path(path) if path is not None else models_dir()
    if not (root / "pkuseg").is_dir():
        raise FileNotFoundError(f"{root}: not a govreport_nlp models directory (no pkuseg/ inside)")
    config = {
        "nlp": {
            "tokenizer": {
                "@tokenizers": "govreport_nlp.ReportTokenizer.v1",
                "model_dir": str(root / "pkuseg"),
                "lexicon": lexicon,
            }
        }
    }
    nlp = spacy.blank("zh", config=config)
    excluded = set(exclude)
    for name, cfg in PIPES:
        if name in excluded:
            continue
        cfg = dict(cfg)
        if name == "govreport_sentence_labels":
            cfg["model_path"] = str(root / "sentence_labels.npz")
        if name == "govreport_entities" and hanlp_model is not None:
            nlp.add_pipe("govreport_hanlp_entities", config={"model": hanlp_model})
            continue
        if name == "govreport_entities":
            cfg["gazetteer_dir"] = str(root / "gazetteers")
            cfg["model_dir"] = str(root / "entity_model") if (root / "entity_model").is_dir() else None
        nlp.add_pipe(name, config=cfg)
    # A report is a long document: spaCy's default batch of 1000 texts would
    # hand a whole corpus to the first worker of nlp.pipe(n_process=N).
    nlp.batch_size = REPORTS_PER_BATCH
    return nlp


REPORTS_PER_BATCH = 4
