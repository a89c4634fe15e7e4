"""Batch annotation: many documents, several processes, no document lost.

Each document becomes a record (``to_record``) or, when it fails, an error
record ``{"id", "error"}`` — one bad document never stops a batch.
"""
from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from .clean import CleanError, read_document
from .record import to_record

SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx", ".md"}

_worker_nlp: Language | None = None


class InputError(ValueError):
    """An input path that cannot be read as documents."""


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[str, object]]:
    """(id, text or exception) for every document under ``paths``.

    Files (.txt/.html/.pdf/.docx), directories of them (recursively) and
    .jsonl files of {"id", "text"} (or {"title", "content"}) records.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
                yield str(child), _read(child)
        elif path.suffix.lower() == ".jsonl":
            yield from _iter_jsonl(path)
        elif path.is_file():
            yield str(path), _read(path)
        else:
            yield str(path), InputError(f"{path}: no such file or directory")


def _read(path: Path):
    try:
        return read_document(path)
    except (CleanError, OSError) as err:
        return err


def _iter_jsonl(path: Path) -> Iterator[tuple[str, object]]:
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            fallback_id = f"{path}:{line_no}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield fallback_id, InputError(f"{fallback_id}: not a JSON object ({err.msg})")
                continue
            text = record.get("text", record.get("content")) if isinstance(record, dict) else None
            doc_id = str(record.get("id") or record.get("url") or fallback_id) if isinstance(record, dict) else fallback_id
            if not isinstance(text, str):
                yield doc_id, InputError(f"{fallback_id}: no 'text' (or 'content') string in the record")
            else:
                yield doc_id, text


def annotate_one(nlp: Language, doc_id: str, text: object) -> dict:
    """The record of one document, or an error record naming it and the cause."""
    if isinstance(text, Exception):
        return {"id": doc_id, "error": str(text)}
    try:
        doc = nlp(text)
        return to_record(doc, doc_id)
    except Exception as err:  # one bad document must not stop the batch
        return {"id": doc_id, "error": f"{doc_id}: {type(err).__name__}: {err}"}


def _init_worker(loader: Callable[[], Language]) -> None:
    global _worker_nlp
    _worker_nlp = loader()


def _work(item: tuple[str, object]) -> dict:
    assert _worker_nlp is not None
    return annotate_one(_worker_nlp, *item)


def annotate_texts(items: Iterable[tuple[str, object]], nlp: Language | None = None, n_process: int = 1,
                   loader: Callable[[], Language] | None = None) -> Iterator[dict]:
    """Records for (id, text) pairs, in input order.

    With ``n_process > 1`` each worker process loads its own pipeline (by
    ``loader``, default ``govreport_nlp.load``).
    """
    if n_process <= 1:
        if nlp is None:
            from .pipeline import load

            nlp = (loader or load)()
        for doc_id, text in items:
            yield annotate_one(nlp, doc_id, text)
        return
    if loader is None:
        from .pipeline import load as loader
    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(loader,)) as pool:
        yield from pool.imap(_work, items, chunksize=1)
