"""Opening a corpus re-reads only what changed, and recovers from a damaged index."""

from __future__ import annotations

import json
import os

import pytest

from index import Corpus, CorpusError, IndexDirError
from index.extract import EXTRACTOR_VERSION
from index.schema import SCHEMA_VERSION

RUDENKO = "000_b3567f55901810fa.txt"


def snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and p.name != "update.lock"
    }


@pytest.fixture
def indexed(seed_copy, tmp_path):
    index_dir = tmp_path / "index"
    with Corpus.open(seed_copy, index_dir) as corpus:
        assert len(corpus.report.added) == 5
    return seed_copy, index_dir


def test_first_open_indexes_every_file(indexed):
    corpus_dir, index_dir = indexed
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.article_count() == 5


def test_unchanged_corpus_is_not_touched(indexed):
    corpus_dir, index_dir = indexed
    before = snapshot(index_dir)
    with Corpus.open(corpus_dir, index_dir) as corpus:
        report = corpus.report
    assert not report.touched and report.unchanged == 5
    assert snapshot(index_dir) == before


def test_editing_one_file_reindexes_only_that_file(indexed):
    corpus_dir, index_dir = indexed
    target = corpus_dir / "003_2b1eec0bd7a87b1f.txt"
    target.write_text(target.read_text("utf-8") + "\nA new paragraph about zeppelins.\n", "utf-8")
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.changed == ("003_2b1eec0bd7a87b1f.txt",)
        assert corpus.report.added == () and corpus.report.unchanged == 4
        assert [h.article_id for h in corpus.search("zeppelins").hits] == [target.name]


def test_touching_without_changing_content_reindexes_nothing(indexed):
    corpus_dir, index_dir = indexed
    target = corpus_dir / RUDENKO
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.changed == () and corpus.report.unchanged == 5
    with Corpus.open(corpus_dir, index_dir) as corpus:  # and the new mtime was remembered
        assert not corpus.report.touched


def test_deleted_file_leaves_the_index(indexed):
    corpus_dir, index_dir = indexed
    (corpus_dir / RUDENKO).unlink()
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.removed == (RUDENKO,)
        assert corpus.article_count() == 4
        assert corpus.search("Rudenko").total == 0


def test_added_file_joins_the_index(indexed):
    corpus_dir, index_dir = indexed
    sub = corpus_dir / "more"
    sub.mkdir()
    (sub / "note.md").write_text("Ferry strike\n\nThe ferry workers said they would strike.\n")
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.added == ("more/note.md",)
        assert [h.article_id for h in corpus.search("ferry").hits] == ["more/note.md"]


@pytest.mark.parametrize("key, current", [
    ("schema_version", SCHEMA_VERSION),
    # fixed extraction rules reach an existing index: its actors and quotes are extracted again
    ("extractor_version", EXTRACTOR_VERSION),
])
def test_index_of_another_version_is_rebuilt_once(indexed, key, current):
    corpus_dir, index_dir = indexed
    manifest = index_dir / "manifest.json"
    data = json.loads(manifest.read_text())
    data[key] = current - 1
    manifest.write_text(json.dumps(data))
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.rebuilt and len(corpus.report.added) == 5
        assert corpus.search("Rudenko").total == 1
    assert json.loads(manifest.read_text())[key] == current
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert not corpus.report.rebuilt and not corpus.report.added


def test_corrupt_index_is_rebuilt(indexed):
    corpus_dir, index_dir = indexed
    for segment in (index_dir / "whoosh").iterdir():
        segment.write_bytes(b"\x00garbage")
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.rebuilt
        assert corpus.search("Rudenko").total == 1


def test_rebuild_on_request(indexed):
    corpus_dir, index_dir = indexed
    with Corpus.open(corpus_dir, index_dir, rebuild=True) as corpus:
        assert corpus.report.rebuilt and len(corpus.report.added) == 5


def test_source_files_are_never_modified(seed_copy, tmp_path):
    before = {p.name: p.read_bytes() for p in seed_copy.iterdir()}
    with Corpus.open(seed_copy, tmp_path / "index", rebuild=True):
        pass
    assert {p.name: p.read_bytes() for p in seed_copy.iterdir()} == before


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        Corpus.open(tmp_path / "nope", tmp_path / "index")


def test_corpus_without_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "picture.png").write_bytes(b"\x89PNG")
    with pytest.raises(CorpusError, match="no articles"):
        Corpus.open(tmp_path / "empty", tmp_path / "index")


def test_corpus_of_only_unreadable_files(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(CorpusError, match=r"no readable articles .*1 file skipped"):
        Corpus.open(tmp_path / "bad", tmp_path / "index")


def test_unreadable_file_is_skipped_and_the_rest_indexed(seed_copy, tmp_path):
    (seed_copy / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    with Corpus.open(seed_copy, tmp_path / "index") as corpus:
        assert corpus.article_count() == 5
        assert [s.path for s in corpus.report.skipped] == ["blob.txt"]
        assert "binary" in corpus.report.skipped[0].reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_index_dir(seed_copy, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(IndexDirError, match="not writable|cannot"):
            Corpus.open(seed_copy, locked / "index")
    finally:
        locked.chmod(0o700)


def test_index_dir_that_is_a_file(seed_copy, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(IndexDirError, match="cannot create index folder"):
        Corpus.open(seed_copy, blocker / "index")


def test_index_dir_from_environment(seed_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "from-env"))
    with Corpus.open(seed_copy) as corpus:
        assert corpus.index_dir == tmp_path / "from-env"
    assert (tmp_path / "from-env" / "manifest.json").is_file()


def test_default_index_dir_is_per_corpus_under_the_cache(tmp_path):
    from index.store import default_index_dir

    a, b = tmp_path / "a" / "news", tmp_path / "b" / "news"
    assert default_index_dir(a) != default_index_dir(b)
    assert default_index_dir(a).name.startswith("news-")
