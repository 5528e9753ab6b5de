"""The article pane: a one-line header (source, date, author, file; RAW when showing the
original) above the article view."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Vertical
from textual.widgets import Static

from ..render import DIM, article_document, clean
from .article_view import ArticleView


class ArticlePane(Vertical):
    def compose(self):
        yield Static(id="article-header")
        yield ArticleView(id="article")

    def on_mount(self) -> None:
        self.border_title = "Article"

    def show(self, article, spans, *, raw: bool, query: str, keep_position: bool) -> None:
        self.query_one(ArticleView).set_document(
            article_document(article, raw=raw, hits=spans), keep_position=keep_position)
        header = Text(no_wrap=True, overflow="ellipsis")
        if raw:
            header.append(" RAW ", "bold black on yellow")
            header.append(" the original file; furniture dimmed; r to leave  ", "yellow")
        meta = (article.source, article.date, article.author and f"by {article.author}", article.path)
        header.append(" · ".join(clean(x) for x in meta if x), DIM)
        self.query_one("#article-header", Static).update(header)
        self.border_title = "Article (raw)" if raw else "Article"
        count = len(spans)
        self.border_subtitle = f"{count} hit{'s' * (count != 1)}" if query else ""
