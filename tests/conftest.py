from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "corpus" / "sample" / "2022_qingdao_chengyang_forum_page.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    from govreport_nlp.gold import find_shared_dir

    found = find_shared_dir()
    if found is None:
        pytest.skip("../shared (corpora/national_reports.jsonl) is absent: set GOVREPORT_SHARED or place shared/ beside the repository")
    return found


@pytest.fixture(scope="session")
def national_reports(shared_dir):
    from govreport_nlp.gold import load_national_reports

    return load_national_reports(shared_dir)


@pytest.fixture(scope="session")
def nlp():
    import govreport_nlp

    return govreport_nlp.load()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc(nlp, sample_text):
    return nlp(sample_text)


@pytest.fixture()
def load_script():
    """Import a repository script (scripts/<name>.py) as a fresh module."""
    import importlib.util

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
