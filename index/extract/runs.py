"""Capitalised runs of words in an article, and what each holds.

``RUN_RE`` finds a run ("North Korean State Affairs Commission Chairman Kim Jong-un");
``_split_run`` cuts it where a sentence ends inside it, and ``_plan`` reads each part as
country words and demonyms, organisation names and the personal names ending its sub-runs
(with the title or honorific written before a name in the run).  Words are classed from the
lexicon ("h" honorific, "t" title word, "o" organisation cue, "n" name-like, ...): where the
class depends on the article (a word it also writes in lower case is no name), the plan
records that, so plans are reused across articles.  Whether a name is a person is decided
in ``entities.py``.
"""

from __future__ import annotations

import re
from typing import Final

from . import lexicon as lx
from .doc import Doc
from .names import fold, is_abstract_noun, is_possessive, strip_possessive

# The lexicon's word lists, bound as Final names: mypyc compiles a Final name to a C static,
# where ``lx.NAME`` is a module attribute lookup at every use.
AGENCIES: Final = lx.AGENCIES
AMBIGUOUS_FIRST_NAMES: Final = lx.AMBIGUOUS_FIRST_NAMES
CASED_TITLES: Final = lx.CASED_TITLES
COMMON_WORDS: Final = lx.COMMON_WORDS
COUNTRY_BLOCKERS: Final = lx.COUNTRY_BLOCKERS
COUNTRY_FIRST_TOKENS: Final = lx.COUNTRY_FIRST_TOKENS
COUNTRY_INDEX: Final = lx.COUNTRY_INDEX
EAST_ASIAN_SURNAMES: Final = lx.EAST_ASIAN_SURNAMES
FIRST_NAMES: Final = lx.FIRST_NAMES
HEAD_TITLES: Final = lx.HEAD_TITLES
HONORIFICS: Final = lx.HONORIFICS
MAX_COUNTRY_TOKENS: Final = lx.MAX_COUNTRY_TOKENS
NAME_PARTICLES: Final = lx.NAME_PARTICLES
NON_PERSON_CUES: Final = lx.NON_PERSON_CUES
ORG_ACRONYMS: Final = lx.ORG_ACRONYMS
ORG_CUES: Final = lx.ORG_CUES
KNOWN_ORGS: Final = lx.KNOWN_ORGS
KNOWN_ORG_FIRST_WORDS: Final = lx.KNOWN_ORG_FIRST_WORDS
MAX_KNOWN_ORG_TOKENS: Final = lx.MAX_KNOWN_ORG_TOKENS
SPEECH_VERBS: Final = lx.SPEECH_VERBS
SURNAME_COLLISIONS: Final = lx.SURNAME_COLLISIONS
TITLE_WORDS: Final = lx.TITLE_WORDS
WIDE_FIRST_NAMES: Final = lx.WIDE_FIRST_NAMES


_UP: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CONN: Final = r"(?:of|for|on|and|the|de|del|della|der|den|van|von|zu|zum|zur|vom|da|das|dos|du|di|la|le|bin|ibn|al|y)"
# a run of capitalised words, joined by single spaces and a few lower-case connectors;
# kept simple for speed: periods, mid-word starts and sentence ends are sorted out in Python
RUN_RE: Final = re.compile(
    rf"[{_UP}][\w’'\-.]*\+?(?:[ \u00a0](?:{_CONN}[ \u00a0]){{0,2}}(?:al-|el-)?[{_UP}][\w’'\-.]*\+?)*"
)
_INITIALS_RE: Final = re.compile(r"(?:[A-Z]\.)+(?:-[A-Z][\w’'\-]*)?")
_ABBR_PIECES: Final = frozenset(
    "mr. mrs. ms. mx. dr. prof. sen. rep. gov. lt. gen. col. capt. sgt. adm. maj. cmdr. rev. jr. sr. st. mt. "
    "supt. insp. det. hon. pres. atty. corp. inc. co. ltd. bros. no.".split()
)
_PIECE_RE: Final = re.compile(r"[^ \u00a0]+")
_CONNECTORS: Final = frozenset(_CONN[3:-1].split("|"))


def _split_run(run: str, midword: bool) -> list[list[tuple[int, int, str]]]:
    """Pieces of a matched run (offsets relative to it), cut where a sentence ends inside
    it ("Seoul. The").  A run starting inside a word loses its first piece ("then-Deputy")."""
    # the pieces ``_PIECE_RE`` finds, by splitting at the separators (cheaper than a match
    # object per piece): a run joins its pieces with single spaces or no-break spaces
    pieces: list[tuple[int, int, str]] = []
    s0 = 0
    for t in (run.replace("\u00a0", " ") if "\u00a0" in run else run).split(" "):
        if t:
            pieces.append((s0, s0 + len(t), t))
        s0 += len(t) + 1
    if midword:
        pieces.pop(0)
    groups: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for s, e, t in pieces:
        if t == "on" and not (cur and strip_possessive(cur[-1][2]).lower() in ORG_CUES):
            # "on" joins a body to what it works on ("Council on Foreign Relations"), nothing
            # else ("Niamh Kealy TD on Tuesday")
            if cur:
                groups.append(cur)
            cur = []
            continue
        if t.endswith(".") and t.lower() not in _ABBR_PIECES and not _INITIALS_RE.fullmatch(t):
            t = t.rstrip(".")
            if t:
                cur.append((s, s + len(t), t))
            if cur:
                groups.append(cur)
            cur = []
            continue
        t2 = t.rstrip("’'-") if t[-1:] in ("’", "'", "-") else t  # (rstrip: a generic method call)
        if t2 != t:
            t = t2
            e = s + len(t)
            if not t:
                continue
        cur.append((s, e, t))
    if cur:
        groups.append(cur)
    return groups


def _classify(piece: str, doc: Doc) -> str:
    """h honorific, t title word, o organisation cue, g news agency, x non-person cue,
    a acronym, w common word, n name-like."""
    got = _STATIC_CLASS.get(piece)
    if got is None:
        if len(_STATIC_CLASS) > 200_000:
            _STATIC_CLASS.clear()
        got = _STATIC_CLASS[piece] = _classify_static(piece)
    if got == "?":
        # a name unless the article also writes the word in lower case
        low = strip_possessive(piece).lower()
        return "w" if doc.has_lower(low) else "n"
    return got


_STATIC_CLASS: Final[dict[str, str]] = {}


def _classify_static(piece: str) -> str:
    base = strip_possessive(piece)
    low = base.lower()
    if low in HONORIFICS:
        return "h"
    if low in AGENCIES:
        return "g"
    if low in TITLE_WORDS and not (low in CASED_TITLES and base.isupper()):
        return "t"
    if low in ORG_CUES:
        return "o"
    if fold(low) in FIRST_NAMES or base in EAST_ASIAN_SURNAMES:
        return "n"
    if low in NON_PERSON_CUES or is_abstract_noun(low):
        return "x"  # ("Customs Enforcement", "Border Protection" name no one)
    if _NAME_INITIALS_RE.fullmatch(base) and base not in ORG_ACRONYMS:
        return "i"  # "S." in "S. Jaishankar", "P.V." in "P.V. Sindhu": part of a name before a name
    if len(base) > 1 and (base.isupper() or base.replace(".", "").isupper()) and "-" not in base:
        return "a"
    if any(ch.isdigit() for ch in base):
        return "x"
    if low in COMMON_WORDS:
        return "w"
    return "?"


# one to three initials, each a capital and a period ("S.", "P.V.", "M. K.")
_NAME_INITIALS_RE: Final = re.compile(r"(?:[A-Z]\.){1,3}")


def _country_matches(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str, int, int]]:
    """Longest country/demonym matches: (first piece, last piece, canonical, start, end)."""
    subs: list[tuple[int, int, int, str]] = []  # piece index, start, end, text
    for pi, (s, e, t) in enumerate(pieces):
        if "-" in t and all(part[:1].isupper() for part in t.split("-")):
            off = s
            for part in t.split("-"):
                subs.append((pi, off, off + len(part), part))
                off += len(part) + 1
        else:
            subs.append((pi, s, e, t))
    out = []
    i = 0
    n = len(subs)
    while i < n:
        first = strip_possessive(subs[i][3]).lower()
        if first not in COUNTRY_FIRST_TOKENS:
            i += 1
            continue
        hit = None
        for L in range(min(MAX_COUNTRY_TOKENS, n - i), 0, -1):
            key = tuple(strip_possessive(subs[k][3]).lower() for k in range(i, i + L))
            canon = COUNTRY_INDEX.get(key)
            if canon:
                hit = (L, canon)
                break
        if hit is None:
            i += 1
            continue
        L, canon = hit
        j = i + L
        blocked = j < n and subs[j][3].lower() in COUNTRY_BLOCKERS
        if not blocked:
            out.append((subs[i][0], subs[j - 1][0], canon, subs[i][1], subs[j - 1][2]))
        else:
            out.append((subs[i][0], subs[j - 1][0], "", subs[i][1], subs[j - 1][2]))
        i = j
    return out


_COUNTRY_WORDS: Final = frozenset(w for key in COUNTRY_INDEX for w in key)


def _name_tokens_ok(tokens: list[str], classes: list[str]) -> bool:
    if not tokens or sum(1 for t in tokens if t not in NAME_PARTICLES) > 4:
        return False
    if all(c == "w" for c in classes):
        return False
    return True


# A run's plan, per sentence piece of the run: its countries (start, end, canonical name),
# organisations (start, end, name, agency) and personal names (start, end, tokens,
# title_in_run, honorific, possessive, coord), offsets relative to the run.  Typed so that
# the compiled code unpacks them natively in ``find_entities``.
_NameCand = tuple[int, int, tuple[str, ...], bool, str | None, bool, bool]
_Plan = tuple[list[tuple[int, int, str]], list[tuple[int, int, str, bool]], list[_NameCand]]

_PLAN_CACHE: Final[dict[tuple, list[tuple[tuple, list[_Plan]]]]] = {}
# plans and run entries that no article-dependent fact went into: valid for every article
_STATIC_PLANS: Final[dict[tuple, list[_Plan]]] = {}
_RUN_ENTRY: Final[dict[str, bool]] = {}  # by first word


def _run_entry(first: str, doc: Doc) -> bool:
    """Could a run starting with the word ``first`` lose it at a sentence start?  Asked
    once per word and article; remembered across articles when the answer does not
    depend on the article."""
    got = _RUN_ENTRY.get(first)
    if got is not None:
        return got
    key = ("entry", first)
    got = doc.run_cache.get(key)
    if got is not None:
        return got
    entry = _drop_initial(first, doc)
    static = _DROP_STATIC.get(first, "?") != "?"
    if not entry:
        first2 = first.rstrip(".")
        entry = _drop_initial(first2, doc)
        static = static and _DROP_STATIC.get(first2, "?") != "?"
    if static:
        if len(_RUN_ENTRY) > 100_000:
            _RUN_ENTRY.clear()
        _RUN_ENTRY[first] = entry
    doc.run_cache[key] = entry
    return entry


def _cached_plan(doc: Doc, key: tuple) -> list[_Plan]:
    """``_plan`` shared across articles: a plan is reused when the article-dependent facts
    it was computed from (which words the article also writes in lower case) agree."""
    variants = _PLAN_CACHE.get(key)
    if variants:
        for deps, plan in variants:
            if all(doc.has_lower(w) == v for w, v in deps):
                return plan
    outer = doc.recorder
    doc.recorder = []
    try:
        plan = _plan(doc, key[0], key[1], key[2])
        deps = tuple(dict.fromkeys(doc.recorder))
    finally:
        doc.recorder = outer
    if outer is not None:
        outer.extend(deps)
    if len(_PLAN_CACHE) > 100_000:
        _PLAN_CACHE.clear()
    _PLAN_CACHE.setdefault(key, []).append((deps, plan))
    if not deps:
        # computed without consulting the article: the same for every article
        if len(_STATIC_PLANS) > 100_000:
            _STATIC_PLANS.clear()
        _STATIC_PLANS[key] = plan
    return plan


def _plan(doc: Doc, run: str, sent_init: bool, midword: bool) -> list[_Plan]:
    """What a run of capitalised words holds, as offsets relative to the run: a list of
    (countries, organisations, names) per sentence piece of the run.  Cached per text."""
    out: list[_Plan] = []
    for pieces in _split_run(run, midword):
        got = _plan_pieces(doc, pieces, sent_init)
        if got[0] or got[1] or got[2]:
            out.append(got)
        sent_init = True  # a later piece of a run split at a period starts a sentence
    return out


def _plan_pieces(doc: Doc, pieces: list[tuple[int, int, str]], sent_init: bool) -> _Plan:
    countries: list[tuple[int, int, str]] = []
    orgs: list[tuple[int, int, str, bool]] = []
    names: list[_NameCand] = []
    # a capitalised ordinary word that merely starts a sentence is not part of a name
    while pieces and (pieces[0][2] in _CONNECTORS or (sent_init and _drop_initial(pieces[0][2], doc))
                      or (sent_init and _occupation_before_name(pieces))):
        pieces = pieces[1:]
        sent_init = False
    while pieces and (pieces[-1][2] in _CONNECTORS or (len(pieces) > 2 and pieces[-1][2] in _POSTNOMINALS)):
        pieces = pieces[:-1]  # "Róisín Kealy TD", "Jane Hale MP": letters after a name are not part of it
    if not pieces:
        return countries, orgs, names
    classes = [("c" if p[2] in _CONNECTORS else _classify(p[2], doc)) for p in pieces]
    if len(pieces) == 1 and classes[0] in "wxhto":
        low = fold(strip_possessive(pieces[0][2]))
        if low not in COUNTRY_FIRST_TOKENS and "-" not in pieces[0][2]:
            return countries, orgs, names
    # countries and demonyms
    if any(fold(strip_possessive(p[2]).split("-")[0]) in COUNTRY_FIRST_TOKENS or "-" in p[2] for p in pieces):
        for a, b, canon, s, e in _country_matches(pieces):
            if a == b and b + 1 < len(pieces) and classes[b + 1] == "n" \
                    and pieces[a][2].lower() in _GIVEN_NAME_COUNTRIES and not is_possessive(pieces[a][2]):
                continue  # "Jordan Bardella", "Israel Katz", "Chad Stevens": a given name
            for k in range(a, b + 1):
                classes[k] = "k"
            if canon:
                countries.append((s, e, canon))
    known = any(p[2] in KNOWN_ORG_FIRST_WORDS for p in pieces)
    if known:
        _known_orgs(pieces, classes, orgs)
    if "o" in classes or "a" in classes or "g" in classes:
        _orgs_in_run(pieces, classes, orgs)
    if known:
        # a known name inside a longer one ("the Philippine Red Cross") is that one's
        orgs = [o for i, o in enumerate(orgs)
                if not any(x[0] <= o[0] and o[1] <= x[1] and (x[1] - x[0] > o[1] - o[0] or j < i)
                           for j, x in enumerate(orgs) if j != i)]
    # personal names: trailing name-like pieces of each sub-run split at "and"/possessives
    sub: list[int] = []
    subruns: list[list[int]] = []
    has_and = False
    for k, p in enumerate(pieces):
        if p[2] == "and" or classes[k] == "o" or (classes[k] == "c" and p[2] not in NAME_PARTICLES):
            has_and = has_and or p[2] == "and"
            if sub:
                subruns.append(sub)
            sub = []
            continue
        sub.append(k)
        if classes[k] in "nw" and is_possessive(p[2]):
            subruns.append(sub)
            sub = []
    if sub:
        subruns.append(sub)
    coord = has_and and len(subruns) > 1
    for sr in subruns:
        if classes[sr[-1]] in "nwt":
            got = _name_from_subrun(pieces, classes, sr, coord)
            if got:
                names.append(got)
    return countries, orgs, names


def _known_orgs(pieces: list[tuple[int, int, str]], classes: list[str], out: list[tuple[int, int, str, bool]]) -> None:
    """Organisations the lexicon knows by name ("Amnesty International", "the Red Cross");
    their pieces are classed "o", so that no name is read there."""
    n = len(pieces)
    i = 0
    while i < n:
        if pieces[i][2] not in KNOWN_ORG_FIRST_WORDS:
            i += 1
            continue
        for size in range(min(MAX_KNOWN_ORG_TOKENS, n - i), 0, -1):
            key = tuple(strip_possessive(pieces[k][2]).lower() for k in range(i, i + size))
            if key in KNOWN_ORGS:
                last = pieces[i + size - 1]
                out.append((pieces[i][0], last[0] + len(strip_possessive(last[2])), KNOWN_ORGS[key], False))
                for k in range(i, i + size):
                    classes[k] = "c" if pieces[k][2] in _CONNECTORS else "o"
                i += size
                break
        else:
            i += 1


# countries whose names are also given names
_GIVEN_NAME_COUNTRIES: Final = frozenset({"jordan", "chad", "israel"})


def _occupation_run(run: str) -> bool:
    """Could the run open with what a person is ("Baker Sam Kouris")?  A cheap test of the
    second word first: most runs have no given name there."""
    words = run.split(" ", 2)
    if len(words) < 3:
        return False
    given = fold(words[1])
    if given not in FIRST_NAMES and given not in WIDE_FIRST_NAMES:
        return False
    return _occupation_before_name(_split_run(run, False)[0])


def _occupation_before_name(pieces) -> bool:
    """"Baker Sam Kouris reopened ...", "Survivor Joseph Banda said": at the start of a sentence
    a word that is no given name, before a given name and a surname, is what the person is."""
    if len(pieces) < 3:
        return False
    first, given = fold(strip_possessive(pieces[0][2])), fold(pieces[1][2])
    if first in FIRST_NAMES or first in WIDE_FIRST_NAMES or pieces[0][2] in EAST_ASIAN_SURNAMES \
            or first in NAME_PARTICLES or not first.isalpha():
        return False
    known_given = given in FIRST_NAMES or given in WIDE_FIRST_NAMES
    return known_given and _drop_static(pieces[0][2]) == "?" and pieces[1][2] not in EAST_ASIAN_SURNAMES


def _drop_initial(tok: str, doc: Doc) -> bool:
    """Is a capitalised word at the start of a sentence just an ordinary word there?"""
    got = _DROP_STATIC.get(tok)
    if got is None:
        if len(_DROP_STATIC) > 100_000:
            _DROP_STATIC.clear()
        got = _DROP_STATIC[tok] = _drop_static(tok)
    if got == "?":
        return doc.has_lower(strip_possessive(tok).lower())
    return got == "y"


_DROP_STATIC: Final[dict[str, str]] = {}


def _drop_static(tok: str) -> str:
    low = strip_possessive(tok).lower()
    if low in TITLE_WORDS or low in HONORIFICS or (low,) in COUNTRY_INDEX or low in _COUNTRY_WORDS:
        return "n"
    if tok in EAST_ASIAN_SURNAMES and low not in SURNAME_COLLISIONS:
        return "n"
    if low in FIRST_NAMES and low not in AMBIGUOUS_FIRST_NAMES:
        return "n"
    if low in ORG_CUES:
        return "n"
    return "y" if low in COMMON_WORDS else "?"


def _orgs_in_run(pieces: list[tuple[int, int, str]], classes: list[str], out: list[tuple[int, int, str, bool]]) -> None:
    """Organisation names in a run; their pieces are re-classed "o" so no name is read there."""
    n = len(pieces)
    covered: list[int] = []
    k = 0
    while k < n:
        c = classes[k]
        base = strip_possessive(pieces[k][2])
        if c == "g":
            b = k
            while b + 1 < n and classes[b + 1] == "o" and not is_possessive(pieces[b][2]):
                b += 1
            s = pieces[k][0]
            e = pieces[b][0] + len(strip_possessive(pieces[b][2]))
            out.append((s, e, strip_possessive(" ".join(p[2] for p in pieces[k:b + 1])), True))
            covered.extend(range(k, b + 1))
            k = b + 1
            continue
        if c == "a":
            if base in ORG_ACRONYMS or (base[-1:] == "+" and base[:-1] in ORG_ACRONYMS):  # "OPEC+"
                out.append((pieces[k][0], pieces[k][0] + len(base), base, False))
            k += 1
            continue
        if c != "o":
            k += 1
            continue
        # left: name-like words of the same name ("Korea Institute", "Prime Minister's Office")
        a = k
        while a - 1 >= 0 and classes[a - 1] in "ntkxwa" and (
            not is_possessive(pieces[a - 1][2]) or (classes[a - 1] == "t" and a - 1 == k - 1)
        ) and pieces[a - 1][2].lower() not in SPEECH_VERBS:
            a -= 1
        # "Competition and Markets Authority": an "and" between words of one name (not between
        # people: "Kim and Lee Institute" keeps its people out)
        while a - 2 >= 0 and a < k and pieces[a - 1][2] == "and" and classes[a - 2] in "ntkxwa" \
                and not is_possessive(pieces[a - 2][2]) and fold(pieces[a - 2][2]) not in FIRST_NAMES \
                and pieces[a - 2][2] not in EAST_ASIAN_SURNAMES:
            a -= 2
        # right: further cue words, or an "of/for ..." tail
        b = k
        while b + 1 < n and not is_possessive(pieces[b][2]):
            nc = classes[b + 1]
            if nc == "o":
                b += 1
                continue
            if nc in "ntkxwa":
                # "National Air Traffic Controllers Association": words up to a later cue word
                # are the same name's
                j = b + 1
                while j < n and classes[j] in "ntkxwa" and not is_possessive(pieces[j - 1][2]) \
                        and pieces[j][2].lower() not in SPEECH_VERBS:  # ("Supreme Court Says Police ...")
                    j += 1
                if j < n and classes[j] == "o" and not is_possessive(pieces[j - 1][2]):
                    b = j
                    continue
                break
            if nc == "c" and pieces[b + 1][2] in ("of", "for", "on", "and", "the"):
                j = b + 1
                while j < n and classes[j] == "c":
                    j += 1
                if j >= n or classes[j] not in "ntkxwoa":
                    break
                if pieces[b + 1][2] == "and" and (
                        not any(classes[x] == "o" for x in range(j, n)) or fold(pieces[j][2]) in FIRST_NAMES
                        or (j + 2 < n and classes[j] == classes[j + 1] == "n" and pieces[j + 2][2] == "of")):
                    break  # "Tokai Securities and Hiroshi Endo (of ...)": a person after the organisation
                end = j
                while end + 1 < n and classes[end + 1] in "ntkxwoac" and not is_possessive(pieces[end][2]):
                    if classes[end + 1] == "c" and pieces[end + 1][2] == "and" and not (
                        end + 2 < n and classes[end + 2] in "ot"
                    ):
                        break
                    end += 1
                while end > j and classes[end] == "c":
                    end -= 1
                if pieces[b + 1][2] == "on" and not all(
                        classes[x] == "c" or _topic_word(pieces[x][2], classes[x]) for x in range(j, end + 1)):
                    break  # "the Exchange on Thursday", "the Institution on Cape Cod": not its name
                if is_possessive(pieces[end][2]) and classes[end] == "k":
                    # "... of China’s Central Military Commission": the possessor is not part of it
                    end = end - 1
                    while end > b and classes[end] == "c":
                        end -= 1
                    b = end
                    break
                b = end
                continue
            break
        s = pieces[a][0]
        name = strip_possessive(" ".join(p[2] for p in pieces[a:b + 1]))
        e = pieces[b][0] + len(strip_possessive(pieces[b][2]))
        covered.extend(range(a, b + 1))
        if b > a or classes[a] != "o":
            out.append((s, e, name, False))
        k = b + 1
    for x in covered:
        classes[x] = "o"


def _topic_word(piece: str, cls: str) -> bool:
    """Can the word name what a body works on ("the Council on Foreign Relations", "the
    Commission on Elections"): a title or common word, an abstract noun or a plural?  A day or
    a place ("on Thursday", "on Cape Cod") cannot."""
    if cls in "tw":
        return True
    low = strip_possessive(piece).lower()
    return is_abstract_noun(low) or (cls == "n" and low.endswith("s") and not low.endswith("ss"))


_POSTNOMINALS: Final = frozenset("TD MP MEP MSP MLA MS QC KC OBE MBE CBE KBE DBE PhD".split())


def _name_from_subrun(pieces: list[tuple[int, int, str]], classes: list[str], sr: list[int],
                      coord: bool) -> _NameCand | None:
    """The personal name ending a sub-run, as (start, end, tokens, title_in_run, honorific,
    possessive, coord), offsets relative to the run; or None."""
    idx = sr
    j = len(idx) - 1
    last_c = classes[idx[j]]
    # a title word after a first name is a family name ("Amrita Sen", "Martin Luther King")
    trailing_title = last_c == "t" and j > 0 and classes[idx[j - 1]] == "n" \
        and not pieces[idx[j]][2].endswith(".") \
        and not is_abstract_noun(pieces[idx[j]][2].lower())  # "Drug Administration" is no one
    if last_c not in "nw" and not trailing_title:
        return None
    name_idx: list[int] = []
    while j >= 0:
        k = idx[j]
        c = classes[k]
        tok = pieces[k][2]
        if c in "nw" or (trailing_title and not name_idx):
            if name_idx and is_possessive(tok):
                break
            name_idx.insert(0, k)
        elif c == "c" and tok in NAME_PARTICLES and name_idx and _particle_joins(classes, idx, j, tok):
            name_idx.insert(0, k)
        elif c == "i" and name_idx:
            name_idx.insert(0, k)  # initials before the family name: "S. Jaishankar"
        elif c == "t" and name_idx and pieces[name_idx[0]][2] in _PATRONYMIC and not tok.endswith("."):
            name_idx.insert(0, k)  # a given name that is also a title: "Prince Sultan bin Fahd"
        else:
            break
        if sum(1 for x in name_idx if classes[x] != "c") > 4:
            return None
        j -= 1
    # a name does not start with an ordinary word
    while name_idx and classes[name_idx[0]] in "wc":
        tok = pieces[name_idx[0]][2]
        if tok.lower() in FIRST_NAMES or tok in EAST_ASIAN_SURNAMES:
            break
        name_idx.pop(0)
    if not name_idx:
        return None
    toks = [pieces[k][2] for k in name_idx]
    cls = [classes[k] for k in name_idx]
    possessive = is_possessive(toks[-1])
    if possessive:
        toks[-1] = strip_possessive(toks[-1])
    if not _name_tokens_ok(toks, cls):
        return None
    start = pieces[name_idx[0]][0]
    end = pieces[name_idx[-1]][0] + len(toks[-1])
    title_in_run = False
    honorific = None
    if j >= 0:
        prev_cls = classes[idx[j]]
        prev_tok = pieces[idx[j]][2]
        title_in_run = prev_cls == "h" or strip_possessive(prev_tok).lower() in HEAD_TITLES
        if prev_cls == "h":
            honorific = HONORIFICS.get(prev_tok.lower(), "")
    return start, end, tuple(toks), title_in_run, honorific, possessive, coord


_PATRONYMIC: Final = frozenset({"bin", "ibn", "bint"})


def _particle_joins(classes: list[str], idx: list[int], j: int, tok: str = "") -> bool:
    """Does the particle at ``idx[j]`` (and any particles before it: "van der") follow a
    given name ("Pieter van der Linden", "Ursula von der Leyen", "Sultan bin Fahd")?"""
    i = j - 1
    while i >= 0 and classes[idx[i]] == "c":
        i -= 1
    return i >= 0 and j - i <= 3 and (classes[idx[i]] in "nw" or (tok in _PATRONYMIC and classes[idx[i]] == "t"))
