"""One headless run of the reader (or of a bare Textual app), timed from process start.

    python tests/bench/reader_probe.py {briefing,bare} --corpus DIR [--index DIR] --t0 EPOCH

``--t0`` is time.time() taken by the parent just before it started this process, so the
figures include interpreter start-up and imports, as a user's would. Prints one JSON object:
first_paint_s (after on_mount, at the first refresh), first_rows_s (the list shows rows),
list_full_s (every article listed), rss_mb (resident memory once the list is full).

The bare app is Header, OptionList, Footer, its list filled with the corpus's file names.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SIZE = (140, 40)
marks: dict[str, float] = {}


def mark(name: str) -> None:
    marks.setdefault(name, time.time())


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def bare_app(corpus: Path):
    from textual.app import App
    from textual.widgets import Footer, Header, OptionList

    class Bare(App):
        def compose(self):
            yield Header()
            yield OptionList(id="list")
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(mark, "first_paint")
            self.call_after_refresh(self.fill)

        def fill(self) -> None:
            names = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt"))
            self.query_one(OptionList).add_options(names)

    return Bare()


def briefing_app(corpus: Path, index: Path | None):
    from tui.app import BriefingApp

    class Probe(BriefingApp):
        # Textual calls every class's on_mount in the MRO: this one, then BriefingApp's.
        def on_mount(self) -> None:
            self.call_after_refresh(mark, "first_paint")

    return Probe(corpus, index)


def count(app, variant: str) -> tuple[int, bool]:
    """(rows listed, still loading)."""
    if variant == "bare":
        return app.query_one("#list").option_count, False
    table = app.query_one("#articles")
    return table.row_count, table.loading_rows or not app.ready


async def run(variant: str, corpus: Path, index: Path | None, expected: int, timeout: float) -> None:
    app = bare_app(corpus) if variant == "bare" else briefing_app(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows, loading = count(app, variant)
            if rows:
                mark("first_rows")
            if rows >= expected and not loading:
                mark("list_full")
                break
            await asyncio.sleep(0.005)
        await pilot.pause()
        marks["rss_mb"] = rss_mb()
        marks["rows"] = count(app, variant)[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("variant", choices=["briefing", "bare"])
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--index", type=Path)
    ap.add_argument("--expected", type=int, required=True)
    ap.add_argument("--t0", type=float, required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    asyncio.run(run(a.variant, a.corpus, a.index, a.expected, a.timeout))
    out = {k: round(v - a.t0, 3) for k, v in marks.items() if k not in ("rss_mb", "rows")}
    out["rss_mb"] = marks.get("rss_mb")
    out["rows"] = marks.get("rows")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
