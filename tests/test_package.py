"""What `pip install` must deliver: models inside the package, no pickles, size budget."""
from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import pytest

import govreport_nlp
from govreport_nlp.resources import models_dir

from conftest import REPO

MODEL_FILES = ["pkuseg/features.msgpack", "pkuseg/weights.npz", "pkuseg/lookup.npz", "pkuseg/merge_words.msgpack",
               "lexicon.txt", "sentence_labels.npz", "gazetteers/names.tsv", "gazetteers/glue_long.txt",
               "entity_model/linear.json", "entity_model/linear.npz", "entity_model/lexicon.json"]


def test_models_ship_inside_the_installed_package():
    package_dir = Path(govreport_nlp.__file__).resolve().parent
    if package_dir.parent == REPO:
        pytest.skip("govreport_nlp is imported from the source tree (editable install): the wheel's contents are not exercised")
    assert find_spec("govreport_nlp.models") is not None
    assert models_dir().resolve().parent == package_dir
    for name in MODEL_FILES:
        assert (models_dir() / name).is_file(), name
    assert (models_dir() / "entity_model").is_dir()


def test_model_files_load_without_pickle_and_fit_the_budget():
    files = [p for p in (REPO / "models").rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix in {".pkl", ".pickle", ".joblib"}]
    for path in files:
        if path.suffix == ".npz":
            import numpy as np

            with np.load(path, allow_pickle=False) as data:
                for key in data.files:
                    data[key]  # raises if an array needs pickle
    assert sum(p.stat().st_size for p in files) <= 60 * 2**20
