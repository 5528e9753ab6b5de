"""Property: whatever the text, parse_article returns, loses nothing, and keeps its offsets."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.ingest import parse_article, sanitize  # noqa: E402
from index.ingest.parse import _build  # noqa: E402

# Lines in the shapes the cleaner reacts to, so the generator reaches its branches.
SHAPES = [
    "Seoul, Beijing try to mend fences as Russia and N. Korea grow closer",
    "By Park Min-hee, senior staff writer",
    "By June 19, 2024, the ministry had answered.",
    "Posted on : 2024-06-19 16:31 KST",
    "Báo Quốc TếBáo Quốc Tế02/10/2023",
    "Date 2023-04-03 View 2,417",
    "Hyun-ik Hong",
    "hyunik@sejong.org",
    "Senior Research Fellow",
    "© The Asia Business Daily(www.asiae.co.kr). All rights reserved.",
    "Related stories",
    "Most viewed articles",
    "• Facebook share button",
    "• -2",
    "ⓕ font-size",
    "bar_progress",
    "Text Size",
    "Home | World | Business",
    "Read more:",
    "Advertisement",
    "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
    "[Image source=Yonhap News]",
    "Kim (left) and Lee shake hands in Seoul on Monday. (Yonhap)",
    "He met Xi on September 23, officials said, in a long and friendly meeting in Hangzhou.",
    "The ministers agreed to resume the trilateral talks that had been suspended since 2019.",
    "Initiative from Beijing",
    "김민수 기자",
    "조태열 외교부 장관이 6일 왕이 중국 외교부장과 첫 통화를 했다.",
    "# Heading",
    "- a bullet item.",
    "No data",
    "Top",
    "",
    "   ",
]

line_strategy = st.one_of(
    st.sampled_from(SHAPES),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.text(alphabet="ab .,!?\"'()[]©•-|/:0123456789\x1b\x07\x9b\u202e\t\r", max_size=30),
)
documents = st.lists(line_strategy, max_size=40).map("\n".join)


def _check(text: str, article) -> None:
    raw = sanitize(text)
    assert article.raw == raw
    # Every non-blank line is classed exactly once, in order.
    spans, pos = [], 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    assert [(l.raw_start, l.raw_end) for l in article.lines] == spans
    # Nothing silently dropped: content is in the text at its offsets, the rest is furniture.
    content = []
    for line in article.lines:
        piece = raw[line.raw_start : line.raw_end]
        if line.kind.is_content:
            assert article.text[line.start : line.end] == piece
            content.append(piece)
        else:
            assert (line.start, line.end) == (-1, -1)
    assert article.text == "\n\n".join(content)
    for value in (article.title, article.source, article.date, article.author, article.language):
        assert value is None or (isinstance(value, str) and value)
    if article.date is not None:
        assert len(article.date) == 10 and article.date[4] == "-" and article.date[7] == "-"


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_parse_article_never_raises_and_loses_nothing(text):
    _check(text, parse_article("id", "path.txt", text))


@settings(max_examples=150, deadline=None, database=None)
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    _check(text, parse_article("id", "path.txt", text))


@settings(max_examples=150, deadline=None, database=None)
@given(documents)
def test_internal_build_raises_nothing_either(text):
    # parse_article guards nothing in the text path: this is the same code, called directly.
    _check(text, _build("id", "path.txt", sanitize(text), "utf-8", {}))


@settings(max_examples=25, deadline=None, database=None)
@given(st.text(max_size=300))
def test_html_path_never_raises(text):
    article = parse_article("id", "x.html", f"<html><body><p>{text}</p></body></html>", is_html=True)
    assert isinstance(article.text, str)
