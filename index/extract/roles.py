"""What a person is, read from the text around the name: role and affiliation.

Before the name, a title or role ("Chinese Ambassador to South Korea Xing Haiming", "the
North's sports minister Kim Il-kuk") or an appositive ending there ("his Chinese
counterpart, Sun Weidong"); after it, an appositive (", a professor at ...", ", who is now
...") or an organisation ("Lucía Reyes of the University of Córdoba"); or a predicate ("...
after Yoon became president").  Each reads as (role, affiliation), the affiliation a
country's canonical name where it names one.  Also the honorific or title words written
right before a short name ("Deputy Minister Kang").  ``entities.py`` takes these as evidence
that a name is a person, and notes them on the person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from . import lexicon as lx
from .names import is_possessive, strip_possessive
from .runs import _COUNTRY_WORDS, _INITIALS_RE

if TYPE_CHECKING:
    from .entities import Entities  # only the type: entities imports this module

# The lexicon's word lists, bound as Final names: mypyc compiles a Final name to a C static,
# where ``lx.NAME`` is a module attribute lookup at every use.
CASED_TITLES: Final = lx.CASED_TITLES
COUNTRY_INDEX: Final = lx.COUNTRY_INDEX
HEAD_TITLES: Final = lx.HEAD_TITLES
HONORIFICS: Final = lx.HONORIFICS
ORG_CUES: Final = lx.ORG_CUES
RESEARCH_ORG_WORDS: Final = lx.RESEARCH_ORG_WORDS
ROLE_NOUNS: Final = lx.ROLE_NOUNS
TITLE_WORDS: Final = lx.TITLE_WORDS


_AGE_RE: Final = re.compile(r"^\d{1,3}$")
# where an appositive may end: punctuation, a parenthesis, a sentence period, a dash, a quote
_APPOS_STOP_RE: Final = re.compile(r"[,;:—–()\x00\"“”]|\.(?=\s|$)| --? ")
_PAREN_RE: Final = re.compile(r"\s*\([^()]{0,60}\)")
_REL_CLAUSE_RE: Final = re.compile(r"\s(?:who|which|whose|whom|where|that)\s")
_AFF_SPLIT_RE: Final = re.compile(r"\s(?:at|of|in|with|for|from)\s+(?:the\s+)?(?=[A-Z])")


# (role, affiliation, gender, found, outer start): typed, so that the compiled callers take
# its parts without generic indexing
_RolePrefix = tuple[str | None, str | None, str, bool, int]
_RP_CACHE: Final[dict[tuple[int, int, int], _RolePrefix]] = {}


def _role_prefix(text: str, para_start: int, start: int) -> tuple[str | None, str | None, str, bool]:
    """Title or role written before a name: (role, affiliation, gender, found).

    "Chinese Ambassador to South Korea Xing Haiming" -> ("Ambassador to South Korea", "China")
    "the North's sports minister Kim Il-kuk" -> ("sports minister", None)
    """
    got = _role_prefix_full(text, para_start, start)
    return got[0], got[1], got[2], got[3]


def _role_prefix_full(text: str, para_start: int, start: int) -> _RolePrefix:
    key = (id(text), para_start, start)
    got = _RP_CACHE.get(key)
    if got is None:
        got = _RP_CACHE[key] = _role_prefix_uncached(text, para_start, start)
    return got


def _role_word_ok(core: str) -> bool:
    got = _ROLE_WORD_CACHE.get(core)
    if got is None:
        if len(_ROLE_WORD_CACHE) > 100_000:
            _ROLE_WORD_CACHE.clear()
        got = _ROLE_WORD_CACHE[core] = _role_word_ok_uncached(core)
    return got


_ROLE_WORD_CACHE: Final[dict[str, bool]] = {}


def _role_word_ok_uncached(core: str) -> bool:
    base = strip_possessive(core)
    low = base.lower()
    if low.startswith(("then-", "ex-", "former-")):
        low = low.split("-", 1)[1]
    return (
        low in HONORIFICS
        or (low in TITLE_WORDS and not (low in CASED_TITLES and base.isupper()))
        or low in ROLE_NOUNS
        or low in ("former", "acting", "then", "late", "incoming", "outgoing", "top", "chief", "senior")
        or (base[:1].isupper() and (low in ORG_CUES or low in _COUNTRY_WORDS))
        or (base[:1].isupper() and is_possessive(core))
    )


def _may_end_role(word: str) -> bool:
    """Can the word written right before a name be the last word of a title or role?"""
    got = _ROLE_END_CACHE.get(word)
    if got is None:
        if len(_ROLE_END_CACHE) > 100_000:
            _ROLE_END_CACHE.clear()
        low = word.lower()
        got = _ROLE_END_CACHE[word] = bool(word) and not (word[-1:] in ",;:!?)\"”’(" and not is_possessive(word)) \
            and _role_word_ok(word.rstrip(".") if low not in HONORIFICS and low not in TITLE_WORDS else word)
    return got


_ROLE_END_CACHE: Final[dict[str, bool]] = {}


def _role_prefix_uncached(text: str, para_start: int, start: int) -> _RolePrefix:
    """(role, affiliation, gender, found, outer start)."""
    if start <= para_start or text[start - 1] not in " \u00a0":
        return None, None, "", False, start
    # The word before: looked for in a bounded window, so that a paragraph with no
    # (non-breaking) space for megabytes does not make every name a scan to its start.
    floor = max(para_start, start - 200)
    j = max(text.rfind(" ", floor, start - 1), text.rfind("\u00a0", floor, start - 1)) + 1
    if j < floor:
        j = floor
    if not _may_end_role(text[j:start - 1]):
        return None, None, "", False, start
    lo = max(para_start, start - 120)
    window = text[lo:start]
    words = window.split()
    if not words or not _may_end_role(words[-1]):
        return None, None, "", False, start
    taken, gender = _title_words_ending(words)
    if not taken:
        return None, None, "", False, start
    # where the role starts in the text
    outer = start
    pos = len(window)
    for w in taken:
        pos = window.rfind(w, 0, pos)
        outer = lo + pos
    role, aff, found, at_name = _role_of_words(tuple(taken))
    return role, aff, gender, found, start if at_name else outer


def _title_words_ending(words: list[str]) -> tuple[list[str], str]:
    """The title, role and honorific words ending ``words`` (last word first), and the
    gender an honorific among them gives."""
    taken: list[str] = []
    gender = ""
    i = len(words) - 1
    while i >= 0:
        w = words[i]
        core = w
        if core.endswith(",") and taken and i < len(words) - 1:
            core = core[:-1]
            if not (core.lower() in TITLE_WORDS and taken[-1].lower().rstrip(",") in TITLE_WORDS):
                break
        elif core[-1:] in ",;:!?)\"”’(" and not is_possessive(core):
            break
        elif core.endswith(".") and core.lower() not in HONORIFICS and core.lower() not in TITLE_WORDS \
                and not _INITIALS_RE.fullmatch(core):
            break
        low = strip_possessive(core).lower()
        if low in HONORIFICS:
            if not (low in ("lord", "lady") and taken):
                gender = gender or HONORIFICS[low]  # but "Lord Mayor Petra Hollender" is no lord
            taken.append(w)
            i -= 1
            continue
        if _role_word_ok(core):
            taken.append(w)
            if is_possessive(core) and i > 0 and words[i - 1].lower() == "the":
                taken.append(words[i - 1])
                break
            i -= 1
            continue
        if low in ("of", "for", "to", "and", "on") and taken and i > 0:
            left = strip_possessive(words[i - 1].rstrip(",")).lower()
            if left in TITLE_WORDS or left in ROLE_NOUNS or left in _COUNTRY_WORDS:
                taken.append(w)
                i -= 1
                continue
        break
    return taken, gender


@lru_cache(maxsize=8192)
def _role_of_words(taken_backwards: tuple[str, ...]) -> tuple[str | None, str | None, bool, bool]:
    """(role, affiliation, found, at_name) of the words written before a name (last word
    first); ``at_name``: the role's outer start is the name itself.  The same few titles
    ("Chinese President", "South Korean Prime Minister") recur across articles."""
    taken = list(reversed(taken_backwards))
    # drop leading connectors / articles
    while taken and taken[0].lower() in ("of", "for", "to", "and", "on", "the"):
        taken.pop(0)
    role_words = [w for w in taken if w.lower() not in HONORIFICS]
    if not role_words:
        return None, None, bool(taken), False
    if role_words[-1].lower() in ("of", "for", "to", "and", "on"):
        return None, None, False, True
    heads = [strip_possessive(w).lower().split("-", 1)[-1] if w.lower().startswith(("then-", "ex-", "former-"))
             else strip_possessive(w).lower() for w in role_words]
    if not any(h in HEAD_TITLES or h in ROLE_NOUNS for h in heads):
        # only country words / possessives before the name ("Chinese Xi"): not a title
        return None, _affiliation_of(role_words)[1], False, False
    role, aff = _affiliation_of(role_words)
    return role, aff, True, False


def _affiliation_of(words: list[str]) -> tuple[str | None, str | None]:
    """Split "South Korea’s First Vice Foreign Minister" into (role, affiliation)."""
    mods: list[str] = []
    words = list(words)
    while words and words[0].lower() in ("former", "then", "late", "acting", "outgoing", "incoming", "the"):
        w = words.pop(0)
        if w.lower() != "the":
            mods.append(w)
    role, aff = _affiliation_core(words)
    if mods:
        role = " ".join(mods + ([role] if role else [])) or None
    return role, aff


def _affiliation_core(words: list[str]) -> tuple[str | None, str | None]:
    if not words:
        return None, None
    for k, w in enumerate(words):
        if is_possessive(w) and w[:1].isupper() and k < len(words) - 1:
            owner = " ".join(words[: k] + [strip_possessive(w)])
            if owner.lower().startswith("the "):
                owner = owner[4:]
            role = " ".join(words[k + 1:]) or None
            canon = COUNTRY_INDEX.get(tuple(owner.lower().split()))
            if canon:
                return role, canon
            if owner.lower() in ("north", "south", "east", "west"):
                return role, None
            return role, owner
    # leading country or demonym words
    lows = [strip_possessive(w).lower() for w in words]
    for L in range(min(4, len(words) - 1), 0, -1):
        canon = COUNTRY_INDEX.get(tuple(lows[:L]))
        if canon:
            rest = " ".join(words[L:])
            return rest or None, canon
    return " ".join(words), None


def parse_appositive(text: str, end: int, para_end: int) -> tuple[str | None, str | None, bool]:
    """Role and affiliation from ", a professor at Y," after a name.

    Returns (role, affiliation, found).  Skips a parenthesis right after the name
    ("(second from left)") and ages (", 45,").
    """
    i = end
    # (each regex below is tried only where its first character is: a match call costs
    # far more than a look at one character)
    m = _PAREN_RE.match(text, i, para_end) if text[i:i + 1] == "(" or text[i:i + 1].isspace() else None
    if m:
        i = m.end()
    for _ in range(2):
        if i >= para_end or text[i] != ",":
            return None, None, False
        i += 1
        while i < para_end and text[i] == " ":
            i += 1
        j = i
        depth = 0
        limit = min(para_end, i + 240)
        while True:
            m = _APPOS_STOP_RE.search(text, j, limit)
            if m is None:
                j = limit
                break
            j = m.start()
            c = text[j]
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0:
                if c == ".":
                    k = j
                    while k > i and text[k - 1].isalpha():
                        k -= 1
                    if not (j - k == 1 and text[k].isupper()) and text[k:j].lower() not in (
                            "u.s", "inc", "co", "corp", "ltd", "jr", "sr", "st"):
                        break
                else:
                    break
            j += 1
        app = text[i:j].strip()
        if _AGE_RE.match(app):
            i = j
            continue
        return _parse_role_phrase(app)
    return None, None, False


# title words that are not merely words of a place or body ("state", "national", "public");
# computed once, not for every appositive
_TITLE_WORDS_NOT_PLACE: Final = TITLE_WORDS - {"state", "national", "public"}


def _parse_role_phrase(app: str) -> tuple[str | None, str | None, bool]:
    if not app or len(app) > 200:
        return None, None, False
    words = app.split()
    if not words:
        return None, None, False
    first = words[0].lower()
    if first == "who":
        return _relative_role(app)
    if first in ("whose", "which", "where", "when", "said", "says", "and", "but"):
        return None, None, False
    if first in ("a", "an", "the"):
        words = words[1:]
        app = " ".join(words)
        if not words:
            return None, None, False
    elif not (words[0][:1].isupper() or first in ROLE_NOUNS or first in TITLE_WORDS
              or first in ("former", "then", "senior", "chief", "deputy", "vice", "acting")
              # a bare compound role: "telecom analyst at Meridian", "policy director at ..."
              or (len(words) >= 2 and first.isalpha() and first not in ("his", "her", "their", "its", "our")
                  and words[1].islower() and (words[1].strip(",") in ROLE_NOUNS or words[1].strip(",") in TITLE_WORDS))):
        return None, None, False
    cut = _REL_CLAUSE_RE.search(app)
    if cut:
        app = app[:cut.start()].strip()
        words = app.split()
        if not words:
            return None, None, False
    lows = {strip_possessive(w).lower().strip(",.()") for w in words}
    has_role = bool(lows & ROLE_NOUNS) or bool(lows & _TITLE_WORDS_NOT_PLACE) or (
        first in ("a", "an") and words[0][:1].islower()
    )
    # "Russia’s Deputy Foreign Minister ...", "the Ministry of National Defense’s director general ..."
    for k, w in enumerate(words):
        if is_possessive(w) and w[:1].isupper() and k < len(words) - 1:
            owner = " ".join(words[:k] + [strip_possessive(w)])
            role = " ".join(words[k + 1:])
            role = _PAREN_RE.sub("", role).strip()
            rl = {x.lower() for x in role.split()}
            if not (rl & ROLE_NOUNS or rl & TITLE_WORDS):
                break
            canon = COUNTRY_INDEX.get(tuple(owner.lower().split()))
            return role, canon or owner, True
        if k > 2:
            break
    if not has_role:
        return None, None, False
    m = _AFF_SPLIT_RE.search(app)
    if m:
        role = app[: m.start()].strip()
        aff = _PAREN_RE.sub("", app[m.end():]).strip().rstrip(".")
        rl = {x.lower() for x in role.split()}
        if rl & ROLE_NOUNS or rl & TITLE_WORDS or first in ("a", "an", "the"):
            return role or None, aff or None, True
    role = _PAREN_RE.sub("", app).strip()
    # "Ewha Womans University professor": trailing role noun after an organisation
    return role or None, None, True


# a role stated in a relative clause: ", who is now a professor of ...", ", who has been
# Prime Minister since ...", ", who served as ambassador to ..."
_REL_ROLE_RE: Final = re.compile(
    r"^who\s+(?:[^,;]{0,60}?\s)?(?:is|was|has been|had been|became|becomes|serves as|served as|"
    r"works as|worked as|remains)\s+(?:now\s+|also\s+|still\s+|currently\s+|later\s+)?(.+)$"
)
# an analyst's beat: ", who covers the company for Bernstein", "who follows the sector at UBS"
_COVERS_RE: Final = re.compile(
    r"^who\s+(?:covers|follows|tracks|rates)\s+[^,;]{1,50}?\s(?:for|at)\s+(?:the\s+)?([A-Z][\w&’'\-.]*(?:\s+[A-Z][\w&’'\-.]*){0,4})"
)
# scholarly work stated in a relative clause: ", who teaches economics at the Lahore School of
# Economics", ", who studies health workforce policy at Cabot University"
_SCHOLAR_RE: Final = re.compile(
    r"^who\s+((?:teaches|studies|researches|lectures(?:\s+in)?|specializes\s+in|specialises\s+in)\s+[^,;]{1,60}?)"
    r"\s(?:at|for)\s+(?:the\s+)?([A-Z][\w&’'\-.]*(?:\s+(?:of|for|and|on|[A-Z][\w&’'\-.]*)){0,6})"
)
_ROLE_TAIL_STOP: Final = frozenset("long since until when while because after before as".split())


def _relative_role(app: str) -> tuple[str | None, str | None, bool]:
    m = _COVERS_RE.match(app)
    if m:
        return "analyst", m.group(1), True
    m = _SCHOLAR_RE.match(app)
    if m:
        return m.group(1), m.group(2), True
    m = _REL_ROLE_RE.match(app)
    if m is None:
        return None, None, False
    rest = m.group(1)
    words = rest.split()
    if not words:
        return None, None, False
    k0 = 1 if words[0].lower() in ("a", "an", "the") else 0
    # the role runs to its last role or title word among the first few; an "of/at/for"
    # organisation written after it is the affiliation
    last = -1
    for k in range(k0, min(len(words), k0 + 6)):
        w = strip_possessive(words[k]).lower().strip(",.")
        if w in _ROLE_TAIL_STOP:
            break
        if w in ROLE_NOUNS or w in HEAD_TITLES:
            last = k
    if last < 0:
        return None, None, False
    role = " ".join(words[k0:last + 1]).strip(",.")
    aff = None
    tail = " ".join(words[last + 1:])
    am = _TAIL_AFF_RE.search(tail)
    if am:
        aff = am.group(1)
    return role, aff, True


_TAIL_AFF_RE: Final = re.compile(
    r"^(?:[a-z][\w\-]*\s+){0,3}?(?:at|of|with|for)\s+(?:the\s+)?([A-Z][\w’'\-.]*(?:\s+(?:of|for|and|the|de)?\s*[A-Z][\w’'\-.]*){0,5})"
)
# "Lucía Reyes of the University of Córdoba": an organisation written right after a name
_OF_AFF_RE: Final = re.compile(
    r"[ \u00a0]+(?:of|from|at)[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w’'\-.]*(?:[ \u00a0]+(?:(?:of|for|and|the|de)[ \u00a0]+)?[A-Z][\w’'\-.]*){0,5})"
)
_AFF_ORG_WORDS: Final = ORG_CUES | RESEARCH_ORG_WORDS | frozenset(
    "economics analytics securities capital partners advisors advisers associates consulting markets "
    "insights macro intelligence".split()
)


def _of_affiliation(text: str, end: int, para_end: int) -> str | None:
    if text[end:end + 1] not in (" ", "\u00a0"):
        return None  # the pattern opens with a space
    m = _OF_AFF_RE.match(text, end, para_end)
    if m is None:
        return None
    org = m.group(1).rstrip(".")
    if not {strip_possessive(w).lower() for w in org.split()} & _AFF_ORG_WORDS:
        return None
    return org


_REV_APPOS_RE: Final = re.compile(
    r"(?:^|[\s(])(?:(?:[Tt]he|a|an|his|her|its|their)\s+)?((?:[\w’'\-]+\s+){0,3}?[A-Za-z][\w\-]*)\s*,\s*$"
)


_REV_APPOS_OF_RE: Final = re.compile(
    r"(?:^|[.;]\s+|\b[Tt]he\s+)((?:[\w.’'\-]+\s+){0,2}?[A-Za-z][\w\-]*)\s+(?:of|for|to)\s+(?:the\s+)?([\w’'\-.]+(?:\s+[\w’'\-.]+){0,4}),\s*$"
)
_FAMILY_ROLES: Final = frozenset(
    "mother father son daughter wife husband widow widower grandmother grandfather sister brother".split()
)


def _reverse_appositive(text: str, para_start: int, start: int) -> tuple[str | None, str | None]:
    """"his Chinese counterpart, Sun Weidong" -> ("counterpart", "China")."""
    lo = max(para_start, start - 80)
    window = text[lo:start]
    if not window.rstrip().endswith(","):
        return None, None
    m = _REV_APPOS_RE.search(window)
    words = m.group(1).split() if m else []
    head = words[-1].lower() if words else ""
    if words and words[-1][:1].isupper() and (head not in TITLE_WORDS or not window.lstrip()[:4].lower() == "the "):
        words, head = [], ""  # a capitalised head only as a title after "The": "The Transport Secretary,"
    if not m or not words or (head not in ROLE_NOUNS and head.rstrip("s") not in ROLE_NOUNS
                              and head not in TITLE_WORDS):
        # "The governor of New Mexico, Elena Ruiz": a role with its "of" place or body
        # (with up to two modifiers: "The U.N. special envoy for Yemen, Ingrid Halvorsen";
        # "The head of the Houthi delegation, Abdulmalik al-Hamdi")
        m = _REV_APPOS_OF_RE.search(window)
        if m:
            head = m.group(1).rsplit(None, 1)[-1].lower()
            if head in ROLE_NOUNS and head not in _FAMILY_ROLES:
                role = m.group(1)
                if role[:4].lower() == "the ":
                    role = role[4:]
                return role, m.group(2).strip()
        return None, None
    keep: list[str] = [words[-1]]
    multi = False
    for w in reversed(words[:-1]):
        low = strip_possessive(w).lower()
        if low == "and":
            multi = True
            continue
        if low in TITLE_WORDS or low in ROLE_NOUNS or low in _COUNTRY_WORDS or w[:1].isupper():
            keep.insert(0, w)
        else:
            break
    plural = head.endswith("s") and head[:-1] in ROLE_NOUNS
    if multi or plural:
        return (words[-1][:-1] if plural else words[-1]), None
    return _affiliation_of(keep)


_BECAME_RE: Final = re.compile(
    r"[ \u00a0]+(?:became|was elected|was re-elected|was sworn in as|took office as|was appointed)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:(?:country|nation)[’']s[ \u00a0]+|new[ \u00a0]+|first[ \u00a0]+)?"
    r"(president|prime minister|premier|chancellor|king|queen|leader|governor|mayor|minister|"
    r"secretary of state|speaker)\b",
    re.I,
)


def _roles_from_predicates(ents: Entities, text: str) -> None:
    """"... after Yoon became president": a role stated as a predicate."""
    for m in ents.mentions:
        if m.kind != "person" or m.ref.role:
            continue
        b = _BECAME_RE.match(text, m.end) if text[m.end:m.end + 1] in (" ", "\u00a0") else None
        if b:
            m.ref.note_role(b.group(1), None)


def _title_before(text: str, para_start: int, start: int) -> str:
    """The honorific or title written right before a name, lower case, without its period."""
    pre = _title_words_before(text, para_start, start)
    if not pre:
        return ""
    return pre.rsplit(None, 1)[-1].lower().rstrip(".")


def _title_words_before(text: str, para_start: int, start: int) -> str:
    """Capitalised title words written right before a short name ("Deputy Minister")."""
    lo = max(para_start, start - 60)
    words = text[lo:start].split()
    keep: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if (w[:1].isupper() and (low in TITLE_WORDS or low in HONORIFICS)) and not w.endswith(","):
            keep.insert(0, w)
        else:
            break
    return " ".join(keep)
