"""Paired speed comparison of two checkouts' ``extract``, article by article, in one process.

Not a test (pytest does not collect tests/bench).  On a machine shared with other work,
two separate runs of ``extract_speed.py`` differ by 10-20% from load alone; here the
base and the new extractor take turns on every article, so both see the same load and
the ratio is stable to a few percent.  Run from the checkout under test:

    PYTHONPATH=$PWD python tests/bench/extract_ab.py BASE_CHECKOUT [--gen DIR] [--cold] [--runs 7]

The base checkout's ``index`` package is copied to a temporary folder as ``index_base``
(its imports are relative), and each side parses its own articles with its own model
classes.  Articles: the speed benchmark's 5 KB articles, or the first 300 files of a
generated corpus (``--gen``, made by ``tests/bench/corpus_gen.py``).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests/bench"))


def _articles(pkg: str, gen: Path | None) -> list:
    testing = importlib.import_module(f"{pkg}.extract.testing")
    if gen is not None:
        ingest = importlib.import_module(f"{pkg}.ingest")
        files = sorted(gen.rglob("*.txt"))[:300]
        return [ingest.parse_article(str(p), str(p), p.read_text(encoding="utf-8")) for p in files]
    import extract_speed

    return extract_speed.corpus(200, testing)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path, help="the checkout to compare against")
    ap.add_argument("--gen", type=Path, default=None)
    ap.add_argument("--cold", action="store_true", help="clear both sides' caches before every article")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="extract_ab_"))
    shutil.copytree(args.base / "index", tmp / "index_base", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(tmp))
    try:
        base = importlib.import_module("index_base.extract")
        new = importlib.import_module("index.extract")
        arts_b, arts_n = _articles("index_base", args.gen), _articles("index", args.gen)
        for a in arts_b:
            base.extract(a)
        for a in arts_n:
            new.extract(a)
        clock = time.perf_counter
        tb: list[float] = []
        tn: list[float] = []
        for _ in range(args.runs):
            sb = sn = 0.0
            for a, b in zip(arts_b, arts_n):
                if args.cold:
                    base.clear_caches()
                    new.clear_caches()
                t0 = clock()
                base.extract(a)
                t1 = clock()
                new.extract(b)
                t2 = clock()
                sb += t1 - t0
                sn += t2 - t1
            tb.append(sb / len(arts_b) * 1000)
            tn.append(sn / len(arts_n) * 1000)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ratios = [b / n for b, n in zip(tb, tn)]
    what = f"{len(arts_n)} {'generated' if args.gen else 'benchmark'} articles, {args.runs} runs"
    print(what + (", cold caches" if args.cold else ", warm caches"))
    print(f"base median {statistics.median(tb):.2f} ms/article, new median {statistics.median(tn):.2f} ms/article; "
          f"speed-up median {statistics.median(ratios):.3f}x (per run {min(ratios):.3f}-{max(ratios):.3f})")


if __name__ == "__main__":
    main()
