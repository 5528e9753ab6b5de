"""Benchmark: articles per second for index.ingest.parse_article.

Not a test (pytest does not collect this folder). Run:

    python tests/bench/ingest_speed.py [--runs 7] [--articles 1000]
    python tests/bench/ingest_speed.py --against /path/to/other/checkout [--runs 10]

Articles are the seeds plus N generated ones (``corpus_gen.py``, 2-8 KB each, written once
under /tmp), decoded once with read_source (not timed). Each run parses all of them in
process; prints the median of the runs, in wall time and in CPU time of the process (on a
shared machine the CPU time moves less with the other processes' load).

``--against`` compares two checkouts on a busy machine: each gets a worker process (with
its own ``index`` on sys.path), and the two take turns, one full pass each, so that both
see the same load; prints both medians and the median of the per-turn ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def corpus(n: int) -> list[tuple[str, str, str]]:
    """``(id, text, encoding)`` of the seeds and ``n`` generated articles."""
    from index.ingest import read_source
    from tests.bench.corpus_gen import generate

    out_dir = Path(f"/tmp/ingest-bench-corpus-{n}")
    if not out_dir.exists():
        generate(out_dir, n)
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(out_dir.rglob("*.txt"))
    out = []
    for path in files:
        text, encoding = read_source(path)
        out.append((path.name, text, encoding))
    return out


def _pass(docs) -> tuple[float, float]:
    """One timed pass: (wall, cpu) seconds per article."""
    from index.ingest import parse_article

    wall0, cpu0 = time.perf_counter(), time.process_time()
    for key, text, encoding in docs:
        parse_article(key, key, text, encoding=encoding)
    return (time.perf_counter() - wall0) / len(docs), (time.process_time() - cpu0) / len(docs)


def _worker(n: int) -> None:
    """Serve timed passes on request (one line on stdin each), for --against."""
    docs = corpus(n)
    _pass(docs)  # warm: lazy imports, the language model
    print("ready", flush=True)
    for _ in sys.stdin:
        print(*_pass(docs), flush=True)


def _start(root: Path, n: int) -> subprocess.Popen:
    """A worker running this script with ``root``'s ``index`` (the other checkout may not
    have this script)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen(
        [sys.executable, __file__, "--worker", str(root), "--articles", str(n)],
        cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"worker for {root} did not start")
    return proc


def _against(other: Path, runs: int, n: int) -> None:
    procs = {"this": _start(ROOT, n), "other": _start(other, n)}
    times: dict[str, list[tuple[float, float]]] = {"this": [], "other": []}
    for turn in range(runs):
        order = ("this", "other") if turn % 2 == 0 else ("other", "this")
        for name in order:
            procs[name].stdin.write("go\n")
            procs[name].stdin.flush()
            wall, cpu = map(float, procs[name].stdout.readline().split())
            times[name].append((wall, cpu))
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    print(f"{n + 5} articles, {runs} alternating passes each; this = {ROOT}, other = {other}")
    for name in ("other", "this"):
        wall = statistics.median(t[0] for t in times[name]) * 1000
        cpu = statistics.median(t[1] for t in times[name]) * 1000
        print(f"{name:5s}: median {1000 / wall:.0f} articles/s ({wall:.3f} ms/article wall), "
              f"{cpu:.3f} ms/article CPU")
    for i, label in ((0, "wall"), (1, "CPU")):
        ratio = statistics.median(o[i] / t[i] for o, t in zip(times["other"], times["this"]))
        print(f"speed-up this vs other ({label}): median of per-turn ratios {ratio:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--against", type=Path, help="another checkout to compare with, turn by turn")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        sys.path.insert(0, str(args.worker))  # that checkout's index, ahead of this one's
        _worker(args.articles)
        return
    if args.against:
        _against(args.against.resolve(), args.runs, args.articles)
        return
    docs = corpus(args.articles)
    size = statistics.mean(len(t) for _, t, _ in docs)
    _pass(docs)  # warm: lazy imports, the language model
    walls, cpus = [], []
    for _ in range(args.runs):
        wall, cpu = _pass(docs)
        walls.append(wall)
        cpus.append(cpu)
    med = 1 / statistics.median(walls)
    print(f"{len(docs)} articles, mean {size:.0f} chars, {args.runs} runs")
    print(f"median {med:.0f} articles/s ({1000 / med:.2f} ms/article); "
          f"min {1 / max(walls):.0f}, max {1 / min(walls):.0f}; "
          f"CPU {statistics.median(cpus) * 1000:.2f} ms/article")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
