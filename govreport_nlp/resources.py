"""One loader for the data files shipped in models/ (the package govreport_nlp.models)."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def models_dir() -> Path:
    return Path(str(files("govreport_nlp.models")))


def models_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)
