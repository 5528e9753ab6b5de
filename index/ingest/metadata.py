"""Metadata evidence read off single lines: dates, names, publication names.

Every function here returns ``None`` when the line does not say; nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date

from . import cues

__all__ = [
    "author_from_byline",
    "dates_in",
    "is_name_like",
    "month_day_mentions",
    "resolve_date",
    "source_from_copyright",
    "source_from_email",
    "source_from_repeated_masthead",
]

NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "du", "le", "la", "bin", "al", "el", "dos", "das"})
_NAME_EXCLUDED = cues.STOP_WORDS | cues.UI_WORDS | cues.SECTION_WORDS | cues.ROLE_WORDS


# --- names ---------------------------------------------------------------------------------


def is_name_like(text: str) -> bool:
    """Two to four capitalised name tokens ("Park Min-hee", "Hyun-ik Hong", "Jane van Dyke")."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4:
        return False
    capitalised = 0
    for token in tokens:
        low = token.lower()
        if low in NAME_PARTICLES:
            continue
        if not token[0].isupper():
            return False
        letters = token.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
        if not letters.isalpha():
            return False
        if low.rstrip(".") in _NAME_EXCLUDED:
            return False
        capitalised += 1
    return capitalised >= 2


_BY_RE = re.compile(r"(?i)(?:^|\b)by\s*[:：]?\s+")
_AUTHOR_LABEL_RE = re.compile(r"(?i)^(?:authors?|written by|reporter|reporting by|story by|words by|text by)\s*[:：]?\s*")
# Where the name in a byline stops: a role after a comma, a date, "on ...", a bar, an e-mail.
_NAME_END_RE = re.compile(
    r"\s*(?:[,;|/()\[\]<>·•–—]|\s-\s|\s(?i:on|at|in|for|from|updated|posted|published|modified|and\s+edited)\b|\d|[\w.+-]+@)"
)
_CO_AUTHOR_RE = re.compile(r"\s+(?:and|&)\s+")
_KOREAN_REPORTER_RE = re.compile(r"([가-힣]{2,4})\s*(?:기자|특파원|논설위원)")


def _clean_name(candidate: str) -> str | None:
    candidate = candidate.strip().strip(".:").strip()
    if not candidate:
        return None
    parts = _CO_AUTHOR_RE.split(candidate)
    if all(is_name_like(p) for p in parts):
        return " and ".join(parts)
    if is_name_like(candidate):
        return candidate
    return None


def author_from_byline(line: str) -> str | None:
    """The person a byline names: "By Park Min-hee, senior staff writer" -> "Park Min-hee"."""
    match = _BY_RE.search(line)
    rest = None
    if match and match.start() <= 25:
        rest = line[match.end():]
    else:
        label = _AUTHOR_LABEL_RE.match(line)
        if label and label.end() > 0:
            rest = line[label.end():]
    if rest is not None:
        end = _NAME_END_RE.search(rest)
        name = _clean_name(rest[: end.start()] if end else rest)
        if name:
            return name
    placed = cues.NAME_IN_PLACE_RE.match(line)
    if placed:
        name = _clean_name(placed.group("name"))
        if name:
            return name
    korean = _KOREAN_REPORTER_RE.search(line)
    if korean:
        return korean.group(1)
    return None


# --- publication ---------------------------------------------------------------------------

_COPYRIGHT_NAME_RE = re.compile(
    r"(?i)(?:©|ⓒ|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?"
    r"(?P<name>[^\W\d_][^()\[\]|,.©\n]*?(?:\.(?:com|co\.kr|org|net|kr|co\.uk))?)"
    r"\s*(?:\d{4}|[(\[|,.]|\ball rights\b|$)"
)


def source_from_copyright(line: str) -> str | None:
    """ "© The Asia Business Daily(www.asiae.co.kr). All rights reserved." -> the name."""
    match = _COPYRIGHT_NAME_RE.search(line)
    if not match:
        return None
    name = match.group("name").strip()
    if re.match(r"(?i)all rights", name) or len(name) < 2 or len(name.split()) > 8:
        return None
    return name


def source_from_repeated_masthead(line: str) -> str | None:
    """ "Báo Quốc TếBáo Quốc Tế02/10/2023" -> "Báo Quốc Tế": a name printed twice."""
    match = cues.REPEATED_MASTHEAD_RE.match(line)
    if not match:
        return None
    name = match.group("name").strip()
    rest = match.group("rest").strip()
    if len(name) < 3 or sum(c.isalpha() for c in name) < 3:
        return None
    if rest and not cues.ANY_DATE_RE.search(rest):
        return None
    return name


def source_from_email(line: str) -> str | None:
    if "@" not in line:
        return None  # the address pattern backtracks over every word before failing
    for match in cues.EMAIL_RE.finditer(line):
        domain = match.group(1).lower().rstrip(".")
        if domain.startswith("www."):
            domain = domain[4:]
        if domain not in cues.GENERIC_MAIL_DOMAINS:
            return domain
    return None


# --- dates ---------------------------------------------------------------------------------


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_in(line: str) -> list[tuple[date, date | None]]:
    """Full dates written in ``line``, in order, as ``(reading, other_reading)``.

    ``other_reading`` is set only for a numeric date whose day and month could be swapped
    ("02/10/2023"); the first reading is day-first.
    """
    found: list[tuple[int, date, date | None]] = []
    for m in cues.ISO_DATE_RE.finditer(line):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d, None))
    for m in cues.NUMERIC_DATE_RE.finditer(line):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day_first = _valid(year, b, a)
        month_first = _valid(year, a, b)
        if day_first and month_first and a != b:
            found.append((m.start(), day_first, month_first))
        elif day_first or month_first:
            found.append((m.start(), day_first or month_first, None))
    for m in cues.MDY_DATE_RE.finditer(line):
        d = _valid(int(m.group(3)), cues.MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        if d:
            found.append((m.start(), d, None))
    for m in cues.DMY_DATE_RE.finditer(line):
        d = _valid(int(m.group(3)), cues.MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
        if d:
            found.append((m.start(), d, None))
    for m in cues.CJK_DATE_RE.finditer(line):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d, None))
    found.sort(key=lambda item: item[0])
    return [(d, alt) for _, d, alt in found]


def month_day_mentions(text: str) -> list[tuple[int, int, int | None]]:
    """(month, day, year or None) for every "September 23" / "23 September" in ``text``."""
    out = []
    for m in cues.MONTH_WORD_RE.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        mention = _month_day_at(text, m)
        if mention:
            out.append(mention)
    return out


def _month_day_at(text: str, m: re.Match) -> tuple[int, int, int | None] | None:
    month_no = cues.MONTHS.get(m.group().lower())
    after = cues.DAY_AFTER_MONTH_RE.match(text, m.end())
    if after:
        day, year = int(after.group(1)), after.group(2)
    else:
        before = cues.DAY_BEFORE_MONTH_RE.search(text, max(0, m.start() - 12), m.start())
        if not before:
            return None
        day = int(before.group(1))
        year_m = cues.YEAR_AFTER_RE.match(text, m.end())
        year = year_m.group(1) if year_m else None
    if month_no and 1 <= day <= 31:
        return month_no, day, int(year) if year else None
    return None


def resolve_date(day_first: date, month_first: date, text: str) -> date:
    """Pick between the two readings of an ambiguous numeric date such as 02/10/2023.

    An article is published after the events it reports, so a reading that falls before
    most of the days the article itself mentions in that year ("met ... on September 23")
    is the less likely one: we count, for each reading, the mentions that would lie in
    its future and keep the reading with fewer. On a tie (no mentions, or both readings
    equally consistent) we fall back to day-first, the convention of most of the world's
    outlets (everywhere but the US and a few others use dd/mm/yyyy).
    """
    year = day_first.year
    mentions = [
        _valid(year, month, day)
        for month, day, mention_year in month_day_mentions(text)
        if mention_year in (None, year)
    ]
    mentions = [m for m in mentions if m]
    if not mentions:
        return day_first
    after_day_first = sum(m > day_first for m in mentions)
    after_month_first = sum(m > month_first for m in mentions)
    return month_first if after_month_first < after_day_first else day_first
