"""Extraction stage: who is quoted saying what, and who is mentioned.

``extract(article) -> Extraction(actors, quotes)`` works on ``Article.text`` (the clean
text) and ``Article.lines`` (line kinds); it uses rules and word lists only, offline.

* Quotes: spans inside quotation marks of any style (`quotes.scan`), attributed to a
  speaker by an ordered sieve of rules (`attribution`), kept when at least four words
  long, not a label or a title, and attributed; a quote repeated in a title or caption
  counts once.  ``Quote.text == article.text[start:end]``.
* Actors: named people (canonical name as first introduced in full, aliases, role and
  affiliation as stated, category, mention and quote counts), organisations and countries
  (demonyms count for their country).
* ``resolve_identities(names)`` gives every canonical person name a person_id shared by
  variant spellings across a corpus.  ``Actor.person_id`` is left ``None`` by ``extract``
  (one article cannot know the corpus); the store fills it from ``resolve_identities``.
"""

from .core import Extraction, analyze, clear_caches, extract
from .names import resolve_identities, same_person_name

# Bump when the rules change what is extracted: an index built by another version is rebuilt,
# so nobody reads actors and quotes from rules that have since been fixed.
EXTRACTOR_VERSION = 3  # 2: attribution and name rules of 2026-11-22; 3: the wide given-name list

__all__ = ["EXTRACTOR_VERSION", "Extraction", "analyze", "clear_caches", "extract", "resolve_identities",
           "same_person_name"]
