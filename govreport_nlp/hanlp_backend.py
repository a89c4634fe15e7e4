"""Optional entity backend: a HanLP NER component in place of govreport_entities.

``govreport_nlp.load(ner="hanlp:<dir>")`` replaces the ``govreport_entities``
pipe by ``govreport_hanlp_entities``, a spaCy factory that runs a HanLP NER
component saved in a local directory and puts its entities on ``doc.ents``
with the project's labels (PLACE, PROGRAM, COMPANY, ORG; docs/annotation.md §2).

- HanLP (``pip install 'govreport_nlp[hanlp-backend]'``) is imported only
  when the factory is called, never when govreport_nlp is imported.
- Only local models: the directory is loaded with HanLP's own loader
  (``hanlp.load``); nothing is downloaded at run time. The CRF of HanLP's
  RNN taggers is set batch-first after loading (``fix_batch_first_crf``: a
  HanLP 2.1.5 bug). A model of this
  project is built by scripts/train_hanlp_ner.py (a character BiLSTM-CRF,
  HanLP's ``RNNNamedEntityRecognizer``, trained from scratch on the gold).
- The text is cut into chunks (``chunk_spans``: at sentence punctuation and
  line breaks, at most ``max_len`` characters), one character per token
  (``char_tokens``: blanks become one placeholder), the same way at training
  and at run time.
- Labels: ``label_map`` maps the model's labels to the project's (default
  ``DEFAULT_LABEL_MAP``: the project's own labels, and NS/LOC/LOCATION/GPE →
  PLACE, NT/ORGANIZATION → ORG as in HanLP's pretrained tag sets); entities
  of any other label (persons, dates...) are dropped.
- Token boundaries (``snap``): ``"split"`` (default, as govreport_entities)
  splits the tokens an entity edge cuts, so entity offsets are the model's
  characters; ``"expand"`` / ``"contract"``: ``doc.char_span(alignment_mode=...)``,
  tokens unchanged, offsets grow or shrink to token boundaries.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .entities import entity_spans, split_tokens
from .extensions import doc_text

PROJECT_LABELS = ("PLACE", "PROGRAM", "COMPANY", "ORG")
DEFAULT_LABEL_MAP = {
    "PLACE": "PLACE", "PROGRAM": "PROGRAM", "COMPANY": "COMPANY", "ORG": "ORG",
    "NS": "PLACE", "LOC": "PLACE", "LOCATION": "PLACE", "GPE": "PLACE",
    "NT": "ORG", "ORGANIZATION": "ORG",
}
INSTALL_HINT = "pip install 'govreport_nlp[hanlp-backend]'"
BLANK = "␣"  # the token of every blank character (HanLP's TSV reader cannot hold blanks)
CHUNK_END = re.compile(r"[。！？；!?;\n]+")
MAX_LEN = 126


def import_hanlp():
    """The ``hanlp`` module, or an ImportError that says how to install it."""
    try:
        import hanlp
    except ImportError as err:
        raise ImportError(f"the HanLP entity backend needs HanLP, which is not installed ({err}); "
                          f"install it with: {INSTALL_HINT}") from err
    return hanlp


def chunk_spans(text: str, start: int = 0, end: int | None = None, max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    """(start, end) of the chunks of ``text[start:end]`` the model tags: cut after
    sentence punctuation and line breaks, then every ``max_len`` characters;
    chunks that are only blanks are left out."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in CHUNK_END.finditer(text, start, end):
        out.extend(_cut(text, pos, m.end(), max_len))
        pos = m.end()
    out.extend(_cut(text, pos, end, max_len))
    return out


def _cut(text: str, a: int, b: int, max_len: int) -> list[tuple[int, int]]:
    return [(s, min(s + max_len, b)) for s in range(a, b, max_len) if text[s:min(s + max_len, b)].strip()]


def char_tokens(piece: str) -> list[str]:
    """One token per character; blanks become ``BLANK``."""
    return [BLANK if ch.isspace() else ch for ch in piece]


def load_hanlp_model(identifier: str):
    """A HanLP component from a local directory, loaded by ``hanlp.load``."""
    hanlp = import_hanlp()
    path = Path(identifier).expanduser()
    if not path.is_dir():
        raise FileNotFoundError(f"hanlp:{identifier}: no such local directory; only local HanLP models are supported "
                                f"(nothing is downloaded at run time): train one with scripts/train_hanlp_ner.py")
    try:
        component = hanlp.load(str(path), verbose=False, devices=-1)
    except Exception as err:  # noqa: BLE001  (HanLP raises many kinds)
        raise RuntimeError(f"hanlp:{identifier}: HanLP could not load this model: {type(err).__name__}: {err}") from err
    fix_batch_first_crf(getattr(component, "model", None))
    return component


def fix_batch_first_crf(model):
    """Make the CRF of a HanLP ``RNNTaggingModel`` read its (batch-first) input
    as such. HanLP 2.1.5 builds it as ``CRF(n_out, crf_constraints)``, so
    ``batch_first`` is None and the CRF runs across the sentences of a batch
    (wrong paths, and as many paths as the longest sentence has tokens); the
    LSTM's output is always batch-first. Returns ``model``."""
    crf = getattr(model, "crf", None)
    if crf is not None and getattr(crf, "batch_first", True) is not True:
        crf.batch_first = True
    return model


class HanLPEntities:
    """Runs a HanLP NER component over the chunks of ``doc.text`` and sets ``doc.ents``."""

    def __init__(self, model, label_map: dict[str, str] | None = None, snap: str = "split", batch_size: int = 64,
                 max_len: int = MAX_LEN, name: str = "govreport_hanlp_entities"):
        if snap not in ("split", "expand", "contract"):
            raise ValueError(f"snap must be split, expand or contract, not {snap!r}")
        self.model = model
        self.label_map = dict(DEFAULT_LABEL_MAP if label_map is None else label_map)
        bad = sorted(set(self.label_map.values()) - set(PROJECT_LABELS))
        if bad:
            raise ValueError(f"label_map maps to {bad}: not project labels {PROJECT_LABELS}")
        self.snap = snap
        self.batch_size = batch_size
        self.max_len = max_len
        self.name = name

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, project label) of the model's entities in ``text``, sorted, non-overlapping."""
        spans = chunk_spans(text, max_len=self.max_len)
        if not spans:
            return []
        predicted = self.model([char_tokens(text[a:b]) for a, b in spans], batch_size=self.batch_size)
        out = []
        for (a, _), ents in zip(spans, predicted):
            for ent in ents:
                label = self.label_map.get(str(ent[1]))
                s, e = a + int(ent[2]), a + int(ent[3])
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if label and s < e:
                    out.append((s, e, label))
        out.sort()
        kept, last = [], -1
        for c in out:
            if c[0] >= last:
                kept.append(c)
                last = c[1]
        return kept

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc_text(doc))
        if self.snap == "split" and found:
            doc = split_tokens(doc, {x for s, e, _ in found for x in (s, e)})
        doc.ents = entity_spans(doc, found, "strict" if self.snap == "split" else self.snap)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory(
    "govreport_hanlp_entities",
    default_config={"model": None, "label_map": None, "snap": "split", "batch_size": 64, "max_len": MAX_LEN},
)
def make_hanlp_entities(nlp: Language, name: str, model: str | None, label_map: dict[str, str] | None, snap: str,
                        batch_size: int, max_len: int) -> HanLPEntities:
    """``model``: a local directory holding a HanLP NER component (as saved by
    HanLP, e.g. by scripts/train_hanlp_ner.py). ``label_map``: model label →
    project label (None = ``DEFAULT_LABEL_MAP``); other labels are dropped."""
    import_hanlp()
    if not model:
        raise ValueError("govreport_hanlp_entities needs a model: a local directory saved by HanLP")
    return HanLPEntities(load_hanlp_model(model), label_map=label_map, snap=snap, batch_size=batch_size,
                         max_len=max_len, name=name)


def entity_chunks(text: str, entities: Sequence[dict], start: int = 0, end: int | None = None,
                  max_len: int = MAX_LEN) -> list[tuple[list[str], list[str]]]:
    """Training pairs (character tokens, BIO tags) of ``text[start:end]``: the
    chunks the component tags at run time, with the gold ``entities``
    (``{"start", "end", "label"}``) as BIO tags; entities across a chunk edge are
    cut at the edge."""
    tags = ["O"] * len(text)
    for ent in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        s, e = ent["start"], ent["end"]
        if s >= e or tags[s] != "O":
            continue
        tags[s] = "B-" + ent["label"]
        for i in range(s + 1, e):
            tags[i] = "I-" + ent["label"]
    out = []
    for a, b in chunk_spans(text, start, end, max_len):
        chunk_tags = tags[a:b]
        if chunk_tags[0].startswith("I-"):
            chunk_tags[0] = "B-" + chunk_tags[0][2:]
        out.append((char_tokens(text[a:b]), chunk_tags))
    return out
