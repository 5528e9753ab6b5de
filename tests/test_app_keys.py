"""Pilot tests for each key path of the reader, on the real seeds where the library provides
what the path needs, and on the in-memory fixture corpus where it needs quotes and actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEEDS
from fixtures.app.fake_corpus import FakeCorpus, world
from fixtures.app.helpers import run_async, settle, status, visible_text, wait_for, wait_idle
from tui.app import BriefingApp

SIZE = (140, 40)


@pytest.fixture(scope="session")
def app_index_dir(tmp_path_factory) -> Path:
    """One index of the seeds for every app test (the first app to open it builds it)."""
    return tmp_path_factory.mktemp("app-index")


def seeds_app(index_dir: Path) -> BriefingApp:
    return BriefingApp(SEEDS, index_dir)


def world_app() -> BriefingApp:
    return BriefingApp(Path("world"), None, corpus_factory=FakeCorpus(world()).factory())


async def search(pilot, app, query: str) -> None:
    await pilot.press("slash", *query, "enter")
    await wait_for(pilot, lambda: app.query_one("HitList").result is not None
                   and app.query_one("HitList").result.query == query, what="hits")
    await wait_idle(pilot, app)


async def open_first_hit(pilot, app) -> None:
    """Open the first hit of the search on screen and wait until it is shown."""
    hits = app.query_one("HitList")
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.article is not None
                   and app.article.id == hits.result.hits[0].article_id, what="article")
    await wait_idle(pilot, app)


# -- search -> hits -> open -> n / N ----------------------------------------------------------


@run_async
async def test_search_open_hit_and_step_through_hits(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.query_one("StatusBar").state == "ready: 5 articles"
        await search(pilot, app, "Rudenko")
        hits = app.query_one("HitList")
        assert app.focused is hits
        assert [h.title for h in hits.result.hits][0].startswith('"China and Russia Show')
        assert "Rudenko" in str(hits.get_option_at_index(0).prompt.renderables[2].renderable)

        await open_first_hit(pilot, app)
        count = len(app.spans)
        assert count == len(app.corpus.match_spans("Rudenko", app.article)) == 4
        assert status(app) == f"hit 1/{count}"
        seen = [app.hit_index]
        for i in range(2, count + 1):
            await pilot.press("n")
            assert status(app) == f"hit {i}/{count}"
            seen.append(app.hit_index)
            # The view shows the hit it names: its line is on screen.
            start, _ = app.spans[app.hit_index]
            view = app.query_one("ArticleView")
            line = view.line_of_offset(start)
            assert view.scroll_y <= line < view.scroll_y + view.size.height
        assert seen == list(range(count))
        await pilot.press("n")  # past the last: wraps, like less
        assert status(app) == f"hit 1/{count}"
        assert "wrapped" in app.query_one("StatusBar").note
        await pilot.press("N")
        assert status(app) == f"hit {count}/{count}"
        await pilot.press("N", "N")
        assert status(app) == f"hit {count - 2}/{count}"
        assert "Rudenko" in visible_text(app)


@run_async
async def test_after_a_speaker_search_n_steps_through_that_speakers_quotes(app_index_dir):
    """``speaker:kang`` names no word of the text: its hits in the article are Kang's quotes."""
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await search(pilot, app, "speaker:kang")
        await open_first_hit(pilot, app)
        kang = [(q.start, q.end) for q in app.article.quotes if "Kang" in q.speaker]
        assert len(kang) >= 2
        assert list(app.spans) == kang
        assert status(app) == f"hit 1/{len(kang)}"
        await pilot.press("n")
        assert status(app) == f"hit 2/{len(kang)}"
        start, end = kang[1]
        view = app.query_one("ArticleView")
        assert view.scroll_y <= view.line_of_offset(start) < view.scroll_y + view.size.height


@run_async
async def test_search_as_you_type_debounces_and_escape_leaves(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"trilateral")
        assert app.focused is app.query_one("SearchBar")
        # Keys that arrive slower than the debounce (a loaded machine) may search a prefix
        # first; what the user must see once typing stops is the search for the whole word.
        await wait_for(pilot, lambda: getattr(app.query_one("HitList").result, "query", None) == "trilateral",
                       what="typed search")
        assert app.query_one("HitList").result.query == "trilateral"
        await pilot.press("escape")
        assert app.focused is app.query_one("HitList")


@run_async
async def test_malformed_query_says_why_in_one_line(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *'"trilateral', "enter")
        hits = app.query_one("HitList")
        await wait_for(pilot, lambda: hits.option_count == 1 and hits.result is None
                       and "quotation mark" in str(hits.get_option_at_index(0).prompt),
                       what="the query error")


@run_async
async def test_article_list_sorts_and_opens(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        table = app.query_one("ArticleList")
        dates = [table.get_row_at(i)[0].summary.date for i in range(table.row_count)]
        dated = [d for d in dates if d]
        assert dated == sorted(dated, reverse=True)
        await pilot.press("s")
        assert app.query_one("StatusBar").sort == "source"
        sources = [(table.get_row_at(i)[0].summary.source or "~").casefold() for i in range(table.row_count)]
        assert sources == sorted(sources)
        await pilot.press("j", "enter")
        await wait_idle(pilot, app)
        assert app.article.id == table.get_row_at(1)[0].summary.id
        assert app.focused is app.query_one("ArticleView")


# -- r: raw text ------------------------------------------------------------------------------


@run_async
async def test_raw_toggle_shows_the_original_with_furniture_dimmed(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        view = app.query_one("ArticleView")
        article = app.article
        assert article.quotes, "the open article has quotes, so speaker labels are shown"
        assert view.text.plain != article.text
        assert view.document.shown_source() == article.text
        furniture = [ln for ln in article.lines if ln.kind.value == "furniture"]
        assert furniture, "the seeds have furniture lines"
        await pilot.press("r")
        assert view.document.shown_source() == article.raw
        first = furniture[0]
        styles = [span for span in view.text.spans if span.start <= first.raw_start and span.end >= first.raw_end]
        assert any(getattr(s.style, "dim", False) for s in styles)
        assert "(raw)" in str(app.query_one("#article-pane").border_title)
        await pilot.press("r")
        assert view.document.shown_source() == article.text


@run_async
async def test_raw_toggle_keeps_the_reading_position(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await search(pilot, app, "Rudenko")
        await pilot.press("enter")
        await wait_idle(pilot, app)
        await pilot.press("n", "n")
        start, _ = app.spans[app.hit_index]
        await pilot.press("r")
        view = app.query_one("ArticleView")
        assert view.scroll_y <= view.line_of_offset(start) < view.scroll_y + view.size.height
        assert "Rudenko" in visible_text(app)


# -- help, palette, pane cycling ----------------------------------------------------------------


@run_async
async def test_help_screen_lists_every_key_from_the_table(app_index_dir):
    from tui import keys
    from tui.screens.help import HelpScreen

    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-keys").content
        described = {str(cell) for column in table.columns for cell in column._cells}
        for _, bindings in keys.SECTIONS:
            for binding in bindings:
                assert binding.description in described
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")  # closes help; does not quit
        assert not isinstance(app.screen, HelpScreen)
        assert app.is_running


@run_async
async def test_tab_cycles_panes_and_number_keys_jump(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        order = []
        for _ in range(6):
            await pilot.press("tab")
            order.append(app.focused.id)
        assert order == ["hits", "article", "actors", "article-quotes", "search", "articles"]
        await pilot.press("3")
        assert app.focused.id == "article"
        await pilot.press("shift+tab")
        assert app.focused.id == "hits"


@run_async
async def test_quit_key(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


# -- ] [ } { : quotes across articles -----------------------------------------------------------


@run_async
async def test_analyst_walk_crosses_articles_and_back_on_fixture_corpus():
    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        expected = [(r.article_id, r.quote.text) for r in app.refs
                    if r.quote.speaker_named and r.quote.speaker_category == "analyst"]
        assert len({a for a, _ in expected}) == 2  # the walk must cross an article
        visited = []
        for i in range(len(expected)):
            await pilot.press("right_square_bracket")
            await wait_idle(pilot, app)
            quote = next(q for q in app.article.quotes if q.start == app.position[1])
            visited.append((app.article.id, quote.text))
            assert status(app) == f"analyst quote {i + 1}/{len(expected)}"
        assert visited == expected
        await pilot.press("right_square_bracket")
        assert "no analyst quote after" in app.query_one("StatusBar").note
        back = []
        for _ in range(len(expected) - 1):
            await pilot.press("left_square_bracket")
            await wait_idle(pilot, app)
            quote = next(q for q in app.article.quotes if q.start == app.position[1])
            back.append((app.article.id, quote.text))
        assert back == expected[-2::-1]


@run_async
async def test_all_quotes_walk_includes_unnamed_and_officials():
    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        speakers = []
        for _ in range(len(app.refs)):
            await pilot.press("right_curly_bracket")
            await wait_idle(pilot, app)
            speakers.append(next(q.speaker for q in app.article.quotes if q.start == app.position[1]))
        assert speakers == [r.quote.speaker for r in app.refs]
        assert status(app) == f"quote {len(app.refs)}/{len(app.refs)}"
        await pilot.press("left_curly_bracket")
        await wait_idle(pilot, app)
        assert status(app) == f"quote {len(app.refs) - 1}/{len(app.refs)}"


def _seeds_with_quotes(index_dir: Path):
    """A corpus factory for the seeds with quotes: the library itself when its index has them,
    else its articles with the extractor's quotes and actors added."""
    from dataclasses import replace

    from index import Corpus

    corpus = Corpus(SEEDS, index_dir)
    corpus.update()
    if any(summary.quote_count for summary in corpus.articles()):
        corpus.close()
        return None  # the extractor is wired in: use the real Corpus
    try:
        from index.extract import extract
    except ImportError:
        pytest.skip("the extractor has not landed: the seeds have no quotes yet")
    articles = []
    for summary in corpus.articles():
        article = corpus.article(summary.id)
        found = extract(article)
        articles.append(replace(article, quotes=tuple(found.quotes), actors=tuple(found.actors)))
    corpus.close()
    fake = FakeCorpus(articles)
    fake.match_spans = Corpus(SEEDS, index_dir).match_spans
    return fake.factory()


def _gold_named_analyst_quotes() -> list[tuple[str, str]] | None:
    """(file, quote text) of every named-analyst quote in tests/fixtures/extract/seeds_gold.json,
    in reading order; None when the gold file is not there yet."""
    import json

    gold_path = Path(__file__).parent / "fixtures" / "extract" / "seeds_gold.json"
    if not gold_path.exists():
        return None
    data = json.loads(gold_path.read_text("utf-8"))
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"]
    items = data.items() if isinstance(data, dict) else (
        (a.get("file") or a.get("path") or a.get("id") or a.get("article"), a) for a in data)
    found = []
    for name, entry in items:
        quotes = entry.get("quotes", []) if isinstance(entry, dict) else entry
        ordered = sorted(enumerate(quotes), key=lambda iq: (iq[1].get("start", iq[0]), iq[0]))
        for _, q in ordered:
            named = q.get("speaker_named", q.get("named"))
            category = q.get("speaker_category", q.get("category"))
            if named and category == "analyst":
                found.append((Path(str(name)).name, " ".join(q.get("text", "").split())))
    return sorted(found, key=lambda fq: fq[0]) if found else found


@run_async
async def test_analyst_walk_visits_every_gold_quote_of_the_seeds_in_order(app_index_dir):
    """The seeds' 12 named-analyst quotes, in the gold's order, then back.

    Uses the library's quotes once the extractor is wired into indexing; until then, the
    extractor run directly on the indexed seeds (skipped if neither exists yet)."""
    gold = _gold_named_analyst_quotes()
    if gold is None:
        pytest.skip("tests/fixtures/extract/seeds_gold.json is not there yet")
    app = BriefingApp(SEEDS, app_index_dir, corpus_factory=_seeds_with_quotes(app_index_dir))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        walk = app.walk.quotes(True)
        assert walk, "no named-analyst quotes"
        visited = []
        for i in range(len(walk)):
            await pilot.press("right_square_bracket")
            await wait_idle(pilot, app)
            quote = next(q for q in app.article.quotes if q.start == app.position[1])
            visited.append((Path(app.article.path).name, " ".join(quote.text.split())))
            assert status(app) == f"analyst quote {i + 1}/{len(walk)}"
        library = [(Path(r.article_id).name, " ".join(r.quote.text.split())) for r in walk]
        assert visited == library
        # Every gold quote is visited, in the gold's order (texts compared loosely: the
        # extractor may trim a quote's edges differently).
        position = 0
        for name, text in gold:
            for j in range(position, len(visited)):
                if visited[j][0] == name and (text in visited[j][1] or visited[j][1] in text):
                    position = j + 1
                    break
            else:
                pytest.fail(f"gold quote not visited in order: {name}: {text[:60]}")
        back = []
        for _ in range(len(walk) - 1):
            await pilot.press("left_square_bracket")
            await wait_idle(pilot, app)
            quote = next(q for q in app.article.quotes if q.start == app.position[1])
            back.append((Path(app.article.path).name, " ".join(quote.text.split())))
        assert back == visited[-2::-1]


# -- Q: the quotes screen; a: actors ----------------------------------------------------------


@run_async
async def test_quotes_screen_groups_filters_and_jumps():
    from tui.screens.quotes import QuotesScreen

    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("Q")
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        browser = screen.query_one("#quotes-list")
        headings = [str(browser.get_option_at_index(i).prompt).split("  ")[0]
                    for i in range(browser.option_count) if browser.get_option_at_index(i).disabled]
        assert headings[:2] == ["Kang Jun-young", "Park Won-gon"]  # named analysts first
        assert headings[-1] == "an official"  # unnamed last
        await pilot.press(*"mood")
        assert [ref.quote.speaker for ref in screen._shown] == ["Park Won-gon"]
        await pilot.press("ctrl+a", "ctrl+k")  # clear the filter
        await pilot.press("f4")  # officials only
        assert {ref.quote.speaker_category for ref in screen._shown} == {"official"}
        await pilot.press("f2", *"Moscow", "enter")
        assert app.focused is browser
        target = screen._shown[0]
        await pilot.press("enter")
        await wait_idle(pilot, app)
        assert not isinstance(app.screen, QuotesScreen)
        assert app.article.id == target.article_id
        assert app.position[1] == target.quote.start
        view = app.query_one("ArticleView")
        assert view.scroll_y <= view.line_of_offset(target.quote.start) < view.scroll_y + view.size.height


@run_async
async def test_actor_enter_filters_quotes_to_that_person_across_the_corpus():
    from tui.screens.quotes import QuotesScreen

    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("a")
        actors = app.query_one("ActorList")
        assert app.focused is actors
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        person = screen.person
        assert person.kind == "person"
        expected = [r for r in app.refs if r.person_id == person.person_id]
        assert expected and [r.quote.text for r in screen._shown] == [r.quote.text for r in expected]
        await pilot.press("escape")
        assert not isinstance(app.screen, QuotesScreen)


@run_async
async def test_enter_on_a_quote_in_the_summary_jumps_to_it():
    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("4")
        assert app.focused.id == "article-quotes"
        await pilot.press("j", "j", "enter")
        quote = app.article.quotes[2]
        assert app.position[1] == quote.start
        assert app.focused.id == "article"


@run_async
async def test_quote_marked_with_speaker_in_the_article_text():
    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        shown = app.query_one("ArticleView").text.plain
        for quote in app.article.quotes:
            assert f"{quote.text}\"  {quote.speaker} " in shown


# -- indexing progress and errors ---------------------------------------------------------------


@run_async
async def test_indexing_progress_shows_in_the_status_line():
    fake = FakeCorpus(world(), delay=0.3)
    app = BriefingApp(Path("world"), None, corpus_factory=fake.factory())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.query_one("StatusBar").state.startswith("indexing "),
                       what="progress")
        assert app.query_one("StatusBar").state in {f"indexing {i}/3" for i in range(4)}
        assert "Indexing" in app.query_one("ArticleView").text.plain
        await settle(pilot, app)
        assert app.query_one("StatusBar").state == "ready: 3 articles"


@run_async
async def test_an_indexing_error_is_one_line_and_the_corpus_stays_usable():
    fake = FakeCorpus(world(), update_error="cannot write the index in /nowhere: Permission denied")
    app = BriefingApp(Path("world"), None, corpus_factory=fake.factory())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        bar = app.query_one("StatusBar")
        assert bar.error == "cannot write the index in /nowhere: Permission denied"
        assert app.query_one("ArticleList").row_count == 3
        await search(pilot, app, "Rudenko")
        assert app.query_one("HitList").result.total == 2


@run_async
async def test_a_missing_corpus_folder_is_reported_in_the_app(tmp_path):
    app = BriefingApp(tmp_path / "nope", tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.query_one("StatusBar").error, what="the error")
        assert "does not exist" in app.query_one("StatusBar").error
        assert "\n" not in app.query_one("StatusBar").error
        await pilot.press("slash", *"x", "enter", "n", "right_square_bracket")  # nothing breaks
        assert app.is_running


@run_async
async def test_an_article_that_fails_to_load_is_a_notification_not_a_crash():
    fake = FakeCorpus(world(), fail_articles={"a/003_summit.txt"})
    app = BriefingApp(Path("world"), None, corpus_factory=fake.factory())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.open_article("a/003_summit.txt")
        await wait_idle(pilot, app)
        assert app.article.id != "a/003_summit.txt"
        assert any("Cannot open a/003_summit.txt" in str(n.message) for n in app._notifications)


# -- palette, mouse, resize -------------------------------------------------------------------


@run_async
async def test_command_palette_opens_an_article_and_searches():
    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        async def palette(query: str, first: str) -> None:
            from textual.command import CommandList

            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*query)

            def shown() -> bool:
                found = app.screen.query(CommandList)
                return bool(found) and found.first().option_count > 0 and str(
                    found.first().get_option_at_index(0).prompt).startswith(first)

            await wait_for(pilot, shown, what=f"palette hits for {query!r}")
            await pilot.press("enter")

        await palette("open trilateral", "Open article: A trilateral summit")
        await wait_idle(pilot, app)
        assert app.article.id == "a/003_summit.txt"
        await palette("go to speaker park", "Go to speaker: Park Won-gon")
        await pilot.pause()
        assert [r.quote.speaker for r in app.screen._shown] == ["Park Won-gon"]


@run_async
async def test_clicking_a_hit_opens_it():
    app = world_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await search(pilot, app, "Beijing")
        hits = app.query_one("HitList")
        last = hits.result.hits[-1]
        line = hits._line_cache.index_to_line[hits.get_option_index(f"hit-{len(hits.result.hits) - 1}")]
        await pilot.click("HitList", offset=(4, line + 1))  # +1: the border
        await wait_idle(pilot, app)
        assert app.article.id == last.article_id
        assert status(app).startswith("hit 1/")


@run_async
async def test_resize_rewraps_and_keeps_the_reading_position(app_index_dir):
    app = seeds_app(app_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await search(pilot, app, "Rudenko")
        await pilot.press("enter")
        await wait_idle(pilot, app)
        await pilot.press("n", "n", "n")
        start, _ = app.spans[app.hit_index]
        view = app.query_one("ArticleView")
        before = view.line_count
        for size in ((100, 34), (85, 24), (140, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            line = view.line_of_offset(start)
            assert view.scroll_y <= line < view.scroll_y + view.size.height, size
            if size == (85, 24):
                assert view.line_count > before  # narrower: more wrapped lines
        assert app.screen.has_class("-wide")
        await pilot.resize_terminal(60, 15)
        await pilot.pause()
        assert app.screen.has_class("-too-small")
        assert not app.query_one("#panes").display or not app.query_one("#panes").visible or \
            app.query_one("#panes").styles.display == "none"
