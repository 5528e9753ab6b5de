"""The Whoosh schema and the one analyzer that both indexing and highlighting use."""

from __future__ import annotations

import re
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
SCHEMA_VERSION = 5

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


def analyzed_spans(text: str) -> list[tuple[str, int, int]]:
    """``(term, start, end)`` for every token ``text_analyzer()`` would index, in order."""
    found = []
    for match in _TOKEN_RE.finditer(text):
        term = _term(match.group())
        if term is not None:
            found.append((term, match.start(), match.end()))
    return found


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
        title=fields.TEXT(analyzer=text, stored=True, field_boost=2.0),
        body=fields.TEXT(analyzer=text),
        source=fields.TEXT(analyzer=names, stored=True),
        author=fields.TEXT(analyzer=names, stored=True),
        date=fields.ID(stored=True, sortable=True),
        language=fields.ID(stored=True),
        actors=fields.TEXT(analyzer=names),
        speakers=fields.TEXT(analyzer=names),
        quotes=fields.TEXT(analyzer=text),
        quote_count=fields.NUMERIC(stored=True, sortable=True),
        # Everything the reader needs to rebuild the Article, compressed (see store.py).
        blob=fields.STORED(),
        extraction=fields.STORED(),
    )
