"""Find quoted spans: a tolerant quotation-mark scanner.

Marks come in two families, double (" “ ” „ « ») and single (' ‘ ’ ‹ ›), straight or
curly, and articles mix them.  Each mark is classified from its neighbours (can it open?
can it close?) before its glyph is consulted, so a curly mark used the wrong way round
still pairs.  A single mark between letters is an apostrophe (Russia’s, don't, O'Brien),
as are elisions ('90s, 'em).  Inside a quote, marks of the other family are nested quotes
or apostrophes and are left alone.

News style leaves a quote open at the end of a paragraph when the same speaker goes on in
the next one, which then opens with a mark again; such spans are chained (``cont_next`` /
``cont_prev``) so they can share a speaker.  A quote still open at the end of a paragraph
that is not continued runs to the paragraph end; an unmatched single mark is dropped
(it was an apostrophe or a plural possessive after all).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from .doc import char_positions
from .lexicon import COMMON_WORDS

_DOUBLE: Final = frozenset("\"“”„‟«»")
_SINGLE: Final = frozenset("'‘’‚‹›")
_OPEN_GLYPHS: Final = frozenset("“„‟«‘‚‹")
_CLOSE_GLYPHS: Final = frozenset("”»’›")
QMARK_RE: Final = re.compile("[\"“”„‟«»'‘’‚‹›]")
_OPEN_PREV: Final = frozenset("([{—–-/:;\"“‘'«‹„‚…")
_CLOSE_NEXT: Final = frozenset(".,;:!?)]}—–-\"”’'»›…")
_ELISION_RE: Final = re.compile(r"(?:\d0s|\d\d\b|em\b|n[’']|til\b|cause\b|tis\b|twas\b|bout\b|round\b)", re.I)
_TOKEN_WITH_WORD_RE: Final = re.compile(r"[^\w\s]*\w\S*")
# the word after a plural possessive ("students' concerns"): a lower-case noun, not a word
# that goes on a sentence after a closing quote ("'...' and", "'...' he said")
_NEXT_WORD_RE: Final = re.compile(r"\s([a-z][a-z\-]*)\b")
_POSSESSED_OK: Final = frozenset({"own"})


class Span:
    """One quoted span: ``start``/``end`` bound the words inside the marks."""

    __slots__ = ("start", "end", "open", "close", "para", "fam", "cont_prev", "cont_next", "chain")

    def __init__(self, start: int, end: int, open: int, close: int, para: int, fam: str,
                 cont_next: bool = False) -> None:
        self.start = start
        self.end = end
        self.open = open  # offset of the opening mark, -1 when it was missing
        self.close = close  # offset of the closing mark, -1 when the quote runs to the paragraph end
        self.para = para  # index into the paragraph list
        self.fam = fam  # "d" or "s"
        self.cont_prev = False  # continues a quote left open in the previous paragraph
        self.cont_next = cont_next  # left open, continued by the next paragraph
        self.chain = -1  # id shared by the spans of one multi-paragraph quote

    @property
    def left(self) -> int:
        """Where the quote starts in the text, marks included."""
        return self.open if self.open >= 0 else self.start

    @property
    def right(self) -> int:
        """Just past the quote, marks included."""
        return self.close + 1 if self.close >= 0 else self.end


def has_min_words(s: str, n: int) -> bool:
    """``word_count(s) >= n``, without counting a long quote's every word."""
    if _count_words(s[:16 * n]) >= n:
        return True
    return len(s) > 16 * n and word_count(s) >= n


def word_count(s: str) -> int:
    """Words in a span: whitespace-separated tokens holding a letter or digit."""
    return _count_words(s)


def _count_words(s: str) -> int:
    r"""``len(_TOKEN_WITH_WORD_RE.findall(s))``: that pattern matches once in every
    whitespace-separated chunk holding a word character (``\w``: alphanumeric or "_").
    Counting the chunks in Python is several times cheaper than the regex."""
    k = 0
    for chunk in s.split():
        if chunk.isalnum():
            k += 1
            continue
        for ch in chunk:
            if ch.isalnum() or ch == "_":
                k += 1
                break
    return k


class _Mark:
    __slots__ = ("pos", "fam", "kind", "glyph_open")

    def __init__(self, pos: int, fam: str, kind: str, glyph_open: bool | None):
        self.pos = pos
        self.fam = fam
        self.kind = kind  # "o" can open, "c" can close, "b" both, "n" neither
        self.glyph_open = glyph_open  # True/False for curly marks, None for straight


_QMARK_GLYPHS: Final = "\"“”„‟«»'‘’‚‹›"  # the characters of QMARK_RE


def _marks(text: str, ps: int, pe: int, positions: list[int]) -> list[_Mark]:
    """The marks of the paragraph ``text[ps:pe]``; ``positions`` from ``_mark_positions``."""
    out: list[_Mark] = []
    possessive: list[_Mark] = []
    k = bisect.bisect_left(positions, ps)
    n_pos = len(positions)
    while k < n_pos and positions[k] < pe:
        i = positions[k]
        k += 1
        c = text[i]
        prev = text[i - 1] if i > ps else ""
        nxt = text[i + 1] if i + 1 < pe else ""
        fam = "d" if c in _DOUBLE else "s"
        if fam == "s":
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe inside a word
            if c in "'’" and (not prev or prev.isspace() or prev in "(—–-") and _ELISION_RE.match(text, i + 1, pe):
                continue  # '90s, 'em, rock 'n' roll
            if c in "'’" and prev.isalnum() and nxt.isalpha():
                continue
        can_open = bool(nxt) and not nxt.isspace() and (not prev or prev.isspace() or prev in _OPEN_PREV)
        can_close = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_NEXT)
        if fam == "d" and prev.isdigit() and not can_open:
            continue  # 12" (inches)
        kind = "b" if (can_open and can_close) else "o" if can_open else "c" if can_close else "n"
        glyph = True if c in _OPEN_GLYPHS else False if c in _CLOSE_GLYPHS else None
        mk = _Mark(i, fam, kind, glyph)
        if fam == "s" and kind == "c" and prev == "s" and nxt == " " and c in "'’":
            word = _NEXT_WORD_RE.match(text, i + 1, pe)
            if word and (word.group(1) not in COMMON_WORDS or word.group(1) in _POSSESSED_OK) \
                    and not word.group(1).startswith(("said", "say", "add", "told", "tell", "writ", "note", "ask")):
                possessive.append(mk)  # "students' concerns": an apostrophe, if a later mark closes
        out.append(mk)
    if possessive:
        # a plural possessive inside a single-quoted quote is an apostrophe when a later
        # single mark can close the quote instead
        last_closer = max((mk.pos for mk in out if mk.fam == "s" and mk.kind in "cb"), default=-1)
        drop = {mk.pos for mk in possessive if mk.pos < last_closer}
        if drop:
            out = [mk for mk in out if mk.pos not in drop]
    return out


def _is_opener(mk: _Mark) -> bool:
    if mk.kind == "o":
        return True
    if mk.kind == "c":
        return False
    if mk.glyph_open is not None:
        return mk.glyph_open
    return True  # straight mark with no clue: toggles, so when nothing is open it opens


def _is_closer(mk: _Mark) -> bool:
    if mk.kind == "c":
        return True
    if mk.kind == "o":
        return False
    if mk.glyph_open is not None:
        return not mk.glyph_open
    return True


def _pair(marks: list[_Mark], skip: set[int]) -> tuple[list[tuple[int, int, str]], _Mark | None, list[int], _Mark | None]:
    """Pair marks into (open, close, fam); return spans, the mark left open, stray
    closers seen before any quote, and a closer of the other family seen while a quote
    was open (used to close a quote whose styles are mixed)."""
    spans: list[tuple[int, int, str]] = []
    stack: list[_Mark] = []
    stray: list[int] = []
    other_close: _Mark | None = None
    for idx, mk in enumerate(marks):
        if idx in skip:
            continue
        if not stack:
            if mk.kind == "c" or (mk.kind in "bn" and mk.glyph_open is False):
                if mk.fam == "d" and not spans:
                    stray.append(mk.pos)
                continue
            if _is_opener(mk):
                stack.append(mk)
                other_close = None
            continue
        top = stack[0]
        if mk.fam != top.fam:
            if other_close is None and len(stack) == 1 and mk.kind == "c":
                other_close = mk
            continue
        if len(stack) > 1 and _is_closer(mk):
            stack.pop()
            continue
        if mk.kind == "o" and mk.glyph_open is not False:
            stack.append(mk)  # a nested quote of the same family
            continue
        if _is_closer(mk):
            spans.append((top.pos, mk.pos, top.fam))
            stack.clear()
            other_close = None
    return spans, (stack[0] if stack else None), stray, other_close


def _starts_with_opener(text: str, ps: int, pe: int, fam: str) -> bool:
    i = ps
    while i < pe and text[i].isspace():
        i += 1
    if i >= pe:
        return False
    c = text[i]
    if fam == "d":
        return c in _DOUBLE and c not in _CLOSE_GLYPHS
    return c in _SINGLE and c not in _CLOSE_GLYPHS and not (i + 1 < pe and text[i + 1].isspace())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def scan(text: str, paras: list[tuple[int, int]], cont_ok: list[bool] | None = None) -> list[Span]:
    """Quoted spans of every paragraph, in text order.

    ``paras`` are (start, end) offsets; ``cont_ok[i]`` says whether paragraph i may
    continue a quote left open in the paragraph before it (body text only).
    """
    out: list[Span] = []
    chain_id = 0
    pending_fam: str | None = None  # family of a quote left open by the previous paragraph
    pending_chain = -1
    # a quote of the previous paragraph that ran to its end without a continuation mark
    open_tail: Span | None = None
    n = len(paras)
    positions = char_positions(text, _QMARK_GLYPHS)
    for pi, (ps, pe) in enumerate(paras):
        marks = _marks(text, ps, pe, positions)
        skip: set[int] = set()
        while True:
            spans, left_open, stray, other_close = _pair(marks, skip)
            if left_open is not None and left_open.fam == "s":
                nxt_ok = pi + 1 < n and (cont_ok is None or cont_ok[pi + 1])
                continues = nxt_ok and _starts_with_opener(text, paras[pi + 1][0], paras[pi + 1][1], "s")
                if not continues and other_close is None:
                    skip.add(marks.index(left_open))  # an apostrophe after all
                    continue
            break
        para_spans: list[Span] = []
        if stray and not spans and left_open is None:
            # a closing mark with no opening one: the quote began at the paragraph start
            s, e = _trim(text, ps, stray[0])
            if e > s:
                sp = Span(s, e, -1, stray[0], pi, "d")
                if open_tail is not None and open_tail.fam == "d" and (cont_ok is None or cont_ok[pi]):
                    # it goes on a quote the previous paragraph left open (its opening
                    # mark forgotten): one multi-paragraph quote
                    if open_tail.chain < 0:
                        chain_id += 1
                        open_tail.chain = chain_id
                    open_tail.cont_next = True
                    sp.cont_prev = True
                    sp.chain = open_tail.chain
                para_spans.append(sp)
        open_tail = None
        for o, c, fam in spans:
            s, e = _trim(text, o + 1, c)
            if e > s:
                para_spans.append(Span(s, e, o, c, pi, fam))
        if left_open is not None:
            nxt_ok = pi + 1 < n and (cont_ok is None or cont_ok[pi + 1])
            continues = nxt_ok and _starts_with_opener(text, paras[pi + 1][0], paras[pi + 1][1], left_open.fam)
            if not continues and other_close is not None:
                s, e = _trim(text, left_open.pos + 1, other_close.pos)
                if e > s:
                    para_spans.append(Span(s, e, left_open.pos, other_close.pos, pi, left_open.fam))
            else:
                s, e = _trim(text, left_open.pos + 1, pe)
                if e > s:
                    sp = Span(s, e, left_open.pos, -1, pi, left_open.fam, cont_next=continues)
                    para_spans.append(sp)
                    if not continues and nxt_ok:
                        open_tail = sp
        para_spans.sort(key=lambda sp: sp.start)
        # link to a quote left open by the previous paragraph
        if pending_fam is not None and para_spans:
            first = para_spans[0]
            if first.fam == pending_fam and first.open >= 0 and text[ps:first.open].strip() == "":
                first.cont_prev = True
                first.chain = pending_chain
        pending_fam = None
        if para_spans and para_spans[-1].cont_next:
            last = para_spans[-1]
            if last.chain < 0:
                chain_id += 1
                last.chain = chain_id
            pending_fam = last.fam
            pending_chain = last.chain
        out.extend(para_spans)
    return out
