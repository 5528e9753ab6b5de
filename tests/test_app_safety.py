"""Article text is untrusted: markup-looking text shows literally, escapes never reach the
terminal, and nothing in an article can make a click do something."""

from __future__ import annotations

from pathlib import Path

from fixtures.app.fake_corpus import FakeCorpus, make_article
from fixtures.app.helpers import run_async, settle, visible_text, wait_idle
from tui.app import BriefingApp
from tui.render import article_document, clean, hit_option

NASTY = [
    "[/]",
    "[@click=app.quit]click me[/]",
    "[bold]not bold[/bold]",
    "[Image source=X]",
    "[link=https://example.com]a link[/link]",
]
BODY = (
    "Officials met on Monday. " + " ".join(NASTY) + " The talks went on.\n\n"
    "A coloured \x1b[31mred\x1b[0m word, a title escape \x1b]0;pwned\x07 and a bell \x07 here.\n\n"
    "The meeting ended without an agreement, the ministry said in a statement.\n"
)


def nasty_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "nasty"
    root.mkdir()
    (root / "001_nasty.txt").write_text(
        "Markup [bold]test[/] and [@click=app.quit]quit[/]\n\n" + BODY, encoding="utf-8"
    )
    (root / "002_plain.txt").write_text(
        "A plain article about talks\n\nThe talks in Seoul went on for two days, officials said.\n",
        encoding="utf-8",
    )
    return root


def test_render_keeps_markup_literal_and_strips_escapes():
    article = make_article("x.txt", "Title [bold]x[/]", ["Body " + " ".join(NASTY) + " \x1b[31mred\x1b[0m"])
    doc = article_document(article, hits=[(0, 5)])
    for token in NASTY:
        assert token in doc.text.plain
    assert "\x1b" not in doc.text.plain
    assert len(doc.text.plain) == len(article.text)  # offsets stay true
    assert all(not (span.style and "@click" in str(span.style)) for span in doc.text.spans)
    assert clean("a\x1b[2Jb\x1b]0;t\x07c") == "abc"


def test_hit_fragments_are_plain_text():
    from index.model import Fragment, Hit

    frag = Fragment("see [@click=app.quit]x[/] and [Image source=X]", ((0, 3),), 0)
    hit = Hit("a", "a", "[bold]T[/]", 1.0, (frag,))
    from rich.console import Console

    console = Console(width=100, record=True, color_system=None)
    console.print(hit_option(hit, 1))
    out = console.export_text()
    assert "[@click=app.quit]x[/]" in out and "[Image source=X]" in out and "[bold]T[/]" in out


@run_async
async def test_nasty_article_shows_literally_and_clicks_do_nothing(tmp_path):
    app = BriefingApp(nasty_corpus(tmp_path), tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot, app)
        nasty = next(a for a in app.articles if a.path == "001_nasty.txt")
        app.open_article(nasty.id)
        await wait_idle(pilot, app)
        view = app.query_one("ArticleView")
        assert view.text.plain == app.article.text
        shown = " ".join(visible_text(app).split())  # lines wrapped: compare words
        for token in NASTY:
            assert token in shown, token
        assert "\x1b" not in shown and "\x07" not in shown
        assert "coloured red word" in shown
        # The title, in the list, is literal too.
        table = app.query_one("ArticleList")
        titles = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert any("[@click=app.quit]" in t for t in titles)
        # Click every cell of the article view and of the list: nothing quits, nothing breaks.
        lines = visible_text(app).splitlines()
        targets = [(line.index("@click"), y) for y, line in enumerate(lines) if "@click" in line]
        assert targets
        for x0, y in targets:
            for x in range(max(0, x0 - 2), x0 + 18, 2):
                await pilot.click("ArticleView", offset=(x, y))
        for y in range(1, 5):
            await pilot.click("ArticleList", offset=(5, y))
        await wait_idle(pilot, app)
        await pilot.pause()
        assert app.is_running
        # No rendered segment carries an action.
        for y in range(view.size.height):
            for seg in view.render_line(y):
                assert not (seg.style and seg.style.meta and "@click" in seg.style.meta)


@run_async
async def test_searching_the_nasty_article_highlights_without_markup(tmp_path):
    app = BriefingApp(nasty_corpus(tmp_path), tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"source", "enter")
        await wait_idle(pilot, app)
        hits = app.query_one("HitList")
        assert hits.result is not None and hits.result.total >= 1
        await pilot.press("enter")
        await wait_idle(pilot, app)
        assert "[Image source=X]" in visible_text(app)
        assert app.is_running


@run_async
async def test_fake_corpus_with_escape_in_title_and_speaker():
    article = make_article(
        "e.txt", "Evil \x1b[2J title [b]x[/b]", ['X said "hello [red]there[/red]" today.'],
        quotes=[("Mr \x1b]0;x\x07 [@click=app.quit]Y[/]", "analyst", True, "hello [red]there[/red]")],
    )
    app = BriefingApp(Path("evil"), None, corpus_factory=FakeCorpus([article]).factory())
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot, app)
        quotes = app.query_one("QuoteList")
        prompt = str(quotes.get_option_at_index(0).prompt)
        assert "[@click=app.quit]Y[/]" in prompt and "\x1b" not in prompt
        header = app.query_one("ArticleList").get_row_at(0)[0].plain
        assert "\x1b" not in header and "[b]x[/b]" in header
