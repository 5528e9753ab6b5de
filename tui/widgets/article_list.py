"""The article list: a DataTable (it renders only the visible rows), sortable by date, source
or relevance, filled in chunks so a 10,000-article corpus never freezes the screen."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.widgets import DataTable

from .. import keys
from ..render import DIM, clean

CHUNK = 400  # rows added per refresh while loading: the DataTable measures each new cell
SORTS = ("date", "source", "relevance")
FIXED = {"quotes": 2}
SORT_LABELS = {"date": "newest first", "source": "by source", "relevance": "by relevance"}


class _TitleCell(Text):
    """A title that remembers its article, so sorting can use data the cells do not show."""

    summary = None


class ArticleList(DataTable):
    BINDINGS = keys.TABLE

    class Open(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Sorted(Message):
        def __init__(self, sort: str) -> None:
            super().__init__()
            self.sort = sort

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self.sort_mode = "date"
        self.scores: dict[str, float] = {}
        self._pending: list = []
        self._loading = False

    def on_mount(self) -> None:
        self.add_column(self._title_label(), key="title", width=20)
        self.add_column(Text("Q", style="bold", justify="right"), key="quotes", width=FIXED["quotes"])
        self._fit_title()

    def _title_label(self) -> Text:
        return Text.assemble(("Article", "bold"), (f"  {SORT_LABELS[self.sort_mode]}", "dim"))

    # -- data ---------------------------------------------------------------------------------

    def set_articles(self, articles) -> None:
        self.clear()
        self._pending = self._ordered(list(articles))
        if not self._loading:
            self._loading = True
            self.call_after_refresh(self._add_chunk)

    def _add_chunk(self) -> None:
        chunk, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        self.add_rows_for(chunk)
        if self._pending:
            self.set_timer(0.01, self._add_chunk)
        else:
            self._loading = False

    def add_rows_for(self, chunk) -> None:
        for summary in chunk:
            # Two lines per article: the title, then its source and date, dimmed.
            cell = _TitleCell(clean(summary.title or summary.path), no_wrap=True, overflow="ellipsis")
            cell.append("\n")
            meta = " · ".join(clean(x) for x in (summary.date, summary.source) if x)
            cell.append(meta or clean(summary.path), DIM)
            cell.summary = summary
            quotes = summary.quote_count
            self.add_row(
                cell,
                Text(str(quotes) if quotes else "·", style="bold green" if quotes else DIM,
                     justify="right"),
                key=summary.id,
                height=2,
            )

    @property
    def loading_rows(self) -> bool:
        return self._loading

    # -- sorting ------------------------------------------------------------------------------

    def _sort_key(self, summary):
        if self.sort_mode == "source":
            return ((summary.source or "~").casefold(), summary.date or "", summary.path)
        if self.sort_mode == "relevance":
            return (-self.scores.get(summary.id, 0.0), summary.path)
        # Newest first; undated last.
        return (summary.date is None, _neg(summary.date or ""), summary.path)

    def first_in_order(self, summaries):
        """The article the list shows first under the current sort."""
        return min(summaries, key=self._sort_key)

    def _ordered(self, summaries):
        return sorted(summaries, key=self._sort_key)

    def set_sort(self, mode: str) -> None:
        self.sort_mode = mode
        self._pending = self._ordered(self._pending)
        self.sort("title", key=lambda cell: self._sort_key(cell.summary))
        if "title" in self.columns:
            self.columns["title"].label = self._title_label()
            self.notify_style_update()
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

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.cycle_sort()

    # -- selection and layout -----------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Open(str(event.row_key.value)))

    def select_article(self, article_id: str) -> None:
        try:
            row = self.get_row_index(article_id)
        except Exception:
            return
        self.move_cursor(row=row, animate=False)

    @property
    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        try:
            key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        except Exception:
            return None
        return str(key.value)

    def on_resize(self) -> None:
        self._fit_title()

    def _fit_title(self) -> None:
        if "title" not in self.columns:
            return
        padding = 2 * self.cell_padding * len(self.columns)
        others = sum(FIXED.values())
        width = max(12, self.scrollable_content_region.width - others - padding)
        column = self.columns["title"]
        if column.width != width:
            column.width = width
            column.auto_width = False
            total = sum(c.get_render_width(self) for c in self.columns.values())
            self.virtual_size = Size(total, self.virtual_size.height)
            self.notify_style_update()


def _neg(date: str) -> tuple:
    """A key that sorts ISO dates newest first inside an ascending sort."""
    return tuple(-ord(c) for c in date)
