"""The installed extractor, compiled by mypyc (``pip install .``), behaves as the Python source.

mypyc enforces type annotations at run time and differs from CPython in corners, so a compiled
build can go wrong where the source is right.  This runs the installed copy in a separate,
isolated interpreter over every gold fixture and compares everything it extracts with the
source tree's result.  An editable install runs the source itself, so there is nothing to
compare; a regular install must be compiled and current.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.extract import extract
from index.extract.testing import fallback_article, make_article

ROOT = Path(__file__).resolve().parent.parent
EXTRACT_SRC = ROOT / "index" / "extract"

# printed by the installed copy: where it lives, and what it extracts from each fixture
PROBE = r"""
import dataclasses, importlib.metadata, json, sys
import index.extract.entities as entities
from index.extract import extract
from index.extract.testing import fallback_article, make_article
dist = importlib.metadata.distribution("briefing")
direct = dist.read_text("direct_url.json") or "{}"
out = {"origin": entities.__file__,
       "editable": json.loads(direct).get("dir_info", {}).get("editable", False),
       "results": {}}
for kind, path in json.loads(sys.stdin.read()):
    raw = open(path, encoding="utf-8").read()
    art = make_article(raw, "a", "a.txt") if kind == "seed" else fallback_article(raw, "a", "a.txt")
    out["results"][path] = dataclasses.asdict(extract(art))
print(json.dumps(out))
"""


def _fixtures() -> list[tuple[str, str]]:
    seeds = [("seed", str(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    heldout = [("heldout", str(p)) for p in sorted((ROOT / "tests/fixtures/extract/heldout").glob("*.txt"))]
    return seeds + heldout


def test_installed_compiled_extractor_matches_the_source(tmp_path):
    fixtures = _fixtures()
    # -I: no current directory, user site or PYTHON* variables, so the installed copy is used
    proc = subprocess.run([sys.executable, "-I", "-c", PROBE], input=json.dumps(fixtures),
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    if "PackageNotFoundError" in proc.stderr or "No module named 'index'" in proc.stderr:
        pytest.skip("briefing is not installed in this interpreter")
    assert proc.returncode == 0, proc.stderr[-3000:]
    installed = json.loads(proc.stdout)
    origin = Path(installed["origin"])
    if installed["editable"] or origin.parent == EXTRACT_SRC:
        pytest.skip("editable install: the source tree is what runs")
    assert origin.suffix != ".py", (
        f"the installed extractor is not compiled ({origin}); `python -m pip install .` compiles it "
        "with mypyc (unless BRIEFING_PURE_PYTHON was set)")
    stale = [p.name for p in EXTRACT_SRC.glob("*.py")
             if (origin.parent / p.name).read_bytes() != p.read_bytes()]
    assert not stale, f"the installed copy is older than the source ({', '.join(stale)}): reinstall with `python -m pip install .`"
    differ = []
    for kind, path in fixtures:
        raw = Path(path).read_text(encoding="utf-8")
        art = make_article(raw, "a", "a.txt") if kind == "seed" else fallback_article(raw, "a", "a.txt")
        # through JSON, as the installed copy's result came, so tuples compare as lists
        expected = json.loads(json.dumps(dataclasses.asdict(extract(art))))
        if installed["results"][path] != expected:
            differ.append(Path(path).name)
    assert not differ, f"compiled and source extractors disagree on: {', '.join(differ)}"
