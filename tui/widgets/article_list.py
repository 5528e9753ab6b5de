"""The article list: every article of the corpus, two lines each (title, then date and source),
sortable by date, source or relevance.

A virtual list (Textual's Line API, as Toolong's log view): it keeps one reference per article
(the library's ``ArticleSummary``) and styles only the lines on screen, when they are drawn. A
DataTable keeps a Text and its rendered segments for every cell of every row, which at 10,000
articles cost hundreds of megabytes and seconds of filling.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import keys
from ..render import DIM, clean

SORTS = ("date", "source", "relevance")
SORT_LABELS = {"date": "newest first", "source": "by source", "relevance": "by relevance"}
ROW_HEIGHT = 2  # title, then source and date
HEADER_HEIGHT = 1  # the column labels stay on top while the rows scroll
PADDING = 1  # blank cells either side of each column
QUOTES_WIDTH = 2
MIN_TITLE_WIDTH = 12
QUOTES_STYLE = Style(color="green", bold=True)


class TitleCell(Text):
    """A row's title cell as text (the test and scripting view of a row), with its article."""

    summary = None


class ArticleList(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {
        "article-list--header",
        "article-list--cursor",
        "article-list--hover",
    }
    BINDINGS = [
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,ctrl+home", "first", "First", show=False),
        Binding("end,ctrl+end", "last", "Last", show=False),
        *keys.OPTIONS,
    ]

    class Open(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Sorted(Message):
        def __init__(self, sort: str) -> None:
            super().__init__()
            self.sort = sort

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sort_mode = "date"
        self.scores: dict[str, float] = {}
        self._rows: list = []  # ArticleSummary, in the order shown
        self._positions: dict[str, int] | None = None  # article id -> row, built when asked
        self._cursor = 0
        self._hover = -1  # the row under the mouse, -1 when none (or the keyboard moved last)
        self._lines: LRUCache[tuple, Strip] = LRUCache(256)  # only what is on screen, mostly

    # -- data ---------------------------------------------------------------------------------

    def set_articles(self, articles) -> None:
        self._rows = self._ordered(list(articles))
        self._positions = None
        self._cursor = 0
        self._hover = -1
        self._update_virtual_size()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._changed()

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def loading_rows(self) -> bool:
        """Kept for callers that wait for the list: listing is one assignment, never partial."""
        return False

    def summary_at(self, row: int):
        return self._rows[row]

    def get_row_at(self, row: int) -> list[Text]:
        """The row's cells as text (title and its source line, then the quote count), built
        now: what the row shows, for tests and scripts; the screen draws from the summary."""
        summary = self._rows[row]
        title = TitleCell(_title(summary), no_wrap=True, overflow="ellipsis")
        title.append("\n")
        title.append(_meta(summary), DIM)
        title.summary = summary
        count = summary.quote_count
        quotes = Text(str(count) if count else "·", style=QUOTES_STYLE if count else DIM,
                      justify="right")
        return [title, quotes]

    # -- sorting ------------------------------------------------------------------------------

    def _ordered(self, summaries) -> list:
        # Stable sorts, path order first, so equal keys keep path order; plain-string keys
        # (no per-character tuples) keep a 10,000-row re-sort off the frame budget.
        rows = sorted(summaries, key=_path)
        if self.sort_mode == "source":
            rows.sort(key=_source_then_date)
        elif self.sort_mode == "relevance":
            scores = self.scores
            rows.sort(key=lambda summary: -scores.get(summary.id, 0.0))
        else:
            # Newest first; undated ("") last.
            rows.sort(key=_date, reverse=True)
        return rows

    def first_in_order(self, summaries):
        """The article the list shows first under the current sort."""
        return self._ordered(summaries)[0]

    def set_sort(self, mode: str) -> None:
        # The cursor stays on the same row (as the DataTable's sort did): the list re-orders
        # under it, and the open article does not change until Enter.
        self.sort_mode = mode
        self._rows = self._ordered(self._rows)
        self._positions = None
        self._changed()
        self.post_message(self.Sorted(mode))

    def cycle_sort(self) -> str:
        modes = SORTS if self.scores else SORTS[:2]
        mode = modes[(modes.index(self.sort_mode) + 1) % len(modes)] if self.sort_mode in modes else modes[0]
        self.set_sort(mode)
        return mode

    def set_scores(self, scores: dict[str, float]) -> None:
        self.scores = scores
        if self.sort_mode == "relevance":
            self.set_sort("relevance" if scores else "date")

    # -- cursor -------------------------------------------------------------------------------

    @property
    def cursor_row(self) -> int:
        return self._cursor

    @cursor_row.setter
    def cursor_row(self, row: int) -> None:
        self.move_cursor(row)

    def move_cursor(self, row: int, *, scroll: bool = True) -> None:
        if not self._rows:
            return
        row = max(0, min(row, len(self._rows) - 1))
        if row != self._cursor:
            self._cursor = row
            self.refresh()
        if scroll:
            self._scroll_to_row(row)

    def select_article(self, article_id: str) -> None:
        if self._positions is None:
            self._positions = {summary.id: i for i, summary in enumerate(self._rows)}
        row = self._positions.get(article_id)
        if row is not None:
            self.move_cursor(row)

    @property
    def current_id(self) -> str | None:
        return self._rows[self._cursor].id if self._rows else None

    def _scroll_to_row(self, row: int) -> None:
        top = row * ROW_HEIGHT  # scroll_y that puts the row right under the header
        visible = self._page_height()
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + ROW_HEIGHT > self.scroll_y + visible:
            self.scroll_to(y=top + ROW_HEIGHT - visible, animate=False, immediate=True)

    def _keyboard(self) -> None:
        """The keyboard took over: the mouse's hover highlight goes (as in a DataTable)."""
        if self._hover != -1:
            self._hover = -1
            self.refresh()

    def action_cursor_up(self) -> None:
        self._keyboard()
        self.move_cursor(self._cursor - 1)

    def action_cursor_down(self) -> None:
        self._keyboard()
        self.move_cursor(self._cursor + 1)

    def action_first(self) -> None:
        self._keyboard()
        self.move_cursor(0)

    def action_last(self) -> None:
        self._keyboard()
        self.move_cursor(len(self._rows) - 1)

    def _page_height(self) -> int:
        return max(ROW_HEIGHT, self.scrollable_content_region.height - HEADER_HEIGHT)

    def action_page_down(self) -> None:
        # A page of lines scrolled, and the cursor moved by as many rows (as a DataTable does).
        self._keyboard()
        page = self._page_height()
        self.scroll_to(y=self.scroll_y + page, animate=False, immediate=True)
        self.move_cursor(self._cursor + page // ROW_HEIGHT)

    def action_page_up(self) -> None:
        self._keyboard()
        page = self._page_height()
        self.scroll_to(y=self.scroll_y - page, animate=False, immediate=True)
        self.move_cursor(self._cursor - page // ROW_HEIGHT)

    def action_select(self) -> None:
        self._keyboard()
        if self._rows:
            self.post_message(self.Open(self._rows[self._cursor].id))

    # -- mouse --------------------------------------------------------------------------------

    def _row_at(self, event: events.MouseEvent) -> int | None:
        """The row under the mouse; -1 for the header; None for no row."""
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        if offset.y < HEADER_HEIGHT:
            return -1
        row = (offset.y - HEADER_HEIGHT + round(self.scroll_y)) // ROW_HEIGHT
        return row if 0 <= row < len(self._rows) else None

    async def _on_click(self, event: events.Click) -> None:
        row = self._row_at(event)
        if row is None:
            return
        event.stop()
        if row == -1:
            self.cycle_sort()
        elif row == self._cursor:
            self.post_message(self.Open(self._rows[row].id))  # a second click opens
        else:
            self.move_cursor(row)

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        row = self._row_at(event)
        hover = row if row is not None and row >= 0 else -1
        if hover != self._hover:
            self._hover = hover
            self.refresh()

    def _on_leave(self, event: events.Leave) -> None:
        if self._hover != -1:
            self._hover = -1
            self.refresh()

    # -- drawing ------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._lines.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_mount(self) -> None:
        self._update_virtual_size()

    def _update_virtual_size(self) -> None:
        # Height only: lines are drawn to the widget's width, which the list never scrolls, so
        # a resize need not change the virtual size (and lay the screen out again).
        self.virtual_size = Size(0, HEADER_HEIGHT + ROW_HEIGHT * len(self._rows))

    def _title_width(self) -> int:
        others = QUOTES_WIDTH + 4 * PADDING
        return max(MIN_TITLE_WIDTH, self.scrollable_content_region.width - others)

    def render_line(self, y: int) -> Strip:
        # The whole width, gutter included: with no scrollbar there the row's colours reach
        # the border, as a DataTable's did.
        width = self.size.width
        focused = self.has_focus
        if y < HEADER_HEIGHT:
            key = ("header", width, focused, self.sort_mode)
            row, line = -1, 0
        else:
            offset = y - HEADER_HEIGHT + round(self.scroll_y)
            row, line = divmod(offset, ROW_HEIGHT)
            if row >= len(self._rows):
                return Strip.blank(width, self.rich_style)
            key = (row, line, width, focused, row == self._cursor, row == self._hover)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._render_row_line(row, line, width, key[-2:])
            self._lines[key] = strip
        return strip

    def _render_row_line(self, row: int, line: int, width: int, flags) -> Strip:
        base = self.rich_style
        title_width = self._title_width()
        pad = " " * PADDING
        if row == -1:
            style = base + self.get_component_rich_style("article-list--header")
            label = Text.assemble(("Article", "bold"), (f"  {SORT_LABELS[self.sort_mode]}", "dim"))
            quotes = Text("Q", style="bold")
            post = Style()
        else:
            summary = self._rows[row]
            cursor, hover = flags
            component = Style()
            if hover:
                component += self.get_component_rich_style("article-list--hover")
            if cursor:
                component += self.get_component_rich_style("article-list--cursor")
            style = base + component
            # The cursor's colours win over the data's (as in a DataTable: the green quote
            # count turns the cursor's colour on the cursor row).
            post = Style.from_color(component.color, component.bgcolor)
            if line == 0:
                label = Text(_title(summary))
                count = summary.quote_count
                quotes = Text(str(count) if count else "·", style=QUOTES_STYLE if count else DIM)
            else:
                label = Text()
                label.append(_meta(summary), DIM)  # dim words; the padding after them is not
                quotes = Text()
        label.truncate(title_width, overflow="ellipsis", pad=True)
        quotes.truncate(QUOTES_WIDTH)
        quotes.pad_left(QUOTES_WIDTH - quotes.cell_len)
        text = Text.assemble(pad, label, pad, pad, quotes, pad, no_wrap=True, end="")
        segments = Segment.apply_style(text.render(self.app.console), style, post)
        return Strip(segments).adjust_cell_length(width, style).simplify()


def _title(summary) -> str:
    return clean(summary.title or summary.path)


def _meta(summary) -> str:
    meta = " · ".join(clean(x) for x in (summary.date, summary.source) if x)
    return meta or clean(summary.path)


def _path(summary) -> str:
    return summary.path


def _date(summary) -> str:
    return summary.date or ""


def _source_then_date(summary) -> tuple:
    return ((summary.source or "~").casefold(), summary.date or "")
