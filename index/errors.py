"""Errors a user can act on. Every message is one line that says what went wrong and what to do."""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: the front end prints ``str(error)`` as is and exits non-zero."""


class CorpusError(BriefingError):
    """The corpus folder is missing, not a folder, or holds no readable article."""


class IndexDirError(BriefingError):
    """The index folder cannot be created, written or read."""


class IndexBusyError(BriefingError):
    """Another process holds the index's update lock for longer than we are willing to wait."""


class QueryError(BriefingError):
    """A search query that cannot be understood."""


class ArticleNotFound(BriefingError):
    """An article id that the index does not hold."""
