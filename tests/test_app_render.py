"""render.py and navigation.py: wrapping, offset maps and stepping rules, without a screen."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from fixtures.app.fake_corpus import make_article, world
from tui.render import article_document, clean, line_of, wrap_starts
from tui.safe import visible
from tui.widgets.navigation import nearest_hit, quote_keys, step_hit, step_quote

words = st.text(alphabet=st.sampled_from("abc defg\n한국어 —"), min_size=0, max_size=400)


@settings(max_examples=200, deadline=None)
@given(text=words, width=st.integers(min_value=4, max_value=60))
def test_wrapped_lines_cover_the_text_and_fit_the_width(text, width):
    starts = wrap_starts(text, width)
    assert starts[0] == 0
    assert starts == sorted(set(starts))
    ends = starts[1:] + [len(text)]
    for start, end in zip(starts, ends):
        line = text[start:end].rstrip("\n").rstrip(" ")
        assert "\n" not in line
        assert cell_len(line) <= width
    for offset in range(len(text)):
        index = line_of(starts, offset)
        assert starts[index] <= offset < ends[index] or (offset == ends[index] and text[offset] == "\n")


def test_every_paragraph_starts_a_line():
    text = "first paragraph\n\nsecond one\nthird"
    starts = wrap_starts(text, 80)
    assert starts == [0, 16, 17, 28]


def test_document_maps_quote_offsets_past_inserted_speaker_labels():
    article = world()[0]
    doc = article_document(article)
    for quote in article.quotes:
        start, end = doc.to_display(quote.start), doc.to_display(quote.end)
        assert doc.text.plain[start:end] == quote.text
        assert doc.to_source(start) == quote.start
    # Text after the last label is shifted by every label before it.
    tail = article.text[-20:]
    assert doc.text.plain.endswith(tail)
    assert doc.to_display(len(article.text) - 20) == len(doc.text.plain) - 20


def test_raw_document_maps_clean_offsets_into_the_raw_text():
    article = world()[0]
    doc = article_document(article, raw=True)
    assert doc.text.plain.startswith("Share this article")
    for quote in article.quotes:
        start, end = doc.to_display(quote.start), doc.to_display(quote.end)
        assert doc.text.plain[start:end] == quote.text
        assert doc.to_source(start) == quote.start


def test_hits_are_highlighted_on_their_words():
    article = make_article("x", "T", ["alpha beta gamma beta"])
    spans = [(i, i + 4) for i in range(len(article.text)) if article.text.startswith("beta", i)]
    doc = article_document(article, hits=spans)
    styled = {(s.start, s.end) for s in doc.text.spans if "yellow" in str(s.style)}
    assert set(spans) <= styled


def test_step_quote_walks_reading_order_and_stops_at_both_ends():
    keys = [(0, 10), (0, 50), (2, 5), (3, 0)]
    assert step_quote(keys, (-1, -1), True) == 0
    assert step_quote(keys, (0, 10), True) == 1
    assert step_quote(keys, (0, 50), True) == 2  # crosses to the next article with a quote
    assert step_quote(keys, (1, -1), True) == 2  # from an article without quotes
    assert step_quote(keys, (3, 0), True) is None
    assert step_quote(keys, (3, 0), False) == 2
    assert step_quote(keys, (2, -1), False) == 1
    assert step_quote(keys, (0, 10), False) is None


def test_quote_keys_follow_corpus_order():
    refs = world()
    order = {a.id: i for i, a in enumerate(refs)}

    class Ref:
        def __init__(self, article_id, quote):
            self.article_id, self.quote = article_id, quote

    quote_refs = [Ref(a.id, q) for a in refs for q in a.quotes]
    keys = quote_keys(quote_refs, order)
    assert keys == sorted(keys)


def test_step_hit_wraps_both_ways():
    assert step_hit(3, None, True) == (0, False)
    assert step_hit(3, None, False) == (2, False)
    assert step_hit(3, 2, True) == (0, True)
    assert step_hit(3, 0, False) == (2, True)
    assert step_hit(3, 1, True) == (2, False)


def test_nearest_hit():
    spans = [(5, 8), (20, 25), (40, 44)]
    assert nearest_hit(spans, 0) == 0
    assert nearest_hit(spans, 20) == 1
    assert nearest_hit(spans, 21) == 2
    assert nearest_hit(spans, 99) == 2


def test_nothing_clean_or_visible_would_change_is_printable():
    # clean() and visible() return printable text as it is, without their patterns (whose
    # module is not loaded for a first frame): right only while every character they remove
    # or escape is unprintable in Python's sense.
    from index.sanitize import SUSPECT_CHARS
    from tui.safe import _unsafe_re

    printable = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isprintable())
    assert re.search(f"[{SUSPECT_CHARS}]", printable) is None
    assert _unsafe_re(False).search(printable) is None
    assert clean("a\x1b[2Jb\u202ec") == "abc" and visible("a\x1bb") == "a\\x1bb"
