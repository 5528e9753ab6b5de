"""The line classifier: which lines of a page are the article, and which are chrome.

Every non-blank line gets exactly one :class:`LineKind`. The decision uses general cues
only (see :mod:`index.ingest.cues` for the data):

* shape: word count, sentence-like ending, share of English stop words, share of letters,
  bullet markers, menu separators, identifiers;
* position: chrome above the title, a head (title, deck, byline, captions) before the
  first body paragraph, and a tail after the last one or after a copyright line;
* repetition: a line repeating the title or an earlier line;
* explicit cues: byline and dateline openers, photo credits and position words in
  captions, calls to action, list headings, copyright lines.

When unsure, a line is kept as content: only chrome the cues recognise, or short
non-prose lines in the head/tail chrome zones, become furniture.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import LineKind
from . import cues
from .metadata import author_from_byline, is_name_like, source_from_repeated_masthead

__all__ = ["Classified", "LineInfo", "classify"]

# Thresholds (words unless stated).
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
BODY_MIN_WORDS = 8  # a sentence-shaped line this long is article body
LONG_PARAGRAPH_WORDS = 15  # a non-sentence line this long inside the body is body, not a subhead
ANCHOR_RUN_ON_WORDS = 25  # a line this long counts as body even without a full stop
PROSE_MIN_WORDS = 4
PROSE_MIN_STOP_SHARE = 0.15
# Below this share of English stop words over the whole page, the page is not English and
# the stop-word cue says nothing: it is switched off (every line passes it).
ENGLISH_MIN_STOP_SHARE = 0.12
RUN_ON_MIN_STOP_SHARE = 0.2
TAIL_PROSE_MIN_WORDS = 12  # an unpunctuated tail line this long, written like prose, is kept
TAIL_PROSE_MIN_STOP_SHARE = 0.3
CHROME_MAX_WORDS = 5  # widgets, buttons, labels are at most this long
CTA_MAX_WORDS = 25
FURNITURE_PROSE_MAX_WORDS = 60
DATELINE_MAX_WORDS = 12
BYLINE_MAX_WORDS = 16
MIN_LETTER_SHARE = 0.5
MASTHEAD_MAX_WORDS = 4
MASTHEAD_LINES_AFTER_TITLE = 4  # a repeated-masthead dateline sits right under the headline
MAX_DATED_LINE_WORDS = 20
_PUNCT = ".,;:!?\"'“”‘’()[]{}«»<>…-–—/\\|"


class LineInfo:
    """One non-blank line: its span, its shape, and (after :func:`analyse`) its cues.

    Shape features are set when the line is split; the cue flags are computed once per
    line by :func:`analyse`, because the classifier asks for them many times.
    """

    __slots__ = (
        "text", "start", "end", "core", "words", "ends_sentence", "bullet", "low", "gap",
        "_first",
        "tokens", "stop_share", "_letter_share", "_has_date", "_bare_tokens",
        # cue flags
        "prose", "paragraph", "run_on", "copyright", "furniture", "list_heading", "byline",
        "dateline", "email", "credit", "position", "chrome",
    )

    def __init__(self, text: str, start: int, core: str, bullet: bool, gap: int = 0) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.core = core  # text without a leading bullet marker
        self.bullet = bullet
        self.gap = gap  # newlines between the previous non-blank line and this one (2+: blank line)
        # Ends like a sentence: terminal punctuation, perhaps inside closing quotes/brackets.
        self.ends_sentence = text.rstrip(cues.SENTENCE_CLOSERS)[-1:] in cues.SENTENCE_TERMINALS
        self.low = core.lower()
        self._first: tuple[str, int] | None = None
        self.tokens = self.low.split()
        words = len(self.tokens)
        if words <= 2 and len(core) >= 6 and cues.UNSPACED_SCRIPT_RE.search(core):
            words = max(words, len(core) // 2)  # scripts written without spaces
        self.words = words
        stops = sum(map(cues.STOP_WORDS.__contains__, self.tokens))
        self.stop_share = stops / len(self.tokens) if self.tokens else 0.0
        self._letter_share = -1.0
        self._has_date = -1
        self._bare_tokens: list[str] | None = None

    def __repr__(self) -> str:
        return f"LineInfo({self.text[:40]!r})"

    @property
    def letter_share(self) -> float:
        if self._letter_share < 0:
            chars = self.core[:200].replace(" ", "")
            self._letter_share = sum(map(str.isalpha, chars)) / len(chars) if chars else 0.0
        return self._letter_share

    @property
    def first(self) -> tuple[str, int]:
        """The opening word (digits keyed "0") and where it ends, for the phrase tables."""
        if self._first is None:
            # ``low`` starts with its first token (it is stripped). A token made only of
            # letters is the whole opening word: no need for the word regex.
            token = self.tokens[0]
            self._first = (token, len(token)) if token.isalpha() else cues.first_word(self.low)
        return self._first

    @property
    def bare_tokens(self) -> list[str]:
        """Lower-cased words without surrounding punctuation (empty ones dropped)."""
        if self._bare_tokens is None:
            self._bare_tokens = [t for t in (t.strip(_PUNCT) for t in self.tokens) if t]
        return self._bare_tokens

    @property
    def has_date(self) -> bool:
        """A full date in a short line (dates inside long paragraphs are not evidence)."""
        if self._has_date < 0:
            text = self.text
            self._has_date = int(
                self.words <= MAX_DATED_LINE_WORDS
                and _contains_any(text, _YEAR_HINTS)
                and cues.ANY_DATE_RE.search(text) is not None
            )
        return bool(self._has_date)


_LABEL_WORDS = cues.SECTION_WORDS | cues.STOP_WORDS | cues.UI_WORDS
_BULLET_CHARS = frozenset("•·▪◦●○■□‣⁃∙◆◇►▶✓✔-*–")
_YEAR_HINTS = ("19", "20", "년", "年")  # every full date we read has a year 19xx/20xx


@dataclass(slots=True)
class Classified:
    lines: list[LineInfo]
    kinds: list[LineKind]
    title_index: int | None = None
    masthead: str | None = None  # a publication name printed above the title


# --- features --------------------------------------------------------------------------------


def split_lines(raw: str) -> list[LineInfo]:
    """Every non-blank line of ``raw`` with the span of its stripped text."""
    out: list[LineInfo] = []
    pos = 0
    gap = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            # Only whitespace stands before the line's first character.
            start = pos + line.find(stripped[0])
            bullet = cues.BULLET_RE.match(stripped) if stripped[0] in _BULLET_CHARS else None
            if bullet is not None and bullet.end() < len(stripped) and (
                stripped[0] not in "-*–" or stripped[1:2].isspace()
            ):
                out.append(LineInfo(stripped, start, stripped[bullet.end():], True, gap))
            else:
                out.append(LineInfo(stripped, start, stripped, False, gap))
            gap = 1
        else:
            gap += 1
        pos += len(line) + 1
    return out


# --- cues ------------------------------------------------------------------------------------
#
# :func:`analyse` computes every cue of a line in one pass, from the shape features shared
# by all of them; each cue is only looked for on lines short enough for it to apply, and
# behind a substring pre-check where its pattern is slow to search.


def _contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Substring pre-check before a regex search (a plain loop: cheaper than any(genexpr))."""
    for needle in needles:
        if needle in text:
            return True
    return False


def _is_furniture_phrase(f: LineInfo, prose: bool) -> bool:
    """Calls to action, labels, cookie banners, comment forms (see cues)."""
    w = f.words
    low = f.low
    if w <= CTA_MAX_WORDS and cues.CTA_PHRASES.match(low, *f.first):
        return True
    if prose:
        if w > FURNITURE_PROSE_MAX_WORDS:
            return False
    elif cues.LABEL_PHRASES.match(low, *f.first):
        return True
    if (
        w <= FURNITURE_PROSE_MAX_WORDS
        and _contains_any(low, cues.FURNITURE_ANY_HINTS)
        and cues.FURNITURE_ANY_RE.search(low) is not None
    ):
        return True
    return (
        not prose
        and w <= CTA_MAX_WORDS
        and _contains_any(low, cues.FURNITURE_WEAK_HINTS)
        and cues.FURNITURE_WEAK_RE.search(low) is not None
    )


def _is_list_heading(f: LineInfo) -> bool:
    """ "Related stories", "Read more:", "Most viewed": a heading over other headlines.

    Not "Related: Some headline", which is a single link, not the start of a list.
    """
    if f.ends_sentence or f.words > 4:
        return False
    colon = f.core.find(":")
    if 0 <= colon < len(f.core) - 1:
        return False
    return cues.LIST_HEADINGS.match(f.low, *f.first)


def _is_ui_chrome(f: LineInfo) -> bool:
    """Buttons and widgets: "Text Size", "Close", "Facebook share button", "ⓕ font-size"."""
    ui = 0
    for token in f.bare_tokens:
        if not any(map(str.isalpha, token)):
            continue  # digits and symbols
        if token in cues.UI_WORDS:
            ui += 1
            continue
        if len(token) == 1 and not token.isascii():
            continue  # a widget glyph such as "ⓕ"
        return False
    return ui > 0


def _is_menu(f: LineInfo) -> bool:
    """Three or more short items between separators: "Home | World | Business"."""
    if not cues.MENU_SEPARATOR_RE.search(f.core):
        return False
    parts = [p for p in cues.MENU_SPLIT_RE.split(f.core) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def _is_section_label(f: LineInfo) -> bool:
    """A section or listing label: "Business", "Latest News", "Same category"."""
    tokens = f.bare_tokens
    return not cues.SECTION_WORDS.isdisjoint(tokens) and all(
        t in _LABEL_WORDS or t.isdigit() for t in tokens
    )


def _is_chrome(f: LineInfo) -> bool:
    """Widgets, symbol lines ("• -2", "***", not a date), leaked template tokens such as
    "bar_progress", menus and section labels; each tried only on lines it can fit."""
    w = f.words
    ends = f.ends_sentence
    if w <= CHROME_MAX_WORDS and not (ends and w > 2) and _is_ui_chrome(f):
        return True
    if w <= 4 and f.letter_share < MIN_LETTER_SHARE and not f.has_date:
        return True
    if w == 1 and cues.IDENTIFIER_RE.match(f.core) is not None:
        return True
    if not ends and w <= 40 and _is_menu(f):
        return True
    return w <= 3 and not ends and _is_section_label(f)


def _is_byline_cue(f: LineInfo, prose: bool) -> bool:
    """ "By Park Min-hee, ...", "Posted on : 2024-06-19", "Date 2023-04-03", "홍길동 기자"."""
    w = f.words
    if cues.BYLINE_PHRASES.match(f.low, *f.first):
        if prose and w > 6:
            return False  # "By June 19, 2024, the ministry had received ..." is a sentence
        if f.has_date or cues.RELATIVE_TIME_RE.search(f.core):
            return True
        return author_from_byline(f.core) is not None
    if w <= 8 and " in " in f.core and cues.NAME_IN_PLACE_RE.match(f.core):
        return author_from_byline(f.core) is not None
    return (
        w <= 6
        and _contains_any(f.core, cues.BYLINE_END_HINTS)
        and cues.BYLINE_END_RE.search(f.core) is not None
    )


def is_role_line(f: LineInfo) -> bool:
    """A job title or affiliation line of an author block: "Senior Research Fellow"."""
    if f.words > 6 or f.ends_sentence:
        return False
    tokens = f.bare_tokens
    return not cues.ROLE_WORDS.isdisjoint(tokens) and sum(map(cues.STOP_WORDS.__contains__, tokens)) <= 2


def credit_fragment(text: str) -> str:
    """The words after a line's last sentence (where a photo credit sits)."""
    tail = text[-160:]
    cut = max(tail.rfind(". "), tail.rfind("? "), tail.rfind("! "), tail.rfind(") "), tail.rfind("” "))
    return tail[cut + 2 :] if cut >= 0 else tail


def _paren_match(low: str, pattern) -> bool:
    """Whether ``pattern`` matches at one of the "(" of ``low`` (cheaper than a search)."""
    i = low.find("(")
    while i >= 0:
        if pattern.match(low, i):
            return True
        i = low.find("(", i + 1)
    return False


def _has_photo_credit(f: LineInfo, prose: bool) -> bool:
    """ "[Image source=...]", "(Source: ...)", "(Yonhap)", "EPA-Yonhap", "Courtesy of ..."."""
    low = f.low
    if "[" in low and cues.CAPTION_BRACKET_RE.search(low):
        return True
    if "(" in low and _paren_match(low, cues.CAPTION_SOURCE_RE):
        return True
    last = f.text[-1]
    if last in "\"”’?!:;," or (last == "." and f.words > BODY_MIN_WORDS and prose):
        return False  # a credit does not end like a quotation, a question or a sentence
    fragment = credit_fragment(f.core)
    if fragment.count(" ") >= cues.CREDIT_FRAGMENT_MAX_WORDS:
        return False
    if not _contains_any(fragment, cues.CREDIT_HINTS):
        words = fragment.lower().replace("-", " ").replace("(", " ").replace(")", " ").split()
        if cues.CREDIT_WORDS.isdisjoint(words):
            return False
    return cues.CREDIT_FRAGMENT_RE.fullmatch(fragment) is not None


def _has_picture_position(low: str) -> bool:
    """ "(left)", ", second from left,", "(second from right)"."""
    if "(" in low and _paren_match(low, cues.CAPTION_POSITION_PAREN_RE):
        return True
    return _contains_any(low, cues.CAPTION_POSITION_HINTS) and (
        cues.CAPTION_POSITION_RE.search(low) is not None
    )


def starts_with_title(f: LineInfo, title: str | None) -> bool:
    """A caption that a CMS prefixed with the headline."""
    return bool(title) and len(f.core) > len(title) + 10 and f.core.startswith(title)


def repeats_title(f: LineInfo, title: str | None) -> bool:
    """The title again (a duplicate heading, or the title without its series label)."""
    if not title or f.words < TITLE_MIN_WORDS:
        return False
    return f.core == title or (len(f.core) >= 12 and f.core in title)


def masthead_name(f: LineInfo) -> str | None:
    """A publication name above the title: 2-5 capitalised words, not made of chrome words.

    Only a candidate: the metadata reader accepts it when a byline or copyright line
    corroborates it (see ``parse.read_metadata``).
    """
    tokens = f.core.split()
    if not 2 <= len(tokens) <= 5 or f.ends_sentence or f.bullet:
        return None
    bare = f.bare_tokens
    if not cues.UI_WORDS.isdisjoint(bare) or all(t in _LABEL_WORDS for t in bare):
        return None
    for token in tokens:
        if token.lower() in ("the", "of", "and", "&"):
            continue
        if not token[0].isupper() or not token.replace("-", "").replace("'", "").isalpha():
            return None
    return f.core


# --- the classifier ---------------------------------------------------------------------------


def analyse(f: LineInfo) -> None:
    """Compute every title-independent cue of ``f`` once.

    Each cue is gated by the line length it can apply to, so a long body paragraph only
    pays for the few cues that can fire on it (copyright, cookie banners, photo credits).
    """
    w = f.words
    share = f.stop_share
    # A sentence: ends like one, has a few words, and (in English) function words.
    f.prose = prose = f.ends_sentence and w >= PROSE_MIN_WORDS and share >= PROSE_MIN_STOP_SHARE
    # A sentence long enough that it can only be the article speaking.
    f.paragraph = prose and w >= BODY_MIN_WORDS
    # A long paragraph that lost its full stop (still prose by its function words).
    f.run_on = w >= ANCHOR_RUN_ON_WORDS and share >= RUN_ON_MIN_STOP_SHARE
    low = f.low
    f.copyright = (
        w <= FURNITURE_PROSE_MAX_WORDS
        and _contains_any(low, cues.COPYRIGHT_HINTS)
        and cues.COPYRIGHT_RE.search(low) is not None
    )
    f.furniture = furniture = _is_furniture_phrase(f, prose)
    f.credit = _has_photo_credit(f, prose)
    f.position = _has_picture_position(low)
    if prose and w > BYLINE_MAX_WORDS:
        # A long sentence: no byline, dateline, address, widget or list heading is that long.
        f.list_heading = f.byline = f.dateline = f.email = f.chrome = False
        return
    f.list_heading = furniture and _is_list_heading(f)
    f.byline = w <= BYLINE_MAX_WORDS and _is_byline_cue(f, prose)
    # A short line whose point is a date: "June 19, 2024 4:12 AM", "Site Site 02/10/2023".
    f.dateline = w <= DATELINE_MAX_WORDS and f.has_date and (not prose or w <= 5)
    f.email = w <= 3 and cues.EMAIL_LINE_RE.match(f.core) is not None
    f.chrome = not (prose and w > CHROME_MAX_WORDS) and _is_chrome(f)


def _skippable_above_title(f: LineInfo) -> bool:
    """Lines that may stand above a headline: chrome, datelines, bylines, credits."""
    return (
        f.bullet
        or f.words < TITLE_MIN_WORDS
        or f.chrome
        or f.furniture
        or f.copyright
        or f.byline
        or f.dateline
        or f.email
        or f.credit
        or f.letter_share < 0.6
        or cues.URL_RE.match(f.core) is not None
    )


def is_title_candidate(f: LineInfo) -> bool:
    if f.bullet or not TITLE_MIN_WORDS <= f.words <= TITLE_MAX_WORDS:
        return False
    if f.text.endswith(".") and f.words > 15 and f.prose:
        return False  # a paragraph, not a headline
    return not _skippable_above_title(f)


def _page_is_english(lines: list[LineInfo]) -> bool:
    """Whether the page is English enough for the stop-word cue to mean anything."""
    tokens = stops = 0
    for f in lines:
        n = len(f.tokens)
        tokens += n
        stops += f.stop_share * n
    return tokens > 0 and stops / tokens >= ENGLISH_MIN_STOP_SHARE


def _find_title(lines: list[LineInfo], stop: int) -> int | None:
    """The first line that is not chrome, if it is shaped like a headline."""
    for i in range(stop):
        f = lines[i]
        if _skippable_above_title(f):
            continue
        if not is_title_candidate(f):
            return None
        if f.words <= MASTHEAD_MAX_WORDS and masthead_name(f):
            # "The Korea Times" above a longer headline: the first is the masthead.
            nxt = next((j for j in range(i + 1, stop) if not _skippable_above_title(lines[j])), None)
            if nxt is not None and is_title_candidate(lines[nxt]) and lines[nxt].words > f.words:
                return nxt
        return i
    return None


def _is_marker(f: LineInfo, title: str | None) -> bool:
    """Lines that are neither body nor chrome: captions, bylines, furniture phrases."""
    return f.furniture or f.byline or f.email or is_caption(f, title)


def is_caption(f: LineInfo, title: str | None) -> bool:
    """Photo credits, positions in a picture, or a caption that starts with the title."""
    return f.credit or f.position or starts_with_title(f, title)


def _author_block(lines: list[LineInfo], lo: int, hi: int) -> set[int]:
    """Indices of "Name / e-mail / role / institution" blocks between ``lo`` and ``hi``."""
    block: set[int] = set()
    i = lo
    while i < hi:
        f = lines[i]
        if f.words <= 4 and is_name_like(f.core) and i + 1 < hi and (
            lines[i + 1].email or is_role_line(lines[i + 1])
        ):
            block.add(i)
            j = i + 1
            while j < hi:
                g = lines[j]
                if g.email or is_role_line(g) or (
                    g.words <= 6 and not g.ends_sentence and not g.chrome and j - i <= 4
                    and not g.furniture
                ):
                    block.add(j)
                    j += 1
                else:
                    break
            i = j
        else:
            i += 1
    return block


def classify(lines: list[LineInfo]) -> Classified:
    n = len(lines)
    kinds: list[LineKind] = [LineKind.BODY] * n
    result = Classified(lines=lines, kinds=kinds)
    if not n:
        return result
    if not _page_is_english(lines):
        for f in lines:
            f.stop_share = 1.0  # the stop-word cue says nothing here: let every line pass it
    for f in lines:
        analyse(f)

    # The page footer starts at a copyright line that no paragraph follows (a "© Agency"
    # credit under a picture mid-article must not cut the article short).
    last_prose = next((i for i in range(n - 1, -1, -1) if lines[i].paragraph and not (lines[i].copyright or lines[i].furniture)), -1)
    footer = next((i for i in range(last_prose + 1, n) if lines[i].copyright), n)

    title_i = _find_title(lines, footer)
    title = lines[title_i].core if title_i is not None else None
    result.title_index = title_i
    first = title_i + 1 if title_i is not None else 0

    # The body runs from the first prose paragraph after the title to the last paragraph.
    def paragraph(i: int, run_on: bool) -> bool:
        f = lines[i]
        if not (f.paragraph or (run_on and f.run_on)):
            return False
        return not _is_marker(f, title) and not repeats_title(f, title)

    head_end = next((i for i in range(first, footer) if paragraph(i, False)), None)
    if head_end is None:
        head_end = next((i for i in range(first, footer) if paragraph(i, True)), footer)
    last_para = next((i for i in range(footer - 1, head_end - 1, -1) if paragraph(i, True)), None)
    tail_start = last_para + 1 if last_para is not None else footer

    blocks = _author_block(lines, first, head_end) | _author_block(lines, tail_start, footer)

    # Above the title: chrome, a masthead, perhaps a dateline or a picture.
    masthead: str | None = None
    looked = False
    for i in range(title_i or 0):
        f = lines[i]
        if f.byline or f.dateline:
            kinds[i] = LineKind.BYLINE
        elif is_caption(f, None) and f.words >= TITLE_MIN_WORDS:
            kinds[i] = LineKind.CAPTION
        else:
            kinds[i] = LineKind.FURNITURE
            if not looked and not (f.chrome or f.bullet or f.furniture):
                looked = True  # only the first non-chrome line can be the masthead
                masthead = masthead_name(f)
    result.masthead = masthead
    if title_i is not None:
        kinds[title_i] = LineKind.TITLE

    author = None
    seen: set[str] = {f.core for f in lines[:first]}
    in_list = False
    for i in range(first, n):
        f = lines[i]
        if i >= footer:
            kinds[i] = LineKind.FURNITURE
            continue
        zone = "tail" if i >= tail_start else "head" if i < head_end else "body"
        near_title = i - first < MASTHEAD_LINES_AFTER_TITLE
        kinds[i] = kind = _classify_line(f, i, zone, title, blocks, author, last_para, in_list, near_title)
        if kind is LineKind.BYLINE and author is None:
            author = author_from_byline(f.core) or (f.core if is_name_like(f.core) else None)
        # A list of headlines runs on under its heading until a non-chrome line, or (in the
        # body) until a blank line: a subhead after a gap starts the article again.
        if kind is LineKind.FURNITURE:
            in_list = f.list_heading or (in_list and (zone == "tail" or f.gap <= 1))
        else:
            in_list = False
        # A repeated line adds nothing the first copy did not.
        if f.core in seen:
            kinds[i] = LineKind.FURNITURE
        seen.add(f.core)

    # A short line just above a caption, inside the body, belongs to the picture.
    for i in range(max(head_end, first), footer - 1):
        if kinds[i] is LineKind.DECK and kinds[i + 1] is LineKind.CAPTION:
            kinds[i] = LineKind.CAPTION
    return result


def _classify_line(
    f: LineInfo,
    i: int,
    zone: str,
    title: str | None,
    blocks: set[int],
    author: str | None,
    last_para: int | None,
    in_list: bool,
    near_title: bool,
) -> LineKind:
    if f.furniture or f.copyright:
        return LineKind.FURNITURE
    if f.byline or i in blocks:
        return LineKind.BYLINE
    if is_caption(f, title):
        return LineKind.CAPTION
    if f.dateline or (f.email and zone != "body"):
        return LineKind.BYLINE
    if zone == "head" and near_title and f.words <= DATELINE_MAX_WORDS and source_from_repeated_masthead(f.core):
        return LineKind.BYLINE  # "Site NameSite Name 02/10/2023" under the headline
    if f.chrome or repeats_title(f, title):
        return LineKind.FURNITURE
    if zone == "tail":
        if f.words <= 4 and is_name_like(f.core) and (
            (author is not None and f.core == author)
            or (author is None and last_para is not None and i == last_para + 1)
        ):
            return LineKind.BYLINE  # the closing signature
        if in_list or cues.URL_RE.match(f.core):
            return LineKind.FURNITURE
        # A closing sentence is kept however short, and so is a long line written like
        # prose that lost its full stop; anything else down here is chrome.
        if f.ends_sentence and f.words >= 3:
            return LineKind.BODY
        if f.words >= TAIL_PROSE_MIN_WORDS and f.stop_share >= TAIL_PROSE_MIN_STOP_SHARE:
            return LineKind.BODY
        return LineKind.FURNITURE
    if in_list and f.gap <= 1 and not f.paragraph:
        return LineKind.FURNITURE
    if zone == "head":
        return LineKind.BODY if f.prose and f.words > PROSE_MIN_WORDS else LineKind.DECK
    # zone == "body"
    if f.ends_sentence or f.words >= LONG_PARAGRAPH_WORDS:
        return LineKind.BODY
    return LineKind.DECK
