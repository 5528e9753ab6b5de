"""The reader: a Textual app over one corpus.

The app owns the ``Corpus`` and the reading state (open article, hits, position among quotes).
All I/O runs in thread workers that post messages (``widgets/messages.py``); widgets own their
own behaviour and tell the app what the user chose. Whoosh loads inside the first worker, after
the first paint.
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.css.query import NoMatches
from textual.widgets import Footer

from . import keys
from .render import BOLD, DIM, clean
from .screens.commands import BriefingCommands
from .screens.help import HelpScreen
from .screens.quotes import QuotesScreen
from .widgets.article_list import ArticleList
from .widgets.article_pane import ArticlePane
from .widgets.article_view import ArticleView
from .widgets.hit_list import HitList
from .widgets.messages import (
    ArticleFailed,
    ArticleLoaded,
    CorpusFailed,
    CorpusReady,
    IndexProgress,
    QuotesLoaded,
    SearchDone,
    SearchFailed,
    Target,
)
from .widgets.navigation import QuoteWalk, nearest_hit, step_hit
from .widgets.search_bar import SearchBar
from .widgets.status_bar import StatusBar
from .widgets.summary import ActorList, QuoteList, Summary
from .widgets.too_small import TooSmall, too_small

if TYPE_CHECKING:
    from index.model import Article

SEARCH_LIMIT = 50
READER_ACTIONS = {"step_hit", "step_quote", "toggle_raw", "focus_actors", "cycle_sort",
                  "focus_search", "focus_pane", "quotes_screen"}


def _open_library_corpus(root: Path, index_dir: Path | None):
    from index import Corpus  # loads Whoosh: only ever called from a worker

    return Corpus(root, index_dir, memory_map=False)


class BriefingApp(App):
    CSS_PATH = [Path(__file__).parent / "app.tcss"]
    TITLE = "briefing"
    BINDINGS = keys.APP
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-medium"), (130, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]

    def __init__(self, corpus_root: Path, index_dir: Path | None = None, *, corpus_factory=None):
        super().__init__()
        self.corpus_root = Path(corpus_root)
        self.index_dir = Path(index_dir) if index_dir else None
        self._factory = corpus_factory or _open_library_corpus
        self.corpus = None
        self._lock = threading.Lock()  # one thread at a time in the Whoosh searcher
        self.articles: list = []
        self.order: dict[str, int] = {}
        self.ready = False
        self.query = ""
        self._generation = 0  # of searches: a result for an older query is dropped
        self._loading: tuple[int, str, Target | None] = (0, "", None)  # the latest article load
        self.article = None
        self.spans: tuple = ()
        self.hit_index: int | None = None
        self.raw = False
        self.refs: list | None = None
        self.walk = QuoteWalk([], {})
        self.position = (-1, -1)  # (article order, offset): where ] and } continue from
        self._gc_paused = False

    def on_load(self) -> None:
        # A full garbage collection walks every object the imports made (~40 ms), and the
        # allocations of the first frame used to trigger one inside it: collect after it.
        if gc.isenabled():
            gc.disable()
            self._gc_paused = True

    def _resume_gc(self) -> None:
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()

    def compose(self) -> ComposeResult:
        # The classes the first resize would give the screen, given now: given then, they
        # restyle every widget and lay the screen out again before the first frame.
        self.screen.update_classes(self._size_classes(self.size), animate=False)
        yield SearchBar(id="search")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield ArticleList(id="articles")
                yield HitList(id="hits")
            with Container(id="reading"):
                yield ArticlePane(id="article-pane")
                yield Summary(id="summary")
        yield TooSmall(id="too-small")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#articles").border_title = "Articles"
        status = self.query_one(StatusBar)
        status.corpus = self.corpus_root.name or str(self.corpus_root)
        status.state = "opening the index…"
        self.view.show_message(Text("Opening the index…", style=DIM))
        self.query_one(ArticleList).focus()
        # After the first paint: the worker's imports (Whoosh, the ingest stack) would otherwise
        # compete with it for the interpreter.
        self.call_after_refresh(self._resume_gc)
        self.call_after_refresh(self.open_corpus)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def _size_classes(self, size) -> dict[str, bool]:
        """The screen's classes for a terminal size: its breakpoints' and ``-too-small``."""
        classes = {name: False for _, name in self.HORIZONTAL_BREAKPOINTS + self.VERTICAL_BREAKPOINTS}
        for dimension, breakpoints in ((size.width, self.HORIZONTAL_BREAKPOINTS),
                                       (size.height, self.VERTICAL_BREAKPOINTS)):
            classes[max(b for b in breakpoints if b[0] <= dimension)[1]] = True
        classes["-too-small"] = too_small(size)
        return classes

    def on_resize(self, event) -> None:
        self.screen.set_class(self.query_one(TooSmall).too_small_for(event.size), "-too-small")

    def check_action(self, action: str, parameters) -> bool | None:
        # The reader's keys belong to the reader: not under the quotes or help screen.
        if action in READER_ACTIONS and self.screen is not self.screen_stack[0]:
            return False
        return True

    # -- workers: all I/O happens here --------------------------------------------------------

    @work(thread=True, exclusive=True, group="corpus")
    def open_corpus(self) -> None:
        last = [0.0]

        def progress(p) -> None:
            now = time.monotonic()
            if now - last[0] > 0.05 or p.done == p.total:
                last[0] = now
                self.post_message(IndexProgress(p.done, p.total, p.path))

        try:
            corpus = self._factory(self.corpus_root, self.index_dir)
        except Exception as err:  # noqa: BLE001 - every failure becomes one line on screen
            self.post_message(CorpusFailed(_one_line(err)))
            return
        note, skipped, warnings = "", (), ()
        try:
            report = corpus.update(on_progress=progress)
            skipped, warnings = report.skipped, report.warnings
        except Exception as err:  # noqa: BLE001 - the index as it stands may still serve
            note = _one_line(err)
        try:
            with self._lock:
                articles = corpus.articles()
        except Exception as err:  # noqa: BLE001
            self.post_message(CorpusFailed(note or _one_line(err)))
            return
        if not articles:
            self.post_message(CorpusFailed(note or "no readable articles in this corpus"))
            return
        self.post_message(CorpusReady(corpus, articles, tuple(skipped), note, tuple(warnings)))

    @work(thread=True, exclusive=True, group="quotes")
    def load_quotes(self) -> None:
        # The app's own corpus: quotes are stored apart from the text, so listing them reads
        # no article text, and a second Corpus would open a second searcher on the same index.
        try:
            with self._lock:
                refs = self.corpus.quotes()
        except Exception as err:  # noqa: BLE001
            self.post_message(QuotesLoaded([], _one_line(err)))
            return
        self.post_message(QuotesLoaded(refs))

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, generation: int) -> None:
        try:
            with self._lock:
                result = self.corpus.search(query, limit=SEARCH_LIMIT)
        except Exception as err:  # noqa: BLE001 - QueryError and friends: one line
            self.post_message(SearchFailed(generation, query, _one_line(err)))
            return
        self.post_message(SearchDone(generation, result))

    def load_article(self, article_id: str, query: str, target: Target | None) -> None:
        """Load (or re-highlight) an article; only the latest request is shown."""
        self._loading = (self._loading[0] + 1, article_id, target)
        self._load_article(self._loading[0], article_id, query, target)

    def refresh_article(self) -> None:
        """Re-highlight for a new query the article being shown, or the one on its way."""
        _, article_id, target = self._loading
        if article_id:
            self.load_article(article_id, self.query, target)

    @work(thread=True, group="article")
    def _load_article(self, request: int, article_id: str, query: str, target) -> None:
        current = self.article
        try:
            with self._lock:
                if current is not None and current.id == article_id:
                    article = current
                else:
                    article = self.corpus.article(article_id)
                spans = self._spans(query, article)
        except Exception as err:  # noqa: BLE001
            self.post_message(ArticleFailed(article_id, _one_line(err)))
            return
        self.post_message(ArticleLoaded(article, query, spans, target, request))

    def _spans(self, query: str, article: Article) -> tuple:
        if not query:
            return ()
        try:
            return tuple(self.corpus.match_spans(query, article))
        except Exception:  # noqa: BLE001 - a bad query has no spans; the hit list says why
            return ()

    # -- worker results -----------------------------------------------------------------------

    def _status_bar(self) -> StatusBar | None:
        """The status bar, or None while the reader closes: a worker's late report (the
        corpus failed, a file indexed) then has nowhere to go and is dropped."""
        try:
            return self.query_one(StatusBar)
        except NoMatches:
            return None

    def on_index_progress(self, message: IndexProgress) -> None:
        bar = self._status_bar()
        if bar is None:
            return
        bar.state = f"indexing {message.done}/{message.total}"
        note = Text(f"Indexing {message.done} of {message.total} files…\n", style=BOLD)
        note.append(clean(message.path), DIM)
        self.view.show_message(note)

    def on_corpus_failed(self, message: CorpusFailed) -> None:
        bar = self._status_bar()
        if bar is None:
            return
        bar.error = message.error
        self.view.show_message(Text(f"Cannot open this corpus:\n{clean(message.error)}", "bold red"))

    def on_corpus_ready(self, message: CorpusReady) -> None:
        self.ready = True
        self.corpus = message.corpus
        self.articles = message.articles
        self.order = {a.id: i for i, a in enumerate(sorted(message.articles, key=lambda a: a.path))}
        status = self.query_one(StatusBar)
        skipped = f" ({len(message.skipped)} skipped)" if message.skipped else ""
        status.state = f"ready: {len(self.articles)} articles{skipped}"
        status.error = message.note
        for item in message.skipped:
            self.notify(clean(f"skipped {item.path}: {item.reason}"), severity="warning", markup=False)
        for item in message.warnings:
            self.notify(clean(f"{item.path}: {item.reason}"), severity="warning", markup=False)
        table = self.query_one(ArticleList)
        table.set_articles(self.articles)
        table.border_title = f"Articles ({len(self.articles)})"
        self.open_article(table.first_in_order(self.articles).id, keep_position=True)
        self.load_quotes()
        if self.query:  # typed while the index was opening
            self._generation += 1
            self.run_search(self.query, self._generation)

    def on_quotes_loaded(self, message: QuotesLoaded) -> None:
        if message.error:
            self.notify(clean(f"Quotes unavailable: {message.error}"), severity="error", markup=False)
        self.refs = message.refs
        self.walk = QuoteWalk(message.refs, self.order)

    def on_search_done(self, message: SearchDone) -> None:
        if message.generation != self._generation:
            return  # a newer query is on its way
        result = message.result
        self.query_one(HitList).show_result(result)
        self.query_one(ArticleList).set_scores({h.article_id: h.score for h in result.hits})
        self.query_one(StatusBar).position = (
            f"{result.total} matching article{'s' * (result.total != 1)}")
        self.refresh_article()

    def on_search_failed(self, message: SearchFailed) -> None:
        if message.generation == self._generation:
            self.query_one(HitList).show_note(Text(clean(message.error), style="bold red"))

    def on_article_failed(self, message: ArticleFailed) -> None:
        self.notify(clean(f"Cannot open {message.article_id}: {message.error}"), severity="error",
                    markup=False)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if message.request != self._loading[0]:
            return  # a later request supersedes this one
        if message.query != self.query:
            self.load_article(message.article.id, self.query, message.target)
            return
        same = self.article is not None and self.article.id == message.article.id
        self.article, self.spans = message.article, message.spans
        if not same:
            self.hit_index = None
            count = len(self.spans)
            self.query_one(StatusBar).position = (f"{count} hit{'s' * (count != 1)} here"
                                                  if self.query else "")
        self._show_article(keep_position=same and message.target is None)
        self.query_one(Summary).show(self.article)
        self.query_one(ArticleList).select_article(self.article.id)
        target = message.target
        if target is not None and target.kind == "hit-fragment":
            index = nearest_hit(self.spans, target.start) if self.spans else None
            target = Target(*self.spans[index], "hit", index) if index is not None else None
        if target is not None:
            self._go(target)

    def _show_article(self, *, keep_position: bool) -> None:
        self.query_one(ArticlePane).show(self.article, self.spans, raw=self.raw, query=self.query,
                                         keep_position=keep_position)

    # -- moving around ------------------------------------------------------------------------

    def open_article(self, article_id: str, target: Target | None = None, *, keep_position=False):
        """Open an article (in a worker); ``target`` is where to go once it is shown."""
        if not keep_position:
            self.position = (self.order.get(article_id, -1), -1)
        self.load_article(article_id, self.query, target)

    def _go(self, target: Target) -> None:
        self.view.jump_to(target.start, target.end)
        order = self.order.get(self.article.id, -1)
        self.position = (order, target.start)
        status = self.query_one(StatusBar)
        if target.kind == "hit" and target.index is not None:
            self.hit_index = target.index
            status.position = f"hit {target.index + 1}/{len(self.spans)}"
        elif target.kind.endswith("quote") and target.index is not None:
            total = len(self.walk.quotes(target.kind == "analyst quote"))
            status.position = f"{target.kind} {target.index + 1}/{total}"
            for i, quote in enumerate(self.article.quotes):
                if quote.start == target.start:
                    self.query_one(QuoteList).mark(i)

    def action_step_hit(self, direction: int) -> None:
        if self.article is None or not self.spans:
            self._flash("no search: press / first" if not self.query else "no hits in this article")
            return
        index, wrapped = step_hit(len(self.spans), self.hit_index, direction > 0)
        start, end = self.spans[index]
        self._go(Target(start, end, "hit", index))
        if wrapped:
            self._flash("wrapped to the " + ("first" if direction > 0 else "last") + " hit")

    def _flash(self, note: str) -> None:
        self.query_one(StatusBar).flash(note)

    def action_step_quote(self, direction: int, analyst: bool) -> None:
        label = "analyst quote" if analyst else "quote"
        if self.refs is None:
            self._flash("quotes are still loading…")
            return
        refs = self.walk.quotes(analyst)
        if not refs:
            self._flash(f"no {'named-analyst ' if analyst else ''}quotes in this corpus")
            return
        index = self.walk.step(analyst, self.position, direction > 0)
        if index is None:
            self._flash(f"no {label} {'after' if direction > 0 else 'before'} this one")
            return
        self.go_to_quote(refs[index], Target(0, 0, label, index))

    def go_to_quote(self, ref, target: Target | None = None) -> None:
        target = target or Target(0, 0, "quote", None)
        target.start, target.end = ref.quote.start, ref.quote.end
        if self.article is not None and self.article.id == ref.article_id:
            self._go(target)
        else:
            self.open_article(ref.article_id, target)

    # -- messages from widgets ----------------------------------------------------------------

    def on_search_bar_query(self, message: SearchBar.Query) -> None:
        self.query = message.query
        self._generation += 1
        if not self.ready:
            return
        if not self.query:
            self.query_one(HitList).show_note(Text("Type / and a query to search the corpus.", DIM))
            self.query_one(ArticleList).set_scores({})
            self.query_one(StatusBar).position = ""
            self.refresh_article()
            return
        self.run_search(self.query, self._generation)

    def on_search_bar_leave(self) -> None:
        (self.query_one(HitList) if self.query else self.query_one(ArticleList)).focus()

    def on_article_list_open(self, message: ArticleList.Open) -> None:
        self.open_article(message.article_id)
        self.view.focus()

    def on_article_list_sorted(self, message: ArticleList.Sorted) -> None:
        self.query_one(StatusBar).sort = message.sort

    def on_hit_list_open(self, message: HitList.Open) -> None:
        self.position = (self.order.get(message.article_id, -1), -1)
        target = Target(message.offset, message.offset, "hit-fragment")
        self.load_article(message.article_id, self.query, target)
        self.view.focus()

    def on_quote_list_jump(self, message: QuoteList.Jump) -> None:
        self._go(Target(message.quote.start, message.quote.end, "quote", None))
        self.view.focus()

    def on_actor_list_person_chosen(self, message: ActorList.PersonChosen) -> None:
        self.show_speaker(message.actor)

    # -- actions ------------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one(SearchBar).focus()

    def action_focus_pane(self, selector: str) -> None:
        self.query_one(selector).focus()

    def action_focus_actors(self) -> None:
        self.query_one(ActorList).focus_first_person()

    def action_toggle_raw(self) -> None:
        self.raw = not self.raw
        if self.article is not None:
            self._show_article(keep_position=True)

    def action_cycle_sort(self) -> None:
        self.query_one(ArticleList).cycle_sort()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_quotes_screen(self) -> None:
        self.show_speaker(None)

    def show_speaker(self, person) -> None:
        if self.refs is None:
            self._flash("quotes are still loading…")
            return
        self.push_screen(QuotesScreen(self.refs, person=person), self._quote_chosen)

    def _quote_chosen(self, ref) -> None:
        if ref is not None:
            self.go_to_quote(ref)
            self.view.focus()

    def search_for(self, query: str) -> None:
        bar = self.query_one(SearchBar)
        bar.value = query
        bar.action_commit()

    def on_unmount(self) -> None:
        self._resume_gc()
        if self.corpus is not None:
            self.corpus.close()


def _one_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def run_reader(corpus_root: Path, index_dir: Path | None = None) -> int:
    """Run the reader until the user quits; the exit code for the shell."""
    # Large builds run in worker processes, and multiprocessing's resource tracker hands
    # sys.stderr's file descriptor to its helper process; once Textual runs, sys.stderr is
    # a capture object without one. Starting the tracker now keeps parallel builds working.
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    app = BriefingApp(Path(corpus_root), index_dir)
    app.run()
    return app.return_code or 0
