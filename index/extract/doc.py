"""The article as the extraction rules see it: paragraphs with their kinds and flags."""

from __future__ import annotations

import bisect
import re
from typing import Final

from ..model import Article, LineKind
from . import lexicon as lx
from .names import is_letter, upper_initial

# The lexicon's word lists, bound as Final names: mypyc compiles a Final name to a C static,
# where ``lx.NAME`` is a module attribute lookup at every use.
COMMON_WORDS: Final = lx.COMMON_WORDS
FIRST_NAMES: Final = lx.FIRST_NAMES


_bisect_right: Final = bisect.bisect_right  # a C static, not a module attribute lookup per call

# the line kinds as Final names: mypyc loads these as C statics, where ``LineKind.BODY`` is
# an attribute lookup on the enum class at every use
_BODY: Final = LineKind.BODY
_BYLINE: Final = LineKind.BYLINE
_TITLE: Final = LineKind.TITLE

_LINE_RE: Final = re.compile(r"[^\n]+")
_BYLINE_RE: Final = re.compile(
    r"^(?:By|BY|Written by|Reported by|Reporter|Posted by|Words by|Story by)[: ]+"
    r"[A-Z][\w’'\-.]*(?:[ \u00a0]+(?:[A-Z][\w’'\-.]*|and|&|de|van|von))+"
    r"(?:\s*(?:,|\||—|–|-|/)\s*[^\n]{0,60}|\s+in\s+[A-Z][\w ]{0,30})?$"
)
_NAME_ONLY_RE: Final = re.compile(
    r"^[A-Z][a-z’'\-]+(?:[ \u00a0]+[A-Z][a-z’'\-]*[a-z]){1,3}(?:\s*,\s*[a-z][\w ,\-]{0,60})?$"
)
_FURNITURE_RE: Final = re.compile(r"^(?:©|\(c\)|Copyright|All rights reserved|Posted on|Modified on|Updated|Published)", re.I)
# sentence ends: ., ! or ? (then closing marks) then space then a capital, digit or opening mark
SENT_END_RE: Final = re.compile(r"[.!?…][\"”’')\]\x00]*[ \u00a0]+(?=[\"“‘'(\[]*[A-Z0-9]|\x00)")
_ABBREV: Final = frozenset(
    "mr mrs ms dr prof sen rep gov lt gen col capt sgt adm maj cmdr rev jr sr st mt no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd bros est approx dept "
    "univ fig etc al u.s u.k u.n e.u n s e w".split()
)




class Para:
    __slots__ = ("idx", "start", "end", "kind", "byline", "titlecase", "skip")

    def __init__(self, idx: int, start: int, end: int, kind: LineKind, text: str):
        self.idx = idx
        self.start = start
        self.end = end
        self.kind = kind
        n = end - start
        if n > 300:
            # long paragraphs are body text
            self.byline = kind is _BYLINE
            self.skip = self.byline
            self.titlecase = kind is _TITLE
            return
        seg = text[start:end]
        self.byline = kind is _BYLINE or (seg[:1] in "BWRPS" and bool(_BYLINE_RE.match(seg))) or (
            n < 80 and bool(_NAME_ONLY_RE.match(seg))
        )
        self.skip = self.byline or (n < 200 and bool(_FURNITURE_RE.match(seg)))
        if kind is _TITLE:
            self.titlecase = True
        elif n > 200 or seg[-1] == ".":
            self.titlecase = False
        else:
            total = caps = 0
            for w in seg.split():
                if len(w) > 3 and is_letter(w[0]):
                    total += 1
                    if upper_initial(w):
                        caps += 1
            self.titlecase = total >= 3 and caps >= 0.6 * total

    @property
    def body(self) -> bool:
        return self.kind is _BODY


class Doc:
    """Text, paragraphs and cheap lookups shared by every rule."""

    def __init__(self, article: Article):
        text = article.text
        self.text = text
        paras: list[Para] = []
        content = [ln for ln in article.lines if ln.start >= 0 and ln.end > ln.start]
        if content:
            for ln in sorted(content, key=lambda ln: ln.start):
                paras.append(Para(len(paras), ln.start, ln.end, ln.kind, text))
        else:
            for m in _LINE_RE.finditer(text):
                s, e = m.span()
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    paras.append(Para(len(paras), s, e, _BODY, text))
        self.paras = paras
        self._starts = [p.start for p in paras]
        self.run_cache: dict = {}
        self._lower: dict[str, bool] = {}
        # while a cached analysis is being computed, the article-dependent facts it used
        self.recorder: list[tuple[str, bool]] | None = None

    def has_lower(self, word: str) -> bool:
        """Is ``word`` (lower case) written in lower case somewhere in the article?"""
        got = self._lower.get(word)
        if got is None:
            got = self._lower[word] = self._has_lower(word)
        if self.recorder is not None:
            self.recorder.append((word, got))
        return got

    def _has_lower(self, word: str) -> bool:
        text = self.text
        n = len(word)
        i = text.find(word)
        while i >= 0:
            before = text[i - 1] if i > 0 else " "
            after = text[i + n] if i + n < len(text) else " "
            if not is_letter(before) and not is_letter(after):
                return True
            i = text.find(word, i + 1)
        return False

    def para_at(self, pos: int) -> Para | None:
        i = _bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        p = self.paras[i]
        return p if pos <= p.end else None


def is_abbrev_before(s: str, dot: int) -> bool:
    """Is the period at ``s[dot]`` part of an abbreviation or an initial ("Mr.", "U.S.", "J.")?"""
    j = dot
    while j > 0 and (is_letter(s[j - 1]) or s[j - 1] == "."):
        j -= 1
    word = s[j:dot].lower()
    if not word:
        return False
    if len(word) == 1:
        return True  # an initial
    return word in _ABBREV or word.rstrip(".") in _ABBREV


def sentence_starts(masked: str) -> list[int]:
    """Offsets (into ``masked``) where sentences begin, the first being 0."""
    out = [0]
    # ``SENT_END_RE.finditer`` without its scan of every character: each match starts at a
    # sentence mark and holds no other, so matching at each mark in turn finds the same
    for i in char_positions(masked, ".!?…"):  # what may end a sentence
        end = _sentence_end(masked, i)
        if end < 0:
            continue
        if masked[i] == "." and is_abbrev_before(masked, i):
            continue
        out.append(end)
    return out


def _sentence_end(s: str, i: int) -> int:
    """``SENT_END_RE.match(s, i).end()`` for the sentence mark at ``s[i]``, or -1 when the
    pattern does not match there; read character by character, cheaper than a match object.
    The pattern never backtracks usefully: closing marks, then spaces, then the lookahead."""
    n = len(s)
    k = i + 1
    while k < n and s[k] in _CLOSING:
        k += 1
    j = k
    while j < n and (s[j] == " " or s[j] == "\u00a0"):
        j += 1
    if j == k:
        return -1
    q = j
    while q < n and s[q] in _OPENING:
        q += 1
    if q < n:
        o = ord(s[q])
        if 65 <= o <= 90 or 48 <= o <= 57:  # [A-Z0-9]
            return j
    if j < n and s[j] == "\x00":
        return j
    return -1


_CLOSING: Final = "\"”’')]\x00"  # SENT_END_RE's closing marks
_OPENING: Final = "\"“‘'(["  # and the opening marks of its lookahead


def char_positions(s: str, chars: str) -> list[int]:
    """Offsets of every character of ``s`` that is one of ``chars``, in order: a ``find``
    per character is much cheaper than a regex's test of every position."""
    out: list[int] = []
    kinds = 0
    for ch in chars:
        i = s.find(ch)
        if i >= 0:
            kinds += 1
        while i >= 0:
            out.append(i)
            i = s.find(ch, i + 1)
    if kinds > 1:
        out.sort()
    return out


def is_common(tok: str, doc: Doc) -> bool:
    low = tok.lower()
    return low in COMMON_WORDS or (low not in FIRST_NAMES and doc.has_lower(low))
