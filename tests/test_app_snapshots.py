"""Snapshots of the reader (pytest-textual-snapshot). Deterministic: a fixed corpus held in
memory (so the cleaner's and extractor's progress cannot move them), a fixed terminal size, no
blinking cursor, nothing timed on screen.

Update after an intended change with: python -m pytest tests/test_app_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

from fixtures.app.fake_corpus import FakeCorpus, world
from fixtures.app.helpers import settle, wait_for, wait_idle
from tui.app import BriefingApp

WIDE = (140, 40)


def world_app() -> BriefingApp:
    return BriefingApp(Path("world"), None, corpus_factory=FakeCorpus(world()).factory())


async def ready(pilot) -> None:
    app = pilot.app
    app.query_one("SearchBar").cursor_blink = False
    await settle(pilot, app)


async def searched(pilot) -> None:
    await ready(pilot)
    app = pilot.app
    await pilot.press("slash", *"Rudenko", "enter")
    await wait_for(pilot, lambda: app.query_one("HitList").result is not None, what="hits")
    await pilot.press("enter")  # the first hit: two matches in its article
    await wait_idle(pilot, app)
    await pilot.press("n")  # -> hit 2/2


def test_main_screen(snap_compare):
    assert snap_compare(world_app(), terminal_size=WIDE, run_before=ready)


def test_search_open_hit(snap_compare):
    assert snap_compare(world_app(), terminal_size=WIDE, run_before=searched)


def test_quotes_screen(snap_compare):
    async def quotes(pilot):
        await ready(pilot)
        await pilot.press("Q")
        await pilot.pause()
        pilot.app.screen.query_one("#quotes-filter").cursor_blink = False

    assert snap_compare(world_app(), terminal_size=WIDE, run_before=quotes)


def test_help_screen(snap_compare):
    async def help_screen(pilot):
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(world_app(), terminal_size=WIDE, run_before=help_screen)


def test_medium_width_reflows_summary_under_the_article(snap_compare):
    async def analyst(pilot):
        await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await wait_idle(pilot, pilot.app)

    assert snap_compare(world_app(), terminal_size=(100, 34), run_before=analyst)


def test_too_small_says_so(snap_compare):
    assert snap_compare(world_app(), terminal_size=(60, 15), run_before=ready)
