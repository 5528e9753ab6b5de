"""Metadata evidence read off single lines, and the date rules."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.ingest import parse_article  # noqa: E402
from index.ingest.metadata import (  # noqa: E402
    author_from_byline,
    dates_in,
    is_name_like,
    resolve_date,
    source_from_copyright,
    source_from_email,
    source_from_repeated_masthead,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on : 2024-06-19 16:31 KST Modified on : 2024-06-20 09:00 KST", date(2024, 6, 19)),
        ("Date 2023-04-03 View 2,417", date(2023, 4, 3)),
        ("June 19, 2024", date(2024, 6, 19)),
        ("Updated: 19 June 2024 10:32 BST", date(2024, 6, 19)),
        ("Sept. 3, 2022", date(2022, 9, 3)),
        ("입력 2024.01.07 14:20", date(2024, 1, 7)),
        ("2024년 1월 7일", date(2024, 1, 7)),
        ("13/10/2023", date(2023, 10, 13)),  # one part > 12 decides
        ("10/13/2023", date(2023, 10, 13)),
    ],
)
def test_dates_in(line, expected):
    assert dates_in(line)[0][0] == expected


def test_ambiguous_numeric_date_offers_both_readings():
    assert dates_in("Báo Quốc TếBáo Quốc Tế02/10/2023") == [(date(2023, 10, 2), date(2023, 2, 10))]
    assert dates_in("Posted 2023-02-30") == []  # not a date


def test_resolve_date_uses_the_articles_own_dates():
    day_first, month_first = date(2023, 10, 2), date(2023, 2, 10)
    text = "They met on September 23. A meeting was held on September 26."
    assert resolve_date(day_first, month_first, text) == day_first
    # The swapped case: 10/02/2023 read day-first is 10 February, which cannot report
    # a September meeting; month-first (2 October) can.
    assert resolve_date(date(2023, 2, 10), date(2023, 10, 2), text) == date(2023, 10, 2)
    assert resolve_date(date(2023, 2, 10), date(2023, 10, 2), "23 September 2023 was the day.") == date(2023, 10, 2)
    # No evidence: day-first.
    assert resolve_date(day_first, month_first, "No dates here.") == day_first
    assert resolve_date(day_first, month_first, "Back in September 23, 2019 ...") == day_first


def test_ambiguous_date_through_parse_article():
    text = (
        "Leaders agree to meet again\n\n"
        "Daily Planet Daily Planet 10/02/2023\n\n"
        "The two leaders met on September 23 and agreed to hold another summit before the end of the year.\n"
    )
    assert parse_article("x", "x.txt", text).date == "2023-10-02"  # month-first: 2 October
    text = text.replace("10/02/2023", "02/10/2023")
    assert parse_article("x", "x.txt", text).date == "2023-10-02"  # day-first: 2 October
    undecided = "Leaders agree to meet again\n\nDaily Planet Daily Planet 04/05/2023\n\nThey met and talked for hours about it all.\n"
    assert parse_article("x", "x.txt", undecided).date == "2023-05-04"  # day-first fallback


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Park Min-hee, senior staff writer", "Park Min-hee"),
        ("By Nam Hyun-woo", "Nam Hyun-woo"),
        ("Posted by Marta Lindqvist on 3 March 2023", "Marta Lindqvist"),
        ("By Aiko Mori and Daniel Reyes", "Aiko Mori and Daniel Reyes"),
        ("Reporting by Aiko Mori; Editing by Sam Holt", "Aiko Mori"),
        ("By JANE DOE | June 3, 2024", "JANE DOE"),
        ("김민수 기자 minsu@example.co.kr", "김민수"),
        ("By contrast, the ministry said", None),
        ("By Monday, officials had left", None),
    ],
)
def test_author_from_byline(line, author):
    assert author_from_byline(line) == author


def test_name_shapes():
    assert is_name_like("Hyun-ik Hong")
    assert is_name_like("Jane van Dyke")
    assert not is_name_like("Senior Research Fellow")
    assert not is_name_like("Related Stories")
    assert not is_name_like("The Sejong Institute")
    assert not is_name_like("Heritage")


def test_sources():
    assert source_from_copyright("© The Asia Business Daily(www.asiae.co.kr). All rights reserved.") == "The Asia Business Daily"
    assert source_from_copyright("© 2024 Reuters. All rights reserved.") == "Reuters"
    assert source_from_copyright("Copyright © 2023 The Slow Kitchen. Powered by WordPress.") == "The Slow Kitchen"
    assert source_from_copyright("ⓒ 한빛일보, 무단전재 및 재배포 금지") == "한빛일보"
    assert source_from_copyright("All rights reserved.") is None
    assert source_from_repeated_masthead("Báo Quốc TếBáo Quốc Tế02/10/2023") == "Báo Quốc Tế"
    assert source_from_repeated_masthead("Many reasons why relations will thaw") is None
    assert source_from_email("Please direct questions or comments to [english@hani.co.kr]") == "hani.co.kr"
    assert source_from_email("tips: someone@gmail.com") is None


def test_metadata_is_none_when_the_text_does_not_say():
    article = parse_article("x", "x.txt", "Just a line of text that says very little.\n")
    assert (article.source, article.date, article.author) == (None, None, None)


def test_masthead_needs_corroboration():
    body = "The two sides met on Monday and agreed to keep talking about the missile programme.\n"
    kicker = parse_article("x", "x.txt", f"North Korea\n\nPyongyang fires missile into the sea\n\nBy Jane Roe\n\n{body}")
    assert kicker.source is None  # a section kicker above the headline is not a publication
    assert kicker.title == "Pyongyang fires missile into the sea"
    masthead = parse_article(
        "x", "x.txt",
        f"Harbour Review\n\nPyongyang fires missile into the sea\n\nJane Roe\n\njane@harbourreview.org\n\n{body}",
    )
    assert masthead.source == "Harbour Review"  # corroborated by the author's address
    assert masthead.author == "Jane Roe"
