"""The Whoosh schema and the one analyzer that both indexing and highlighting use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from whoosh import fields
from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemmingAnalyzer,
)
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map

# Bump whenever the schema, the analyzers or the stored blob change shape: an index written
# with another version is rebuilt from the files instead of being misread.
SCHEMA_VERSION = 6

# Search fields a user may name in a query, mapped to the schema field they search.
QUERY_FIELDS: dict[str, str] = {
    "title": "title",
    "body": "body",
    "source": "source",
    "author": "author",
    "date": "date",
    "language": "language",
    "lang": "language",
    "path": "path",
    "speaker": "speakers",
    "speakers": "speakers",
    "actor": "actors",
    "actors": "actors",
    "quote": "quotes",
    "quotes": "quotes",
}

# The names an error message offers (aliases such as "speakers" and "lang" work but are not
# advertised).
ADVERTISED_FIELDS = ("title", "body", "source", "author", "date", "language", "path",
                     "speaker", "actor", "quote")

# Fields searched when a query names none, with the spans we highlight.
DEFAULT_FIELDS = ("title", "body")


@lru_cache(maxsize=1)
def text_analyzer():
    """Words, lowercased, stop words dropped, stemmed, accents folded ("Quốc" finds "quoc")."""
    return StemmingAnalyzer() | CharsetFilter(accent_map)


# Highlighting must find exactly the words the index matched, in every hit's whole text, while
# the user types. Whoosh's analyzer builds a Token object per word through a chain of
# generators; the same steps done with one C-level regex scan and a per-word cache are ~10x
# faster. tests/test_search.py checks that both give the same terms at the same offsets.
_TOKEN_RE = re.compile(default_pattern.pattern, re.UNICODE)
_MIN_WORD = 2  # StemmingAnalyzer's default minsize


@lru_cache(maxsize=100_000)
def _term(word: str) -> str | None:
    lowered = word.lower()
    if len(lowered) < _MIN_WORD or lowered in STOP_WORDS:
        return None
    return stem(lowered).translate(accent_map)


def analyzed_terms(text: str) -> tuple[int, list[str]]:
    """The terms ``text_analyzer()`` indexes for ``text``, in order, and the position of the
    first: Whoosh's stop filter numbers kept words consecutively, but from the first kept
    word's place among all words ("0:00" files "00" at position 1)."""
    terms = []
    first = 0
    for index, match in enumerate(_TOKEN_RE.finditer(text)):
        term = _term(match.group())
        if term is not None:
            if not terms:
                first = index
            terms.append(term)
    return first, terms


def analyzed_spans(text: str) -> list[tuple[str, int, int]]:
    """``(term, start, end)`` for every token ``text_analyzer()`` would index, in order."""
    found = []
    for match in _TOKEN_RE.finditer(text):
        term = _term(match.group())
        if term is not None:
            found.append((term, match.start(), match.end()))
    return found


@dataclass(frozen=True)
class AnalyzedText:
    """A text field's postings, worked out ahead of the index writer: ``(term bytes,
    frequency, weight, encoded positions)`` per distinct term, as Whoosh's own
    ``TEXT.index()`` returns them."""

    postings: tuple[tuple[bytes, int, float, bytes], ...]


class PreAnalyzedText(fields.TEXT):
    """A TEXT field that also takes an ``AnalyzedText``.

    Whoosh's writer analyses every document in the one process that holds the index lock;
    that was half of its time per article. Build workers analyse instead (``analyze``), and
    the writer only files the postings. A plain string is still analysed as usual."""

    def __init__(self, analyzer, **kwargs) -> None:
        super().__init__(analyzer=analyzer, **kwargs)
        # Text fields take the fast path to the same terms (see analyzed_terms); name
        # fields are short, and Whoosh's own analysis is quick enough there.
        self.fast_analysis = analyzer == text_analyzer()

    def index(self, value, **kwargs):
        if isinstance(value, AnalyzedText):
            return iter(value.postings)
        return super().index(value, **kwargs)

    def analyze(self, text: str) -> AnalyzedText:
        if not self.fast_analysis:
            return AnalyzedText(tuple(super().index(text)))
        positions: dict[str, list[int]] = {}
        first, terms = analyzed_terms(text)
        for pos, term in enumerate(terms, start=first):
            positions.setdefault(term, []).append(pos)
        encode = self.format.encode
        boost = self.format.field_boost
        return AnalyzedText(
            tuple(
                (term.encode("utf-8"), len(poses), len(poses) * boost, encode(poses))
                for term, poses in positions.items()
            )
        )


@lru_cache(maxsize=1)
def _schema() -> fields.Schema:
    return build_schema()


def pre_analyze(document: dict) -> dict:
    """``document`` with its text fields analysed, ready for a writer of ``build_schema()``;
    a stored field keeps its text to store."""
    schema = _schema()
    analyzed = dict(document)
    for name, value in document.items():
        field = schema[name]
        if isinstance(field, PreAnalyzedText) and isinstance(value, str):
            analyzed[name] = field.analyze(value)
            if field.stored:
                analyzed[f"_stored_{name}"] = value
    return analyzed


@lru_cache(maxsize=1)
def name_analyzer():
    """For names and publications: split on anything not a letter or digit, so that
    "hani.co.kr" is found by ``source:hani`` and "Han Duck-soo" by ``speaker:duck``."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


def build_schema() -> fields.Schema:
    text = text_analyzer()
    names = name_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.ID(stored=True),
        title=PreAnalyzedText(analyzer=text, stored=True, field_boost=2.0),
        body=PreAnalyzedText(analyzer=text),
        source=PreAnalyzedText(analyzer=names, stored=True),
        author=PreAnalyzedText(analyzer=names, stored=True),
        date=fields.ID(stored=True, sortable=True),
        language=fields.ID(stored=True),
        actors=PreAnalyzedText(analyzer=names),
        speakers=PreAnalyzedText(analyzer=names),
        quotes=PreAnalyzedText(analyzer=text),
        quote_count=fields.NUMERIC(stored=True, sortable=True),
        # Everything the reader needs to rebuild the Article, compressed (see store.py).
        blob=fields.STORED(),
        extraction=fields.STORED(),
    )
