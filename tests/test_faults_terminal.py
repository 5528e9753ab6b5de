"""Faults of the terminal: no terminal at all, a dumb one, NO_COLOR, tiny and huge windows, and
hostile article text in the reader."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from fixtures.app.helpers import run_async, settle, visible_text, wait_idle

from tui.app import BriefingApp

# SGR sequences that set a colour (foreground, background, 256 or true colour).
COLOUR_SGR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    """The seeds indexed once, so each subprocess only opens it."""
    path = tmp_path_factory.mktemp("term-index")
    subprocess.run(
        [sys.executable, "-m", "tui.cli", "index", "--corpus", str(SEEDS), "--index-dir", str(path)],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )
    return path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")}
    env.update(extra)
    return env


def _run_on_pty(args: list[str], env: dict[str, str], *, stdin=subprocess.DEVNULL) -> tuple[int, str, str]:
    """Run the CLI with stdout on a pseudo-terminal (stderr captured), and what it printed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", *args],
        cwd=ROOT, env=env, stdin=stdin, stdout=slave, stderr=subprocess.PIPE,
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            proc.kill()
            raise AssertionError("the command hung")
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=60)
    return code, b"".join(chunks).decode("utf-8", "replace"), err


def test_piped_briefing_prints_the_article_list(index_dir):
    # `briefing | cat`
    done = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--corpus", str(SEEDS), "--index-dir", str(index_dir)],
        cwd=ROOT, env=_env(), stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == 5 and all(len(row.split("\t")) == 5 for row in rows)
    assert "\x1b" not in done.stdout
    assert done.stderr.strip().splitlines() == [
        "briefing: not a terminal, so printing the article list instead of the reader"
    ]


def test_briefing_from_dev_null_on_a_terminal_prints_the_list(index_dir):
    # `briefing < /dev/null`, stdout a terminal: still no reader, the list as a table.
    with open(os.devnull) as devnull:
        code, out, err = _run_on_pty(
            ["--corpus", str(SEEDS), "--index-dir", str(index_dir)], _env(TERM="xterm-256color"), stdin=devnull
        )
    assert code == 0, err
    assert "Date" in out and "Title" in out and "(5 articles)" in out
    assert "\x1b[?1049h" not in out  # the reader's alternate screen never opened
    assert err.strip().splitlines() == [
        "briefing: not a terminal, so printing the article list instead of the reader"
    ]


def test_term_dumb_prints_no_escapes(index_dir):
    code, out, err = _run_on_pty(
        ["search", "Rudenko", "--corpus", str(SEEDS), "--index-dir", str(index_dir)], _env(TERM="dumb")
    )
    assert code == 0, err
    assert "Rudenko" in out and "1 article match" in out
    assert "\x1b" not in out


def test_no_color_prints_no_colour(index_dir):
    code, out, err = _run_on_pty(
        ["search", "Rudenko", "--corpus", str(SEEDS), "--index-dir", str(index_dir)],
        _env(TERM="xterm-256color", NO_COLOR="1"),
    )
    assert code == 0, err
    assert "Rudenko" in out
    assert not COLOUR_SGR.search(out), repr(out[:400])
    # Without NO_COLOR the same command does colour its highlights: the check above means something.
    _, coloured, _ = _run_on_pty(
        ["search", "Rudenko", "--corpus", str(SEEDS), "--index-dir", str(index_dir)],
        _env(TERM="xterm-256color"),
    )
    assert COLOUR_SGR.search(coloured)


# -- the reader ---------------------------------------------------------------------------------

MARKUP = ["[/]", "[@click=app.quit]quit[/]", "[bold red]red[/bold red]", "[link=https://x]lnk[/link]"]
HOSTILE = (
    "Hostile [bold]title[/] [@click=app.quit]q[/] \x1b]0;pwned\x07\n\n"
    "The talks on markup " + " and ".join(MARKUP) + " went on.\n\n"
    "Escapes \x1b[31mcolour\x1b[0m title\x1b]0;pwned\x07 clip\x1b]52;c;cHduZWQ=\x07 link "
    "\x1b]8;;https://evil.example\x07text\x1b]8;;\x07 bidi \u202eevil\u202c zero\u200bwidth talks.\n\n"
    '"We will not accept [@click=app.quit]this[/] deal," said Park Min-hee, a senior analyst '
    "at the Sejong Institute.\n"
)


def hostile_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "001_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "002_plain.txt").write_text(
        "A plain article about talks\n\nThe talks in Seoul went on for two days, officials said.\n",
        encoding="utf-8",
    )
    return root


def _rendered(widget) -> str:
    return "\n".join(
        "".join(seg.text for seg in widget.render_line(y)) for y in range(widget.size.height)
    )


async def open_hostile_article(pilot, app) -> None:
    await settle(pilot, app)
    hostile = next(a for a in app.articles if a.path == "001_hostile.txt")
    app.open_article(hostile.id)
    await wait_idle(pilot, app)


@run_async
async def test_reader_shows_hostile_text_literally_everywhere(tmp_path):
    app = BriefingApp(hostile_corpus(tmp_path), tmp_path / "index")
    async with app.run_test(size=(160, 50)) as pilot:
        await open_hostile_article(pilot, app)
        shown = " ".join(visible_text(app).split())
        for token in MARKUP:
            assert token in shown, token
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
        assert "zerowidth" in shown
        # The article list.
        table = app.query_one("ArticleList")
        titles = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert any("[@click=app.quit]q[/]" in t and "\x1b" not in t for t in titles)
        # The summary: the quote with its markup-looking words.
        quotes = app.query_one("QuoteList")
        prompts = [str(quotes.get_option_at_index(i).prompt) for i in range(quotes.option_count)]
        assert any("[@click=app.quit]this[/]" in p for p in prompts), prompts
        summary = " ".join(_rendered(quotes).split())
        assert "[@click=app.quit]this[/]" in summary and "\x1b" not in summary
        # The hit list.
        await pilot.press("slash", *"markup", "enter")
        await wait_idle(pilot, app)
        hits = app.query_one("HitList")
        assert hits.result is not None and hits.result.total == 1
        listed = " ".join(_rendered(hits).split())
        assert "[@click=app.quit]q[/]" in listed and "\x1b" not in listed
        assert app.is_running


@run_async
async def test_clicking_on_click_markup_does_nothing(tmp_path):
    app = BriefingApp(hostile_corpus(tmp_path), tmp_path / "index")
    async with app.run_test(size=(160, 50)) as pilot:
        await open_hostile_article(pilot, app)
        lines = visible_text(app).splitlines()
        targets = [(line.index("@click"), y) for y, line in enumerate(lines) if "@click" in line]
        assert targets
        for x0, y in targets:
            for x in range(max(0, x0 - 1), x0 + 16, 3):
                await pilot.click("ArticleView", offset=(x, y))
        summary_lines = _rendered(app.query_one("QuoteList")).splitlines()
        clicked = 0
        for y, line in enumerate(summary_lines):
            if "@click" in line:
                clicked += 1
                await pilot.click("QuoteList", offset=(line.index("@click") + 2, y))
        assert clicked
        await wait_idle(pilot, app)
        assert app.is_running and app.return_code is None


@run_async
async def test_reader_at_20x5_says_the_terminal_is_too_small(tmp_path):
    app = BriefingApp(SEEDS, tmp_path / "index")
    async with app.run_test(size=(20, 5)) as pilot:
        await settle(pilot, app)
        assert app.screen.has_class("-too-small")
        message = str(app.query_one("#too-small").render())
        assert "at least 80×20" in message and "20×5" in message
        assert app.is_running


@run_async
async def test_reader_at_300x100_draws_normally(tmp_path):
    app = BriefingApp(SEEDS, tmp_path / "index")
    async with app.run_test(size=(300, 100)) as pilot:
        await settle(pilot, app)
        assert not app.screen.has_class("-too-small")
        assert app.query_one("ArticleList").row_count == 5
        view = app.query_one("ArticleView")
        assert view.size.width > 80 and view.size.height > 40
        assert visible_text(app).strip()
        await pilot.press("slash", *"summit", "enter")
        await wait_idle(pilot, app)
        assert app.query_one("HitList").result.total >= 1
