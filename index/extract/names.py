"""Person names: shape tests, surname/given split, variant-spelling keys, corpus identity.

A name is a short sequence of capitalised tokens ("Kang Jun-young", "Han Duck Soo",
"Sergei Lavrov", "Ursula von der Leyen").  Romanised Korean and Chinese names put the
family name first; a hyphenated given name written first ("Hyun-ik Hong") flips that.
Two spellings of one person ("Cho Tae-yul" / "Cho Tae-yeol", "Sergei" / "Sergey Lavrov")
share a family name and have given names whose romanisation skeletons agree.  Within an
article a family name written alone answers to a person's with or without the Arabic article
("Hamdi" for "al-Hamdi") and under another transliteration ("Zelensky" for "Zelenskiy").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from . import lexicon as lx

# The lexicon's word lists, bound as Final names: mypyc compiles a Final name to a C static,
# where ``lx.NAME`` is a module attribute lookup at every use.
AMBIGUOUS_FIRST_NAMES: Final = lx.AMBIGUOUS_FIRST_NAMES
EAST_ASIAN_SURNAMES: Final = lx.EAST_ASIAN_SURNAMES
FEMALE_FIRST_NAMES: Final = lx.FEMALE_FIRST_NAMES
FIRST_NAMES: Final = lx.FIRST_NAMES
JAPANESE_GIVEN: Final = lx.JAPANESE_GIVEN
JAPANESE_GIVEN_ENDINGS: Final = lx.JAPANESE_GIVEN_ENDINGS
JAPANESE_SURNAMES: Final = lx.JAPANESE_SURNAMES
JAPANESE_SURNAME_ENDINGS: Final = lx.JAPANESE_SURNAME_ENDINGS
MALE_FIRST_NAMES: Final = lx.MALE_FIRST_NAMES
NAME_PARTICLES: Final = lx.NAME_PARTICLES
VIETNAMESE_SURNAMES: Final = lx.VIETNAMESE_SURNAMES



def strip_possessive(tok: str) -> str:
    """"Russia’s" -> "Russia", "countries'" -> "countries"."""
    last = tok[-1:]
    if last == "s" or last == "S":
        if len(tok) > 2 and tok[-2] in "’'":
            return tok[:-2]
        return tok
    if last == "’" or last == "'":
        return tok[:-1]
    return tok


def is_possessive(tok: str) -> bool:
    last = tok[-1:]
    if last == "s":
        return len(tok) > 2 and tok[-2] in "’'"
    return last == "’" or last == "'"


def upper_initial(s: str) -> bool:
    """``s[:1].isupper()``.  In compiled code ``isupper`` and ``isalpha`` are generic method
    calls; an ASCII character is told by its code instead."""
    if not s:
        return False
    o = ord(s[0])
    if o < 128:
        return 65 <= o <= 90
    return s[0].isupper()


def is_letter(c: str) -> bool:
    """``c.isalpha()`` for one character (see ``upper_initial``)."""
    o = ord(c)
    if o < 128:
        return 65 <= o <= 90 or 97 <= o <= 122
    return c.isalpha()


def is_abstract_noun(low: str) -> bool:
    """Is the lower-case word an abstract noun that no personal name is ("enforcement",
    "protection", "partnership")?  Told by its ending; given names with such an ending
    ("Clement") are looked up before this is asked."""
    n = len(low)
    return n >= 7 and (low.endswith(_ABSTRACT_ENDINGS) or (n >= 10 and low.endswith("ment")))


# endings of English abstract nouns that are no family names ("-ence" and "-ity" are left
# out: Lawrence, Florence, Trinity; "-ment" only in long words: Clement, Godement, Lallement)
_ABSTRACT_ENDINGS: Final = ("tion", "sion", "ship", "ism", "ology")


def fold(s: str) -> str:
    """Lower-case, accents removed."""
    # asked for the same few names again and again: a dict look-up is cheaper than even
    # ``isascii`` (a generic method call in compiled code)
    got = _FOLDED.get(s)
    if got is None:
        got = s.lower() if s.isascii() else _fold_slow(s)
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        _FOLDED[s] = got
    return got


_FOLDED: Final[dict[str, str]] = {}


@lru_cache(maxsize=8192)
def _fold_slow(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def is_east_asian_order(tokens: list[str]) -> bool:
    """True when the family name comes first ("Kim Jong-un", "Xi Jinping", "Han Duck Soo",
    "Kishida Fumio")."""
    if len(tokens) < 2 or len(tokens) > 3:
        return False
    first = tokens[0]
    if first not in EAST_ASIAN_SURNAMES:
        return len(tokens) == 2 and is_japanese_order(first, tokens[1])
    if "-" in first:
        return False
    rest = tokens[1:]
    if any("-" in t for t in rest):
        return True
    if len(tokens) == 3 and all(_ROMAN_SYLLABLE_RE.fullmatch(t.lower()) for t in rest):
        return True  # "Chua Wei Liang", "Park Ji Sung": a given name of two syllables
    low = rest[0].lower()
    if low in FIRST_NAMES and low not in AMBIGUOUS_FIRST_NAMES:
        return False  # "Lee Anderson", "Chang Smith"
    if len(tokens) == 3:
        return all(len(t) <= 6 for t in rest)
    return True


# one romanised Chinese or Korean syllable: an initial, one group of vowels, a final ("wei",
# "liang", "hsien", "sung"); Western given names have more ("harvey", "oswald")
_ROMAN_SYLLABLE_RE: Final = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|h|k|p|t|m)?")


@lru_cache(maxsize=8192)
def is_japanese_order(first: str, second: str) -> bool:
    """"Moriyama Sachiko", "Abe Kenji": a Japanese family name, then a given name.  The family
    name is a common one or has an ending no given name has ("-yama", "-kawa"); the given name
    is a known one or has a given name's ending ("-ko", "-shi", "-suke").  "Kenji Abe" and
    "Sachiko Moriyama", in the Western order, are not."""
    f = first.lower()
    if not f.isalpha() or not second.isalpha():
        return False
    if f not in JAPANESE_SURNAMES and not (
            len(f) >= 5 and f.endswith(JAPANESE_SURNAME_ENDINGS) and f not in FIRST_NAMES):
        return False
    g = second.lower()
    if g in JAPANESE_SURNAMES and japanese_given_gender(f) is not None:
        return False  # both could be either: "Kenji Abe" read as written
    return japanese_given_gender(g) is not None


@lru_cache(maxsize=4096)
def japanese_given_gender(given: str) -> str | None:
    """"m", "f" or "" (either) for a Japanese given name, None when it does not look like one."""
    g = given.lower()
    got = JAPANESE_GIVEN.get(g)
    if got is not None:
        return got
    if len(g) < 4 or g[-1] not in "aeiou":
        return None
    for end, gender in JAPANESE_GIVEN_ENDINGS:
        if g.endswith(end):
            if (end in ("ki", "ya") and len(g) < 5) or (end == "shi" and len(g) < 6):
                return None
            if end == "hiko" and g[-5:-4] not in ("a", "i", "u", "e", "o"):
                return "f"  # "Sachiko", "Yoshiko", "Michiko": "-ko" after "ch", "sh"
            return gender
    return None


@lru_cache(maxsize=8192)
def split_name(name: str) -> tuple[str, str]:
    """(family name, given names) of a canonical person name."""
    tokens = [t for t in name.split() if fold(t).rstrip(".") not in {"jr", "sr", "ii", "iii", "iv"}]
    if not tokens:
        return name, ""
    if len(tokens) == 1:
        return tokens[0], ""
    if is_east_asian_order(tokens):
        return tokens[0], " ".join(tokens[1:])
    if "-" in tokens[0] and len(tokens) == 2 and tokens[1] in EAST_ASIAN_SURNAMES:
        return tokens[1], tokens[0]  # "Hyun-ik Hong"
    # keep particles with the family name: "von der Leyen", "da Silva"
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in NAME_PARTICLES:
        i -= 1
    return " ".join(tokens[i:]), " ".join(tokens[:i])


_SKELETON_RULES: Final = (
    ("eo", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("ae", "e"), ("ck", "k"),
    ("ks", "x"), ("ph", "f"), ("kh", "h"), ("yi", "i"), ("ie", "i"),
)


_NOT_AZ_RE: Final = re.compile(r"[^a-z]")  # compiled once: ``re.sub`` looks its pattern up per call


@lru_cache(maxsize=4096)
def skeleton(s: str) -> str:
    """A romanisation-insensitive key for a given name: "Tae-yeol" == "Tae-yul"."""
    s = _NOT_AZ_RE.sub("", fold(s))
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    if s.endswith("y"):
        s = s[:-1] + "i"  # Sergey / Sergei, Dmitry / Dmitri
    return s


@lru_cache(maxsize=8192)
def identity_key(name: str) -> tuple[str, str]:
    fam, given = split_name(name)
    return skeleton(fam), skeleton(given)


@lru_cache(maxsize=16384)
def same_person_name(a: str, b: str) -> bool:
    """Do two full names denote one person under variant spelling?"""
    fa, ga = identity_key(a)
    fb, gb = identity_key(b)
    if fa != fb:
        return False
    return given_names_match(ga, gb)


def given_names_match(ga: str, gb: str) -> bool:
    if ga == gb:
        return True
    if not ga or not gb:
        return False
    if ga[0] != gb[0]:
        return False
    if ratio(ga, gb) >= 88:
        return True
    # one edit in a short name is a spelling variant only if the names are long enough
    return min(len(ga), len(gb)) >= 6 and Levenshtein.distance(ga, gb) <= 1


def resolve_identities(names: Iterable[str]) -> dict[str, str]:
    """Canonical person names across a corpus -> a person_id shared by variant spellings.

    The id is the slug of the first-seen spelling of each person.  Names are grouped by
    family name, then merged when their given names agree under ``skeleton`` (or differ by
    a small edit): "Cho Tae-yul"/"Cho Tae-yeol", "Sergei"/"Sergey Lavrov" and
    "Chung Byung Won"/"Chung Byung-won" merge; "Kim Hong-kyun", "Kim Jong-un" and
    "Kim Il-kuk" stay apart.  A bare family name ("Yoon") keeps its own id.
    """
    out: dict[str, str] = {}
    # Only given names with the same initial can match (given_names_match), so each family
    # keeps its spellings by initial, in first-seen order: the first that matches wins, as
    # in one list, without comparing every pair of a common family name's bearers.
    by_initial: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (family, initial) -> [(given, id)]
    taken: dict[str, set[str]] = {}  # family key -> ids given out
    for name in names:
        if name in out:
            continue
        fam, given = identity_key(name)
        spellings = by_initial.setdefault((fam, given[:1]), [])
        pid = next(
            (ident for g, ident in spellings if g == given or (given and given_names_match(g, given))),
            None,
        )
        if pid is None:
            ids = taken.setdefault(fam, set())
            pid = slug(name) or "person"
            if pid in ids:
                n = 2
                while f"{pid}-{n}" in ids:
                    n += 1
                pid = f"{pid}-{n}"
            ids.add(pid)
            spellings.append((given, pid))
        out[name] = pid
    return out


def gender_of_first(tok: str) -> str:
    low = fold(tok)
    if low not in MALE_FIRST_NAMES and low not in FEMALE_FIRST_NAMES and "-" in low:
        low = low.split("-", 1)[0]  # "Anne-Sophie", "Karl-Heinz"
    if low in MALE_FIRST_NAMES and low not in FEMALE_FIRST_NAMES:
        return "m"
    if low in FEMALE_FIRST_NAMES and low not in MALE_FIRST_NAMES:
        return "f"
    if low in lx.MALE_FIRST_NAMES or low in lx.FEMALE_FIRST_NAMES:
        return ""
    return lx.GIVEN_NAME_GENDER.get(low, "")


@lru_cache(maxsize=8192)
def _gender_of_name(name: str) -> str:
    """The gender a full name's given name suggests ("" when unknown or family name first);
    asked again at every mention of a person whose gender is still unknown."""
    full = name.split()
    if len(full) == 2 and full[0].isalpha() and full[1].isalpha():
        # a Japanese name either way round: the given name's ending tells ("Moriyama
        # Sachiko", "Sachiko Moriyama"), where it is a Japanese given name
        if is_japanese_order(full[0], full[1]):
            return japanese_given_gender(full[1]) or ""
        if is_japanese_order(full[1], full[0]):
            return japanese_given_gender(full[0]) or ""
    if len(full) > 1 and not is_east_asian_order(full):
        return gender_of_first(full[0])
    return ""


def _vietnamese_given(canonical: str) -> str | None:
    """The folded given name (last word) of a Vietnamese full name, else None."""
    if canonical in _VIET_GIVEN:
        return _VIET_GIVEN[canonical]
    toks = canonical.split()
    got = fold(toks[-1]) if len(toks) >= 2 and fold(toks[0]) in VIETNAMESE_SURNAMES else None
    if len(_VIET_GIVEN) > 100_000:
        _VIET_GIVEN.clear()
    _VIET_GIVEN[canonical] = got
    return got


_VIET_GIVEN: Final[dict[str, str | None]] = {}


def _families_match(person_family: str, family: str) -> bool:
    """``_family_matches(person_family, family)``, whose answer for nearly every pair an
    article asks about is "no": told here without the cache (and its miss) when neither
    name can end the other, even without the Arabic article, and no spelling variant is
    possible (same initial, six letters or more)."""
    if person_family == family:
        return True
    if person_family.endswith(family) or person_family[-1:].isspace() or (
            family and person_family[:1] == family[:1] and min(len(person_family), len(family)) >= 6):
        return _family_matches(person_family, family)
    a, b = _article_free(person_family), _article_free(family)
    if a == b or a.endswith(b) or a[-1:].isspace():
        return _family_matches(person_family, family)
    return False


@lru_cache(maxsize=65536)
def _family_matches(person_family: str, family: str) -> bool:
    """Does a person with the family name ``person_family`` answer to ``family``?  Asked for
    every person against every family name an article uses, so remembered.  The Arabic
    article is written either case, or left out: "al-Hamdi" / "Al-Hamdi" / "Hamdi"."""
    # (a last word equal to ``family`` is a suffix of the name: ``endswith`` first spares
    # splitting the name of nearly every pair asked about)
    if person_family == family or bool(person_family and person_family.endswith(family)
                                       and person_family.split()[-1] == family):
        return True
    a, b = _article_free(person_family), _article_free(family)
    if a == b or (a and a.endswith(b) and a.split()[-1] == b):
        return True
    return _family_variant(person_family, family)


def _article_free(family: str) -> str:
    low = fold(family)
    if low.startswith("al-") or low.startswith("el-"):
        return low[3:]
    return low


def _family_variant(a: str, b: str) -> bool:
    """"Zelenskiy" / "Zelensky": one family name under two transliterations."""
    if not a or not b or a[0] != b[0] or min(len(a), len(b)) < 6:
        return False
    return skeleton(a) == skeleton(b) or Levenshtein.distance(skeleton(a), skeleton(b)) <= 1
