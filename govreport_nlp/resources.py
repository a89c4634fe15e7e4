"""One loader for the data files shipped in models/.

Installed, models/ is the package ``govreport_nlp.models`` (pyproject maps
the top-level folder there). Run from a source checkout without installing,
the same folder is found beside the package.
"""
from __future__ import annotations

from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

SOURCE_MODELS = Path(__file__).resolve().parent.parent / "models"


def models_dir() -> Path:
    if find_spec("govreport_nlp.models") is not None:
        return Path(str(files("govreport_nlp.models")))
    return SOURCE_MODELS


def models_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)
