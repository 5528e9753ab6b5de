"""The quotation-mark scanner on its own: pairing, apostrophes, nesting, paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.extract.quotes import scan, word_count


def spans(text: str) -> list[str]:
    paras = []
    pos = 0
    for chunk in text.split("\n\n"):
        paras.append((pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return [text[sp.start:sp.end] for sp in scan(text, paras)]


def test_curly_and_straight_pairs():
    assert spans('He said “one two three four” and "five six seven eight".') == [
        "one two three four", "five six seven eight"]


def test_apostrophes_are_not_marks():
    text = "Russia’s view and Xi's plan don't matter in the '90s, said O'Brien’s aide."
    assert spans(text) == []


def test_plural_possessive_outside_quotes_is_not_a_mark():
    assert spans("The countries' leaders met the ministers' aides on Monday.") == []


def test_single_quotes_with_inner_apostrophes():
    assert spans("‘It isn’t the government’s job,’ he said.") == ["It isn’t the government’s job,"]


def test_nested_quotes_stay_inside_the_outer_one():
    assert spans("\"He told me 'no way' and left,\" she said.") == ["He told me 'no way' and left,"]
    assert spans("‘They keep saying “net zero” as if it were enough,’ he said.") == [
        "They keep saying “net zero” as if it were enough,"]


def test_mixed_single_marks():
    assert spans("Xi says will ‘seriously consider' visit to Seoul") == ["seriously consider"]


def test_mixed_families_unbalanced():
    assert spans("Xi said he would “seriously consider' the visit.") == ["seriously consider"]


def test_multi_paragraph_quote_is_chained():
    text = ("She said: \"First paragraph of the quote.\n\n"
            "\"Second paragraph of the quote.\n\n"
            "\"Last paragraph,\" she added.")
    paras = []
    pos = 0
    for chunk in text.split("\n\n"):
        paras.append((pos, pos + len(chunk)))
        pos += len(chunk) + 2
    got = scan(text, paras)
    assert [text[s.start:s.end] for s in got] == [
        "First paragraph of the quote.", "Second paragraph of the quote.", "Last paragraph,"]
    assert got[0].cont_next and got[1].cont_prev and got[1].cont_next and got[2].cont_prev
    assert got[0].chain == got[1].chain == got[2].chain >= 0


def test_unclosed_quote_without_continuation_runs_to_paragraph_end():
    text = "He accused Kyiv of \"dragging the West into war.\n\nNext paragraph here."
    assert spans(text) == ["dragging the West into war."]


def test_missing_opening_mark():
    assert spans("We will win this election,\" the candidate said.") == ["We will win this election,"]


def test_inches_are_not_quotes():
    assert spans('The 12" pipe burst near the 3" valve.') == []


def test_word_count():
    assert word_count("two-plus-two") == 1
    assert word_count("no reason to believe") == 4
    assert word_count("It isn’t, and the") == 4


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab c.,'\"“”‘’\n")), max_size=200))
def test_scanner_never_crashes_and_spans_are_inside_text(text):
    paras = []
    pos = 0
    for chunk in text.split("\n"):
        paras.append((pos, pos + len(chunk)))
        pos += len(chunk) + 1
    for sp in scan(text, paras):
        assert 0 <= sp.start < sp.end <= len(text)
        assert text[sp.start:sp.end].strip() == text[sp.start:sp.end]
