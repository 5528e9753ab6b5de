"""Benchmark: articles per second for index.ingest.parse_article.

Not a test (pytest does not collect this folder). Run:

    python tests/bench/ingest_speed.py [--runs 7] [--articles 1000]

Articles are the seeds plus N generated ones (``corpus_gen.py``, 2-8 KB each, written once
under /tmp), decoded once with read_source (not timed). Each run parses all of them in
process; prints the median of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from index.ingest import parse_article, read_source  # noqa: E402
from tests.bench.corpus_gen import generate  # noqa: E402


def corpus(n: int) -> list[tuple[str, str, str]]:
    """``(id, text, encoding)`` of the seeds and ``n`` generated articles."""
    out_dir = Path(f"/tmp/ingest-bench-corpus-{n}")
    if not out_dir.exists():
        generate(out_dir, n)
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(out_dir.rglob("*.txt"))
    out = []
    for path in files:
        text, encoding = read_source(path)
        out.append((path.name, text, encoding))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    docs = corpus(args.articles)
    size = statistics.mean(len(t) for _, t, _ in docs)
    for key, text, encoding in docs[:20]:
        parse_article(key, key, text, encoding=encoding)  # warm: lazy imports, language model
    rates = []
    for _ in range(args.runs):
        dt = 0.0
        for key, text, encoding in docs:
            t0 = time.perf_counter()
            parse_article(key, key, text, encoding=encoding)
            dt += time.perf_counter() - t0
        rates.append(len(docs) / dt)
    med = statistics.median(rates)
    print(f"{len(docs)} articles, mean {size:.0f} chars, {args.runs} runs")
    print(f"median {med:.0f} articles/s ({1000 / med:.2f} ms/article); min {min(rates):.0f}, max {max(rates):.0f}")


if __name__ == "__main__":
    main()
