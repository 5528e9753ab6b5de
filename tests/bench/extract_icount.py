"""Instructions per article for index.extract.extract, counted by valgrind (callgrind).

Not a test (pytest does not collect this folder's file name).  Run:

    python tests/bench/extract_icount.py [--articles 100] [--installed]

Timings on a shared machine drift by a third within an hour; an instruction count does not
(the same code and input give the same count, whatever else the machine runs), so it is the
figure to steer a speed change by.  Two runs under callgrind, one extracting the benchmark's
first N articles and one extracting none (both build the same N), are subtracted: start-up,
imports and building the articles cancel out.  Each run warms the lexicon on 10 articles, then clears the
cross-article caches, so the count is a first pass over unseen articles (as
``extract_speed.py`` times by default).  Needs valgrind (``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _worker(n: int, size: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import extract_speed  # noqa: E402  (also picks the source tree or the installed copy)

    from index.extract import clear_caches, extract

    arts = extract_speed.corpus(size)  # built alike in both runs, so that it cancels out
    for a in arts[:10]:
        extract(a)
    clear_caches()
    for a in arts[:n]:
        extract(a)


def _count(n: int, size: int, installed: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
               sys.executable, __file__, "--worker", str(n), "--articles", str(size)]
        cmd += ["--installed"] if installed else []
        done = subprocess.run(cmd, capture_output=True, text=True)
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            sys.exit(f"valgrind run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
        return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--installed", action="store_true",
                    help="count the installed package (compiled by mypyc) instead of the source tree")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        _worker(args.worker, args.articles)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    base = _count(0, args.articles, args.installed)
    total = _count(args.articles, args.articles, args.installed)
    print(f"{'installed (compiled)' if args.installed else 'source tree'}: "
          f"{(total - base) / args.articles / 1e6:.2f}M instructions per article "
          f"({args.articles} articles, first pass, caches cleared after warming)")


if __name__ == "__main__":
    main()
