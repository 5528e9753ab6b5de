"""Named entities in one article: people, organisations and countries, with their mentions.

``find_entities`` reads each capitalised run's plan (``runs.py``: its country words,
organisation names and trailing personal names) and registers what it holds.  A multi-word
name becomes a person when something says so: a title before it or an appositive after it
("Kang Jun-young, a professor at ...", read by ``roles.py``), a speech verb after it, a
known first name, the shape of a romanised East-Asian name, or a list shared with another
person.  Shorter references ("Kang", "Professor Kang", "Han Duck-soo" for "Han Duck Soo")
then resolve to those people: same family name (most recent such person wins) or same name
under variant spelling.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Final

from . import lexicon as lx
from .doc import Doc, Para
from .names import (
    _families_match,
    _gender_of_name,
    _vietnamese_given,
    fold,
    identity_key,
    is_abstract_noun,
    is_east_asian_order,
    same_person_name,
    split_name,
    strip_possessive,
)
from .quotes import Span
from .roles import (
    _FAMILY_ROLES,
    _RP_CACHE,
    _of_affiliation,
    _reverse_appositive,
    _role_prefix,
    _role_prefix_full,
    _roles_from_predicates,
    _title_before,
    _title_words_before,
    parse_appositive,
)
from .runs import (
    RUN_RE,
    _NAME_INITIALS_RE,
    _PATRONYMIC,
    _Plan,
    _COUNTRY_WORDS,
    _STATIC_PLANS,
    _cached_plan,
    _classify,
    _occupation_run,
    _run_entry,
)

# The lexicon's word lists, bound as Final names: mypyc compiles a Final name to a C static,
# where ``lx.NAME`` is a module attribute lookup at every use.
AMBIGUOUS_FIRST_NAMES: Final = lx.AMBIGUOUS_FIRST_NAMES
CAPITALS: Final = lx.CAPITALS
COMMON_WORDS: Final = lx.COMMON_WORDS
COMPANY_SUFFIXES: Final = lx.COMPANY_SUFFIXES
COUNTRY_FIRST_TOKENS: Final = lx.COUNTRY_FIRST_TOKENS
EAST_ASIAN_SURNAMES: Final = lx.EAST_ASIAN_SURNAMES
FIRST_NAMES: Final = lx.FIRST_NAMES
HONORIFICS: Final = lx.HONORIFICS
NAME_PARTICLES: Final = lx.NAME_PARTICLES
NON_PERSON_CUES: Final = lx.NON_PERSON_CUES
ORG_CUES: Final = lx.ORG_CUES
ROLE_NOUNS: Final = lx.ROLE_NOUNS
SOURCE_NOUNS: Final = lx.SOURCE_NOUNS
SPEECH_VERBS: Final = lx.SPEECH_VERBS
SURNAME_COLLISIONS: Final = lx.SURNAME_COLLISIONS
TITLE_WORDS: Final = lx.TITLE_WORDS
WIDE_FIRST_NAMES: Final = lx.WIDE_FIRST_NAMES


# bisect's functions as Final names: a C static each, where ``bisect.NAME`` is a module
# attribute lookup at every call
_bisect_left: Final = bisect.bisect_left
_bisect_right: Final = bisect.bisect_right
_insort: Final = bisect.insort


_SPEECH_AFTER_RE: Final = re.compile(r"[ \u00a0]+(?:(?:also|has|had|later|then|further|on \w+day)[ \u00a0]+)?([a-z]+)")


class Person:
    __slots__ = ("canonical", "key", "family", "first_pos", "aliases", "role", "role_weak", "affiliation",
                 "gender", "mentions", "quote_count", "has_full", "titles")

    def __init__(self, canonical: str, key: tuple[str, str], family: str, first_pos: int,
                 mentions: list[int] | None = None) -> None:
        self.canonical = canonical
        self.key = key
        self.family = family
        self.first_pos = first_pos
        self.aliases: dict[str, None] = {}
        self.role: str | None = None
        self.role_weak = True
        self.affiliation: str | None = None
        self.gender = ""
        self.mentions: list[int] = mentions if mentions is not None else []
        self.quote_count = 0
        self.has_full = True
        self.titles: set[str] = set()  # honorifics and titles used with the name: "dr", "mr"

    def note_role(self, role: str | None, aff: str | None) -> None:
        if not role and not aff:
            return
        weak = role is None or role.lower().rstrip("s") in _WEAK_ROLES
        if self.role is None or (self.role_weak and not weak):
            if role:
                self.role = role
                self.role_weak = weak
            if aff and (self.affiliation is None or role):
                self.affiliation = aff
        elif self.affiliation is None and aff:
            self.affiliation = aff


_ACADEMIC_TITLES: Final = frozenset({"prof", "professor", "dr", "prof sir", "sir", "dame", "professor sir"})
_WEAK_ROLES: Final = frozenset({"counterpart", "representative", "senior representative", "member", "colleague"})


# Plain classes rather than dataclasses: mypyc compiles these to native classes, whereas a
# dataclass's generated __init__ stays interpreted, and the extractor makes thousands of them.
class Org:
    __slots__ = ("name", "first_pos", "mentions", "agency", "aliases")

    def __init__(self, name: str, first_pos: int, agency: bool = False) -> None:
        self.name = name
        self.first_pos = first_pos
        self.mentions: list[int] = []
        self.agency = agency
        self.aliases: dict[str, None] = {}


class Country:
    __slots__ = ("name", "first_pos", "mentions")

    def __init__(self, name: str, first_pos: int) -> None:
        self.name = name
        self.first_pos = first_pos
        self.mentions: list[int] = []


class Mention:
    __slots__ = ("start", "end", "outer", "kind", "ref", "subj", "in_quote", "surface")

    def __init__(self, start: int, end: int, outer: int, kind: str, ref: Any, subj: bool = False,
                 in_quote: bool = False, surface: str = "") -> None:
        self.start = start
        self.end = end
        self.outer = outer  # start of the title written before the name, if any
        self.kind = kind  # "person" | "org" | "country"
        self.ref = ref  # Person, Org, or the country's canonical name, as ``kind`` says
        self.subj = subj
        self.in_quote = in_quote
        self.surface = surface


class _Cand:
    __slots__ = ("start", "end", "tokens", "para", "title_in_run", "honorific", "possessive", "titlecase",
                 "run_id", "coord")

    def __init__(self, start: int, end: int, tokens: list[str], para: Para, title_in_run: bool,
                 honorific: str | None, possessive: bool, titlecase: bool, run_id: int, coord: bool) -> None:
        self.start = start
        self.end = end
        self.tokens = tokens
        self.para = para
        self.title_in_run = title_in_run
        self.honorific = honorific
        self.possessive = possessive
        self.titlecase = titlecase
        self.run_id = run_id
        self.coord = coord  # joined to another name by "and" in the same run


class Entities:
    """People, organisations and countries of one article, with a position index."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self._fam_cache: dict[str, list[Person]] = {}
        self._long: list[Person] = []  # people whose full name has three or more words
        self.orgs: dict[str, Org] = {}
        # short forms defined in the text: "the Data Protection Commission (DPC)" -> "dpc"
        self.org_aliases: dict[str, Org] = {}
        self.countries: dict[str, Country] = {}
        self.mentions: list[Mention] = []
        # where the latest department named with its list of portfolios ends: the list's
        # words are that name's, not bodies or people of their own
        self.org_extent = 0
        self.joined_commas: list[int] = []  # the offsets of the commas inside such names
        self._starts: list[int] = []

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def within(self, s: int, e: int) -> list[Mention]:
        """Mentions lying inside [s, e)."""
        i = _bisect_left(self._starts, s)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < e:
            m = self.mentions[i]
            if m.end <= e:
                out.append(m)
            i += 1
        return out

    def add_person(self, p: Person) -> None:
        self.persons.append(p)
        if p.canonical.count(" ") >= 2:
            self._long.append(p)
        # keep the per-family lists current instead of recomputing them all
        fam = p.family
        for family, got in self._fam_cache.items():
            if _families_match(fam, family):
                got.append(p)

    def _with_family(self, family: str) -> list[Person]:
        got = self._fam_cache.get(family)
        if got is None:
            got = self._fam_cache[family] = [p for p in self.persons if _families_match(p.family, family)]
        return got

    def person_by_family(self, family: str, pos: int, title: str = "") -> Person | None:
        """The person with this family name mentioned most recently before ``pos``.

        When several people share the family name, a title written with it ("Dr.", "Mr.")
        narrows them first: to those of the gender it names, to those already called by it,
        and for an academic title to those not introduced as a relative ("Her son, ...").
        Failing a family name, a surname written inside a full name ("Villaseñor" for
        "Adriana Villaseñor Ruiz", "Garza" for "Luz Elena Garza Treviño"), or a Vietnamese
        given name ("Khanh" for "Tran Duc Khanh")."""
        cands = self._with_family(family)
        if not cands:
            return self._by_inner_surname(family, pos) or self._by_vietnamese_given_name(family, pos)
        if title and len(cands) > 1:
            cands = _narrow_by_title(cands, title)
        best: Person | None = None
        best_pos = -1
        first_after: Person | None = None
        for p in cands:
            i = _bisect_left(p.mentions, pos)
            if i > 0:
                if p.mentions[i - 1] > best_pos:
                    best, best_pos = p, p.mentions[i - 1]
            elif first_after is None or p.first_pos < first_after.first_pos:
                first_after = p
        return best or first_after

    def find_same(self, name: str) -> Person | None:
        """The person whose canonical name is ``name`` under some spelling, or whose full
        name ends with it after the given name ("Díaz de León" for "Roberto Díaz de León")."""
        fam = split_name(name)[0]
        for p in self._with_family(fam):
            if same_person_name(p.canonical, name):
                return p
        if " " in name:
            tail = " " + fold(name)
            for p in self._with_family(fam):
                if fold(p.canonical).endswith(tail) and p.has_full:
                    return p
            toks = name.split()
            if self._long and len(toks) == 2 and fold(toks[1]) not in FIRST_NAMES:
                # "Laura Vargas" after "Laura Vargas Quesada": Spanish and Portuguese names drop
                # the second surname
                head = fold(name) + " "
                for p in self._long:
                    if p.has_full and p.canonical.count(" ") == 2 and fold(p.canonical).startswith(head) \
                            and not is_east_asian_order(p.canonical.split()):
                        return p
        return None

    def _by_vietnamese_given_name(self, word: str, pos: int) -> Person | None:
        """"Khanh" after "Tran Duc Khanh": Vietnamese writing calls a person by the given name,
        the last word; the person mentioned most recently before ``pos``."""
        key: str | None = None
        best: Person | None = None
        best_pos = -1
        for p in self.persons:
            # asked for every unknown family word: most articles name no Vietnamese person,
            # so the per-name answer is remembered and the word folded only when needed
            given = _vietnamese_given(p.canonical)
            if given is None:
                continue
            if key is None:
                key = fold(word)
            if given == key and p.mentions and p.mentions[0] < pos and p.mentions[0] > best_pos:
                best, best_pos = p, p.mentions[0]
        return best

    def _by_inner_surname(self, tok: str, pos: int) -> Person | None:
        """The person, mentioned most recently before ``pos``, whose full name of three or more
        words has ``tok`` after the first word and before the last, and not as a given name:
        the first of two surnames ("Adriana Villaseñor Ruiz" -> "Villaseñor")."""
        if not self._long:
            return None
        key = fold(tok)
        if key in FIRST_NAMES or key in NAME_PARTICLES:
            return None
        best: Person | None = None
        best_pos = -1
        first_after: Person | None = None  # for a headline written before the full name
        for p in self._long:
            if key not in fold(p.canonical):
                continue
            toks = p.canonical.split()
            if is_east_asian_order(toks) or not p.mentions:
                continue
            if any(fold(t) == key for t in toks[1:-1]):
                if p.mentions[0] >= pos:
                    if first_after is None or p.mentions[0] < first_after.mentions[0]:
                        first_after = p
                    continue
                i = _bisect_left(p.mentions, pos)
                if p.mentions[i - 1] > best_pos:
                    best, best_pos = p, p.mentions[i - 1]
        return best or first_after


_RELATIVE_ROLES: Final = frozenset(
    "son daughter wife husband widow widower mother father brother sister grandson granddaughter "
    "grandmother grandfather nephew niece cousin uncle aunt stepson stepdaughter".split()
)


def _narrow_by_title(cands: list[Person], title: str) -> list[Person]:
    """People sharing a family name, narrowed by the title written with it ("dr", "mr", "ms")."""
    gender = HONORIFICS.get(title, "")
    if gender:
        got = [p for p in cands if not p.gender or p.gender == gender]
        if got:
            cands = got
    if len(cands) > 1:
        got = [p for p in cands if title in p.titles]
        if got:
            return got
        if title in _ACADEMIC_REFS:
            got = [p for p in cands if not (p.role and _RELATIVE_ROLES & set(p.role.lower().split()))]
            if got:
                return got
    return cands


_ACADEMIC_REFS: Final = frozenset({"dr", "prof", "professor"})


# ---------------------------------------------------------------------------------------


def _sentence_initial(text: str, para_start: int, pos: int) -> bool:
    j = pos
    while j > para_start and text[j - 1] in " \u00a0":
        j -= 1
    if j <= para_start:
        return True
    c = text[j - 1]
    # "(Reuters) - Seamer Ben Fairweather claimed ...": a dateline's hyphen also opens a sentence
    return c in ".!?:;\"“‘'(—–[" or c == "\x00" or (c == "-" and j - 2 >= para_start and text[j - 2] == " ")


def _after_org_preposition(text: str, para_start: int, start: int) -> bool:
    """"the Commission on | Human Rights said": the run ends an organisation's name, whatever
    verb follows it."""
    if start - para_start < 6 or text[start - 1] != " ":
        return False
    k = text.rfind(" ", para_start, start - 1)
    if k < 0 or text[k + 1:start - 1] not in ("on", "for", "of", "in"):
        return False
    j = max(text.rfind(" ", para_start, k), para_start - 1)
    word = text[j + 1:k]
    return word[:1].isupper() and word.lower() in ORG_CUES


_PLACE_PREPOSITIONS = frozenset("in at near from into outside across to the".split())


def _place_preposition_before(text: str, para_start: int, start: int) -> bool:
    """Is the run written after "in", "at", "near" or "the" ("in Jackson Heights")?"""
    if start - para_start < 3 or text[start - 1] != " ":
        return False
    k = max(text.rfind(" ", para_start, start - 1), para_start - 1)
    return text[k + 1:start - 1].lower() in _PLACE_PREPOSITIONS


def _speech_follows(text: str, end: int, para_end: int) -> bool:
    """Is the name directly followed by a speech verb ("Kang said")?"""
    if text[end:end + 1] not in (" ", "\u00a0"):
        return False  # the pattern opens with a space
    m = _SPEECH_AFTER_RE.match(text, end, para_end)
    return bool(m and m.group(1) in SPEECH_VERBS)


def _lexical_evidence(tokens: list[str], classes: list[str], sent_init: bool, place_before: bool) -> bool:
    first = tokens[0]
    low = fold(first)
    if len(tokens) < 2:
        return False
    if low not in FIRST_NAMES and low in WIDE_FIRST_NAMES:
        # a given name from the long tail is weaker evidence: many are also places ("in Santa
        # Clara", "at Lincoln Elementary") or start organisations' names ("Nevada County")
        return not place_before and all(c in "?n" for c in classes[1:])
    if low in FIRST_NAMES:
        if low in AMBIGUOUS_FIRST_NAMES and (sent_init or classes[1] == "w"):
            return False
        return classes[-1] != "w" or len(tokens) > 2 or low not in AMBIGUOUS_FIRST_NAMES
    if is_east_asian_order(tokens):
        given = tokens[1:]
        if any("-" in g for g in given):
            return True
        if first.lower() in SURNAME_COLLISIONS and all(c == "w" for c in classes[1:]):
            return False
        return any(c == "n" for c in classes[1:])
    if "-" in first and len(tokens) == 2 and tokens[1] in EAST_ASIAN_SURNAMES:
        return True  # "Hyun-ik Hong"
    return False


def find_entities(doc: Doc, spans: list[Span]) -> Entities:
    _RP_CACHE.clear()
    text = doc.text
    ents = Entities()
    q_left = [sp.left for sp in spans]
    q_right = [sp.right for sp in spans]

    def in_quote(pos: int) -> bool:
        i = _bisect_right(q_left, pos) - 1
        return i >= 0 and pos < q_right[i]

    cands: list[_Cand] = []
    single_counts: dict[str, int] = {}
    run_id = 0
    cache = doc.run_cache
    for para in doc.paras:
        if para.skip:
            continue
        ps = para.start
        pos = ps
        # ``findall`` and ``find`` rather than a match object per run: a run can start at any
        # capital, so the first occurrence of a run at or after the previous one's end is it
        runs: list[str] = RUN_RE.findall(text, ps, para.end)  # typed: str methods compile natively
        for run in runs:
            rs = text.find(run, pos)
            pos = rs + len(run)
            midword = rs > ps and (text[rs - 1].isalnum() or text[rs - 1] in "’'-.")
            if midword:
                if " " not in run:
                    continue  # a capital inside a word: "iPhone"
                key = (run, True, True)
            else:
                # the plan depends on the sentence start only if the first word could be dropped there
                entry = cache.get(run)
                if entry is None:
                    entry = cache[run] = _run_entry(run.split(" ", 1)[0], doc) or _occupation_run(run)
                key = (run, entry and _sentence_initial(text, ps, rs), False)
            plans: list[_Plan] | None = cache.get(key)
            if plans is None:
                plans = _STATIC_PLANS.get(key)
                if plans is None:
                    plans = _cached_plan(doc, key)
                cache[key] = plans
            if not plans or rs < ents.org_extent:
                continue
            for countries, orgs, names in plans:
                run_id += 1
                for a, b, canon in countries:
                    s0 = rs + a
                    c = ents.countries.get(canon)
                    if c is None:
                        c = ents.countries[canon] = Country(canon, s0)
                    c.mentions.append(s0)
                    ents.mentions.append(Mention(s0, rs + b, s0, "country", c, in_quote=in_quote(s0),
                                                 surface=text[s0:rs + b]))
                for a, b, name, agency in orgs:
                    _add_org(ents, name, rs + a, rs + b, agency, in_quote, text)
                for a, b, toks, title_in_run, honorific, possessive, coord in names:
                    if len(toks) == 1:
                        single_counts[toks[0]] = single_counts.get(toks[0], 0) + 1
                    cands.append(_Cand(rs + a, rs + b, list(toks), para, title_in_run, honorific, possessive,
                                       para.titlecase, run_id, coord))
    _register_people(doc, ents, cands, single_counts, in_quote)
    _roles_from_predicates(ents, text)
    ents.finish()
    return ents


def _short_company_name(ents: Entities, key: str) -> Org | None:
    """The organisation already met whose name is ``key`` (folded) and a company suffix."""
    for k, org in ents.orgs.items():
        if k.startswith(key) and k[len(key):].strip() in COMPANY_SUFFIXES:
            return org
    return None


# a word right before a name that may be a country's: "China's", "Chinese", "the U.S."
_CAPITALISED_WORD_BEFORE_RE: Final = re.compile(r"(?<![\w.’'\-])(?!The\s)[A-Z][\w.’'\-]*(?:’s|'s)?\s+(?:the\s+)?$")


def _without_its_country(ents: Entities, key: str) -> Org | None:
    """The organisation already met whose name is ``key`` (folded) after its country's word:
    "the Red Cross" after "the Philippine Red Cross"."""
    if " " not in key:
        return None  # a bare "Commission" or "Police" is no name of its own
    for k, org in ents.orgs.items():
        if k.endswith(" " + key) and all(w in _COUNTRY_WORDS for w in k[:-len(key) - 1].split()):
            return org
    return None


def _names_an_organisation(role: str | None) -> bool:
    """"Janmat Insights, a polling firm": an appositive that says what an organisation is."""
    last = (role or "").lower().split()[-1:] or [""]
    return last[0] in ORG_CUES or last[0] in _ORG_KIND_NOUNS


_ORG_KIND_NOUNS: Final = frozenset(
    "firm firms company companies consultancy developer startup chain brand broker brokerage "
    "insurer lender retailer carrier operator utility charity nonprofit charity think-tank".split())
_WHO_FOLLOWS_RE: Final = re.compile(r",?\s+who(?:se)?\s")
_PLACE_PREFIX_ENDINGS: Final = ("-based", "-headquartered", "-listed", "-owned", "-backed", "-registered")
_ACRONYM_AFTER_RE: Final = re.compile(r"\s*\(([A-Z][A-Za-z&.\-]{1,9})\)")


def _portfolio_word(word: str) -> bool:
    """Can the word name a ministry's portfolio ("Communities", "Local Government")?  Not a
    name: "the Ministry of Defence, Lockheed Martin and Boeing" lists three bodies."""
    low = word.lower()
    return low == "and" or low in TITLE_WORDS or low in COMMON_WORDS or low in ORG_CUES or is_abstract_noun(low)


_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")
_DEPARTMENT_HEADS: Final = ("Ministry of ", "Ministry for ", "Department of ", "Department for ", "Office of ",
                            "Office for ", "Secretariat of ", "Secretary of State for ")
# the rest of a department's list of portfolios: ", Communities and Local Government",
# ", Culture, Media and Sport" (each portfolio capitalised, the last after "and")
_PORTFOLIOS_RE: Final = re.compile(
    r"(?:, [A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+)?)*,? and "
    r"[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+)?(?![\w’'\-])")


def _add_org(ents: Entities, name: str, s: int, e: int, agency: bool, in_quote, text: str) -> None:
    if name.lower().startswith("the "):
        name = name[4:]
        s += 4
    first, _, rest = name.partition(" ")
    if rest and first.endswith(_PLACE_PREFIX_ENDINGS):
        name = rest  # "Piraeus-based Thalassa Tankers": where it is, not what it is called
        s += len(first) + 1
    written = text[s:e]
    if written != name and written.replace("'", "").replace("’", "").split() == name.split():
        name = written  # a possessive inside the name stays as written: "European Farmers' Alliance"
    if text[e:e + 2] == ", " and name.startswith(_DEPARTMENT_HEADS):
        listed = _PORTFOLIOS_RE.match(text, e)
        if listed is not None and all(_portfolio_word(w) for w in _LETTERS_RE.findall(listed.group())):
            # "the Ministry of Housing, Communities and Local Government": one department
            # whose name lists its portfolios, not a ministry and a second body
            e = listed.end()
            name = text[s:e]
            ents.org_extent = e
            ents.joined_commas.extend(i for i in range(s, e) if text[i] == ",")
    key = fold(name)
    org = ents.orgs.get(key) or ents.org_aliases.get(key) or _short_company_name(ents, key)
    if org is None:
        org = _without_its_country(ents, key)
        if org is not None and _CAPITALISED_WORD_BEFORE_RE.search(text, max(0, s - 40), s):
            org = None  # "China's Ministry of Foreign Affairs" is not South Korea's
        elif org is not None:
            org.aliases[name] = None
    if org is None:
        org = ents.orgs[key] = Org(name, s, agency=agency)
    org.mentions.append(s)
    short = _ACRONYM_AFTER_RE.match(text, e) if text[e:e + 1] == "(" or text[e:e + 1].isspace() else None
    if short and fold(short.group(1)) not in ents.orgs:
        org.aliases[short.group(1)] = None
        ents.org_aliases[fold(short.group(1))] = org
    ents.mentions.append(Mention(s, e, s, "org", org, in_quote=in_quote(s), surface=name))


def _register_people(doc: Doc, ents: Entities, cands: list[_Cand], single_counts: dict[str, int], in_quote) -> None:
    text = doc.text
    accepted: list[tuple[_Cand, str | None, str | None, str]] = []
    aff: str | None
    pending: list[_Cand] = []
    accepted_runs: set[int] = set()
    for c in cands:
        if c.honorific is None and not c.title_in_run and _after_org_preposition(text, c.para.start, c.start):
            continue  # "the Commission on | Human Rights", "the Institute for | Fiscal Studies"
        if len(c.tokens) < 2:
            pending.append(c)
            continue
        company = _short_company_name(ents, fold(" ".join(c.tokens))) \
            if c.honorific is None and not c.title_in_run else None
        if company is not None:
            # "Nkana Ridge Copper said" after "Nkana Ridge Copper Ltd": the company, not a person
            company.mentions.append(c.start)
            ents.mentions.append(Mention(c.start, c.end, c.start, "org", company, in_quote=in_quote(c.start),
                                         surface=" ".join(c.tokens)))
            continue
        known = ents.find_same(" ".join(c.tokens))
        if known is not None and not known.role_weak:
            # a person already met, whose role is known: just another mention
            accepted_runs.add(c.run_id)
            accepted.append((c, None, None, ""))
            _note_mention(ents, known, c, None, None, c.honorific or "", text, in_quote,
                          alias=" ".join(c.tokens) != known.canonical)
            continue
        role, aff, gender, has_title = _role_prefix(text, c.para.start, c.start)
        ok = has_title or c.title_in_run or c.honorific is not None
        if not role:
            r2, a2, found = parse_appositive(text, c.end + (2 if c.possessive else 0), c.para.end) if not c.possessive else (None, None, False)
            if found and not _names_an_organisation(r2):
                role, aff = r2, a2 or aff
                ok = True
        else:
            r2, a2, found = parse_appositive(text, c.end, c.para.end) if not c.possessive else (None, None, False)
            if found:
                ok = True
                if r2 and role.lower().rstrip(".") in _ACADEMIC_TITLES:
                    role, aff = r2, a2 or aff  # "Prof Sir X, NHS England's medical director"
                elif a2 and not aff:
                    aff = a2
        if not ok or not role:
            # ("The Transport Secretary, Helen Carrow, said": the role also of a known name)
            r3, a3 = _reverse_appositive(text, c.para.start, c.start)
            if r3:
                role, aff, ok = r3, a3 or aff, True
        if not aff and not c.possessive:
            aff = _of_affiliation(text, c.end, c.para.end)
            if aff and not ok and not c.titlecase:
                # "Marta Quintero of the University of Valencia": a name-like pair with an
                # organisation of its own is a person
                ok = all(_classify(t, doc) in "ni" for t in c.tokens)
        if not ok and _speech_follows(text, c.end, c.para.end):
            ok = True
        if not ok and not c.titlecase and 2 <= len(c.tokens) <= 4 and _AGE_APPOS_RE.match(text, c.end, c.para.end):
            ok = True  # "Clement Rousseau, 38, who grows cereals": an age is said of a person
        if not ok and not c.titlecase and 2 <= len(c.tokens) <= 3 \
                and (text[c.end:c.end + 1] == "," or text[c.end:c.end + 1].isspace()) and _WHO_FOLLOWS_RE.match(text, c.end) \
                and all(_classify(t, doc) == "n" for t in c.tokens):
            ok = True  # "Lupe Ramirez, who lives with her sons ...": "who" is said of people
        if not ok and not c.titlecase:
            cls = [_classify(t, doc) for t in c.tokens]
            ok = _lexical_evidence(c.tokens, cls, _sentence_initial(text, c.para.start, c.start),
                                   _place_preposition_before(text, c.para.start, c.start))
        if not ok:
            # a known person under this spelling, or a variant of one
            ok = ents.find_same(" ".join(c.tokens)) is not None
        if ok:
            accepted_runs.add(c.run_id)
            accepted.append((c, role, aff, gender or c.honorific or ""))
            _add_person_mention(ents, c, role, aff, gender or c.honorific or "", text, in_quote)
        else:
            pending.append(c)
    # a plural role before a list is everyone's: "his counterparts, A and B"
    shared: dict[int, str] = {}
    for c, role, aff, _g in accepted:
        if c.coord and role and role.lower() in ("counterpart",):
            shared.setdefault(c.run_id, role)
    for c, role, aff, _g in accepted:
        if c.coord and c.run_id in shared and not role:
            p = ents.find_same(" ".join(c.tokens))
            if p is not None:
                p.note_role(shared[c.run_id], None)
    # names listed with an accepted person ("Takehiro Funakoshi and Nong Rong")
    rest: list[_Cand] = []
    for c in pending:
        if len(c.tokens) >= 2 and c.coord and c.run_id in accepted_runs and not c.titlecase:
            cls = [_classify(t, doc) for t in c.tokens]
            if all(x == "n" or x == "i" for x in cls) and len(c.tokens) <= 3:
                partner = next((a for a in accepted if a[0].run_id == c.run_id), None)
                role = partner[1] if partner else None
                aff = None
                _add_person_mention(ents, c, role if role and role.lower() in ("counterpart",) else None, aff, "", text, in_quote)
                continue
        rest.append(c)
    # a full name without evidence of its own, later used alone as a speaker or with a title
    # ("Phil Foden's strike ... Foden, 23, said"): the short form vouches for the full one
    unaccepted = [c for c in rest if len(c.tokens) >= 2 and not c.titlecase]
    if unaccepted:
        promoted: set[int] = set()
        for c in rest:
            if len(c.tokens) != 1 or ents.person_by_family(c.tokens[0], c.start) is not None:
                continue
            tok = c.tokens[0]
            if not (c.honorific is not None or c.title_in_run or _speech_follows(text, c.end, c.para.end)
                    or parse_appositive(text, c.end, c.para.end)[2]
                    or _role_prefix(text, c.para.start, c.start)[3]):
                continue
            for m in unaccepted:
                if id(m) in promoted or m.start > c.start:
                    continue
                if split_name(" ".join(m.tokens))[0] == tok and all(_classify(t, doc) in "nwi" for t in m.tokens):
                    promoted.add(id(m))
                    _add_person_mention(ents, m, None, None, m.honorific or "", text, in_quote)
        rest = [c for c in rest if id(c) not in promoted]
    # short references: "Kang", "Professor Kang", "President Yoon"
    given_index: dict[str, list[Person]] | None = None
    first_full = min((p.first_pos for p in ents.persons if p.has_full and " " in p.canonical), default=len(text))
    for c in rest:
        if len(c.tokens) == 1:
            tok = c.tokens[0]
            title = _title_before(text, c.para.start, c.start) if (c.honorific is not None or c.title_in_run) else ""
            p = None
            if title in _GIVEN_NAME_TITLES:
                # "Sir Edward" for "Sir Edward Hale", "Prince Khalid" for "Prince Khalid bin Nasser"
                p = _by_given_name(ents, tok, c.start, title)
            if p is None:
                p = ents.person_by_family(tok, c.start, title)
            if p is None and not title and c.start > first_full:
                if given_index is None:
                    given_index = _given_name_index(ents)
                p = _by_unique_given_name(given_index, tok, c.start)
            role, aff, gender, has_title = _role_prefix(text, c.para.start, c.start)
            if p is None:
                low = tok.lower()
                lexical = (
                    tok in EAST_ASIAN_SURNAMES and low not in SURNAME_COLLISIONS
                    and low not in COMMON_WORDS and single_counts.get(tok, 0) >= 2
                )
                if _classify(tok, doc) != "n":
                    continue
                if not (has_title or c.honorific is not None or c.title_in_run or lexical
                        or _single_name_appositive(text, c, tok)):
                    continue
                p = _new_person(ents, tok, c.start)
                p.has_full = False
            _note_mention(ents, p, c, role, aff, gender or c.honorific or "", text, in_quote, alias=True)
        else:
            # unaccepted multi-token name: accept only as a known person's variant
            name = " ".join(c.tokens)
            p = ents.find_same(name)
            if p is not None:
                _note_mention(ents, p, c, None, None, "", text, in_quote, alias=name != p.canonical)


# an age after a name: ", 58," / ", 58)" / ", a 58-year-old ..."
_AGE_APPOS_RE: Final = re.compile(r",[ \u00a0]*(?:\d{1,3}[ \u00a0]*[,)]|(?:a|an)[ \u00a0]+\d{1,3}-year-old\b)")


# the opening of an appositive that may describe a person: an age, an article, a lower-case word
_APPOS_OPEN_RE: Final = re.compile(r",[ \u00a0]*(?:\d|an?[ \u00a0]|the[ \u00a0]|[a-z])")


def _single_name_appositive(text: str, c: _Cand, tok: str) -> bool:
    """"Lakshmamma, 58, said", "Sutrisno, a fisherman in Demak, said": a person known by one
    name (as many are in Indian, Indonesian or Brazilian reporting), told by an appositive
    with an age or a role noun; never a country, a capital or a place word."""
    if text[c.end:c.end + 1] != "," or not _APPOS_OPEN_RE.match(text, c.end, c.para.end) or c.possessive or c.titlecase or tok.isupper():
        return False
    low = fold(tok)
    if low in COUNTRY_FIRST_TOKENS or tok in CAPITALS or low in NON_PERSON_CUES or low in COMMON_WORDS:
        return False
    if _place_preposition_before(text, c.para.start, c.start):
        return False  # "a widow from Macclesfield, 81, said": the age is the widow's
    if _AGE_APPOS_RE.match(text, c.end, c.para.end):
        return True
    role, _aff, found = parse_appositive(text, c.end, c.para.end)
    if not found or not role:
        return False
    head = role.split()[-1].lower().strip(",.")
    return head in ROLE_NOUNS and head not in _FAMILY_ROLES


def _by_given_name(ents: Entities, tok: str, pos: int, title: str) -> Person | None:
    """A knight, dame or royal called by title and given name: "Sir Edward" is "Sir Edward
    Hale", "Sheikh Mohammed" is "Sheikh Mohammed bin Zayed", when so titled before."""
    for p in ents.persons:
        toks = p.canonical.split()
        if len(toks) >= 2 and toks[0] == tok and p.has_full and p.first_pos < pos and title in p.titles:
            return p
    return None


# titles written with a given name rather than a family name
_GIVEN_NAME_TITLES: Final = frozenset("sir dame prince princess sheikh sheikha sheik emir king queen sultan".split())


def _given_name_index(ents: Entities) -> dict[str, list[Person]]:
    """People introduced in full, by their folded given name (first word); East-Asian names,
    whose first word is the family name, left out."""
    out: dict[str, list[Person]] = {}
    for p in ents.persons:
        toks = p.canonical.split()
        if len(toks) >= 2 and p.has_full and p.family != toks[0]:
            out.setdefault(fold(toks[0]), []).append(p)
    return out


def _by_unique_given_name(index: dict[str, list[Person]], tok: str, pos: int) -> Person | None:
    """"Khalid said" for "Khalid bin Nasser", "Sarah said" for "Sarah Okonkwo": a given name
    alone is the one person introduced earlier with it, when no one else in the article has it,
    and only for a known given name or a name with a patronymic ("bin", "ibn", "al-")."""
    got = index.get(fold(tok))
    if not got or len(got) > 1:
        return None  # nobody, or two people with this given name: no telling which
    found = got[0]
    low = fold(tok)
    if found.first_pos >= pos or low in COMMON_WORDS:
        return None
    if low in FIRST_NAMES or any(t.lower() in _PATRONYMIC or t.lower().startswith(("al-", "el-"))
                                    for t in found.canonical.split()[1:]):
        return found
    return None


def _new_person(ents: Entities, name: str, pos: int) -> Person:
    fam, _ = split_name(name)
    p = Person(name, identity_key(name), fam, pos)
    ents.add_person(p)
    return p


def _add_person_mention(ents: Entities, c: _Cand, role: str | None, aff: str | None, gender: str, text: str,
                        in_quote: Any) -> None:
    name = " ".join(c.tokens)
    name = text[c.start:c.end] if len(text[c.start:c.end].split()) == len(c.tokens) else name
    target = ents.find_same(name)
    if target is None:
        # a full name for someone first met by family name only ("Yoon" ... "Yoon Suk-yeol")
        fam, _ = split_name(name)
        toks = name.split()
        # "Vargas" ... "Laura Vargas Quesada": a Spanish name's first surname is the one used alone
        inner = toks[1] if len(toks) == 3 and not is_east_asian_order(toks) else None
        for p in ents.persons:
            if not p.has_full and (p.family == fam or p.family == inner):
                p.canonical = name
                p.key = identity_key(name)
                ents._fam_cache.clear()
                if name.count(" ") >= 2:
                    ents._long.append(p)
                p.has_full = True
                target = p
                break
    if target is None:
        target = _new_person(ents, name, c.start)
    alias = name != target.canonical
    _note_mention(ents, target, c, role, aff, gender, text, in_quote, alias=alias)


def _note_mention(ents: Entities, p: Person, c: _Cand, role: str | None, aff: str | None, gender: str, text: str,
                  in_quote: Any, alias: bool) -> None:
    surface = text[c.start:c.end]
    if c.honorific is not None or c.title_in_run:
        title = _title_before(text, c.para.start, c.start)
        if title:
            p.titles.add(title)
    if role or aff:
        p.note_role(role, aff)
    if gender and not p.gender:
        p.gender = gender
    if not p.gender:
        p.gender = _gender_of_name(p.canonical)
    if alias:
        if len(c.tokens) == 1:
            r, _, _, has_title = _role_prefix(text, c.para.start, c.start)
            pre = _title_words_before(text, c.para.start, c.start)
            p.aliases[(pre + " " + surface).strip() if pre else surface] = None
        else:
            p.aliases[surface] = None
    _insort(p.mentions, c.start)
    outer = _outer_start(text, c.para.start, c.start)
    subj = not c.possessive and _subject_position(text, c.para.start, outer)
    start = c.start
    if len(c.tokens) > 1 and c.tokens[0].endswith(".") and _NAME_INITIALS_RE.fullmatch(c.tokens[0]):
        # "A. Selvaraj": the mention starts at the family name, so that a speaker read as
        # "Selvaraj" (the initial cut off as a sentence end) still lies within it; the
        # initials count as written before the name
        k = 0
        while k < len(c.tokens) - 1 and _NAME_INITIALS_RE.fullmatch(c.tokens[k]):
            k += 1
        at = text.find(c.tokens[k], c.start, c.end)
        if at > 0:
            start = at
            outer = min(outer, c.start)
    ents.mentions.append(Mention(start, c.end, outer, "person", p, subj=subj, in_quote=in_quote(c.start),
                                 surface=surface))


def _outer_start(text: str, para_start: int, start: int) -> int:
    return _role_prefix_full(text, para_start, start)[4]


def _subject_position(text: str, para_start: int, outer: int) -> bool:
    """Is a name at ``outer`` the subject of its clause (sentence start, after an
    introductory comma, or after a short modifier phrase such as "Liverpool boss")?"""
    j = outer
    while j > para_start and text[j - 1] in " \u00a0":
        j -= 1
    if j <= para_start or text[j - 1] in ".!?\"”’:;\x00,":
        return True
    lo = max(para_start, j - 60)
    seg = text[lo:j]
    if seg.endswith(" and"):
        seg = seg[:-4]  # "Senator X and Representative Y met ...": both are subjects
    k = max(seg.rfind(". "), seg.rfind(", "), seg.rfind("\" "), seg.rfind("” "))
    if k < 0 and lo > para_start:
        return False
    words = seg[k + 1:].split() if k >= 0 else seg.split()
    if not words or len(words) > 4:
        return False
    head = text[outer:outer + 40].split(None, 1)[0].lower() if outer < len(text) else ""
    if len(words) <= 2 and (head in ROLE_NOUNS or head in SOURCE_NOUNS) \
            and all(w.isalpha() and w.islower() for w in words):
        return True  # "taxi driver Efraín Torres", "retired teacher Ann Lee" opening a clause
    for w in words:
        low = strip_possessive(w).lower()
        if w[:1].isupper() or low in ROLE_NOUNS or low in TITLE_WORDS or low in SOURCE_NOUNS \
                or low in ("the", "former", "veteran", "top", "senior"):
            continue
        return False
    return True
