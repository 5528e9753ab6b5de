"""The reader when the corpus or its index misbehaves: it says so and stays usable."""

from __future__ import annotations

import os

from fixtures.app.helpers import run_async, settle, wait_for
from index import Corpus
from tui.app import BriefingApp

SIZE = (140, 40)


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


@run_async
async def test_skipped_file_is_named_and_the_rest_is_usable(seed_copy, tmp_path):
    (seed_copy / "broken.txt").write_bytes(b"\x00\x01binary" * 40)
    app = BriefingApp(seed_copy, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert len(app.articles) == 5
        assert any("skipped broken.txt" in n and "binary" in n for n in notices(app))
        assert "1 skipped" in app.query_one("StatusBar").state


@run_async
async def test_read_only_index_opens_with_a_warning(seed_copy, tmp_path, monkeypatch):
    index_dir = tmp_path / "index"
    Corpus.open(seed_copy, index_dir).close()
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: not mode & os.W_OK)
    app = BriefingApp(seed_copy, index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert len(app.articles) == 5
        assert any("showing the index as last built" in n for n in notices(app))


@run_async
async def test_missing_corpus_says_so_in_the_app(tmp_path):
    app = BriefingApp(tmp_path / "nowhere", tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        status = app.query_one("StatusBar")
        await wait_for(pilot, lambda: "does not exist" in (status.error or ""), what="the error")
        assert app.articles == [] or not app.articles


@run_async
async def test_resizing_while_indexing_then_all_articles_are_there(tmp_path):
    # 250 files: enough for the build to run in worker processes, started from the app's
    # worker thread, while the terminal changes size under it.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(250):
        (corpus / f"n{i:03d}.txt").write_text(
            f"Harbour report {i}\n\nThe harbour master said boat {i} left at dawn on Monday.\n"
        )
    app = BriefingApp(corpus, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        for size in ((60, 15), (200, 60), (20, 5), (100, 30), SIZE):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.05)
        await settle(pilot, app, timeout=120)
        assert len(app.articles) == 250
        assert "ready: 250 articles" in app.query_one("StatusBar").state
