"""The index lives on a disk that fills up and in processes that get killed: it recovers."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from filelock import FileLock

from conftest import ROOT
from index import Corpus, IndexBusyError, IndexDirError


def make_corpus(folder, count):
    folder.mkdir()
    for i in range(count):
        (folder / f"note{i:04d}.txt").write_text(
            f"Harbour report {i}\n\nThe harbour master said boat number{i} left at dawn.\n"
        )
    return folder


def searchable(corpus):
    return {hit.article_id for hit in corpus.search("harbour", limit=10_000).hits}


@pytest.fixture
def built(seed_copy, tmp_path):
    index_dir = tmp_path / "index"
    Corpus.open(seed_copy, index_dir).close()
    return seed_copy, index_dir


def test_stale_lock_files_from_a_killed_process_do_not_block(built):
    corpus_dir, index_dir = built
    (index_dir / "update.lock").write_text("")
    (index_dir / "whoosh" / "MAIN_WRITELOCK").write_text("")
    (corpus_dir / "new.txt").write_text("Ferry news\n\nThe ferry sailed late again today.\n")
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.added == ("new.txt",)


def test_missing_table_of_contents_means_rebuild(built):
    corpus_dir, index_dir = built
    for toc in (index_dir / "whoosh").glob("*.toc"):
        toc.unlink()
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.rebuilt and corpus.search("Rudenko").total == 1


def test_truncated_segment_means_rebuild(built):
    corpus_dir, index_dir = built
    for segment in (index_dir / "whoosh").glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.rebuilt and corpus.search("Rudenko").total == 1
        assert len(corpus.quotes()) > 10


def test_manifest_of_garbage_means_rebuild(built):
    corpus_dir, index_dir = built
    (index_dir / "manifest.json").write_text("{not json")
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.rebuilt and corpus.article_count() == 5


def test_a_held_lock_makes_a_second_updater_wait_then_say_so(built):
    corpus_dir, index_dir = built
    with FileLock(str(index_dir / "update.lock")):
        started = time.monotonic()
        with pytest.raises(IndexBusyError, match="another briefing process"):
            Corpus(corpus_dir, index_dir).update(lock_timeout=0.5)
        assert time.monotonic() - started >= 0.5
    with Corpus.open(corpus_dir, index_dir) as corpus:  # released: all is well
        assert corpus.article_count() == 5


def test_two_index_runs_at_once_both_succeed(tmp_path):
    corpus_dir = make_corpus(tmp_path / "corpus", 60)
    command = [sys.executable, "-m", "tui.cli", "index", "--corpus", str(corpus_dir),
               "--index-dir", str(tmp_path / "index")]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    reports = sorted(out for out, _ in outputs)
    assert any("60 added" in r for r in reports) and any("Up to date" in r for r in reports)
    with Corpus.open(corpus_dir, tmp_path / "index") as corpus:
        assert corpus.article_count() == 60 and len(searchable(corpus)) == 60


KILLABLE_INDEXER = textwrap.dedent(
    """
    import sys, time
    import index.corpus, index.pipeline
    from index import Corpus
    index.corpus.COMMIT_EVERY = 20
    index.pipeline.PARALLEL_MIN_FILES = 10**9
    def slow(progress):
        time.sleep(0.02)
    Corpus.open(sys.argv[1], sys.argv[2], on_progress=slow)
    """
)


def test_kill_9_while_indexing_then_the_next_run_completes_the_index(tmp_path):
    corpus_dir = make_corpus(tmp_path / "corpus", 150)
    index_dir = tmp_path / "index"
    victim = subprocess.Popen(
        [sys.executable, "-c", KILLABLE_INDEXER, str(corpus_dir), str(index_dir)], cwd=ROOT
    )
    manifest = index_dir / "manifest.json"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None:
        if manifest.exists() and json.loads(manifest.read_text() or "{}").get("files"):
            break  # at least one batch committed: now kill it mid-way through the next
        time.sleep(0.05)
    assert victim.poll() is None, "the indexer finished before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    committed = len(json.loads(manifest.read_text())["files"])
    assert 0 < committed < 150

    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert len(corpus.report.added) == 150 - committed  # only the rest is redone
        assert corpus.article_count() == 150
        assert searchable(corpus) == {f"note{i:04d}.txt" for i in range(150)}


def test_full_disk_fails_in_one_line_and_keeps_the_last_good_index(built, monkeypatch):
    from whoosh.writing import SegmentWriter

    corpus_dir, index_dir = built
    (corpus_dir / "extra.txt").write_text("Zeppelin news\n\nA zeppelin landed in the harbour.\n")

    def disk_full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(SegmentWriter, "commit", disk_full)
        with pytest.raises(IndexDirError, match="no space left on the disk"):
            Corpus.open(corpus_dir, index_dir)
    with Corpus.open(corpus_dir, index_dir) as corpus:  # space again: the update completes
        assert corpus.report.added == ("extra.txt",)
        assert corpus.search("zeppelin").total == 1 and corpus.search("Rudenko").total == 1


def test_read_only_index_is_served_as_last_built(built, monkeypatch):
    corpus_dir, index_dir = built
    (corpus_dir / "later.txt").write_text("Later news\n\nSomething happened after the build.\n")
    real_access = os.access

    def read_only(path, mode, *args, **kwargs):
        if str(path).startswith(str(index_dir)) and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", read_only)
    with Corpus.open(corpus_dir, index_dir) as corpus:
        assert corpus.report.read_only
        assert "not writable" in corpus.report.warnings[0].reason
        assert corpus.article_count() == 5 and corpus.search("Rudenko").total == 1


def test_read_only_folder_without_an_index_is_an_error(seed_copy, tmp_path, monkeypatch):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: not mode & os.W_OK)
    with pytest.raises(IndexDirError, match="not writable"):
        Corpus.open(seed_copy, index_dir)


def test_cli_warns_when_serving_a_read_only_index(built, monkeypatch, capsys):
    from tui.cli import main

    corpus_dir, index_dir = built
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: not mode & os.W_OK)
    assert main(["search", "Rudenko", "--corpus", str(corpus_dir), "--index-dir", str(index_dir)]) == 0
    captured = capsys.readouterr()
    assert "showing the index as last built" in captured.err
    assert "Rudenko" in captured.out


NO_STDERR_FD = textwrap.dedent(
    """
    import io, sys
    from pathlib import Path
    from index.pipeline import list_sources, prepare_all

    class Capture(io.StringIO):  # what Textual puts in sys.stderr while an app runs
        def fileno(self):
            return -1

    sources = list_sources(Path(sys.argv[1]))
    sys.stderr = Capture()
    prepared = list(prepare_all(sources, workers=2))
    sys.stderr = sys.__stderr__
    print(len(prepared), sum(p.document is not None for p in prepared))
    """
)


def test_build_falls_back_to_one_process_when_workers_cannot_start(tmp_path):
    corpus_dir = make_corpus(tmp_path / "corpus", 210)  # over the threshold for workers
    done = subprocess.run(
        [sys.executable, "-c", NO_STDERR_FD, str(corpus_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["210", "210"]
