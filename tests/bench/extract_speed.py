"""Benchmark: articles per second for index.extract.extract on ~5 KB articles.

Not a test (pytest does not collect this folder's file name).  Run:

    python tests/bench/extract_speed.py [--runs 7] [--articles 200] [--cold | --warm]
                                        [--installed | --source]

By default it times the extractor ``briefing`` runs: the installed copy, which ``pip install .``
compiles with mypyc, when one is installed; else the source tree's Python files, with a note
saying so.  --installed insists on the installed copy, --source times the source tree's Python
files (as an editable install runs them).  Each run is a first pass over the articles, as when
indexing a corpus: the cross-article caches (word classes, name plans) are cleared before it
and fill as it goes.  --cold clears them before every article; --warm keeps them from run to
run, so that every article has been seen before (an upper bound).

Times are CPU time of this process (the target is per core; other load on the machine
stretches wall time, not this).  Articles are the seeds and the held-out-style fixtures, each
cut or repeated to about 5 KB of clean text, built once (parsing is not timed).  Prints the
median of the runs.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
_EXTRACT_SOURCES = sorted(p.name for p in (ROOT / "index/extract").glob("*.py"))


def use_copy(which: str) -> str:
    """Put the chosen copy of ``index`` first on ``sys.path`` ("installed", "source" or
    "default": the installed copy if it is compiled, else the source tree) and say which
    it is, with a warning when the installed copy's sources differ from this checkout's."""
    here = (ROOT, ROOT / "tests" / "bench")
    outside = [p for p in sys.path if Path(p or ".").resolve() not in here]
    spec = importlib.machinery.PathFinder.find_spec("index", outside)
    installed = Path(spec.origin).parent if spec is not None and spec.origin else None
    compiled = installed is not None and any((installed / "extract").glob("entities.*.*"))
    if which == "installed" and installed is None:
        sys.exit("no installed copy of briefing: run `python -m pip install .` first, "
                 "or use --source")
    if which == "source" or (which == "default" and not compiled):
        sys.path.insert(0, str(ROOT))
        note = "" if which == "source" else (
            " (no compiled copy installed: `python -m pip install .` builds one)")
        return f"pure Python, the source tree {ROOT / 'index/extract'}{note}"
    sys.path[:] = outside
    assert installed is not None
    ours, theirs = ROOT / "index/extract", installed / "extract"
    stale = [name for name in _EXTRACT_SOURCES
             if not (theirs / name).is_file()
             or (theirs / name).read_bytes() != (ours / name).read_bytes()]
    kind = "compiled (mypyc)" if compiled else "pure Python"
    warning = (f"\nwarning: the installed copy differs from this checkout in {', '.join(stale)}: "
               "reinstall (`python -m pip install .`) to time your changes") if stale else ""
    return f"{kind}, installed in {installed / 'extract'}{warning}"


def corpus(n: int, testing: ModuleType | None = None) -> list:
    """The benchmark's ``n`` articles of about 5 KB, built with ``testing`` (a copy of
    ``index.extract.testing``; by default the one ``use_copy`` put first)."""
    if testing is None:
        from index.extract import testing
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/extract/heldout").glob("*.txt"))]
    arts = []
    for i in range(n):
        raw = texts[i % len(texts)]
        art = testing.make_article(raw, f"a{i}", f"a{i}.txt")
        # bring the clean text to about 5 KB: repeat short articles' body, cut long ones
        body = art.text
        if len(body) < 5000:
            reps = 5000 // max(1, len(body)) + 1
            raw2 = "\n\n".join([art.text] * reps)[:5200]
            raw2 = raw2[: raw2.rfind("\n\n")] if "\n\n" in raw2[4000:] else raw2
            art = testing.fallback_article(raw2, f"a{i}", f"a{i}.txt")
        arts.append(art)
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=200)
    copy = ap.add_mutually_exclusive_group()
    copy.add_argument("--installed", action="store_true",
                      help="time the installed package (the default when it is compiled)")
    copy.add_argument("--source", action="store_true",
                      help="time the source tree's Python files")
    ap.add_argument("--cold", action="store_true",
                    help="clear the cross-article caches before every article (a corpus of strangers)")
    ap.add_argument("--warm", action="store_true",
                    help="keep the caches from run to run (every article seen before: optimistic)")
    args = ap.parse_args()
    which = use_copy("installed" if args.installed else "source" if args.source else "default")
    from index.extract import clear_caches, extract

    arts = corpus(args.articles)
    size = statistics.mean(len(a.text) for a in arts)
    for a in arts[:20]:
        extract(a)  # warm caches
    rates = []
    for _ in range(args.runs):
        dt = 0.0
        if not args.warm:
            clear_caches()  # each run is a first pass over a corpus, as when indexing one
        for a in arts:
            if args.cold:
                clear_caches()
            t0 = time.process_time()
            extract(a)
            dt += time.process_time() - t0
        rates.append(len(arts) / dt)
    med = statistics.median(rates)
    print(f"extractor: {which}")
    print(f"{len(arts)} articles, mean clean text {size:.0f} chars, {args.runs} runs"
          + (", caches cleared before every article" if args.cold
             else ", caches kept from earlier runs" if args.warm
             else ", caches cleared before each run (a first pass over the corpus)"))
    print(f"median {med:.0f} articles/s ({1000 / med:.2f} ms/article); min {min(rates):.0f}, max {max(rates):.0f}")


if __name__ == "__main__":
    main()
