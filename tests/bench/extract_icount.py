"""Instructions per article for index.extract.extract, counted by valgrind (callgrind).

Not a test (pytest does not collect this folder's file name).  Run:

    python tests/bench/extract_icount.py [--articles 100] [--installed | --source]

Timings on a shared machine drift by a third within an hour; an instruction count does not
(the same code and input give the same count, whatever else the machine runs), so it is the
figure to steer a speed change by.  Two runs under callgrind, one extracting the benchmark's
first N articles and one extracting none (both build the same N), are subtracted: start-up,
imports and building the articles cancel out.  Each run warms the lexicon on 10 articles, then
clears the cross-article caches, so the count is a first pass over unseen articles (as
``extract_speed.py`` times by default).  Like that script, it counts the installed copy when
it is compiled, else the source tree (--installed or --source to choose).  Needs valgrind
(``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _worker(n: int, size: int, which: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import extract_speed  # noqa: E402

    extract_speed.use_copy(which)
    from index.extract import clear_caches, extract

    arts = extract_speed.corpus(size)  # built alike in both runs, so that it cancels out
    for a in arts[:10]:
        extract(a)
    clear_caches()
    for a in arts[:n]:
        extract(a)


def _count(n: int, size: int, which: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
               sys.executable, __file__, "--worker", str(n), "--articles", str(size),
               "--copy", which]
        done = subprocess.run(cmd, capture_output=True, text=True)
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            sys.exit(f"valgrind run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
        return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100)
    copy = ap.add_mutually_exclusive_group()
    copy.add_argument("--installed", action="store_true",
                      help="count the installed package (the default when it is compiled)")
    copy.add_argument("--source", action="store_true", help="count the source tree's Python files")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--copy", default="default", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        _worker(args.worker, args.articles, args.copy)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import extract_speed

    which = "installed" if args.installed else "source" if args.source else "default"
    print(f"extractor: {extract_speed.use_copy(which)}")
    base = _count(0, args.articles, which)
    total = _count(args.articles, args.articles, which)
    print(f"{(total - base) / args.articles / 1e6:.2f}M instructions per article "
          f"({args.articles} articles, first pass, caches cleared after warming)")

if __name__ == "__main__":
    main()
