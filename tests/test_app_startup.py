"""The reader's first frame: drawn before the library, Whoosh or the index are loaded."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT

FIRST_FRAME = textwrap.dedent("""
    import asyncio, sys, threading
    from pathlib import Path
    from tui.app import BriefingApp

    loaded = {}
    opening = threading.Event()

    def blocked_factory(root, index_dir):  # the worker waits: what loads is the UI's doing
        opening.wait(10)
        raise RuntimeError("not opened in this test")

    class FirstFrame(BriefingApp):
        def on_mount(self):
            self.call_after_refresh(self.record)

        def record(self):
            loaded["at_first_frame"] = sorted(
                m for m in sys.modules if m.split(".")[0] in ("index", "whoosh"))

    async def main():
        app = FirstFrame(Path("seeds"), None, corpus_factory=blocked_factory)
        async with app.run_test(size=(140, 40)) as pilot:
            while "at_first_frame" not in loaded:
                await pilot.pause(0.01)
            opening.set()
    asyncio.run(main())
    print(loaded["at_first_frame"])
""")


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_importing_the_reader_loads_no_library_module():
    code = "import sys, tui.app; print(sorted(m for m in sys.modules if m.split('.')[0] == 'index'))"
    assert run(code) == "[]"


def test_the_first_frame_is_drawn_before_the_library_loads():
    assert run(FIRST_FRAME) == "[]"
