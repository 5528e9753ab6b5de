"""Stepping through places in reading order: hits inside an article, quotes across the corpus.

Pure functions over plain data, so the order rules are tested without a screen.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def is_named_analyst(quote) -> bool:
    return bool(quote.speaker_named) and quote.speaker_category == "analyst"


def quote_keys(refs, order: dict[str, int]) -> list[tuple[int, int]]:
    """Reading-order keys for corpus quotes: (article position, offset in its text)."""
    return [(order.get(ref.article_id, len(order)), ref.quote.start) for ref in refs]


def step_quote(keys: list[tuple[int, int]], position: tuple[int, int], forward: bool) -> int | None:
    """Index of the first key after ``position`` (or last before it), or None at the end.

    ``keys`` must be sorted (corpus.quotes() returns reading order)."""
    if forward:
        index = bisect_right(keys, position)
        return index if index < len(keys) else None
    index = bisect_left(keys, position) - 1
    return index if index >= 0 else None


def step_hit(count: int, current: int | None, forward: bool) -> tuple[int, bool]:
    """The next hit index, wrapping like less/vim; the flag says it wrapped."""
    if current is None:
        return (0, False) if forward else (count - 1, False)
    nxt = current + (1 if forward else -1)
    if 0 <= nxt < count:
        return nxt, False
    return nxt % count, True


def nearest_hit(spans, offset: int) -> int:
    """Index of the first span at or after ``offset`` (the last one if none)."""
    starts = [s for s, _ in spans]
    index = bisect_left(starts, offset)
    return min(index, len(spans) - 1)


class QuoteWalk:
    """The corpus's quotes in reading order, for ``]``/``[`` (named analysts) and ``}``/``{``
    (everyone): which quote comes after a position, and how many there are."""

    def __init__(self, refs, order: dict[str, int]) -> None:
        self.refs = list(refs)
        self._walks: dict[bool, tuple[list, list]] = {}
        for analyst in (True, False):
            chosen = [r for r in self.refs if not analyst or is_named_analyst(r.quote)]
            chosen.sort(key=lambda r: (order.get(r.article_id, len(order)), r.quote.start))
            self._walks[analyst] = (chosen, quote_keys(chosen, order))

    def quotes(self, analyst: bool) -> list:
        return self._walks[analyst][0]

    def step(self, analyst: bool, position: tuple[int, int], forward: bool) -> int | None:
        return step_quote(self._walks[analyst][1], position, forward)

    def speakers(self) -> dict:
        """Named speakers, each once: name -> something with ``name`` and ``person_id``."""
        found: dict = {}
        for ref in self.refs:
            if ref.quote.speaker_named:
                found.setdefault(ref.quote.speaker, Speaker(ref.quote.speaker, ref.person_id))
        return found


class Speaker:
    """What the quotes screen needs to filter to one person (an Actor has the same shape)."""

    def __init__(self, name: str, person_id: str | None) -> None:
        self.name, self.person_id = name, person_id
