"""Messages the app's workers post. Workers never touch widgets: they post one of these and
the app, on its own thread, updates the screen."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message


@dataclass
class IndexProgress(Message):
    done: int
    total: int
    path: str = ""


@dataclass
class CorpusReady(Message):
    corpus: object
    articles: list
    skipped: tuple = ()
    note: str = ""  # an update error that left an older index usable
    warnings: tuple = ()  # indexed with a problem, or served read-only


@dataclass
class CorpusFailed(Message):
    error: str


@dataclass
class SearchDone(Message):
    generation: int
    result: object


@dataclass
class SearchFailed(Message):
    generation: int
    query: str
    error: str


@dataclass
class Target:
    """Where to go in an article once it is shown: a span, and what kind of place it is."""

    start: int
    end: int
    kind: str = "hit"  # "hit" | "quote" | "top"
    index: int | None = None  # hit index, or quote index in the corpus list


@dataclass
class ArticleLoaded(Message):
    article: object
    query: str
    spans: tuple
    target: Target | None = None
    request: int = 0  # which load_article call this answers


@dataclass
class ArticleFailed(Message):
    article_id: str
    error: str


@dataclass
class QuotesLoaded(Message):
    refs: list = field(default_factory=list)
    error: str = ""
