"""The one place where library data becomes styled ``rich.text.Text``.

Article text is untrusted. It never becomes a markup string: it is put into ``Text`` objects
as plain characters and styled with spans. Control characters and escape sequences are removed
with the library's own sanitiser (the ingest applies it already; this is defence in depth).
Where a text carries offsets (an article, a fragment), removal would shift them, so there each
control character is replaced one-for-one instead and the offsets stay true.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from rich._wrap import divide_line
from rich.console import Group
from rich.padding import Padding
from rich.style import Style
from rich.text import Text

from .safe import keep_offsets

# Styles used for data. Colours of the chrome live in the .tcss files; these are the styles of
# spans inside article text, chosen to read on both dark and light themes.
HIT = Style(color="black", bgcolor="yellow", bold=True)
CURRENT = Style(color="black", bgcolor="bright_magenta", bold=True)
QUOTE = {
    "analyst": Style(color="green", italic=True),
    "official": Style(color="cyan", italic=True),
    "leader": Style(color="bright_blue", italic=True),
    "other": Style(color="magenta", italic=True),
}
SPEAKER = {
    "analyst": Style(color="black", bgcolor="green"),
    "official": Style(color="black", bgcolor="cyan"),
    "leader": Style(color="black", bgcolor="bright_blue"),
    "other": Style(color="black", bgcolor="magenta"),
}
FURNITURE = Style(dim=True, strike=False, italic=True)
DIM = Style(dim=True)
BOLD = Style(bold=True)
TITLE_KIND = Style(bold=True)


@cache
def _sanitizer():
    """(detector, sanitiser): the detector finds a character the sanitiser would remove."""
    # The index package's import is not free: loaded on the first text that needs it, which
    # is never one of the first frame's.
    from index.sanitize import SUSPECT_CHARS, sanitize

    return re.compile(f"[{SUSPECT_CHARS}]"), sanitize


def clean(value: object) -> str:
    """A data string made safe for the terminal (control sequences removed)."""
    if value is None:
        return ""
    text = str(value)
    # Every character the sanitiser removes is unprintable in Python's sense (a test checks
    # the whole of Unicode), so printable text, most titles and names, has nothing to remove.
    if text.isprintable():
        return text
    suspect, sanitize = _sanitizer()
    if suspect.search(text) is None:
        return text
    return sanitize(text)


def plain(value: object, style: Style | str = "") -> Text:
    """A data string as a ``Text``: never parsed as markup."""
    return Text(clean(value), style=style, no_wrap=True, overflow="ellipsis")


def highlighted(text: str, spans, style: Style = HIT) -> Text:
    out = Text(keep_offsets(text))
    for start, end in spans:
        out.stylize(style, start, end)
    return out


# -- small pieces -----------------------------------------------------------------------------


def hit_option(hit, rank: int):
    """A hit for the hit list: title, source and date, then up to three fragments with the
    terms highlighted, indented under the title."""
    title = Text(f"{rank}. ", DIM, no_wrap=True, overflow="ellipsis")
    title.append(clean(hit.title or hit.path or "(untitled)"), BOLD)
    parts = [title]
    meta = " · ".join(clean(x) for x in (hit.source, hit.date) if x)
    if meta:
        parts.append(Padding(Text(meta, DIM, no_wrap=True, overflow="ellipsis"), (0, 0, 0, 3)))
    for fragment in hit.fragments[:3]:
        line = Text("… ", DIM)
        line.append_text(highlighted(fragment.text.replace("\n", " "), fragment.highlights))
        line.append(" …", DIM)
        parts.append(Padding(line, (0, 0, 0, 3)))
    return Group(*parts)


def actor_option(actor):
    """Name (and quote count) on one line, role and affiliation dimmed under it."""
    name = Text(no_wrap=True, overflow="ellipsis")
    name.append(clean(actor.name), BOLD if actor.kind == "person" else "")
    if actor.kind == "person" and actor.quote_count:
        name.append(f"  {actor.quote_count} quote{'s' * (actor.quote_count != 1)}", "green")
    details = ", ".join(clean(x) for x in (actor.role, actor.affiliation) if x)
    if not details:
        return name
    return Group(name, Padding(Text(details, DIM, no_wrap=True, overflow="ellipsis"), (0, 0, 0, 2)))


def quote_option(quote, *, with_speaker: bool = True) -> Text:
    style = QUOTE.get(quote.speaker_category, QUOTE["other"])
    out = Text()
    if with_speaker:
        out.append(clean(quote.speaker or "unattributed"), BOLD)
        out.append(" - ", DIM)
    out.append("\u201c" + clean(quote.text).replace("\n", " ") + "\u201d", style)
    return out


def heading(label: str, detail: str = "") -> Text:
    out = Text(clean(label), style="bold underline")
    if detail:
        out.append(f"  {clean(detail)}", DIM)
    return out


# -- the article ------------------------------------------------------------------------------


@dataclass
class Document:
    """An article as displayed: one ``Text`` plus a map from article offsets to its offsets.

    ``source`` offsets are offsets into ``Article.text`` (the clean text): hits and quotes are
    given in those. In raw mode the display is ``Article.raw`` and content lines map to their
    raw position; speaker labels inserted after quotes shift later offsets, which the map
    accounts for.
    """

    text: Text
    raw: bool = False
    # (source offset, display offset) anchors for content lines in raw mode; sorted.
    _line_map: list[tuple[int, int, int]] = field(default_factory=list)
    _insert_positions: list[int] = field(default_factory=list)
    _insert_totals: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._clean_starts = [s for s, _, _ in self._line_map]
        self._raw_starts = [r for _, _, r in self._line_map]

    def to_display(self, offset: int) -> int:
        base = offset
        if self.raw and self._line_map:
            i = max(0, bisect_right(self._clean_starts, offset) - 1)
            start, end, raw_start = self._line_map[i]
            base = raw_start + min(max(0, offset - start), end - start)
        i = bisect_right(self._insert_positions, base)
        return base + (self._insert_totals[i - 1] if i else 0)

    def shown_source(self) -> str:
        """The displayed characters without the inserted speaker labels: the article's own
        text (clean or raw), which is what a reader must be able to trust is all there."""
        plain = self.text.plain
        parts, pos, before = [], 0, 0
        for base, total in zip(self._insert_positions, self._insert_totals):
            label_start = base + before
            parts.append(plain[pos:label_start])
            pos, before = base + total, total
        parts.append(plain[pos:])
        return "".join(parts)

    def to_source(self, display: int) -> int:
        """The article offset shown at ``display`` (inverse of ``to_display``, approximately)."""
        i = bisect_right(self._insert_positions, display)
        base = display - (self._insert_totals[i - 1] if i else 0)
        if self.raw and self._line_map:
            j = max(0, bisect_right(self._raw_starts, base) - 1)
            start, end, raw_start = self._line_map[j]
            return start + min(max(0, base - raw_start), end - start)
        return base


def article_document(article, *, raw: bool = False, hits=(), show_quotes: bool = True) -> Document:
    """Build the displayed text of ``article``: clean text (or raw with furniture dimmed),
    search hits highlighted, quotes coloured by speaker category and labelled with the speaker."""
    if raw:
        body = keep_offsets(article.raw)
        text = Text(body)
        line_map = []
        for line in article.lines:
            if line.kind.value == "furniture":
                text.stylize(FURNITURE, line.raw_start, line.raw_end)
            else:
                line_map.append((line.start, line.end, line.raw_start))
                if line.kind.value == "title":
                    text.stylize(TITLE_KIND, line.raw_start, line.raw_end)
        line_map.sort()
        doc = Document(text, raw=True, _line_map=line_map)
    else:
        text = Text(keep_offsets(article.text))
        for line in article.lines:
            if line.kind.value == "title" and line.start >= 0:
                text.stylize(TITLE_KIND, line.start, line.end)
            elif line.kind.value in ("byline", "caption") and line.start >= 0:
                text.stylize(DIM, line.start, line.end)
        doc = Document(text)

    def span(start: int, end: int) -> tuple[int, int]:
        return doc.to_display(start), doc.to_display(end)

    for start, end in hits:
        text.stylize(HIT, *span(start, end))
    if show_quotes and article.quotes:
        labels = []
        for quote in article.quotes:
            s, e = span(quote.start, quote.end)
            text.stylize(QUOTE.get(quote.speaker_category, QUOTE["other"]), s, e)
            # The label goes after the closing quotation mark when there is one.
            after = e + 1 if e < len(text.plain) and text.plain[e] in "\"'\u201d\u2019\u00bb" else e
            labels.append((after, quote))
        inserted = 0
        positions, totals = [], []
        out = Text()
        cursor = 0
        for at, quote in sorted(labels, key=lambda x: x[0]):
            out.append_text(text[cursor:at])
            label = Text.assemble(" ", (f" {clean(quote.speaker) or '?'} ", SPEAKER.get(
                quote.speaker_category, SPEAKER["other"])))
            out.append_text(label)
            inserted += len(label)
            # Store in *base* (pre-insert) coordinates for to_display.
            positions.append(at)
            totals.append(inserted)
            cursor = at
        out.append_text(text[cursor:])
        doc.text = out
        doc._insert_positions = positions
        doc._insert_totals = totals
    return doc


# -- wrapping ---------------------------------------------------------------------------------


def wrap_starts(plain_text: str, width: int) -> list[int]:
    """Start offsets of the wrapped lines of ``plain_text`` at ``width`` cells.

    Each paragraph (``\\n``-separated) starts a line; long paragraphs break at word
    boundaries (words wider than ``width`` are folded). The offsets let a view map any
    character offset to its wrapped line with one bisect.
    """
    width = max(1, width)
    starts: list[int] = []
    position = 0
    for paragraph in plain_text.split("\n"):
        starts.append(position)
        if len(paragraph) > width or (paragraph and _wide(paragraph, width)):
            starts.extend(position + b for b in divide_line(paragraph, width, fold=True))
        position += len(paragraph) + 1
    return starts


def _wide(paragraph: str, width: int) -> bool:
    from rich.cells import cell_len

    return cell_len(paragraph) > width


def line_of(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)
