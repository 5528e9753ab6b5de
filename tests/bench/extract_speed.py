"""Benchmark: articles per second for index.extract.extract on ~5 KB articles.

Not a test (pytest does not collect this folder's file name).  Run:

    python tests/bench/extract_speed.py [--runs 7] [--articles 200] [--cold | --warm] [--installed]

--installed times the installed package (``pip install .`` compiles the extractor with mypyc)
instead of the source tree's Python files.  Each run is a first pass over the articles, as when
indexing a corpus: the cross-article caches (word classes, name plans) are cleared before it
and fill as it goes.  --cold clears them before every article; --warm keeps them from run to
run, so that every article has been seen before (an upper bound).

Times are CPU time of this process (the target is per core; other load on the machine
stretches wall time, not this).  Articles are the seeds and the held-out-style fixtures, each cut or repeated to about
5 KB of clean text, built once (parsing is not timed).  Prints the median of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# --installed measures the copy pip installed (compiled by mypyc unless editable); by default
# the source tree's Python files
if "--installed" not in sys.argv:
    sys.path.insert(0, str(ROOT))
else:
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() not in (ROOT, ROOT / "tests" / "bench")]

import index.extract.entities  # noqa: E402
from index.extract import clear_caches, extract  # noqa: E402
from index.extract.testing import fallback_article, make_article  # noqa: E402

COMPILED = not index.extract.entities.__file__.endswith(".py")


def corpus(n: int) -> list:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/extract/heldout").glob("*.txt"))]
    arts = []
    for i in range(n):
        raw = texts[i % len(texts)]
        art = make_article(raw, f"a{i}", f"a{i}.txt")
        # bring the clean text to about 5 KB: repeat short articles' body, cut long ones
        body = art.text
        if len(body) < 5000:
            reps = 5000 // max(1, len(body)) + 1
            raw2 = "\n\n".join([art.text] * reps)[:5200]
            raw2 = raw2[: raw2.rfind("\n\n")] if "\n\n" in raw2[4000:] else raw2
            art = fallback_article(raw2, f"a{i}", f"a{i}.txt")
        arts.append(art)
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--installed", action="store_true",
                    help="time the installed package instead of the source tree")
    ap.add_argument("--cold", action="store_true",
                    help="clear the cross-article caches before every article (a corpus of strangers)")
    ap.add_argument("--warm", action="store_true",
                    help="keep the caches from run to run (every article seen before: optimistic)")
    args = ap.parse_args()
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
    print(f"extractor: {'compiled (mypyc)' if COMPILED else 'pure Python'} from {Path(index.extract.__file__).parent}")
    print(f"{len(arts)} articles, mean clean text {size:.0f} chars, {args.runs} runs"
          + (", caches cleared before every article" if args.cold
             else ", caches kept from earlier runs" if args.warm
             else ", caches cleared before each run (a first pass over the corpus)"))
    print(f"median {med:.0f} articles/s ({1000 / med:.2f} ms/article); min {min(rates):.0f}, max {max(rates):.0f}")


if __name__ == "__main__":
    main()
