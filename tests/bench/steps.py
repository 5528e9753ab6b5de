"""One measured step per process, so that each step's peak RSS is its own.

    python tests/bench/steps.py STEP --corpus DIR --index DIR [...]

Prints one JSON object on stdout. Steps: build, bare, reopen, update, search, fts5, rg.
Run by tests/bench/run.py; usable alone to re-measure one step.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

try:
    import psutil
except ImportError:  # the peak is then ru_maxrss alone (largest single process)
    psutil = None

# The reader's queries: terms, phrases, boolean, prefix, field queries. The FTS5 form is the
# nearest equivalent (its table has no title/source/author/date columns: the raw file is one
# body column, as a user dumping files into SQLite would have it).
QUERIES: list[tuple[str, str]] = [
    ("russia", "russia"),
    ("rudenko", "rudenko"),
    ("summit", "summit"),
    ("denuclearization", "denuclearization"),
    ("lavrov pyongyang", "lavrov pyongyang"),
    ('"trilateral summit"', '"trilateral summit"'),
    ('"foreign minister"', '"foreign minister"'),
    ("russia AND china NOT japan", "russia AND china NOT japan"),
    ("(lavrov OR wang) AND pyongyang", "(lavrov OR wang) AND pyongyang"),
    ("rudenk*", "rudenk*"),
    ("diplom*", "diplom*"),
    ("title:thaw", "thaw"),
    ("source:hankyoreh", "hankyoreh"),
    ("date:2023*", "2023*"),
    ("petrov", "petrov"),  # a varied name: rarer than the seeds' own
]
# Single words for ripgrep (it has no phrases, stems or fields).
RG_TERMS = ["russia", "rudenko", "summit", "denuclearization", "petrov", "trilateral summit"]


class PeakRSS:
    """Peak resident memory of this process and its children: psutil samples every 20 ms
    (the sum over the process tree, which is what a parallel build costs), and ru_maxrss
    (the largest single process) as a floor."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = None
        if psutil is not None:
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                total = me.memory_info().rss
                for child in me.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.02)

    def stop(self) -> float:
        self._stop.set()
        if self._thread:
            self._thread.join()
        ru = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) * 1024
        return round(max(self.peak, ru) / 2**20, 1)


def rss_now_mb() -> float:
    with open("/proc/self/statm") as f:
        return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def dir_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def ms(x: float) -> float:
    return round(x * 1000, 2)


# -- steps ------------------------------------------------------------------------------------


def step_build(a) -> dict:
    rss = PeakRSS()
    from index import Corpus

    shutil.rmtree(a.index, ignore_errors=True)
    t0 = time.perf_counter()
    corpus = Corpus.open(a.corpus, a.index, rebuild=True)
    wall = time.perf_counter() - t0
    n = corpus.article_count()
    corpus.close()
    return {"articles": n, "wall_s": round(wall, 2), "articles_per_s": round(n / wall, 1),
            "peak_rss_mb": rss.stop(), "index_mb": dir_mb(Path(a.index)),
            "warnings": len(corpus.report.warnings), "skipped": len(corpus.report.skipped)}


def step_bare(a) -> dict:
    """The same files into a bare Whoosh writer with briefing's schema: no cleaning, no
    extraction, no stored blobs; the floor that Whoosh itself sets."""
    rss = PeakRSS()
    from whoosh import index as whoosh_index

    from index.schema import build_schema

    shutil.rmtree(a.index, ignore_errors=True)
    Path(a.index).mkdir(parents=True)
    t0 = time.perf_counter()
    ix = whoosh_index.create_in(a.index, build_schema())
    writer = ix.writer()
    root = Path(a.corpus)
    n = 0
    for path in sorted(root.rglob("*.txt")):
        text = path.read_text("utf-8", errors="replace")
        rel = path.relative_to(root).as_posix()
        title = next((ln.strip() for ln in text.splitlines() if len(ln.strip()) > 20), "")
        writer.add_document(id=rel, path=rel, title=title, body=text)
        n += 1
    writer.commit()
    wall = time.perf_counter() - t0
    return {"articles": n, "wall_s": round(wall, 2), "articles_per_s": round(n / wall, 1),
            "peak_rss_mb": rss.stop(), "index_mb": dir_mb(Path(a.index))}


def step_reopen(a) -> dict:
    """Corpus.open on an index with nothing changed; the open itself, after imports."""
    t_start = time.perf_counter()
    from index import Corpus

    imported = time.perf_counter() - t_start
    times, reports = [], []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        corpus = Corpus.open(a.corpus, a.index)
        times.append(time.perf_counter() - t0)
        r = corpus.report
        corpus.close()
        # Nothing changed on disk, so anything but "all unchanged" is the library's doing.
        reports.append({"rebuilt": r.rebuilt, "added": len(r.added), "changed": len(r.changed),
                        "removed": len(r.removed), "unchanged": r.unchanged,
                        "examples": list((r.added or r.changed)[:3])})
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
            "first_s": round(times[0], 3), "import_s": round(imported, 3), "runs": len(times),
            "reports": reports}


def step_update(a) -> dict:
    """Change ``--changes`` files (a sentence appended), then time Corpus.open re-indexing
    them. Each repeat changes the files again."""
    from index import Corpus

    files = sorted(Path(a.corpus).rglob("*.txt"))
    step = max(1, len(files) // a.changes)
    chosen = files[::step][: a.changes]
    Corpus.open(a.corpus, a.index).close()  # start from an up-to-date index
    times, changed = [], 0
    for r in range(a.repeat):
        for i, path in enumerate(chosen):
            with path.open("a", encoding="utf-8") as f:
                f.write(f"\nA spokesperson said on day {r}-{i}, \"We will keep talking.\"\n")
        t0 = time.perf_counter()
        corpus = Corpus.open(a.corpus, a.index)
        times.append(time.perf_counter() - t0)
        changed = len(corpus.report.changed)
        corpus.close()
    return {"changes": a.changes, "reindexed": changed, "median_s": round(statistics.median(times), 3),
            "min_s": round(min(times), 3), "runs": len(times)}


def step_search(a) -> dict:
    from index import Corpus

    corpus = Corpus(a.corpus, a.index)
    corpus.article_count()  # open the searcher
    for q, _ in QUERIES:  # warm: first-use costs (parser, caches) are not per-query costs
        corpus.search(q, limit=20)
    per_query: dict[str, list[float]] = {q: [] for q, _ in QUERIES}
    totals: dict[str, int] = {}
    for _ in range(a.repeat):
        for q, _ in QUERIES:
            t0 = time.perf_counter()
            result = corpus.search(q, limit=20)
            per_query[q].append(time.perf_counter() - t0)
            totals[q] = result.total
    every = [t for ts in per_query.values() for t in ts]
    return {"p50_ms": ms(pct(every, 0.5)), "p95_ms": ms(pct(every, 0.95)), "max_ms": ms(max(every)),
            "queries": len(QUERIES), "rounds": a.repeat, "rss_mb": rss_now_mb(),
            "per_query": {q: {"median_ms": ms(statistics.median(ts)), "hits": totals[q]}
                          for q, ts in per_query.items()}}


def step_fts5(a) -> dict:
    """SQLite FTS5 over the same raw files: build, then the same queries with snippet()."""
    rss = PeakRSS()
    db = Path(a.index) / "fts5.db"
    shutil.rmtree(a.index, ignore_errors=True)
    Path(a.index).mkdir(parents=True)
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, "
                "tokenize='porter unicode61 remove_diacritics 2')")
    root = Path(a.corpus)
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT INTO docs(path, body) VALUES (?, ?)", (
            (p.relative_to(root).as_posix(), p.read_text("utf-8", errors="replace"))
            for p in sorted(root.rglob("*.txt"))))
    build = time.perf_counter() - t0
    n = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    sql = ("SELECT path, snippet(docs, 1, '[', ']', '…', 32) FROM docs WHERE docs MATCH ? "
           "ORDER BY rank LIMIT 20")
    for _, fq in QUERIES:
        con.execute(sql, (fq,)).fetchall()
    every = []
    for _ in range(a.repeat):
        for _, fq in QUERIES:
            t0 = time.perf_counter()
            con.execute(sql, (fq,)).fetchall()
            every.append(time.perf_counter() - t0)
    con.close()
    return {"articles": n, "build_s": round(build, 2), "build_articles_per_s": round(n / build, 1),
            "db_mb": round(db.stat().st_size / 2**20, 1), "peak_rss_mb": rss.stop(),
            "p50_ms": ms(pct(every, 0.5)), "p95_ms": ms(pct(every, 0.95)),
            "sqlite": sqlite3.sqlite_version}


def step_rg(a) -> dict:
    """``rg -i -l TERM`` over the corpus folder, per term, median of ``--repeat`` runs."""
    rg = shutil.which("rg")
    if rg is None:
        return {"skipped": "ripgrep not installed (apt-get install ripgrep)"}
    per_term, every = {}, []
    for term in RG_TERMS:
        subprocess.run([rg, "-i", "-l", term, a.corpus], capture_output=True)  # warm cache
        ts, files = [], 0
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            out = subprocess.run([rg, "-i", "-l", term, a.corpus], capture_output=True)
            ts.append(time.perf_counter() - t0)
            files = len(out.stdout.splitlines())
        per_term[term] = {"median_ms": ms(statistics.median(ts)), "files": files}
        every.extend(ts)
    return {"median_ms": ms(statistics.median(every)), "p95_ms": ms(pct(every, 0.95)),
            "per_term": per_term}


STEPS = {"build": step_build, "bare": step_bare, "reopen": step_reopen, "update": step_update,
         "search": step_search, "fts5": step_fts5, "rg": step_rg}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=sorted(STEPS))
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--index", default="")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--changes", type=int, default=1)
    a = ap.parse_args()
    print(json.dumps(STEPS[a.step](a)))


if __name__ == "__main__":
    main()
