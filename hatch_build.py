"""Build hook: compile the extractor (``index/extract``) with mypyc into installed wheels.

The extractor is pure Python and stays the source of truth; mypyc turns the same files into
C extensions about 1.6x faster (``python tests/bench/extract_speed.py``).  Only regular wheels
are compiled: an editable install (``pip install -e``) runs the Python files, so edits take
effect without rebuilding.  Set ``BRIEFING_PURE_PYTHON=1`` to install without compiling.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = [
    "index/extract/attribution.py",
    "index/extract/categories.py",
    "index/extract/core.py",
    "index/extract/doc.py",
    "index/extract/entities.py",
    "index/extract/lexicon.py",
    "index/extract/names.py",
    "index/extract/phrases.py",
    "index/extract/quotes.py",
    "index/extract/roles.py",
    "index/extract/runs.py",
    "index/extract/speakers.py",
]
# the stricter checks mypyc needs; imports outside the extractor are only followed for types
MYPY_ARGS = ["--ignore-missing-imports", "--follow-imports=silent", "--check-untyped-defs"]


class CompileExtractor(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("BRIEFING_PURE_PYTHON"):
            return
        self._work = tempfile.TemporaryDirectory(prefix="briefing-mypyc-")
        work = Path(self._work.name)
        try:
            built = _compile(Path(self.root), work)
        except BaseException as exc:  # mypyc reports type errors by exiting
            raise RuntimeError(
                f"compiling the extractor with mypyc failed ({exc!r}); set BRIEFING_PURE_PYTHON=1 "
                "to install the pure-Python extractor instead") from exc
        # the wheel ships the .py files too; Python imports the extension modules first
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(work / "lib").as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            work.cleanup()


def _compile(root: Path, work: Path) -> list[Path]:
    from mypyc.build import mypycify
    from setuptools import Distribution

    here = os.getcwd()
    os.chdir(root)  # mypyc names modules by their paths relative to the working directory
    try:
        extensions = mypycify([*MYPY_ARGS, *COMPILED], opt_level="3", target_dir=str(work / "c"))
        dist = Distribution({"name": "briefing-extractor", "ext_modules": extensions})
        build_ext = dist.get_command_obj("build_ext")
        build_ext.build_lib = str(work / "lib")
        build_ext.build_temp = str(work / "tmp")
        build_ext.parallel = os.cpu_count() or 1
        build_ext.ensure_finalized()
        build_ext.run()
    finally:
        os.chdir(here)
    suffix = ".pyd" if sys.platform == "win32" else ".so"
    return sorted((work / "lib").rglob(f"*{suffix}"))
