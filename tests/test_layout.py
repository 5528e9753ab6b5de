"""The project's shape: the library stands alone, and the bundled corpus is the shared seeds."""

from __future__ import annotations

import filecmp
import pkgutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def test_library_imports_no_front_end():
    modules = [m.name for m in pkgutil.walk_packages([str(ROOT / "index")], prefix="index.")]
    assert "index.corpus" in modules and "index.query" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {['index', *modules]!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('tui', 'textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "", f"index/ pulled in UI modules: {done.stdout}"


def test_importing_index_does_not_load_whoosh():
    code = "import index, sys; print('whoosh' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip() == "False"


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared/seeds is not beside this checkout")
def test_bundled_seeds_are_the_shared_seeds_byte_for_byte():
    shared = sorted(p.name for p in SHARED_SEEDS.glob("*.txt"))
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == shared
    _, mismatch, errors = filecmp.cmpfiles(SHARED_SEEDS, SEEDS, shared, shallow=False)
    assert mismatch == [] and errors == []
