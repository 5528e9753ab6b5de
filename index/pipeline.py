"""The per-file unit of work: a source file in, an Article (or the reason it was skipped) out.

Kept free of index state so that it runs in worker processes: on a large build, reading,
cleaning, extraction and encoding happen on every core while the parent only writes Whoosh.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from .extract import extract
from .ingest import UnreadableFile, discover_relative, is_html_file, parse_article, read_source
from .model import Article, SkippedFile
from .store import file_digest, index_document
from .vocabulary import words_of

# Below this many files a build stays in-process: starting workers costs more than it saves.
PARALLEL_MIN_FILES = 200
FILES_PER_TASK = 16
TASKS_IN_FLIGHT_PER_WORKER = 4  # bounds memory: results never pile up ahead of the writer



@dataclass(frozen=True)
class SourceFile:
    path: str
    rel_path: str  # also the article id: stable for as long as the file keeps its place
    size: int
    mtime_ns: int


def list_sources(root: Path) -> list[SourceFile]:
    # Plain strings and os.stat, not pathlib: reopening an unchanged corpus is this loop,
    # and pathlib's objects made it 0.6 s at 10,000 files.
    sources = []
    for rel_path, path in discover_relative(root):
        try:
            st = os.stat(path)
        except OSError:
            continue  # vanished between listing and stat: it simply is not in the corpus
        sources.append(SourceFile(path, rel_path, st.st_size, st.st_mtime_ns))
    return sources


@dataclass(frozen=True)
class Built:
    """What one file became: an article or the reason it was skipped, plus its digest and,
    when extraction failed on it, why (the article is still indexed, without quotes)."""

    result: Article | SkippedFile
    digest: str
    warning: str | None = None


def build_article(src: SourceFile) -> Built:
    """Read, clean, describe and extract one file."""
    try:
        text, encoding = read_source(Path(src.path))
    except UnreadableFile as err:
        return Built(SkippedFile(src.rel_path, str(err)), "")
    digest = file_digest(text.encode("utf-8", "surrogatepass"))
    article = parse_article(
        src.rel_path,
        src.rel_path,
        text,
        encoding=encoding,
        is_html=is_html_file(src.path),
    )
    try:
        found = extract(article)
    except Exception as err:  # noqa: BLE001 - one odd article must not stop the corpus
        return Built(article, digest, f"actors and quotes not extracted ({type(err).__name__}: {err})")
    return Built(replace(article, actors=found.actors, quotes=found.quotes), digest)


@dataclass(frozen=True)
class Prepared:
    """One file, ready for the index writer: its Whoosh fields (already encoded), or why it
    was skipped; the names of its people for corpus-wide identities."""

    rel_path: str
    digest: str
    document: dict | None = None
    skipped: str | None = None
    warning: str | None = None
    people: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()  # its vocabulary, for suggestions


def prepare(src: SourceFile) -> Prepared:
    built = build_article(src)
    if isinstance(built.result, SkippedFile):
        return Prepared(src.rel_path, built.digest, skipped=built.result.reason)
    article = built.result
    return Prepared(
        src.rel_path,
        built.digest,
        document=index_document(article),
        warning=built.warning,
        people=tuple(a.name for a in article.actors if a.kind == "person"),
        words=words_of(article.text),
    )


def _prepare_batch(batch: Sequence[SourceFile]) -> list[Prepared]:
    return [prepare(src) for src in batch]


def worker_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def prepare_all(sources: Sequence[SourceFile], workers: int | None = None) -> Iterator[Prepared]:
    """``prepare`` every source, in order; in worker processes when there are many."""
    workers = worker_count() if workers is None else workers
    if workers < 2 or len(sources) < PARALLEL_MIN_FILES:
        yield from map(prepare, sources)
        return
    done = 0
    try:
        for prepared in _prepare_in_workers(sources, workers):
            done += 1
            yield prepared
    except (BrokenProcessPool, OSError, ValueError):
        # Workers could not start or died (no /dev/shm, a __main__ that cannot be re-imported,
        # a worker killed by the OOM killer, a host that replaced sys.stderr with an object
        # without a real file descriptor, as Textual does): finish in this process instead.
        yield from map(prepare, sources[done:])


def _prepare_in_workers(sources: Sequence[SourceFile], workers: int) -> Iterator[Prepared]:
    batches = [sources[i : i + FILES_PER_TASK] for i in range(0, len(sources), FILES_PER_TASK)]
    # spawn, not fork: the reader calls this from a thread, and forking a threaded process
    # can deadlock on locks held by other threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        todo = iter(batches)
        pending = deque(
            pool.submit(_prepare_batch, batch)
            for batch in itertools.islice(todo, workers * TASKS_IN_FLIGHT_PER_WORKER)
        )
        while pending:
            results = pending.popleft().result()
            next_batch = next(todo, None)
            if next_batch is not None:
                pending.append(pool.submit(_prepare_batch, next_batch))
            yield from results
