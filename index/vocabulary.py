"""The corpus's own words, unstemmed, for "did you mean" suggestions.

Whoosh can keep such a word list itself (``spelling=True``), but that analyses every text a
second time and cost 40% of index build time here. Collecting the words in the worker
processes that already hold the text costs a regex pass, and the list is read only when a
search finds nothing.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

VOCABULARY_NAME = "vocabulary.txt"
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})

_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only, three or more: words worth correcting
# A query word that may be corrected: letters, not a field name (followed by ':'), not part
# of a prefix or wildcard pattern.
_QUERY_WORD = re.compile(r"(?<![\w*?])[^\W\d_]{3,}(?![\w*?:])")


def words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def load(index_dir: Path) -> set[str]:
    try:
        return set((index_dir / VOCABULARY_NAME).read_text("utf-8").split())
    except OSError:
        return set()


def save(index_dir: Path, words: Iterable[str]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".vocabulary-", dir=index_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write("\n".join(sorted(words)))
        os.replace(tmp, index_dir / VOCABULARY_NAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def correct(query: str, vocabulary: set[str], finds_something: Callable[[str], bool]) -> str | None:
    """``query`` with each unknown word replaced by the nearest known word (edit distance 1,
    or 2 for words of six letters or more), if that corrected query finds something."""
    if not vocabulary:
        return None
    choices = None
    changed = False

    def fix(match: re.Match) -> str:
        nonlocal choices, changed
        word = match.group()
        if word in OPERATORS or word.lower() in vocabulary:
            return word
        if choices is None:
            choices = sorted(vocabulary)
        limit = 2 if len(word) >= 6 else 1
        best = process.extractOne(
            word.lower(), choices, scorer=Levenshtein.distance, score_cutoff=limit
        )
        if best is None:
            return word
        changed = True
        return best[0]

    corrected = _QUERY_WORD.sub(fix, query)
    if not changed or not finds_something(corrected):
        return None
    return corrected
