"""The pipeline's tokenizer: raw page → clean.clean() → pkuseg words → Doc.

spaCy calls the tokenizer with the raw input, so cleaning happens here and
``doc.text`` is the cleaned report body; ``doc._.meta`` and ``doc._.to_raw``
carry what the cleaner found and where each character came from.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .extensions import remember_text  # (also declares doc._.meta, doc._.to_raw)
from .clean import clean
from .segment import make_chinese_tokenizer


class ReportTokenizer:
    """Cleans the raw page, then segments the cleaned text with pkuseg."""

    def __init__(self, vocab: Vocab, model_dir: str | Path, lexicon: bool = True, clean_input: bool = True):
        self.vocab = vocab
        self.clean_input = clean_input
        self.segmenter = make_chinese_tokenizer(vocab, Path(model_dir), lexicon)

    def __call__(self, raw: str) -> Doc:
        if self.clean_input:
            cleaned = clean(raw)
            doc = self.segmenter(cleaned.text)
            remember_text(doc, cleaned.text)
            doc._.meta = cleaned.meta
            doc._.to_raw = cleaned.to_raw
        else:
            doc = self.segmenter(raw)
            remember_text(doc, raw)
            doc._.to_raw = list(range(len(raw) + 1))
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # The tokenizer is rebuilt from models/ by govreport_nlp.load(); these
    # keep nlp.to_disk()/from_disk() working without storing it twice.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "ReportTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, **kwargs) -> "ReportTokenizer":
        return self


@registry.tokenizers("govreport_nlp.ReportTokenizer.v1")
def create_report_tokenizer(model_dir: str, lexicon: bool = True, clean_input: bool = True) -> Callable[[object], ReportTokenizer]:
    def make(nlp) -> ReportTokenizer:
        return ReportTokenizer(nlp.vocab, model_dir, lexicon=lexicon, clean_input=clean_input)

    return make
