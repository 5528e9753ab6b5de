"""Queries: checked with friendly errors, parsed by Whoosh, answered with spans, never markup.

Whoosh's parser never complains: ``a (b`` silently becomes a query that matches nothing. So a
small scanner checks the query first and names the problem in words a user can act on.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate

from whoosh import qparser
from whoosh import query as wq
from whoosh.collectors import TopCollector
from whoosh.query.spans import Span, SpanNear2
from whoosh.searching import Searcher
from whoosh.support.charset import accent_map
from whoosh.system import _INT_SIZE as _COUNT_SIZE

from .errors import QueryError
from .model import Actor, Article, Fragment, Hit, Quote, SearchResult
from .schema import (
    ADVERTISED_FIELDS,
    DEFAULT_FIELDS,
    QUERY_FIELDS,
    analyzed_spans,
    build_schema,
    name_analyzer,
    text_analyzer,
)

MAX_QUERY_CHARS = 1000
FRAGMENT_CHARS = 220  # a fragment is about two lines of a wide terminal
MAX_FRAGMENTS = 3
# Fragments are chosen among the first matching lines, this many per fragment wanted: the
# best windows are nearly always among them, and a common word would otherwise make every
# hit's whole text be analysed.
FRAGMENT_SOURCE_LINES = 3
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})

# A query word: a quoted phrase, a parenthesis, or a run of anything else.
_TOKEN = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_FIELD = re.compile(r"^([A-Za-z_]+):(.*)$", re.S)


def finds_anything(searcher: Searcher, text: str) -> bool:
    """Does ``text`` find any article? (No ranking, no count: the first match decides.)"""
    try:
        parsed = parse_query(text)
    except QueryError:
        return False
    return next(iter(searcher.docs_for_query(parsed)), None) is not None


def check_query(text: str) -> None:
    """Raise QueryError when ``text`` is not a query we can make sense of."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long ({len(text):,} characters; the limit is {MAX_QUERY_CHARS:,})"
        )
    if not text.strip():
        raise QueryError("empty query: type some words to search for")
    if text.count('"') % 2:
        raise QueryError('unclosed quotation mark: add the closing " or remove the opening one')
    depth = 0
    words: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise QueryError('unbalanced parentheses: a ")" has no matching "("')
        else:
            words.append(token)
            _check_word(token, text[match.end() : match.end() + 1])
    if depth:
        raise QueryError('unbalanced parentheses: a "(" is never closed')
    _check_operators(words)


def _check_word(token: str, following: str = "") -> None:
    """``following`` is the character after the token: ``title:"a b"`` and ``title:(a OR b)``
    scan as ``title:`` then a phrase or a group, which is the field's value."""
    field = _FIELD.match(token)
    if field and not token.startswith('"'):
        name, value = field.groups()
        if name.lower() not in QUERY_FIELDS:
            known = ", ".join(ADVERTISED_FIELDS)
            raise QueryError(f"unknown field {name}: (search fields are {known})")
        if not value and following in ('"', "("):
            return
        if not value:
            raise QueryError(f"field {name}: needs a value, for example {name}:korea")
        token = value
    bare = token.strip('"')
    if token.startswith('"') or bare in OPERATORS:
        return
    if bare and not bare.strip("*?"):
        raise QueryError(f"{bare!r} matches everything: add at least one letter to the wildcard")


def _check_operators(words: list[str]) -> None:
    previous = None
    for i, word in enumerate(words):
        if word in OPERATORS:
            if word == "NOT" and previous == "NOT":
                raise QueryError("NOT NOT: one NOT is enough, as in: russia NOT china")
            if word != "NOT" and (previous is None or previous in OPERATORS):
                raise QueryError(f"{word} needs a word on its left, as in: russia {word} china")
            if i == len(words) - 1:
                raise QueryError(f"{word} needs a word on its right, as in: russia {word} china")
        previous = word


@lru_cache(maxsize=1)
def _parser() -> qparser.QueryParser:
    schema = build_schema()
    parser = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema)
    aliases: dict[str, list[str]] = {}
    for alias, target in QUERY_FIELDS.items():
        if alias != target:
            aliases.setdefault(target, []).append(alias)
    parser.add_plugin(qparser.FieldAliasPlugin(aliases))
    parser.remove_plugin_class(qparser.PlusMinusPlugin)  # "-" is common inside names: Han Duck-soo
    return parser


class ExactPhrase(wq.Phrase):
    """A phrase whose words must stand next to each other, matched like Whoosh's ``Phrase``
    (same documents, same scores; tests/test_search.py) but checked with sets of positions
    instead of Whoosh's general span machinery, which builds an object per word position
    and was most of the time of a phrase of common words."""

    def matcher(self, searcher, context=None):
        matcher = super().matcher(searcher, context)
        if isinstance(matcher, SpanNear2.SpanNear2Matcher):
            return _AdjacentWordsMatcher(matcher.ms)
        return matcher  # no such words (NullMatcher), or a boosted phrase


class _AdjacentWordsMatcher(SpanNear2.SpanNear2Matcher):
    def _get_spans(self):
        first, *rest = map(_positions, self.ms)
        starts = set(first)
        for offset, positions in enumerate(rest, start=1):
            starts.intersection_update(p - offset for p in positions)
            if not starts:
                return []
        last = len(self.ms) - 1
        return [Span(start, start + last) for start in sorted(starts)]


def _positions(matcher) -> Iterator[int]:
    """The current document's positions of a term, decoded as ``formats.Positions`` does
    (a count, then the pickled gaps; the pickle's final stop byte may have been trimmed)."""
    value = matcher.value()
    gaps = value[_COUNT_SIZE:] if value.endswith(b".") else value[_COUNT_SIZE:] + b"."
    return accumulate(pickle.loads(gaps))


def _exact_phrases(node: wq.Query) -> wq.Query:
    if type(node) is wq.Phrase and node.slop == 1:
        return ExactPhrase(node.fieldname, node.words, boost=node.boost, char_ranges=node.char_ranges)
    return node


def parse_query(text: str) -> wq.Query:
    check_query(text)
    try:
        parsed = _parser().parse(text)
    except Exception:  # noqa: BLE001 - Whoosh's parser has corner cases the check misses
        raise QueryError(
            "cannot make sense of this query: check its operators, quotes and parentheses"
        ) from None
    if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
        raise QueryError(
            "nothing to search for: the query has only common words or operators; add a word"
        )
    return parsed.accept(_exact_phrases)


# -- highlighting -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NameMatcher:
    """The words a query asks of a name field (``speaker:``, ``actor:``), tested against a
    name analysed as that field's index was: ``speaker:duck`` matches "Han Duck-soo"."""

    terms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes or self.phrases)

    def matches(self, name: str) -> bool:
        words = [token.text for token in name_analyzer()(name)]
        if any(w in self.terms or (self.prefixes and w.startswith(self.prefixes)) for w in words):
            return True
        return any(
            tuple(words[i : i + len(phrase)]) == phrase
            for phrase in self.phrases
            for i in range(len(words) - len(phrase) + 1)
        )


@dataclass(frozen=True)
class Matcher:
    """The body/title words of a query, for finding their spans in any text.

    Text is tokenised exactly as the index tokenised it (``schema.analyzed_spans``), so a
    span is found where the index saw a match: "talks" matches "talk", "Quốc" matches "quoc".
    A phrase is one span.
    """

    terms: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...] = ()
    speakers: NameMatcher = NameMatcher()
    actors: NameMatcher = NameMatcher()

    def article_spans(self, article: Article) -> tuple[tuple[int, int], ...]:
        """Every match in an article: the query's words in its text, and the spans
        ``name_spans`` gives, so that a search by field has hits to step through too."""
        text = article.text
        names = self.name_spans(text, article.quotes, article.actors)
        return _outermost([*self.spans(text), *names])

    def name_spans(
        self, text: str, quotes: tuple[Quote, ...], actors: tuple[Actor, ...]
    ) -> list[tuple[int, int]]:
        """The quotes of the speakers the query names (``speaker:``) and the mentions in
        ``text`` of the actors it names (``actor:``)."""
        found: list[tuple[int, int]] = []
        if self.speakers:
            found += [
                (q.start, q.end)
                for q in quotes
                if any(self.speakers.matches(name) for name in (q.speaker, *q.speaker_aliases))
            ]
        if self.actors:
            for actor in actors:
                forms = (actor.name, *actor.aliases)
                if any(self.actors.matches(form) for form in forms):
                    for form in forms:
                        found += _whole_word_spans(text, form)
        return found

    @cached_property
    def _probe(self) -> re.Pattern | None:
        # Stemming changes only a word's ending, and a prefix query keeps its start, so a
        # line without any term's first letters (accents folded) cannot match: it is
        # skipped without being analysed.
        words = {*self.terms, *self.prefixes, *(w for phrase in self.phrases for w in phrase)}
        if not words:
            return None
        # A short stem may end differently from its word ("day" is filed as "dai"), so
        # its last letter is not part of the key.
        keys = sorted({w[:3] if len(w) > 3 else w[:-1] or w for w in words})
        return re.compile("|".join(map(re.escape, keys)), re.IGNORECASE)

    def spans(self, text: str, *, max_lines: int | None = None) -> tuple[tuple[int, int], ...]:
        """Every match in ``text``; or, with ``max_lines``, the matches of the first that
        many lines that have any (enough to pick a hit's fragments from)."""
        probe = self._probe
        if probe is None:
            return ()
        found = set()
        lines_with_matches = 0
        for line in _LINE.finditer(text):
            if max_lines is not None and lines_with_matches >= max_lines:
                break
            segment = line.group()
            # Fold accents before probing (the index folds them too): news text is rarely
            # ASCII (curly quotes, dashes), and analysing every such line was most of the
            # time of building a page of hits.
            folded = segment if segment.isascii() else segment.lower().translate(accent_map)
            if probe.search(folded) is None:
                continue
            before = len(found)
            offset = line.start()
            tokens = analyzed_spans(segment)
            for i, (word, start, end) in enumerate(tokens):
                if word in self.terms or (self.prefixes and word.startswith(self.prefixes)):
                    found.add((offset + start, offset + end))
                for phrase in self.phrases:
                    last = i + len(phrase) - 1
                    if (
                        word == phrase[0]
                        and last < len(tokens)
                        and tuple(w for w, _, _ in tokens[i : last + 1]) == phrase
                    ):
                        found.add((offset + start, offset + tokens[last][2]))
            lines_with_matches += len(found) > before
        return _outermost(sorted(found))


_LINE = re.compile(r"[^\n]+")


def _whole_word_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text``, not inside a longer word: in any case ("KANG
    JUN-YOUNG" in a headline) and across any whitespace (a name broken over two lines)."""
    words = phrase.split()
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def _outermost(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Drop spans inside others (a phrase's own words), keeping reading order."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(kept)


# which words of a query find spans where: title, body and quote words in the text; speaker
# and actor words in the names of quotes' speakers and of actors
_SPAN_GROUP = {
    **dict.fromkeys(DEFAULT_FIELDS, "text"),
    "quotes": "text",
    "speakers": "speakers",
    "actors": "actors",
}


def matcher_for(parsed: wq.Query) -> Matcher:
    groups = {"text": _WordGroup(), "speakers": _WordGroup(), "actors": _WordGroup()}
    for node in _leaves(parsed):
        group_name = _SPAN_GROUP.get(getattr(node, "fieldname", None) or "")
        if group_name is None:
            continue
        group = groups[group_name]
        if isinstance(node, wq.Prefix):
            group.prefixes.add(_fold(node.text) if group_name == "text" else _fold_name(node.text))
        elif isinstance(node, wq.Phrase):
            if len(node.words) == 1:
                group.terms.add(node.words[0])
            else:
                group.phrases.add(tuple(node.words))
        elif isinstance(node, wq.Term) and isinstance(node.text, str):
            group.terms.add(node.text)
    text = groups["text"]
    return Matcher(
        frozenset(text.terms), tuple(sorted(text.prefixes)), tuple(sorted(text.phrases)),
        speakers=groups["speakers"].names(), actors=groups["actors"].names(),
    )


@dataclass
class _WordGroup:
    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    phrases: set[tuple[str, ...]] = field(default_factory=set)

    def names(self) -> NameMatcher:
        return NameMatcher(
            frozenset(self.terms), tuple(sorted(self.prefixes)), tuple(sorted(self.phrases))
        )


def _leaves(node: wq.Query):
    if isinstance(node, wq.Not):
        return  # what a query excludes is not what it found
    if node.is_leaf():
        yield node
        return
    for child in node.children():
        yield from _leaves(child)


def _fold_name(prefix: str) -> str:
    tokens = [t.text for t in name_analyzer()(prefix)]
    return tokens[0] if tokens else prefix.lower()


def _fold(prefix: str) -> str:
    tokens = [t.text for t in text_analyzer()(prefix, mode="query", removestops=False)]
    return tokens[0] if tokens else prefix.lower()


def make_fragments(
    text: str, spans: tuple[tuple[int, int], ...], *, limit: int = MAX_FRAGMENTS
) -> tuple[Fragment, ...]:
    """Up to ``limit`` windows of ``text`` around the matches, richest windows first chosen,
    returned in reading order, each snapped to word boundaries."""
    if not spans:
        return ()
    windows: list[list[tuple[int, int]]] = []
    for span in spans:
        if (
            windows
            and span[1] - windows[-1][0][0] <= FRAGMENT_CHARS
            and "\n" not in text[windows[-1][-1][1] : span[0]]
        ):
            windows[-1].append(span)
        else:
            windows.append([span])
    best = sorted(windows, key=lambda w: (-len({text[s:e].lower() for s, e in w}), -len(w)))
    chosen = sorted(best[:limit], key=lambda w: w[0][0])
    return tuple(_window(text, group) for group in chosen)


def _window(text: str, group: list[tuple[int, int]]) -> Fragment:
    first, last = group[0][0], group[-1][1]
    slack = max(0, FRAGMENT_CHARS - (last - first)) // 2
    start = max(0, first - slack)
    end = min(len(text), last + slack)
    # Snap outwards to whole words, and never run across a paragraph break.
    paragraph_start = text.rfind("\n", 0, first) + 1
    paragraph_end = text.find("\n", last)
    start = max(start, paragraph_start)
    end = min(end, paragraph_end if paragraph_end != -1 else len(text))
    if start > paragraph_start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    if end < (paragraph_end if paragraph_end != -1 else len(text)):
        space = text.rfind(" ", last, end)
        end = space if space != -1 else end
    highlights = tuple((s - start, e - start) for s, e in group if s >= start and e <= end)
    return Fragment(text=text[start:end], highlights=highlights, offset=start)


# -- searching --------------------------------------------------------------------------------


def _counting_collector(limit: int) -> TopCollector:
    """The top ``limit`` hits, and an exact count of all matches, in one pass.

    Whoosh's default collector skips blocks and replaces matchers to drop documents that
    can no longer reach a full page: fast, but the count then either needs a second pass
    over every match or, for some queries (``a AND b NOT c``), comes out short. Scoring
    every match once was 25% less CPU than the default plus its counting pass, over the
    benchmark's queries on 10,000 generated articles (tests/bench), with the same pages."""
    return TopCollector(limit=limit, usequality=False, replace=0)


def run_search(
    searcher: Searcher,
    text: str,
    text_of,
    *,
    limit: int = 20,
    fragments: int = MAX_FRAGMENTS,
    suggest=None,
    extraction_of=None,
) -> SearchResult:
    """Search and build hits; ``text_of(stored_fields)`` gives a hit's clean text to highlight;
    ``extraction_of(stored_fields)`` its (actors, quotes), for the fragments of a search by
    speaker or actor; ``suggest(text)`` offers a corrected query when nothing matched."""
    parsed = parse_query(text)
    try:
        collector = _counting_collector(max(1, limit))
        searcher.search_with_collector(parsed, collector)
        results = collector.results()
    except (ValueError, TypeError, IndexError, KeyError, RecursionError) as err:
        # A query Whoosh parsed but cannot run (a malformed range, say): the user's mistake.
        raise QueryError(f"cannot run this query ({type(err).__name__}); simplify it") from None
    matcher = matcher_for(parsed)
    hits = []
    for hit in results:
        stored = hit.fields()
        body = text_of(stored) if fragments else ""
        spans = matcher.spans(body, max_lines=FRAGMENT_SOURCE_LINES * fragments)
        if fragments and extraction_of is not None and (matcher.speakers or matcher.actors):
            actors, quotes = extraction_of(stored)
            spans = _outermost([*spans, *matcher.name_spans(body, quotes, actors)])
        frags = make_fragments(body, spans, limit=fragments) if fragments else ()
        hits.append(
            Hit(
                article_id=stored["id"],
                path=stored["path"],
                title=stored.get("title") or None,
                score=round(float(hit.score), 4),
                fragments=frags,
                source=stored.get("source") or None,
                date=stored.get("date") or None,
            )
        )
    total = len(results)
    suggestion = suggest(text) if total == 0 and suggest else None
    return SearchResult(query=text, total=total, hits=tuple(hits), suggestion=suggestion)
