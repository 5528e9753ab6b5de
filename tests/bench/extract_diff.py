"""Differential check for the extractor: does a change leave every output unchanged?

Not a test (pytest does not collect tests/bench).  Run from the checkout under test:

    PYTHONPATH=$PWD python tests/bench/extract_diff.py record BASELINE.pkl [--gen DIR]
    PYTHONPATH=$PWD python tests/bench/extract_diff.py compare BASELINE.pkl [--gen DIR]

The articles: the seeds, the held-out fixtures, a generated corpus (``--gen``, made by
``tests/bench/corpus_gen.py DIR --n 2000``; created in a temporary folder when missing) and
the speed benchmark's 5 KB articles.  Each file is parsed the way the pipeline parses it
(``parse_article``) and also with the fallback parser (every line BODY, no line kinds), so
both paragraph paths are covered.  Every article is extracted twice: in order with the
cross-article caches warm, and again with the caches cleared before each article.

Recorded per article: every field of every actor and quote, plus the rejected spans and
the rule and cue of each attribution decision (``analyze``), so that a change in the
sieve shows even when it does not reach the final output.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
import time
from dataclasses import astuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from index.extract import analyze, clear_caches  # noqa: E402
from index.extract.testing import fallback_article  # noqa: E402
from index.ingest import parse_article  # noqa: E402
from index.ingest.source import read_source  # noqa: E402


def _articles(gen: Path) -> list[tuple[str, object]]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests/fixtures/extract/heldout").glob("*.txt"))
    files += sorted(gen.rglob("*.txt"))
    out = []
    for p in files:
        text, encoding = read_source(p)
        # named relative to the checkout, so that two checkouts compare
        rel = str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
        out.append(("parsed:" + rel, parse_article(rel, rel, text, encoding=encoding)))
        out.append(("fallback:" + rel, fallback_article(text, rel, rel)))
    sys.path.insert(0, str(ROOT / "tests/bench"))
    from extract_speed import corpus

    for i, art in enumerate(corpus(200)):
        out.append((f"bench:{i}", art))
    return out


def _result(article) -> tuple:
    ex, rejected, decisions = analyze(article)
    return (
        tuple(astuple(a) for a in ex.actors),
        tuple(astuple(q) for q in ex.quotes),
        tuple((r.text, r.start, r.reason) for r in rejected),
        tuple((d.span.start, d.span.end, d.rule, d.cue, d.label,
               None if d.speaker is None else (d.speaker.name, d.speaker.kind, d.speaker.category))
              for d in decisions),
    )


def run(gen: Path) -> dict[str, dict[str, tuple]]:
    arts = _articles(gen)
    warm: dict[str, tuple] = {}
    cold: dict[str, tuple] = {}
    t0 = time.perf_counter()
    clear_caches()
    for key, art in arts:
        warm[key] = _result(art)
    for key, art in arts:
        clear_caches()
        cold[key] = _result(art)
    print(f"{len(arts)} articles, extracted warm and cold in {time.perf_counter() - t0:.1f} s")
    return {"warm": warm, "cold": cold}


_PARTS = ("actors", "quotes", "rejected", "decisions")


def compare(old: dict, new: dict) -> int:
    diffs = 0
    for mode in ("warm", "cold"):
        o, n = old[mode], new[mode]
        for key in sorted(set(o) | set(n)):
            if key not in o or key not in n:
                print(f"[{mode}] {key}: only in {'new' if key in n else 'baseline'}")
                diffs += 1
                continue
            if o[key] == n[key]:
                continue
            for name, a, b in zip(_PARTS, o[key], n[key]):
                if a == b:
                    continue
                diffs += 1
                print(f"[{mode}] {key} {name}:")
                for x in a:
                    if x not in b:
                        print(f"    - {x}")
                for x in b:
                    if x not in a:
                        print(f"    + {x}")
                if set(a) == set(b):
                    print("    (same items, different order)")
    n_arts = len(new["warm"])
    print(f"compared {n_arts} articles x 2 cache modes: {diffs} difference(s)")
    return diffs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("record", "compare"))
    ap.add_argument("baseline", type=Path)
    ap.add_argument("--gen", type=Path, default=None, help="generated corpus folder (2,000 articles)")
    args = ap.parse_args()
    gen = args.gen
    if gen is None:
        gen = Path(tempfile.gettempdir()) / "extract_diff_corpus"
    if not gen.exists():
        subprocess.run([sys.executable, str(ROOT / "tests/bench/corpus_gen.py"), str(gen), "--n", "2000"], check=True)
    results = run(gen)
    if args.mode == "record":
        args.baseline.write_bytes(pickle.dumps(results))
        print(f"baseline written to {args.baseline}")
        return
    old = pickle.loads(args.baseline.read_bytes())
    sys.exit(1 if compare(old, results) else 0)


if __name__ == "__main__":
    main()
