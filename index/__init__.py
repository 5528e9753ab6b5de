"""briefing's library: a folder of articles in; articles, actors, quotes and search hits out.

Nothing here draws on a screen or imports a UI toolkit. The small public API::

    from index import Corpus
    corpus = Corpus.open("seeds")            # builds or updates the index as needed
    corpus.articles()                        # [ArticleSummary, ...]
    corpus.article(article_id)               # Article, with its clean text, lines, quotes
    corpus.search('"trilateral summit"')     # SearchResult with Hits and Fragments
"""

from __future__ import annotations

from .errors import (
    ArticleNotFound,
    BriefingError,
    CorpusError,
    IndexBusyError,
    IndexDirError,
    QueryError,
)
from .model import (
    Actor,
    ActorRef,
    Article,
    ArticleSummary,
    Fragment,
    Hit,
    Line,
    LineKind,
    Progress,
    Quote,
    QuoteRef,
    SearchResult,
    SkippedFile,
    UpdateReport,
)

__version__ = "0.1.0"


def __getattr__(name: str):
    # Whoosh and the ingest stack load on first use, keeping `import index` cheap for a UI's
    # first paint.
    if name == "Corpus":
        from .corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'index' has no attribute {name!r}")


__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ArticleNotFound",
    "ArticleSummary",
    "BriefingError",
    "Corpus",
    "CorpusError",
    "Fragment",
    "Hit",
    "IndexBusyError",
    "IndexDirError",
    "Line",
    "LineKind",
    "Progress",
    "QueryError",
    "Quote",
    "QuoteRef",
    "SearchResult",
    "SkippedFile",
    "UpdateReport",
    "__version__",
]
