"""govreport_nlp: a spaCy pipeline for Chinese government work reports.

    >>> import govreport_nlp
    >>> nlp = govreport_nlp.load()
    >>> doc = nlp(raw_page_text)             # cleaned, segmented, labelled
    >>> record = govreport_nlp.to_record(doc)

Public API: ``load``, ``clean``, ``CleanText``, ``segment``, ``to_record``,
``annotate_texts``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["load", "clean", "CleanText", "CleanError", "segment", "to_record", "annotate_texts", "__version__"]

# Imported eagerly: these functions share their module's name, and importing
# the module later must not shadow them. Neither module imports spaCy.
from .clean import CleanError, CleanText, clean  # noqa: E402
from .segment import segment  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from .batch import annotate_texts
    from .pipeline import load
    from .record import to_record

_LAZY = {
    "load": ("pipeline", "load"),
    "to_record": ("record", "to_record"),
    "annotate_texts": ("batch", "annotate_texts"),
}


def __getattr__(name: str) -> Any:
    # spaCy-dependent parts are imported on first use, so that
    # `import govreport_nlp` stays cheap.
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        return getattr(import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'govreport_nlp' has no attribute {name!r}")
