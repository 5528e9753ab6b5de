"""The cleaner against written-down truth: the five seeds and fixtures in other layouts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.ingest import is_html_file, parse_article, read_source, sanitize  # noqa: E402
from index.model import Article, LineKind  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SEEDS = ROOT / "seeds" if (ROOT / "seeds").is_dir() else Path("/work/shared/seeds")


def _truth(name: str) -> list[dict]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))["articles"]


SEED_TRUTH = _truth("seeds_truth.json")
FIXTURE_TRUTH = _truth("fixtures_truth.json")
CASES = [(SEEDS / t["file"], t) for t in SEED_TRUTH] + [(FIXTURES / t["file"], t) for t in FIXTURE_TRUTH]
CASE_IDS = [t["file"] for _, t in CASES]


def _parse(path: Path) -> Article:
    text, encoding = read_source(path)
    return parse_article(path.stem, path.name, text, encoding=encoding, is_html=is_html_file(path))


def _kinds_by_line(article: Article) -> dict[str, list[LineKind]]:
    out: dict[str, list[LineKind]] = {}
    for line in article.lines:
        out.setdefault(article.raw[line.raw_start : line.raw_end], []).append(line.kind)
    return out


def _nonblank_spans(raw: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def test_truth_covers_all_five_seeds():
    assert len(SEED_TRUTH) == 5
    assert {t["file"] for t in SEED_TRUTH} == {p.name for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize(("path", "truth"), CASES, ids=CASE_IDS)
def test_metadata(path: Path, truth: dict):
    article = _parse(path)
    got = {k: getattr(article, k) for k in ("title", "source", "date", "author", "language")}
    want = {k: truth[k] for k in ("title", "source", "date", "author", "language")}
    assert got == want
    if "encoding" in truth:
        assert article.encoding == truth["encoding"]


@pytest.mark.parametrize(("path", "truth"), CASES, ids=CASE_IDS)
def test_body_sentences_are_content(path: Path, truth: dict):
    article = _parse(path)
    kinds = _kinds_by_line(article)
    lost = [line for line in truth["body"] + truth["content"] if not kinds[line][0].is_content]
    assert lost == [], f"article text classed as furniture: {lost}"
    for line in truth["body"]:
        assert line in article.text


@pytest.mark.parametrize(("path", "truth"), CASES, ids=CASE_IDS)
def test_furniture_is_furniture(path: Path, truth: dict):
    article = _parse(path)
    kinds = _kinds_by_line(article)
    kept = [line for line in truth["furniture"] if any(k.is_content for k in kinds[line])]
    assert kept == [], f"page chrome kept as content: {kept}"
    for line in truth["furniture"]:
        assert line not in article.text.split("\n\n")


@pytest.mark.parametrize(("path", "truth"), CASES, ids=CASE_IDS)
def test_exact_kinds(path: Path, truth: dict):
    article = _parse(path)
    kinds = _kinds_by_line(article)
    wrong = {
        line: kinds[line][0].value
        for kind, lines in truth["kinds"].items()
        for line in lines
        if kinds[line][0] is not LineKind(kind)
    }
    assert wrong == {}
    assert len(article.lines_of(LineKind.TITLE)) == 1


@pytest.mark.parametrize(("path", "truth"), CASES, ids=CASE_IDS)
def test_every_line_classed_once_and_offsets_hold(path: Path, truth: dict):
    article = _parse(path)
    assert [(l.raw_start, l.raw_end) for l in article.lines] == _nonblank_spans(article.raw)
    content = []
    for line in article.lines:
        if line.kind.is_content:
            assert article.text[line.start : line.end] == article.raw[line.raw_start : line.raw_end]
            content.append(article.raw[line.raw_start : line.raw_end])
        else:
            assert (line.start, line.end) == (-1, -1)
    assert article.text == "\n\n".join(content)
    assert article.actors == () and article.quotes == ()


def test_raw_is_sanitized_source():
    path = SEEDS / "000_b3567f55901810fa.txt"
    text, _ = read_source(path)
    assert _parse(path).raw == sanitize(text)


def test_html_main_text_through_trafilatura():
    article = _parse(FIXTURES / "magazine_page.html")
    assert article.title == "Lighthouse keepers return to the Skerry Isles"
    assert article.source == "Coastline Monthly"
    assert article.author == "Ruth Calder"
    assert article.date == "2024-05-02"
    assert article.language == "en"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert any(p.startswith("For the first time in forty years") for p in paragraphs)
    assert any(p.startswith("Funding for the first three years") for p in paragraphs)
    assert len(article.lines_of(LineKind.BODY)) == 5
    for chrome in ("Home", "Subscribe", "Privacy policy", "Sign up for our newsletter", "Copyright", "About us"):
        assert chrome not in article.raw


def test_html_without_extractable_text_falls_back_to_tags():
    article = parse_article("x", "x.html", "<html><body><p>Short note.</p></body></html>", is_html=True)
    assert "Short note." in article.raw


def test_headline_like_subheads_inside_body_are_content():
    text = (
        "Seoul and Tokyo agree to restart talks on export controls\n\n"
        "By Jane Roe\n\n"
        "Officials from both countries met in Seoul on Monday and agreed to resume the talks next month.\n\n"
        "Initiative from Tokyo\n\n"
        "The Japanese side proposed the meeting after a year in which trade between the two fell sharply.\n\n"
        "What comes next\n\n"
        "Negotiators will meet again in Tokyo, where they hope to settle the remaining questions quickly.\n"
    )
    article = parse_article("x", "x.txt", text)
    kinds = _kinds_by_line(article)
    assert kinds["Initiative from Tokyo"][0] in (LineKind.DECK, LineKind.BODY)
    assert kinds["What comes next"][0] in (LineKind.DECK, LineKind.BODY)
    assert article.author == "Jane Roe"


def test_sentences_starting_like_chrome_are_kept():
    text = (
        "Ministers meet to discuss the budget\n\n"
        "The finance ministers of the region met on Monday to discuss next year's budget plans.\n\n"
        "Related talks will be held in June, officials said after the meeting in the capital.\n\n"
        "By June 19, 2024, the ministry had received more than 300 written complaints from farmers.\n\n"
        "Sign-up rates for the subsidy scheme doubled last year, according to the agency's report.\n\n"
        "Top officials from the central bank will join the talks, the ministry said in a statement.\n"
    )
    article = parse_article("x", "x.txt", text)
    assert article.date is None  # a date inside a body sentence is not the article's date
    for line in text.split("\n\n")[1:]:
        assert line.strip() in article.text.split("\n\n")


def test_no_title_when_page_starts_with_prose():
    text = (
        "The committee said on Tuesday that it would publish its findings in the spring, after "
        "hearing from more than forty witnesses over the past year.\n\n"
        "Its chair declined to comment on the timing of the report.\n"
    )
    article = parse_article("x", "x.txt", text)
    assert article.title is None
    assert article.text == "\n\n".join(p.strip() for p in text.split("\n\n"))


def test_copyright_credit_mid_article_does_not_cut_it_short():
    text = (
        "Storm batters the northern coast\n\n"
        "High winds and heavy rain hit the northern coast on Sunday, cutting power to thousands.\n\n"
        "© Harbour Wire\n\n"
        "Emergency crews worked through the night to clear roads and restore electricity.\n\n"
        "The weather service said the storm would weaken by Tuesday as it moved out to sea.\n\n"
        "© 2024 Harbour Wire. All rights reserved.\n\n"
        "Most read\n"
    )
    article = parse_article("x", "x.txt", text)
    paragraphs = article.text.split("\n\n")
    assert "Emergency crews worked through the night to clear roads and restore electricity." in paragraphs
    assert "The weather service said the storm would weaken by Tuesday as it moved out to sea." in paragraphs
    assert "Most read" not in paragraphs
    assert article.source == "Harbour Wire"


def test_unpunctuated_last_paragraph_is_kept():
    text = (
        "Council approves new cycle lanes\n\n"
        "The city council voted on Tuesday to build twelve kilometres of protected cycle lanes.\n\n"
        "Work is expected to begin in the spring and the first lanes should open by the end of the year\n\n"
        "Related stories\n\n"
        "Bus fares to rise in March\n"
    )
    article = parse_article("x", "x.txt", text)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[-1].startswith("Work is expected to begin in the spring")
    assert "Bus fares to rise in March" not in paragraphs


def test_cleaning_stays_fast():
    # The budget is ~1 ms per 5 KB article (see the report); this only guards against a
    # pathological slowdown (a quadratic regex, say), with a wide margin for busy machines.
    import time

    texts = [read_source(p)[0] for p in sorted(SEEDS.glob("*.txt"))]
    parse_article("warm", "warm.txt", texts[0])  # loads the language model
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for text in texts:
            parse_article("x", "x.txt", text)
        best = min(best, time.perf_counter() - start)
    kilobytes = sum(len(t.encode()) for t in texts) / 1024
    assert best / kilobytes * 5 < 0.010  # seconds per 5 KB
