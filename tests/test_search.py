"""Search over the seeds, as a user types queries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from index import QueryError

RUDENKO = "000_b3567f55901810fa.txt"


def ids(result):
    return [hit.article_id for hit in result.hits]


def highlighted_words(hit):
    return {frag.text[s:e] for frag in hit.fragments for s, e in frag.highlights}


def test_a_name_finds_only_its_article_with_the_name_highlighted(seeds_corpus):
    result = seeds_corpus.search("Rudenko")
    assert ids(result) == [RUDENKO]
    assert result.total == 1
    assert highlighted_words(result.hits[0]) == {"Rudenko"}


def test_fragment_offsets_point_into_the_article_text(seeds_corpus):
    hit = seeds_corpus.search("Rudenko").hits[0]
    text = seeds_corpus.article(hit.article_id).text
    for frag in hit.fragments:
        assert text[frag.offset : frag.offset + len(frag.text)] == frag.text


def test_phrase_finds_the_articles_that_contain_it(seeds_corpus):
    result = seeds_corpus.search('"trilateral summit"')
    assert sorted(ids(result)) == ["002_d29238495a4c473e.txt", "004_40a300734d7ba115.txt"]
    for hit in result.hits:
        assert {w.lower() for w in highlighted_words(hit)} == {"trilateral summit"}


def test_stemming_matches_other_forms(seeds_corpus):
    assert RUDENKO in ids(seeds_corpus.search("communicates"))  # text: "communicate", "communicating"


def test_prefix_query(seeds_corpus):
    result = seeds_corpus.search("Rudenk*")
    assert ids(result) == [RUDENKO]
    assert highlighted_words(result.hits[0]) == {"Rudenko"}


def test_source_field(seeds_corpus):
    result = seeds_corpus.search("source:asia")
    assert ids(result) == [RUDENKO]


def test_author_field(seeds_corpus):
    assert ids(seeds_corpus.search("author:nam")) == ["004_40a300734d7ba115.txt"]


def test_title_field_searches_titles_only(seeds_corpus):
    assert ids(seeds_corpus.search("title:thaw")) == ["002_d29238495a4c473e.txt"]


def test_boolean_operators(seeds_corpus):
    both = set(ids(seeds_corpus.search("Lavrov AND Funakoshi")))
    assert both == {"004_40a300734d7ba115.txt"}
    without = set(ids(seeds_corpus.search("Lavrov NOT Funakoshi")))
    assert without == {"001_0ff04de9ad6f123d.txt"}
    either = set(ids(seeds_corpus.search("Rudenko OR Funakoshi")))
    assert either == {RUDENKO, "002_d29238495a4c473e.txt", "004_40a300734d7ba115.txt"}


def test_accents_are_folded(seeds_corpus):
    assert "002_d29238495a4c473e.txt" in ids(seeds_corpus.search("source:quoc"))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"trilateral summit', "unclosed quotation mark"),
        ("(russia OR china", "unbalanced parentheses"),
        ("russia)", "unbalanced parentheses"),
        ("AND", "needs a word"),
        ("russia OR", "needs a word on its right"),
        ("colour:red", "unknown field colour:"),
        ("title:", "needs a value"),
        ("*", "matches everything"),
        ("x" * 5000, "query too long"),
        ("   ", "empty query"),
        ("the of", "nothing to search for"),
    ],
)
def test_malformed_queries_say_what_is_wrong(seeds_corpus, query, message):
    with pytest.raises(QueryError, match=message):
        seeds_corpus.search(query)


def test_no_hits_suggests_a_correction(seeds_corpus):
    result = seeds_corpus.search("Rudenkoo")
    assert result.total == 0 and result.hits == ()
    assert result.suggestion == "rudenko"


def test_suggestion_corrects_each_misspelt_word_and_keeps_the_rest(seeds_corpus):
    result = seeds_corpus.search('"trilaterl sumit" AND title:thaw')
    assert result.total == 0
    assert result.suggestion == '"trilateral summit" AND title:thaw'
    assert seeds_corpus.search(result.suggestion).total == 1


def test_no_suggestion_that_would_find_nothing(seeds_corpus):
    # Each word alone is close to a corpus word, but together they match no article.
    result = seeds_corpus.search("Rudenkoo AND Funakoshy")
    assert result.total == 0 and result.suggestion is None


def test_a_known_word_gets_no_suggestion(seeds_corpus):
    assert seeds_corpus.search("Rudenko").suggestion is None


def test_match_spans_find_every_occurrence_in_the_article(seeds_corpus):
    article = seeds_corpus.article(RUDENKO)
    spans = seeds_corpus.match_spans("Rudenko", article)
    assert len(spans) == article.text.count("Rudenko") >= 4
    assert all(article.text[s:e] == "Rudenko" for s, e in spans)


def test_a_speaker_search_matches_that_speakers_quotes(seeds_corpus):
    """``speaker:kang`` has no word in the text to highlight: its matches are Kang's quotes,
    so the reader's n / N step through them."""
    hit = seeds_corpus.search("speaker:kang").hits[0]
    article = seeds_corpus.article(hit.article_id)
    kang = [(q.start, q.end) for q in article.quotes if "Kang" in q.speaker]
    assert kang
    assert seeds_corpus.match_spans("speaker:kang", article) == tuple(kang)
    # a name's other words match too, as the index matches them
    assert seeds_corpus.match_spans("speaker:jun*", article) == tuple(kang)


def test_a_speaker_searchs_hit_shows_that_speakers_words(seeds_corpus):
    """The hit list's fragments of ``speaker:kang`` come from Kang's quotes: a search by
    field shows what the person said, not the article's first lines."""
    hit = seeds_corpus.search("speaker:kang").hits[0]
    article = seeds_corpus.article(hit.article_id)
    kang = [q.text for q in article.quotes if "Kang" in q.speaker]
    assert hit.fragments
    assert all(any(f.text[s:e] in quote or quote in f.text[s:e] for quote in kang)
               for f in hit.fragments for s, e in f.highlights)


def test_an_actor_search_matches_every_mention_of_the_actor(seeds_corpus):
    article = seeds_corpus.article(RUDENKO)
    spans = seeds_corpus.match_spans("actor:rudenko", article)
    rudenko = next(a for a in article.actors if "Rudenko" in a.name)
    assert spans and all(article.text[s:e] in (rudenko.name, *rudenko.aliases) for s, e in spans)
    # the full name and the bare surname are both mentions (the surname inside the full name
    # is one mention, not two)
    assert any(article.text[s:e] == rudenko.name for s, e in spans)
    assert len(spans) == article.text.count("Rudenko")


def test_an_actor_search_finds_mentions_in_capitals_and_across_lines():
    from index.model import Actor

    text = ("KANG JUN-YOUNG WARNS OF ESCALATION\n\n"
            "The professor, Kang\nJun-young, said the drills would go on.")
    actor = Actor(name="Kang Jun-young", kind="person", aliases=("Professor Kang",))
    spans = matcher_for(parse_query("actor:kang")).name_spans(text, (), (actor,))
    assert [text[s:e] for s, e in _outermost(spans)] == ["KANG JUN-YOUNG", "Kang\nJun-young"]
    # never inside a longer word
    elsewhere = matcher_for(parse_query("actor:kang")).name_spans("Kangaroo Jun-youngish", (), (actor,))
    assert elsewhere == []


def test_a_field_search_for_someone_absent_matches_nothing(seeds_corpus):
    article = seeds_corpus.article(RUDENKO)
    assert seeds_corpus.match_spans("speaker:nobodyatall actor:nobodyatall", article) == ()


# -- highlighting finds exactly what the index matched -------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import SEEDS  # noqa: E402
import re  # noqa: E402

from index.query import _outermost, matcher_for, parse_query  # noqa: E402
from whoosh import fields  # noqa: E402

from index.schema import (  # noqa: E402
    PreAnalyzedText,
    analyzed_spans,
    build_schema,
    text_analyzer,
)


def whoosh_spans(text):
    return [(t.text, t.startchar, t.endchar) for t in text_analyzer()(text, chars=True)]


def test_fast_tokens_equal_whoosh_tokens_on_the_seeds():
    for path in SEEDS.glob("*.txt"):
        text = path.read_text("utf-8")
        assert analyzed_spans(text) == whoosh_spans(text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_fast_tokens_equal_whoosh_tokens_on_any_text(text):
    assert analyzed_spans(text) == whoosh_spans(text)


def whoosh_postings(field, text):
    """What Whoosh's own TEXT field files for ``text``: the reference for pre-analysis."""
    plain = fields.TEXT(analyzer=field.analyzer, field_boost=field.format.field_boost)
    return sorted(plain.index(text))


def pre_analysed_fields():
    schema = build_schema()
    return [schema[name] for name in schema.names() if isinstance(schema[name], PreAnalyzedText)]


def test_every_text_field_is_analysed_by_the_build_workers():
    assert {f.format.field_boost for f in pre_analysed_fields()} == {1.0, 2.0}  # title's boost
    assert len(pre_analysed_fields()) == 7


def test_postings_analysed_in_workers_equal_whooshs_own_on_the_seeds():
    for path in SEEDS.glob("*.txt"):
        text = path.read_text("utf-8")
        for field in pre_analysed_fields():
            assert sorted(field.index(field.analyze(text))) == whoosh_postings(field, text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_postings_analysed_in_workers_equal_whooshs_own_on_any_text(text):
    for field in pre_analysed_fields():
        assert sorted(field.index(field.analyze(text))) == whoosh_postings(field, text)


def test_a_pre_analysed_body_is_found_by_words_and_phrases(tmp_path):
    """The writer files pre-analysed postings; searches must behave as if it had analysed
    the text itself (stemmed words, phrases by position, accent folding)."""
    from whoosh import index as whoosh_index
    from whoosh.qparser import QueryParser

    schema = build_schema()
    ix = whoosh_index.create_in(str(tmp_path), schema)
    with ix.writer() as writer:
        writer.add_document(id="a", body=schema["body"].analyze("Talks in Hà Nội were stalled again."))
        writer.add_document(id="b", body="Talks stalled in Hanoi; nothing was said again.")
    parser = QueryParser("body", schema)
    with ix.searcher() as searcher:
        def ids(q):
            return sorted(hit["id"] for hit in searcher.search(parser.parse(q)))

        assert ids("stall") == ["a", "b"]
        assert ids('"talks stalled"') == ["b"]
        assert ids('"were stalled again"') == ["a"]
        assert ids("noi") == ["a"]


def reference_spans(matcher, text):
    """Every line analysed by Whoosh itself, no shortcuts: what the fast path must equal."""
    found = set()
    for line in re.finditer(r"[^\n]+", text):
        tokens = [(w, line.start() + s, line.start() + e) for w, s, e in whoosh_spans(line.group())]
        words = [w for w, _, _ in tokens]
        for i, (word, start, end) in enumerate(tokens):
            if word in matcher.terms or any(word.startswith(p) for p in matcher.prefixes):
                found.add((start, end))
            for phrase in matcher.phrases:
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found.add((start, tokens[i + len(phrase) - 1][2]))
    return _outermost(sorted(found))


@pytest.mark.parametrize(
    "query",
    ["Rudenko", "relations", "communicates", "strategy", "country", '"trilateral summit"', "diplom*", "Quoc",
     "xi", "korea AND japan", '"foreign minister" OR sejong', "ministry's", "policy", "ally"],
)
def test_skipping_lines_never_loses_a_match(query):
    matcher = matcher_for(parse_query(query))
    total = 0
    for path in SEEDS.glob("*.txt"):
        text = path.read_text("utf-8")
        expected = reference_spans(matcher, text)
        assert matcher.spans(text) == expected
        total += len(expected)
    assert total > 0, f"{query!r} should match somewhere in the seeds"


def test_every_field_the_error_message_offers_is_searchable(seeds_corpus):
    with pytest.raises(QueryError) as error:
        seeds_corpus.search("colour:red")
    offered = str(error.value).split("search fields are ", 1)[1].rstrip(")").split(", ")
    assert "speaker" in offered and "actor" in offered
    for field in offered:
        seeds_corpus.search(f"{field}:korea")  # raises QueryError if the field were unknown


PHRASES = [
    '"foreign minister"',
    '"trilateral summit"',
    '"north korea"',
    '"minister of foreign affairs"',  # a stop word inside: positions skip it
    '"kim jong un"',
    'title:"north korea"',
    '"foreign minister" AND russia',
    '"summit" OR "joint military exercises"',
    '"no such phrase anywhere"',
]


@pytest.mark.parametrize("query", PHRASES)
def test_exact_phrases_find_what_whooshs_phrases_find_with_the_same_scores(seeds_corpus, query):
    from index.query import _parser

    def ranked(q):
        return [(hit.docnum, round(hit.score, 9)) for hit in seeds_corpus.searcher.search(q, limit=None)]

    ours = parse_query(query)
    whooshs = _parser().parse(query)
    assert "ExactPhrase" in repr(ours) and "ExactPhrase" not in repr(whooshs)
    assert ranked(ours) == ranked(whooshs)


def test_exact_phrases_need_the_words_next_to_each_other_in_order(tmp_path):
    from whoosh import index as whoosh_index

    schema = build_schema()
    ix = whoosh_index.create_in(str(tmp_path), schema)
    texts = {
        "adjacent": "Talks resumed in Seoul; the talks stalled.",
        "apart": "Talks in Seoul were resumed.",
        "reversed": "Resumed talks began in Seoul.",
        "twice": "Talks talks resumed, and talks resumed again.",
    }
    with ix.writer() as writer:
        for key, text in texts.items():
            writer.add_document(id=key, body=text)
    with ix.searcher() as searcher:
        found = {hit["id"] for hit in searcher.search(parse_query('body:"talks resumed"'), limit=None)}
    assert found == {"adjacent", "twice"}


_WORDS = ["Pétrov", "petrov", "ÉCOLE", "école", "Quốc", "talks", "Talked", "İstanbul", "straße",
          "day", "days", "happy", "dies", "Ærø", "naïve", "“quoted”", "co-operate", "Ñandú",
          "the", "of"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(_WORDS + [" ", "\n", ", ", " — "]), min_size=1, max_size=40),
    st.sampled_from(_WORDS[:-2]),
)
def test_skipping_lines_never_loses_an_accented_match(pieces, word):
    text = " ".join(pieces)
    try:
        matcher = matcher_for(parse_query(word.strip("“”")))
    except QueryError:
        return
    assert matcher.spans(text) == reference_spans(matcher, text)


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory):
    """300 articles from the benchmark's generator: enough matches per query that a page
    fills long before the matches run out."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.bench.corpus_gen import generate

    from index import Corpus

    root = tmp_path_factory.mktemp("generated")
    generate(root, 300, seed=7)
    with Corpus.open(root, tmp_path_factory.mktemp("generated-index")) as corpus:
        yield corpus


@pytest.mark.parametrize(
    "query",
    ["russia", "summit", "russia AND china NOT japan", "(lavrov OR wang) AND pyongyang",
     '"foreign minister"', "diplom*", "korea OR japan", "title:thaw OR body:summit"],
)
def test_the_count_shown_is_every_matching_article_whatever_the_page_size(generated_corpus, query):
    # Whoosh prunes documents that can no longer reach the top of a full page; the total
    # shown must still count them all.
    searcher = generated_corpus.searcher
    every = {searcher.stored_fields(n)["id"] for n in searcher.docs_for_query(parse_query(query))}
    assert len(every) > 10, f"{query!r} should match many generated articles"
    for limit in (1, 10):
        result = generated_corpus.search(query, limit=limit)
        assert result.total == len(every)
        assert len(result.hits) == limit and {hit.article_id for hit in result.hits} <= every
