"""Score the extractor on the held-out-style fixtures, with every miss listed.

    python tests/bench/heldout_score.py [FIRST LAST] [-q]

FIRST/LAST select fixtures by their number (``32 39`` for one batch); -q prints totals only.
The test ``tests/test_extract_gold.py::test_heldout_style_targets`` holds the same scoring to
the targets; this prints the details while working on the rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from index.extract import extract  # noqa: E402
from index.extract.testing import fallback_article  # noqa: E402
from test_extract_gold import f1, score  # noqa: E402


def main(argv: list[str]) -> None:
    quiet = "-q" in argv
    nums = [int(a) for a in argv if a.isdigit()]
    lo, hi = (nums[0], nums[1]) if len(nums) >= 2 else (0, 10**6)
    tot = dict(gold=0, found=0, matched=0, speaker_ok=0, named_ok=0, cat_ok=0)
    people = dict(gold=0, found=0, false=0)  # gold persons found by canonical name; not_persons taken
    for path in sorted((ROOT / "tests/fixtures/extract/heldout").glob("*.txt")):
        if not lo <= int(path.name.split("_", 1)[0]) <= hi:
            continue
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        art = fallback_article(path.read_text(encoding="utf-8"), path.stem, path.name)
        ex = extract(art)
        s = score(ex, gold["quotes"], art.text)
        persons = {a.name for a in ex.actors if a.kind == "person"}
        for gp in gold.get("persons", []):
            name = gp["name"] if isinstance(gp, dict) else gp
            people["gold"] += 1
            if name in persons:
                people["found"] += 1
            elif not quiet:
                print(f"{path.name.split('_', 1)[0]} person not found: {name!r}")
        for name in gold.get("not_persons", []):
            if name in persons:
                people["false"] += 1
                if not quiet:
                    print(f"{path.name.split('_', 1)[0]} not a person, taken as one: {name!r}")
        for k in tot:
            tot[k] += s[k]
        if not quiet:
            for miss in s["misses"]:
                print(f"{path.name.split('_', 1)[0]} {miss}")
    m = max(1, tot["matched"])
    print(f"{tot['gold']} gold quotes, {tot['found']} found: quote F1 {f1(tot):.3f}, speaker "
          f"{tot['speaker_ok'] / m:.3f} ({tot['speaker_ok']}/{tot['matched']}), named "
          f"{tot['named_ok'] / m:.3f}, category {tot['cat_ok'] / m:.3f}")
    print(f"persons: {people['found']}/{people['gold']} gold persons found by canonical name, "
          f"{people['false']} listed non-persons taken as persons")


if __name__ == "__main__":
    main(sys.argv[1:])
