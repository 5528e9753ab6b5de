"""Properties over arbitrary input: the cleaner, the extractor and the query path never raise
(except QueryError for a query), never lose body text and keep quote offsets true.

Deterministic for CI: derandomize=True, no example database, modest example counts."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.errors import QueryError
from index.extract import extract
from index.ingest import parse_article, sanitize
from index.query import parse_query

SETTINGS = dict(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces the cleaner and the extractor react to, mixed with arbitrary text.
PIECES = [
    '"We will not accept this deal," said Park Min-hee, a senior analyst at the Sejong Institute.',
    "\u201cThe talks went well,\u201d Foreign Minister Cho Tae-yul told reporters on Monday.",
    "\u2018Unbalanced quote, said the official.",
    "«Nous verrons», a déclaré le ministre.",
    '"', "\u201c", "\u201d", "'", "\u300c", "\u300d",
    "By Kim Ji-hoon, staff reporter",
    "© 2024 Yonhap News. All rights reserved.",
    "Share this article", "Related stories", "[Image source=Yonhap News]",
    "[@click=app.quit]click[/] [bold red]x[/bold red] [/]",
    "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b]52;c;eA==\x07 \u202eevil\u202c zero\u200bwidth \u200d \x00",
    "조태열 외교부 장관은 \u201c한중 관계를 발전시키겠다\u201d고 말했다.",
    "President Xi Jinping and Russian President Vladimir Putin met in Moscow.",
    "", " ", "\t", "\r\n",
]
line = st.one_of(
    st.sampled_from(PIECES),
    st.text(max_size=60),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.text(alphabet='"\u201c\u201d\u2018\u2019\u00ab\u00bb\'., Said said Kim Lee Park-\n', max_size=60),
)
documents = st.lists(line, max_size=25).map("\n".join)


def _check_nothing_lost(text: str, article) -> None:
    raw = sanitize(text)
    assert article.raw == raw
    content = {raw[ln.raw_start : ln.raw_end] for ln in article.lines if ln.kind.is_content}
    furniture = {raw[ln.raw_start : ln.raw_end] for ln in article.lines if not ln.kind.is_content}
    for piece in raw.split("\n"):
        piece = piece.strip()
        if not piece:
            continue
        assert piece in content or piece in furniture, piece
        if piece in content:
            assert piece in article.text
    for ln in article.lines:
        if ln.kind.is_content:
            assert article.text[ln.start : ln.end] == raw[ln.raw_start : ln.raw_end]


@settings(max_examples=300, **SETTINGS)
@given(documents)
def test_parse_article_never_raises_and_loses_no_body_text(text):
    _check_nothing_lost(text, parse_article("id", "x.txt", text))


@settings(max_examples=200, **SETTINGS)
@given(st.text(max_size=500))
def test_parse_article_on_any_unicode(text):
    _check_nothing_lost(text, parse_article("id", "x.txt", text))


@settings(max_examples=300, **SETTINGS)
@given(documents)
def test_extract_never_raises_and_quotes_point_into_the_text(text):
    article = parse_article("id", "x.txt", text)
    found = extract(article)
    for quote in found.quotes:
        assert 0 <= quote.start <= quote.end <= len(article.text)
        assert quote.text == article.text[quote.start : quote.end]
    for actor in found.actors:
        assert actor.name and "\x1b" not in actor.name


QUERY_ALPHABET = '"()*?:[]{}^~-+!&|\\/ ANDORNOTtitle:source:speaker:korea summit \x00\x1b\u202e\u200b한'
queries = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=QUERY_ALPHABET, max_size=40),
    st.lists(
        st.sampled_from([
            "korea", "summit", "AND", "OR", "NOT", "(", ")", '"', "*", "?", "title:", "speaker:",
            "date:", "foo:", "rudenk*", "[a TO", "}", "^2", "~", "\\", "\x1b[31m", ":",
        ]),
        max_size=12,
    ).map(" ".join),
)


@settings(max_examples=400, **SETTINGS)
@given(queries)
def test_queries_answer_or_raise_query_error_only(seeds_corpus, query):
    started = time.perf_counter()
    try:
        parse_query(query)
    except QueryError as err:
        assert str(err) and "\n" not in str(err)
    try:
        result = seeds_corpus.search(query, limit=5)
    except QueryError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert result.total >= 0
        for hit in result.hits:
            for fragment in hit.fragments:
                for start, end in fragment.highlights:
                    assert 0 <= start <= end <= len(fragment.text)
    assert time.perf_counter() - started < 5
