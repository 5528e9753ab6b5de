"""Plain data passed between the stages: files -> ingest -> extract -> store -> query.

Everything here is a frozen dataclass of built-in types, so a stage can hand its result
to the next one (or to another process, or to JSON) without sharing behaviour.
Offsets are always character offsets into a Python ``str``, half-open ``[start, end)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

# Article.text is the content lines joined by this: one paragraph per line, a blank line
# between. Ingest builds it and the store rebuilds it from the line table; both use this.
PARAGRAPH_SEPARATOR = "\n\n"


class LineKind(str, Enum):
    """What a line of the source file is, as decided by the cleaner."""

    TITLE = "title"
    DECK = "deck"  # subheadline / standfirst under the title
    BYLINE = "byline"  # author, dateline, "Posted on", author blocks
    CAPTION = "caption"  # photo captions and credits
    BODY = "body"
    FURNITURE = "furniture"  # page chrome: navigation, share buttons, footers...

    @property
    def is_content(self) -> bool:
        return self is not LineKind.FURNITURE


@dataclass(frozen=True)
class Line:
    """One non-blank line of the source, with its class and where it lives.

    ``raw_start``/``raw_end`` locate the stripped line in ``Article.raw``; ``start``/``end``
    locate it in ``Article.text`` and are ``-1`` for furniture, which the clean text omits.
    """

    kind: LineKind
    raw_start: int
    raw_end: int
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Actor:
    """A person, organisation or country that an article mentions."""

    name: str  # canonical form, as first introduced in full
    kind: str  # "person" | "organization" | "country"
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    category: str = "other"  # "analyst" | "official" | "leader" | "other"
    mentions: int = 0
    quote_count: int = 0
    person_id: str | None = None  # identity across the corpus (persons only)


@dataclass(frozen=True)
class Quote:
    """A quoted span of ``Article.text`` and who the article says spoke it."""

    text: str  # the words inside the quotation marks
    speaker: str
    speaker_named: bool
    speaker_category: str  # "analyst" | "official" | "leader" | "other"
    cue: str  # the attribution cue as written, e.g. "explained", "according to"
    start: int  # span of the quoted words in Article.text
    end: int
    speaker_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteRef:
    """A quote located in the corpus: which article, and who across the corpus said it."""

    article_id: str
    article_title: str | None
    quote: Quote
    person_id: str | None = None  # the speaker's identity across articles, for named people


@dataclass(frozen=True)
class ActorRef:
    """An actor across the corpus: its merged record and the articles that mention it."""

    actor: Actor  # mentions and quote_count summed over the articles
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class ArticleSummary:
    """What a list of articles needs, without the text: cheap to load for 10,000 rows."""

    id: str
    path: str  # relative to the corpus root, '/'-separated
    title: str | None
    source: str | None
    date: str | None  # ISO 8601 date, "YYYY-MM-DD"
    author: str | None
    language: str | None
    quote_count: int = 0


@dataclass(frozen=True)
class Article:
    """A cleaned article with everything known about it.

    ``raw`` is the decoded source (newlines normalised, terminal control sequences removed);
    ``text`` is the clean text: the content lines in order, one paragraph per line, separated
    by a blank line. Quote offsets point into ``text``.
    """

    id: str
    path: str
    title: str | None
    source: str | None
    date: str | None
    author: str | None
    language: str | None
    text: str
    raw: str
    lines: tuple[Line, ...]
    encoding: str = "utf-8"
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def summary(self) -> ArticleSummary:
        return ArticleSummary(
            id=self.id,
            path=self.path,
            title=self.title,
            source=self.source,
            date=self.date,
            author=self.author,
            language=self.language,
            quote_count=len(self.quotes),
        )

    def lines_of(self, kind: LineKind) -> list[str]:
        return [self.raw[line.raw_start : line.raw_end] for line in self.lines if line.kind is kind]


@dataclass(frozen=True)
class Fragment:
    """A snippet of an article with the character spans that matched the query.

    ``highlights`` are offsets into ``text``; ``offset`` is where ``text`` starts in
    ``Article.text``, so a front end can jump from a fragment to the article.
    """

    text: str
    highlights: tuple[tuple[int, int], ...]
    offset: int = 0


@dataclass(frozen=True)
class Hit:
    article_id: str
    path: str
    title: str | None
    score: float
    fragments: tuple[Fragment, ...] = ()
    source: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[Hit, ...]
    suggestion: str | None = None  # a corrected query, offered when nothing matched


@dataclass(frozen=True)
class SkippedFile:
    """A file the ingest could not use, and why, in words a user can act on."""

    path: str
    reason: str


@dataclass(frozen=True)
class UpdateReport:
    """What opening a corpus changed in its index."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    skipped: tuple[SkippedFile, ...] = ()
    warnings: tuple[SkippedFile, ...] = ()  # indexed, but with a problem worth telling
    rebuilt: bool = False
    read_only: bool = False  # the index could not be written and is served as last built
    seconds: float = 0.0

    @property
    def touched(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.rebuilt)


@dataclass(frozen=True)
class Progress:
    """Posted while indexing, so a front end can draw a bar; ``index/`` never draws."""

    done: int
    total: int
    path: str = ""
    stage: str = "indexing"


__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ArticleSummary",
    "Fragment",
    "Hit",
    "Line",
    "LineKind",
    "Progress",
    "Quote",
    "QuoteRef",
    "SearchResult",
    "SkippedFile",
    "UpdateReport",
]
