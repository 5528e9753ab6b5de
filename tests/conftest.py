from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real cache: indexes go to a fresh temp folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("BRIEFING_INDEX_DIR", raising=False)


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """A private, writable copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seeds_corpus(tmp_path_factory):
    """The bundled seeds, indexed once for every read-only test of the session."""
    from index import Corpus

    corpus = Corpus.open(SEEDS, tmp_path_factory.mktemp("seeds-index"))
    yield corpus
    corpus.close()
