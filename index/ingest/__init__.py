"""Ingest stage: files -> decoded text -> cleaned :class:`~index.model.Article`.

* :func:`discover` lists the article files under a corpus root;
* :func:`read_source` decodes one file, or raises :class:`UnreadableFile` with a reason;
* :func:`sanitize` is the project's one sanitiser for text bound for a terminal;
* :func:`parse_article` classifies every line (title, deck, byline, caption, body,
  furniture), builds the clean text and reads title/source/date/author/language.
"""

from ..sanitize import sanitize
from .discover import SUFFIXES, discover, discover_relative, is_html_file
from .parse import detect_language, parse_article
from .source import MAX_BYTES, UnreadableFile, read_source

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "UnreadableFile",
    "detect_language",
    "discover",
    "discover_relative",
    "is_html_file",
    "parse_article",
    "read_source",
    "sanitize",
]
