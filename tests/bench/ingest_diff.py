"""Differential check: does ``read_source`` + ``parse_article`` still give the same Articles?

Not a test (pytest does not collect this folder). Record a baseline with the code as it is,
change the code, then compare:

    python tests/bench/ingest_diff.py record /tmp/ingest-baseline.pickle [--n 2000]
    python tests/bench/ingest_diff.py compare /tmp/ingest-baseline.pickle [--n 2000]

Inputs: the seeds, every article file under ``tests/fixtures`` (.txt .md .html .htm),
N generated articles (``corpus_gen.py``, written once under /tmp) and as many mutants:
lines of those texts dropped, repeated, swapped, re-cased, stripped of their full stop,
bulleted, or mixed with lines of chrome shapes, so that the classifier's rarer branches
are reached too. Every field of every Article is compared, line kinds and offsets included.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from dataclasses import astuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from index.ingest import discover, is_html_file, parse_article, read_source  # noqa: E402
from index.ingest.source import UnreadableFile  # noqa: E402
from tests.bench.corpus_gen import generate  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_ingest_property import SHAPES as CLEANER_SHAPES  # noqa: E402

# The property test's lines in the shapes the cleaner reacts to, plus more page chrome,
# captions and other languages.
SHAPES = [
    *CLEANER_SHAPES,
    "Updated 3 hours ago",
    "Justin McCurry in Tokyo",
    "Copyright 2023 Example News. All rights reserved.",
    "Home > World > Asia",
    "Related: Seoul and Tokyo agree on a new deal",
    "Sign up for our newsletter to get the latest news in your inbox",
    "Officials pose for a photo, second from left, at the summit. AP Photo/Jane Doe",
    "사진=연합뉴스",
    "12 comments",
    "5 min read",
    "https://www.example.com/news/123",
    "The Korea Times",
    "June 19, 2024 4:12 AM",
    "02/10/2023",
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir l'économie.",
    "Die Regierung hat am Dienstag neue Maßnahmen zur Unterstützung der Wirtschaft angekündigt.",
    "政府は火曜日、経済を支える新たな対策を発表した。",
]


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        r = rng.random()
        if r < 0.05:
            continue  # dropped
        if r < 0.08:
            out += [line, line]  # repeated
        elif r < 0.11:
            out.append(line.upper())
        elif r < 0.14:
            out.append(line.lower())
        elif r < 0.18:
            out.append(line.rstrip(".!?\"'”’ "))  # lost its full stop
        elif r < 0.21:
            out.append(rng.choice(["• ", "- ", "* ", "–", "▶ "]) + line)
        elif r < 0.24 and len(line) > 20:
            cut = rng.randrange(5, len(line))
            out += [line[:cut], line[cut:]]  # split in two
        elif r < 0.30:
            out += [line, rng.choice(SHAPES)]
        else:
            out.append(line)
        if rng.random() < 0.02 and len(out) >= 2:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
    joiner = rng.choice(["\n", "\n", "\r\n", "\n\n"])
    return joiner.join(out)


def inputs(n: int) -> list[tuple[str, str, str, bool]]:
    """``(id, text, encoding, is_html)`` of every input, in a fixed order."""
    files = sorted((ROOT / "seeds").glob("*.txt")) + discover(ROOT / "tests" / "fixtures")
    corpus = Path(f"/tmp/ingest-diff-corpus-{n}")
    if not corpus.exists():
        generate(corpus, n)
    files += sorted(corpus.rglob("*.txt"))
    out = []
    for path in files:
        # Keys do not depend on where the checkout lives (the baseline may come from another).
        key = str(path.relative_to(corpus if path.is_relative_to(corpus) else ROOT))
        try:
            text, encoding = read_source(path)
        except UnreadableFile as err:
            out.append((key, f"<unreadable: {err.reason}>", "", False))
            continue
        out.append((key, text, encoding, is_html_file(path)))
    rng = random.Random(11)
    plain = [(p, t) for p, t, _, html in out if not html and not t.startswith("<unreadable")]
    for k in range(n):
        path, text = plain[k % len(plain)]
        out.append((f"mutant{k}:{path}", _mutate(text, rng), "utf-8", False))
    for k in range(max(1, n // 10)):
        doc = "\n".join(rng.choice(SHAPES) for _ in range(rng.randrange(1, 40)))
        out.append((f"shapes{k}", doc, "utf-8", False))
    return out


def run(n: int) -> dict[str, tuple]:
    results = {}
    for key, text, encoding, html in inputs(n):
        if text.startswith("<unreadable"):
            results[key] = (text,)
            continue
        art = parse_article(key, key, text, encoding=encoding, is_html=html)
        results[key] = astuple(art)
    return results


def _describe(key: str, old: tuple, new: tuple) -> list[str]:
    names = ["id", "path", "title", "source", "date", "author", "language", "text", "raw",
             "lines", "encoding", "actors", "quotes"]
    if len(old) != len(new):
        return [f"{key}: shape {len(old)} != {len(new)}"]
    out = []
    for name, a, b in zip(names, old, new):
        if a == b:
            continue
        if name == "lines":
            for i, (x, y) in enumerate(zip(a, b)):
                if x != y:
                    out.append(f"{key}: line {i}: {x} -> {y}")
            if len(a) != len(b):
                out.append(f"{key}: {len(a)} lines -> {len(b)}")
        else:
            out.append(f"{key}: {name}: {str(a)[:120]!r} -> {str(b)[:120]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["record", "compare"])
    ap.add_argument("baseline", type=Path)
    ap.add_argument("--n", type=int, default=2000, help="generated articles (and as many mutants)")
    args = ap.parse_args()
    results = run(args.n)
    if args.mode == "record":
        args.baseline.write_bytes(pickle.dumps(results))
        print(f"recorded {len(results)} articles in {args.baseline}")
        return
    baseline = pickle.loads(args.baseline.read_bytes())
    diffs = []
    for key in sorted(baseline.keys() | results.keys()):
        if key not in results or key not in baseline:
            diffs.append(f"{key}: only in {'baseline' if key in baseline else 'new run'}")
            continue
        diffs += _describe(key, baseline[key], results[key])
    for line in diffs:
        print(line)
    print(f"compared {len(results)} articles: {len(diffs)} differences")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
