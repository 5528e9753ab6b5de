"""Tokens and noun phrases around a quote: who is named before or after a speech verb.

The attribution rules (``attribution.py``) read the words around a quote with these:
``_tokens`` splits a stretch of text (quotes masked out) into words; ``_np_tail`` reads the
noun phrase ending a token list (a subject written before its verb: "the ministry's
spokesman Wang Wenbin"), ``_np_head`` the one starting it (after a verb: "said Kim Jong-un",
"according to a senior official at the ministry").  Package-internal.
"""

from __future__ import annotations

import re
from typing import Final

from . import lexicon as lx
from .names import is_possessive, strip_possessive, upper_initial

# The lexicon's word lists, bound as Final names: mypyc compiles a Final name to a C static,
# where ``lx.NAME`` is a module attribute lookup at every use.
AUX_WORDS: Final = lx.AUX_WORDS
COMMON_WORDS: Final = lx.COMMON_WORDS
DETERMINERS: Final = lx.DETERMINERS
INSTITUTION_TAIL_NOUNS: Final = lx.INSTITUTION_TAIL_NOUNS
NAME_PARTICLES: Final = lx.NAME_PARTICLES
ORG_CUES: Final = lx.ORG_CUES
PLURAL_SOURCE_NOUNS: Final = lx.PLURAL_SOURCE_NOUNS
ROLE_NOUNS: Final = lx.ROLE_NOUNS
SOURCE_MODIFIERS: Final = lx.SOURCE_MODIFIERS
SOURCE_NOUNS: Final = lx.SOURCE_NOUNS
SPEECH_VERBS: Final = lx.SPEECH_VERBS
STATEMENT_NOUNS: Final = lx.STATEMENT_NOUNS
TITLE_WORDS: Final = lx.TITLE_WORDS


# initialisms ("U.S.") and abbreviations ("Mr.") first; both start with at most four
# letters and a period, and the lookahead skips their alternatives for every other word
_TOK_RE: Final = re.compile(
    r"(?=[A-Za-z]{1,4}\.)(?:(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|"
    r"Jr|Sr|St|Inc|Corp|Co|Ltd|No)\.)|[A-Z]\.(?=\s+[A-Z][a-z])|[\w’'\-]+(?:(?<=[A-Z])\+)?|\x00+|[^\w\s]"
)


_WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_TIME_TAIL: Final = frozenset(
    "yesterday today tonight earlier later recently previously again also then once repeatedly "
    "separately further on monday tuesday wednesday thursday friday saturday sunday".split()
)


_HARD_STOP: Final = frozenset(
    "that which who whom whose where when while as if because but or so than said says say "
    "told tells is are was were has have had will would could should can may might must did "
    "does do not also to by according after before during since until though although "
    "however added adds noted notes explained".split()
)


_PREPS: Final = frozenset("of for at with from in on to".split())


_COMPANIONS: Final = frozenset("colleagues co-authors coauthors team teammates staff aides collaborators".split())


# roles held "to" someone: "an adviser to the president", "an envoy to the region"
_ATTACHED_ROLES: Final = frozenset("adviser advisers advisor advisors aide aides envoy ambassador counsel consultant "
                            "assistant secretary".split())


_MONTHS: Final = frozenset("january february march april may june july august september october november december".split())


# words that join the capitalised words of one name: a person's particles ("van der",
# "bin", "de la") and an organisation's small words ("Bank of Japan")
_NAME_LINKS: Final = NAME_PARTICLES | frozenset("of for and the".split())


_PRONOUNS: Final = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s"}


_POSS_PRON: Final = {"his": "m", "her": "f", "their": "p", "its": "n"}


_OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "them": "they"}


_FAMILIAR_RE: Final = re.compile(
    r"\s+(?:familiar with|close to|briefed on|involved in|with knowledge of|with direct knowledge of|"
    r"knowledgeable about|privy to)\s+(?:the\s+|their\s+|his\s+|her\s+)?[\w’'\- ]{1,40}?(?=\s*(?:[,.;)]|$|\s+(?:said|says|told|who|and)\b))"
)


class _Tok:
    __slots__ = ("s", "e", "t", "low")

    def __init__(self, s: int, e: int, t: str):
        self.s = s
        self.e = e
        self.t = t
        self.low = t.lower()


# the same tokens with the whitespace before each: only whitespace lies between tokens
# (every other character starts some alternative), so offsets follow from the lengths
_WS_TOK_RE: Final = re.compile(r"(\s*)(" + _TOK_RE.pattern + ")")


def _tokens(text: str, s: int, e: int, base: int = 0) -> list[_Tok]:
    """``_TOK_RE`` tokens of ``text[s:e]``, offsets shifted by ``base``.

    The same tokens as ``_WS_TOK_RE.findall(text, s, e)``, found faster: no token holds
    whitespace, so each whitespace-separated chunk is tokenised on its own, and the
    common chunks (a word, a word and closing punctuation) need no regex at all."""
    if s < 0:
        s = 0
    out: list[_Tok] = []
    window = text[s:e]  # the pattern has no anchors or lookbehinds: a slice tokenises alike
    off = s + base
    pos = 0
    for chunk in window.split():
        at = window.find(chunk, pos)  # only whitespace lies between ``pos`` and the chunk
        n = len(chunk)
        pos = at + n
        if chunk.isalnum():
            out.append(_Tok(at + off, pos + off, chunk))  # a word: one ``[\w’'\-]+`` token
            continue
        # a word and closing punctuation ("said,", "Monday."): the word (letters, digits,
        # ’ ' -), then one token per mark; unless the word could start an abbreviation or
        # initials ("Mr.", "U.S.", "J."), the only tokens to hold a period
        k = n
        while k > 0 and chunk[k - 1] in _PLAIN_MARKS:
            k -= 1
        core = chunk[:k] if k < n else chunk
        if k > 0 and "." not in core and (k > 4 or chunk[k:k + 1] != ".") and (
                core.isalnum() or core.replace("-", "").replace("’", "").replace("'", "").isalnum()):
            out.append(_Tok(at + off, at + k + off, core))
            for j in range(k, n):
                out.append(_Tok(at + j + off, at + j + 1 + off, chunk[j]))
            continue
        # anything else token by token with the regex; the end of the window still bounds
        # its lookaheads
        x = at
        while x < pos:
            m = _TOK_RE.match(window, x)
            assert m is not None  # every character but whitespace starts some token
            t = m.group()
            out.append(_Tok(x + off, x + len(t) + off, t))
            x += len(t)
    return out


# marks that are always a token of their own: neither word characters nor ’ ' - (which join
# a word), nor the NUL of a masked quote (whose runs are one token)
_PLAIN_MARKS: Final = frozenset(",.;:!?)]}\"”“‘([{")


def _is_cap(t: _Tok) -> bool:
    # "al-Yafei", "el-Sisi": a lower-case article before a capitalised family name
    return upper_initial(t.t) or (t.t[:3] in ("al-", "el-") and t.t[3:4].isupper())


class _NP:
    __slots__ = ("s", "e", "pron", "poss_pron", "poss_name", "head")

    def __init__(self, s: int, e: int, pron: str | None = None, poss_pron: str | None = None,
                 poss_name: tuple[int, int] | None = None, head: str = "") -> None:
        self.s = s
        self.e = e
        self.pron = pron
        self.poss_pron = poss_pron  # "his message" -> "his"
        self.poss_name = poss_name  # "Smith's response" -> span of "Smith"
        self.head = head  # the head word as written


def _np_tail(toks: list[_Tok]) -> _NP | None:
    """The noun phrase ending the token list (a subject written before its verb)."""
    if not toks:
        return None
    i = len(toks) - 1
    t = toks[i]
    if t.low in _PRONOUNS and t.low not in ("i", "we"):
        return _NP(t.s, t.e, pron=t.low, head=t.t)
    if t.t.startswith("\x00") or not (t.t[0].isalnum()):
        return None
    # "one of them", "two of the delegates": a partitive names a member of a group
    if i >= 2 and t.low in ("them", "those", "us") and toks[i - 1].low == "of" \
            and toks[i - 2].low in _QUANTIFIERS:
        return _NP(toks[i - 2].s, t.e, head=toks[i - 2].t)
    # "his message", "Smith's response": the possessor speaks
    if t.low in STATEMENT_NOUNS and i >= 1:
        j = i - 1
        while j >= 0 and toks[j].low in ("first", "only", "main", "own", "latest", "final", "blunt", "terse", "brief"):
            j -= 1
        if j >= 0 and toks[j].low in _POSS_PRON:
            return _NP(toks[j].s, t.e, poss_pron=toks[j].low)
        if j >= 0 and is_possessive(toks[j].t) and toks[j].t[:1].isupper():
            base = strip_possessive(toks[j].t)
            k = j
            while k - 1 >= 0 and _is_cap(toks[k - 1]):
                k -= 1
            return _NP(toks[k].s, t.e, poss_name=(toks[k].s, toks[j].s + len(base)))
    if _is_cap(t):
        j = i
        while j - 1 >= 0:
            p = toks[j - 1]
            if _is_cap(p) and not p.t.startswith("\x00"):
                j -= 1
                continue
            if p.low in _NAME_LINKS:
                x = j - 1
                while x - 1 >= 0 and toks[x - 1].low in _NAME_LINKS and j - x < 2:
                    x -= 1
                if x - 1 >= 0 and _is_cap(toks[x - 1]) and not toks[x - 1].t.startswith("\x00"):
                    j = x
                    continue
            if p.low in ("on", "in") and j - 2 >= 0 and _is_cap(toks[j - 2]) and (
                    toks[j - 2].low in ORG_CUES or (p.low == "in" and i - j <= 1)):
                # "the National Commission on Human Rights", "the Court in Session", "the
                # Commission on Human Rights in Geneva" (where a name sits: one or two words)
                j -= 2
                continue
            break
        # a name's lower-case particles: "von Thurnau said", "al-Hamdi", "de la Cruz"
        while j - 1 >= 0 and toks[j - 1].low in NAME_PARTICLES and (
                j - 1 == 0 or not toks[j - 2].t[:1].isalnum() or _is_cap(toks[j - 2])
                or toks[j - 2].low in NAME_PARTICLES):
            j -= 1
        # role words written before a name: "foreign ministry spokesman Wang Wenbin"
        k = j
        while k - 1 >= 0:
            p = toks[k - 1]
            low = strip_possessive(p.low)
            if low in ROLE_NOUNS or low in TITLE_WORDS or low in SOURCE_MODIFIERS or (
                is_possessive(p.t) and p.t[:1].isupper()
            ) or _is_cap(p) and not p.t.startswith("\x00"):
                k -= 1
                continue
            if p.low in DETERMINERS and p.low not in ("one", "two", "all", "both", "some", "many", "few"):
                k -= 1
            break
        desc = _source_before(toks, k)
        if desc is not None:
            return _NP(toks[desc[0]].s, t.e, head=toks[desc[1]].t)
        return _NP(toks[k].s, t.e, head=t.t)
    if t.low not in SOURCE_NOUNS:
        # any noun after a determiner or possessive: "her supervisor", "the 23-year-old"
        if not _plausible_head(t):
            return None
        ok = False
        for x in range(i - 1, max(-1, i - 5), -1):
            p = toks[x]
            if p.low in DETERMINERS and p.low not in ("all", "both", "most"):
                ok = True
                break
            if p.t.startswith("\x00") or not p.t[:1].isalnum() or p.low in _HARD_STOP or p.low in _PREPS:
                break
        if not ok:
            return None
    # lower-case head: walk back over modifiers to a determiner
    j = i
    head_tok = t
    while j - 1 >= 0:
        p = toks[j - 1]
        if p.t.startswith("\x00") or not p.t[:1].isalnum():
            break
        if p.low in DETERMINERS:
            j -= 1
            # "a spokesperson for the ministry": keep going through the preposition
            if j - 2 >= 0 and toks[j - 1].low in _PREPS and toks[j - 2].low in SOURCE_NOUNS:
                head_tok = toks[j - 2]
                j -= 1
                continue
            break
        if p.low in _PREPS:
            if j - 2 >= 0 and toks[j - 2].low in SOURCE_NOUNS and p.low != "to":
                head_tok = toks[j - 2]
                j -= 1
                continue
            if p.low in ("of", "for") and j - 2 >= 0 and _is_cap(toks[j - 2]) and _is_cap(toks[j]):
                j -= 1
                continue
            break
        if p.low in _HARD_STOP:
            break
        if _is_cap(p) or is_possessive(p.t) or p.low in SOURCE_MODIFIERS or p.low in SOURCE_NOUNS \
                or "-" in p.t or p.t.isdigit():
            j -= 1
            continue
        # an unknown lower-case word: fine between a determiner and the head, not in a bare phrase
        if any(toks[x].low in DETERMINERS for x in range(max(0, j - 4), j - 1)):
            j -= 1
            continue
        break
    if j >= 2 and toks[j].low in _POSS_PRON and t.low in _COMPANIONS and toks[j - 1].low == "and":
        first = _np_tail(toks[:j - 1])  # "Rahimi and her colleagues": the named one speaks for them
        if first is not None and not first.pron and _is_cap(toks[j - 2]):
            return _NP(first.s, t.e, head=first.head)
    if j >= 2 and toks[j - 1].low == "of" and toks[j - 2].low in _QUANTIFIERS and t.low in SOURCE_NOUNS:
        return _NP(toks[j - 2].s, t.e, head=toks[j - 2].t)  # "one of her aides", "two of the jurors"
    if head_tok is t:
        desc = _source_before(toks, j)
        if desc is not None:
            return _NP(toks[desc[0]].s, t.e, head=toks[desc[1]].t)
    return _NP(toks[j].s, t.e, head=head_tok.t)


# "an official familiar with | the talks", "a person close to | the bank": a source described
# by what it is near; the phrase after the preposition is not the speaker
_LINK_ADJECTIVES: Final = frozenset(
    "familiar close closest near knowledgeable privy involved briefed loyal connected allied linked".split())


def _source_before(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """When the phrase starting at ``toks[j]`` is the object of a preposition after a source noun
    ("a spokesman for | Arbor Realty", "an official familiar with | the negotiations"): the
    start of that whole description and the index of its source noun."""
    k = j - 1
    if k < 1 or toks[k].low not in _PREPS:
        return None
    k -= 1
    if toks[k].low in _LINK_ADJECTIVES and k >= 1:
        k -= 1
    if toks[k].low not in SOURCE_NOUNS:
        return None
    head = k
    # back over the source noun's modifiers to its determiner: "a senior party official"
    m = k
    while m - 1 >= 0 and k - m < 5:
        p = toks[m - 1]
        if p.low in DETERMINERS:
            return m - 1, head
        if p.t.startswith("\x00") or not p.t[:1].isalnum() or p.low in _HARD_STOP or p.low in _PREPS:
            break
        m -= 1
    # a bare plural opening its clause: "Analysts at Kestrel Capital", "sources close to the player"
    if toks[head].low in PLURAL_SOURCE_NOUNS and (m == 0 or not toks[m - 1].t[:1].isalnum()
                                                      or toks[m - 1].t.startswith("\x00")):
        return m, head
    return None


def _name_after_description(toks: list[_Tok], end: int) -> _NP | None:
    """The capitalised name set off by commas right after a description ending at ``end``."""
    k = next((x for x, t in enumerate(toks) if t.s >= end), -1)
    if k < 0 or toks[k].t != "," or k + 1 >= len(toks):
        return None
    rest = _without_parentheticals(toks[k + 1:k + 12])
    m = 0
    while m < len(rest) and _is_cap(rest[m]) and not rest[m].t.startswith("\x00"):
        m += 1
    if m == 0 or m >= len(rest) or rest[m].t != ",":
        return None
    return _NP(rest[0].s, rest[m - 1].e, head=rest[m - 1].t)


def _without_parentheticals(toks: list[_Tok]) -> list[_Tok]:
    """The tokens without short bracketed asides ("(BDI)", "(R-Wyo.)")."""
    out: list[_Tok] = []
    k = 0
    n = len(toks)
    while k < n:
        if toks[k].t == "(":
            close = next((x for x in range(k + 1, min(n, k + 8)) if toks[x].t == ")"), -1)
            if close > 0:
                k = close + 1
                continue
        out.append(toks[k])
        k += 1
    return out


def _role_like(t: _Tok) -> bool:
    low = strip_possessive(t.low).split("-")[-1]
    return low in ROLE_NOUNS or low in TITLE_WORDS or low in SOURCE_NOUNS


def _descriptors_only(toks: list[_Tok], end: int) -> bool:
    """Are the tokens before offset ``end`` only words that describe a name after them
    ("SPD co-leader", "Brussels police spokeswoman")?"""
    before = [t for t in toks if t.s < end and t.t != ","]
    if not before or len(before) > 6:
        return False
    after = next((t for t in toks if t.s >= end), None)
    if not (_role_like(before[-1]) or _is_cap(before[-1]) or (after is not None and _role_like(after))):
        return False
    # "PAGASA weather specialist": any plain word may modify the role that ends the run
    return all(_is_cap(t) or strip_possessive(t.t).replace("-", "").isalpha() and t.low not in _HARD_STOP
               for t in before)


def _plausible_head(t: _Tok) -> bool:
    w = t.low
    if not w[:1].isalnum() or w in _HARD_STOP or w in AUX_WORDS or w in COMMON_WORDS and w not in SOURCE_NOUNS:
        return False
    if w.endswith("ly") or w in SPEECH_VERBS or w in _PREPS:
        return False
    return True


def _np_head(toks: list[_Tok], text: str) -> _NP | None:
    """The noun phrase starting the token list (a subject written after its verb)."""
    if not toks:
        return None
    t = toks[0]
    if t.low in _PRONOUNS and t.low not in ("i", "we", "it"):
        return _NP(t.s, t.e, pron=t.low, head=t.t)
    if t.low in _OBJECT_PRONOUNS and (len(toks) == 1 or not toks[1].t[:1].isalnum()):
        return _NP(t.s, t.e, pron=_OBJECT_PRONOUNS[t.low], head=t.t)  # "According to her, ..."
    if t.t.startswith("\x00") or not t.t[0].isalnum():
        return None
    n = len(toks)
    if n > 1 and (t.low in _POSS_PRON or (is_possessive(t.t) and t.t[:1].isupper())):
        # "Her message was simple:", "Smith's reply:": the possessor speaks
        for k in range(1, min(n, 4)):
            if toks[k].low in STATEMENT_NOUNS:
                if t.low in _POSS_PRON:
                    return _NP(t.s, toks[k].e, poss_pron=t.low, head=toks[k].t)
                return _NP(t.s, toks[k].e, poss_name=(t.s, t.s + len(strip_possessive(t.t))), head=toks[k].t)
            if not toks[k].t[:1].isalpha():
                break
        if t.low not in _POSS_PRON:
            # "Indonesia's foreign ministry", "Britain's top diplomat": a source of a place
            for k in range(1, min(n, 4)):
                if toks[k].low in SOURCE_NOUNS and not (k + 1 < n and toks[k + 1].low in SOURCE_NOUNS):
                    return _NP(t.s, toks[k].e, head=toks[k].t)
                if not toks[k].t[:1].isalpha() or _is_cap(toks[k]):
                    break
    if t.low in DETERMINERS and n > 1:
        got = _np_head_desc(toks, text)
        if got is not None:
            return got
        if _is_cap(toks[1]) and not toks[1].t.startswith("\x00"):
            inner = _np_head(toks[1:], text)
            if inner is not None and not inner.pron:
                return _NP(t.s, inner.e, head=inner.head)
        return None
    if _is_cap(t):
        j = 0
        while j + 1 < n:
            q = toks[j + 1]
            if _is_cap(q) and not q.t.startswith("\x00"):
                j += 1
                continue
            if q.low in _NAME_LINKS:
                # "Pieter van der Linden", "Sultan bin Fahd", "Bank of Japan"
                k = j + 1
                while k < n and k - j <= 3 and toks[k].low in _NAME_LINKS:
                    k += 1
                if k < n and _is_cap(toks[k]) and not toks[k].t.startswith("\x00"):
                    j = k
                    continue
            # "Chinese Foreign Ministry spokesman Wang Wenbin", "Brussels police spokeswoman Ilse Van Damme"
            k = j + 1
            while k < n and k - j <= 3 and (toks[k].low in ROLE_NOUNS or toks[k].low in TITLE_WORDS
                                             or toks[k].low in SOURCE_NOUNS):
                k += 1
            if k > j + 1 and k < n and _is_cap(toks[k]) and not toks[k].t.startswith("\x00") \
                    and any(toks[x].low in ROLE_NOUNS or toks[x].low in TITLE_WORDS for x in range(j + 1, k)):
                j = k
                continue
            break
        end = toks[j].e
        if is_possessive(toks[j].t):
            return None
        return _NP(t.s, end, head=toks[j].t)
    if t.low in SOURCE_MODIFIERS or t.low in SOURCE_NOUNS or t.low.split("-")[-1] in SOURCE_NOUNS:
        got = _np_head_desc(toks, text)
        if got is not None:
            return got
    # "says lead author Hanna Rautio", "said co-author Tomás Echeverría": roles before a name
    k = 0
    while k < n and k < 4 and toks[k].t[:1].islower() and toks[k].t.replace("-", "").isalpha() \
            and toks[k].low not in _HARD_STOP:
        k += 1
    if 0 < k < n and _is_cap(toks[k]) and not toks[k].t.startswith("\x00"):
        last = toks[k - 1].low.split("-")[-1]
        if last in ROLE_NOUNS or last in TITLE_WORDS or last in SOURCE_NOUNS:
            inner = _np_head(toks[k:], text)
            if inner is not None and not inner.pron:
                return inner
    return None


def _lower_source_follows(toks: list[_Tok], j: int) -> bool:
    """Does a lower-case source noun follow within a few words of a name ("... of
    Telecommunications official")?"""
    for q in toks[j:j + 8]:
        if not q.t[:1].isalnum():
            return False
        if q.t.islower() and q.low in SOURCE_NOUNS:
            return True
        if q.t.islower() and q.low not in ("of", "for", "and"):
            return False
    return False


def _np_head_desc(toks: list[_Tok], text: str) -> _NP | None:
    """A description opening the token list: "a senior official at the ministry"."""
    t = toks[0]
    n = len(toks)
    if True:
        j = 0
        head = -1
        while j < n and j < 10:
            q = toks[j]
            if q.t.startswith("\x00") or (not q.t[0].isalnum() and q.t not in ("-",)):
                break
            if q.low in SOURCE_NOUNS and not (j > 0 and _is_cap(q) and _lower_source_follows(toks, j + 1)):
                # ("a Department of Telecommunications official": the name is a modifier)
                head = j
                # a noun-noun compound goes on ("the company spokesman")
                if j + 1 < n and toks[j + 1].low in SOURCE_NOUNS:
                    j += 1
                    continue
                break
            if j > 0 and q.low in ("of", "for") and _is_cap(toks[j - 1]) and j + 1 < n and _is_cap(toks[j + 1]):
                j += 1  # "a Ministry of Foreign Affairs official"
                continue
            if j > 0 and (q.low in _HARD_STOP or q.low in _PREPS) and not q.t.isupper():
                break  # ("A WHO spokesperson": an acronym, not "who")
            j += 1
        if head < 0:
            # "said the German", "said the 45-year-old": a determiner, a noun, then a boundary
            if t.low in ("the", "a", "an", "one") and n >= 2:
                k = 1
                while k < n - 1 and k < 3 and toks[k].t[:1].isalnum() and toks[k + 1].t[:1].isalnum() \
                        and toks[k + 1].low not in _HARD_STOP and toks[k + 1].low not in _PREPS:
                    k += 1
                nxt = toks[k + 1] if k + 1 < n else None
                if _plausible_head(toks[k]) and (nxt is None or not nxt.t[:1].isalnum() or nxt.low in _HARD_STOP
                                                 or nxt.low in _PREPS or nxt.low in _TIME_TAIL):
                    return _NP(t.s, toks[k].e, head=toks[k].t)
            return None
        end = toks[head].e
        k = head + 1
        if k < n and _is_cap(toks[k]) and toks[head].low in _GENERIC_ORG_HEADS and not toks[k].t.startswith("\x00") \
                and toks[k].low not in _WEEKDAYS and toks[k].low not in _MONTHS:
            # "the Vienna-based privacy group Datenfrei": the name the description introduces
            m = k
            while m + 1 < n and _is_cap(toks[m + 1]) and not toks[m + 1].t.startswith("\x00"):
                m += 1
            return _NP(toks[k].s, toks[m].e, head=toks[m].t)
        # a prepositional tail naming the source's home: "a spokesperson for the ministry",
        # "an adviser to the president", "a senior officer in the brigade"
        if k < n and (toks[k].low in ("of", "for", "at", "with", "from", "in") or (
                toks[k].low == "to" and toks[head].low in _ATTACHED_ROLES)) and k + 1 < n:
            m = k + 1
            if toks[m].low == "one" and m + 2 < n and toks[m + 1].low == "of" \
                    and toks[m + 2].low in _TAIL_DETERMINERS:
                m += 2  # "a village head in one of the evacuated areas": the tail goes on after "one of"
            plain = m + 1
            while plain < n and plain - m <= 3 and toks[plain].t.isalpha() and toks[plain].t.islower() \
                    and toks[plain].low not in _HARD_STOP and toks[plain].low not in SPEECH_VERBS \
                    and toks[plain].low not in _PREPS:
                plain += 1
            if toks[m].low in ("the", "a", "an") and plain < n and toks[plain].low in ("at", "in", "on", "near") \
                    and plain + 2 < n and toks[plain + 1].low == "the":
                # a second tail: "a member of the police rescue team at the site,"
                p2 = plain + 2
                # (lower-case words, or a place's name: "in the Annapolis Valley")
                while p2 < n and p2 - plain <= 4 and toks[p2].t.isalpha() and (toks[p2].t.islower() or _is_cap(toks[p2])) \
                        and toks[p2].low not in _HARD_STOP and toks[p2].low not in _PREPS \
                        and toks[p2].low not in SPEECH_VERBS:
                    p2 += 1
                if p2 > plain + 2 and (p2 >= n or toks[p2].t == "," or toks[p2].low in SPEECH_VERBS):
                    plain = p2
            if toks[m].low in _TAIL_DETERMINERS and plain > m + 1 and (
                    plain >= n or not toks[plain].t[:1].isalnum() or toks[plain].low in SPEECH_VERBS
                    or toks[plain].low in _HARD_STOP):
                end = toks[plain - 1].e  # "in the brigade,", "to the prime minister,": then the clause goes on
            elif toks[m].low in _TAIL_DETERMINERS or _is_cap(toks[m]) or is_possessive(toks[m].t):
                while m < n and (_is_cap(toks[m]) or toks[m].low in ("the", "a", "an", "of", "and", "for")
                                 or is_possessive(toks[m].t) or toks[m].low in SOURCE_NOUNS
                                 or toks[m].low in SOURCE_MODIFIERS or toks[m].low in _TAIL_NOUNS
                                 # "at Oslo brokerage Fjord Securities": a descriptor before a name
                                 or (toks[m].t.isalpha() and m + 1 < n and _is_cap(toks[m + 1])
                                     and toks[m].low not in _HARD_STOP and toks[m].low not in SPEECH_VERBS)
                                 # "at a large U.S. cloud provider": a noun before the tail's noun
                                 or (toks[m].t.isalpha() and toks[m].t.islower() and m + 1 < n
                                     and toks[m].low not in _HARD_STOP and toks[m].low not in _PREPS
                                     and (toks[m + 1].low in SOURCE_NOUNS or toks[m + 1].low in _TAIL_NOUNS))
                                 ) and not toks[m].t.startswith("\x00"):
                    if toks[m].low in _WEEKDAYS:
                        break
                    m += 1
                while m - 1 > k and toks[m - 1].low in ("the", "a", "an", "of", "and", "for"):
                    m -= 1
                if m - 1 > k and (_is_cap(toks[m - 1]) or toks[m - 1].low in SOURCE_NOUNS
                                  or toks[m - 1].low in _TAIL_NOUNS):
                    end = toks[m - 1].e
        fm = _FAMILIAR_RE.match(text, end)
        if fm:
            end = fm.end()
        return _NP(t.s, end, head=toks[head].t)
    return None


# determiners that open a description's tail: "the head of another polling firm"
_TAIL_DETERMINERS: Final = frozenset("the a an another".split())


_INSTITUTION_HEADS: Final = frozenset(
    "ministry ministries government governments administration department agency office authorities "
    "authority embassy military army navy council commission committee company companies firm firms "
    "group groups organization organisation statement report court board bank newspaper broadcaster "
    "website union unions club team cabinet presidency palace parliament letter document communique "
    "memo ruling study survey filing lawsuit complaint message post watchdog side sides police network "
    "outlet charity hospital school university institute".split()
)


# heads of "the company said" that refer back to a named institution
_GENERIC_ORG_HEADS: Final = frozenset(
    "company firm group club team developer utility carrier airline insurer lender operator retailer "
    "exchange label hospital "
    "manufacturer automaker carmaker startup chain brand publisher broadcaster network charity "
    "organisation organization".split())


# institution words that may end a description's "of/for/at" tail ("a spokesperson for the trust")
_TAIL_NOUNS: Final = _INSTITUTION_HEADS | INSTITUTION_TAIL_NOUNS


_QUANTIFIERS: Final = frozenset("one two three some several many each both all none neither either another".split())
