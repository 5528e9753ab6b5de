"""Who a noun phrase in a speaker's slot names.

The attribution rules (``attribution.py``) find the phrase before or after a speech verb
("the official", "he", "the company"); ``SpeakerResolver.resolve`` says whom it names, as of
where it is written.  ``Attributor`` is a ``SpeakerResolver``, so the rules and the look-ups
share the article, its quotes and the salience events pronouns are resolved against (each
attributed quote is one, for its speaker).

Speakers are resolved through the article's entities: a person's canonical name; a pronoun
to the most recent compatible person or source; "the president" to the person with that
role; an organisation, country or capital by its name as written; any other source
("a senior government official") by the phrase as written, leading article lower-cased.
A definite back-reference ("the official", "the analyst", "the spokesperson") is the source
first written as "a senior ... official" (unless a named person with that role came since);
joint speakers ("A and B said", "said A and B") are attributed to the first named; "the
company said" / "the bank said" to the institution named shortly before, as first written
("the Bank of Canada", "Taiwan's defence ministry").

Speakers' categories come from ``categories.py``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from . import lexicon as lx
from .categories import (
    _desc_category,
    _org_category,
    person_category,
)
from .doc import Doc, sentence_starts
from .entities import Entities, Mention, Person
from .names import fold, is_abstract_noun, strip_possessive, upper_initial
from .phrases import (
    _GENERIC_ORG_HEADS,
    _INSTITUTION_HEADS,
    _NP,
    _PREPS,
    _PRONOUNS,
    _QUANTIFIERS,
    _WEEKDAYS,
    _is_cap,
    _name_after_description,
    _np_head,
    _np_head_desc,
    _Tok,
    _tokens,
)
from .runs import _COUNTRY_WORDS

if TYPE_CHECKING:
    from .attribution import _ParaCtx  # only the type: attribution imports this module

# the rest of an organisation's name after a preposition: "... Commission | on Human Rights"
_ORG_NAME_TAIL_RE = re.compile(r"\s+(?:on|of|for|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,4}")
_IN_PLACE_RE = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s*")
_LOWER_FAMILY_RE = re.compile(r"(?:al|el)-[A-Z][\w’'\-]+")
_ISSUED_BY_RE = re.compile(
    r"\s+(?:issued|filed|published|released|sent|signed|posted|submitted|lodged|written|put out)\b"
    r"[^.,;\x00]{0,40}?\bby\s+")
_DOCUMENT_HEADS = frozenset(
    "statement report complaint letter filing document memo communique post message release lawsuit "
    "petition note".split())
_TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
    "prof": "professor", "amb": "ambassador", "supt": "superintendent", "det": "detective",
    "insp": "inspector", "lt": "lieutenant", "sgt": "sergeant", "capt": "captain", "adm": "admiral",
    "maj": "major", "cmdr": "commander", "cllr": "councillor", "cr": "councillor",
}
_OF_COUNTRY_RE = re.compile(r" of (?:the )?([A-Z][\w ]+)$")
_PLACE_BEFORE_RE = re.compile(r"([A-Z][\w\-]*(?:’s|'s)?) $")
_INTRO_WORDS = frozenset(
    "in on at after before during meanwhile however but and earlier later separately still yet also asked "
    "speaking while when as since for with without under despite last this instead now then today "
    "yesterday".split())
# "[Tt](?<!\w[Tt])he" is "\b[Tt]he", but a pattern that opens with a character class is
# searched by a fast scan for that class; one opening with "\b" is tried at every position
_INSTITUTION_NP_RE = re.compile(
    r"[Tt](?<!\w[Tt])he (?:[a-z\-]+ ){0,2}?(company|firm|group|ministry|agency|government|bank|club|team|court|council|"
    r"board|union|department|embassy|committee|commission|military|army|administration|airline|carrier|"
    r"organi[sz]ation|university|institute|charity|network|broadcaster|newspaper|platform|retailer|regulator|"
    r"automaker|carmaker|insurer|lender|manufacturer|operator|utility|watchdog|startup)\b(?![’'-])"
)


class Speaker:
    __slots__ = ("name", "named", "category", "kind", "person", "number", "gender", "personal")

    def __init__(self, name: str, named: bool, category: str, kind: str, person: Person | None = None,
                 number: str = "s", gender: str = "", personal: bool = True) -> None:
        self.name = name
        self.named = named
        self.category = category
        self.kind = kind  # "person" | "org" | "country" | "desc"
        self.person = person
        self.number = number  # "s" singular, "p" plural
        self.gender = gender
        self.personal = personal  # a human (or humans), as opposed to an institution

    def __repr__(self) -> str:
        return f"Speaker({self.name!r}, {self.kind}, {self.category})"


# a hyphen then a lower-case letter: "Entry-level", "Long-term" (a name's parts after a
# hyphen are capitalised: "Rolls-Royce", "Coca-Cola")
_LOWER_AFTER_HYPHEN_RE: Final = re.compile(r"-[a-z]")


class _Phrase:
    """A noun phrase in a speaker's slot, read once for the steps of ``SpeakerResolver.resolve``."""

    __slots__ = ("s", "e", "surface", "words", "head_raw", "head_word", "mentions", "named", "persons")

    def __init__(self, text: str, np: _NP, mentions: list[Mention]) -> None:
        self.s = np.s
        self.e = np.e
        self.surface = text[np.s:np.e].strip()
        self.words = self.surface.split()
        self.head_raw = np.head or (self.words[-1] if self.words else "")
        self.head_word = strip_possessive(self.head_raw).strip(".,").lower()
        self.mentions = mentions
        persons = self.named = [m for m in mentions if m.kind == "person"]  # every person named in it
        if persons and strip_possessive(np.head).lower() in lx.SOURCE_NOUNS \
                and _PREP_WORD_RE.search(text[np.s:persons[0].start]):
            persons = []  # "analysts at Kestrel Capital": the name is where the source works
        self.persons = persons  # those who could be the speaker


class SpeakerResolver:
    """The speaker look-ups over one article; ``Attributor`` adds the quote rules."""

    def __init__(self, doc: Doc, ents: Entities):
        self.doc = doc
        self.text = doc.text
        self.ents = ents
        # the paragraph the attribution rules are reading (``Attributor`` sets it)
        self.ctx: _ParaCtx | None = None
        # salience events for pronouns: (position, paragraph index, speaker)
        self.events: list[tuple[int, int, Speaker]] = []
        for m in ents.mentions:
            if m.kind == "person" and m.subj and not m.in_quote:
                para = doc.para_at(m.start)
                self.events.append((m.start, para.idx if para else 0, self._person_speaker(m.ref)))
        self.events.sort(key=lambda ev: ev[0])
        self._event_pos = [ev[0] for ev in self.events]
        self._subjects_done: set[int] = set()
        self._q_left: list[int] = []
        self._q_right: list[int] = []
        self._para_subjects: dict[int, list[_NP]] = {}

    def _person_speaker(self, p: Person) -> Speaker:
        return Speaker(p.canonical, True, person_category(p.role, p.affiliation), "person", p, "s", p.gender)

    def _add_event(self, pos: int, sp: Speaker) -> None:
        para = self.doc.para_at(pos)
        i = bisect.bisect_right(self._event_pos, pos)
        self.events.insert(i, (pos, para.idx if para else 0, sp))
        self._event_pos.insert(i, pos)

    def resolve(self, np: _NP, pos: int) -> Speaker | None:
        """Who a noun phrase in a speaker's slot names, as of ``pos``: a pronoun's antecedent,
        a person named in it, a definite back-reference ("the official", "the company"), an
        unnamed source's description, an organisation, a country, or an unknown name.  The
        steps run in that order; the first that recognises the phrase answers."""
        if np.pron:
            return self.resolve_pronoun(np.pron, pos)
        if np.poss_pron:
            return self.resolve_pronoun({"his": "he", "her": "she", "their": "they", "its": "it"}[np.poss_pron], pos)
        if np.poss_name:
            s, e = np.poss_name
            return self.resolve(_NP(s, e), pos)
        ph = _Phrase(self.text, np, self.ents.within(np.s, np.e))
        if not ph.surface:
            return None
        return (self._named_in_phrase(ph, pos)
                or self._author_of_document(ph, pos)
                or self._definite_reference(ph, pos)
                or self._described_source(ph))

    def _named_in_phrase(self, ph: _Phrase, pos: int) -> Speaker | None:
        """A person the phrase names: joint speakers ("Delgado and Whitfield said") give the
        first; otherwise the last name, unless it sits in an "of"-phrase; or a bare family
        name ("al-Yafei said", "Little wrote")."""
        text = self.text
        named, persons, e = ph.named, ph.persons, ph.e
        if len(named) >= 2 and not text[named[-1].end:e].strip(" ,") and all(
                _JOINT_GAP_RE.fullmatch(text, a.end, b.start) for a, b in zip(named, named[1:])):
            # the first named speaks for both
            return self._person_speaker(named[0].ref)
        if persons:
            head = persons[-1]
            tail = text[head.end:e]
            if not tail.strip() or tail.strip() in ("Jr.", "Sr."):
                return self._person_speaker(head.ref)
            if not _PREP_WORD_RE.search(text[ph.s:head.start]):
                return self._person_speaker(head.ref)
        if not persons and (_LOWER_FAMILY_RE.fullmatch(ph.surface) or (
                ph.surface[:1].isupper() and " " not in ph.surface and ph.surface.isalpha())):
            # a family name after a lower-case article is never a capitalised run; a family
            # name may also be a word
            p = self.ents.person_by_family(ph.surface, pos)
            if p is not None:
                return self._person_speaker(p)
        return None

    def _author_of_document(self, ph: _Phrase, pos: int) -> Speaker | None:
        """"according to a statement issued by the OPEC Secretariat": its author speaks."""
        if ph.head_word not in _DOCUMENT_HEADS or ph.persons:
            return None
        text = self.text
        by = _ISSUED_BY_RE.match(text, ph.e)
        if not by:
            return None
        para = self.doc.para_at(by.end())
        inner = _np_head(_tokens(text, by.end(), min(para.end if para else len(text), by.end() + 120)), text)
        return self.resolve(inner, pos) if inner is not None else None

    def _definite_reference(self, ph: _Phrase, pos: int) -> Speaker | None:
        """"the ..." naming someone already met: a named person by role ("the president"), an
        unnamed source as first written ("the official"), an institution ("the company", "the
        alliance"), a document's author ("the statement added"), an epithet ("the Spaniard")."""
        words, head_word, head_raw, s = ph.words, ph.head_word, ph.head_raw, ph.s
        if not words or words[0].lower() != "the":
            return None
        if head_word in lx.ROLE_NOUNS or head_word in lx.TITLE_WORDS or _is_agent_noun(head_word) or (
                head_word in lx.SOURCE_NOUNS and head_word not in _INSTITUTION_HEADS):
            got = self._role_holder(ph, pos)
            if got is not None:
                return got
        if len(words) <= 3 and head_word in _ANTECEDENT_HEADS and (not head_raw[:1].isupper() or len(words) == 2):
            # ("the Commission said" after "the European Commission": a capitalised head alone)
            got = self._institution_antecedent(head_word, words, s)
            if got is not None:
                return got
        if len(words) == 2 and head_raw.islower() and head_word not in _ANTECEDENT_HEADS \
                and any(_org_head(org.name) == head_word for org in self.ents.orgs.values()):
            # "the alliance said" after "The European Farmers' Alliance ...", "the coalition"
            # after "the Coalition for Safer Roads": any organisation's own head noun refers back
            got = self._institution_antecedent(head_word, words, s)
            if got is not None:
                return got
        if len(words) <= 2 and head_word in _DOCUMENT_HEADS:
            got = self._document_author(head_word, s)
            if got is not None:
                return got  # "the statement added" after "X said in a statement"
        if len(words) <= 4 and _is_epithet(head_raw):
            # "the Spaniard", "the 23-year-old", "the striker": the person just written about
            return self.resolve_pronoun("he", pos, persons_only=True)
        return None

    def _role_holder(self, ph: _Phrase, pos: int) -> Speaker | None:
        """"the president", "the professor", "the official": the named person with that role,
        or the unnamed source with that head as first written ("a senior official ..."),
        whichever was mentioned last."""
        words, head_word, head_raw = ph.words, ph.head_word, ph.head_raw
        p = self._person_with_role(head_word, words, pos)
        back = self._earlier_description(head_word, words, ph.s) if (
            len(words) <= 3 and not head_raw[:1].isupper()
            and (head_word in lx.SOURCE_NOUNS or head_word in lx.ROLE_NOUNS or head_word in lx.TITLE_WORDS
                 or _is_agent_noun(head_word))
            and head_word not in _INSTITUTION_HEADS) else None
        if back is not None and (p is None or max(m for m in p.mentions if m < pos) < back[1]):
            return back[0]
        if p is not None:
            return self._person_speaker(p)
        if head_word in _OFFICE_HEADS and len(words) <= 3:
            # "the prime minister said" of a leader introduced without a title
            sp = self.resolve_pronoun("he", pos, persons_only=True)
            if sp is not None and sp.person is not None and not sp.person.role:
                return sp
        return None

    def _described_source(self, ph: _Phrase) -> Speaker | None:
        """The phrase as its own speaker: "one of the jurors", an unnamed source's description,
        an organisation, a country or its capital, or an unknown capitalised name."""
        text = self.text
        words, head_word, head_raw, surface = ph.words, ph.head_word, ph.head_raw, ph.surface
        s, e = ph.s, ph.e
        name = surface
        if words and (words[0].lower() in lx.DETERMINERS or (
                words[0].lower() in lx.PLURAL_SOURCE_NOUNS and words[0].lower() not in lx.ORG_CUES
                and words[0].lower() not in _INSTITUTION_HEADS
                and not any(m.kind == "org" and m.start == s for m in ph.mentions))) \
                and words[0] != words[0].lower():
            name = words[0].lower() + surface[len(words[0]):]  # "Analysts at X said" at a sentence start
        orgs = [m for m in ph.mentions if m.kind == "org"]
        countries = [m for m in ph.mentions if m.kind == "country"]
        if head_word in _QUANTIFIERS and len(words) >= 3 and words[1].lower() == "of":
            return Speaker(name if not name[:1].isupper() else name[0].lower() + name[1:], False, "other", "desc",
                           None, "s" if head_word in ("one", "each", "another") else "p", "", True)
        # ("Analysts at Banco Serrano said": a source noun capitalised only by the sentence start)
        lowhead = (not head_raw[:1].isupper() or (name != surface and len(words) > 1 and head_raw == words[0])) and (
            head_word in lx.SOURCE_NOUNS or (words[0].lower() in lx.DETERMINERS and len(words) <= 6
                                             and _may_speak(head_word, head_raw))
        )
        if lowhead:
            plural = head_word in lx.PLURAL_SOURCE_NOUNS
            # "the risk", "the study's conclusion" are no antecedent for "he" or "she"
            personal = head_word not in _INSTITUTION_HEADS and (
                head_word in _ROLE_OR_SOURCE or _is_epithet(head_raw) or head_word.endswith(_AGENT_ENDINGS))
            return Speaker(name, False, _desc_category(words, head_word), "desc", None, "p" if plural else "s",
                           "", personal)
        if orgs and (orgs[-1].end >= e - 1 or _ORG_NAME_TAIL_RE.fullmatch(text, orgs[-1].end, e)):
            org = orgs[-1].ref
            where = _IN_PLACE_RE.fullmatch(text, orgs[-1].end, e)
            if where is not None \
                    and (where.group(1) in lx.CAPITALS or where.group(1).lower() in lx.COUNTRY_FORMS) \
                    and _org_head(org.name) not in ("embassy", "consulate", "mission", "delegation"):
                # "the Taiwan Affairs Office in Beijing": where it sits is not part of its name
                name = name[:len(name) - (e - orgs[-1].end)].rstrip()
            if len(words) <= 2 and fold(org.name) != fold(name.removeprefix("the ")):
                # "the DPC" after "the Data Protection Commission (DPC)": the name it stands for
                name = self._as_first_written(org.name, org.first_pos)
            return Speaker(name, False, _org_category(org.name), "org", None, "s", "", False)
        if countries and countries[-1].end >= e - 1 and len(words) <= 3:
            return Speaker(name, False, "official", "country", None, "s", "", False)
        if surface in lx.CAPITALS or surface in lx.SEATS or surface.replace("the ", "") in lx.SEATS:
            return Speaker(name, False, "official", "country", None, "s", "", False)
        return self._unknown_name(ph, name, s)

    def _unknown_name(self, ph: _Phrase, name: str, s: int) -> Speaker | None:
        """An unknown capitalised phrase in a speaker's slot: a personal name nobody
        introduced otherwise (titles stripped), an acronym defined in brackets, or an
        organisation under its fullest earlier form."""
        text = self.text
        words, surface = ph.words, ph.surface
        caps = [w for w in words if w[:1].isupper()]
        if not caps or len(words) > 6:
            return None
        lower_at = [k for k, w in enumerate(words) if w.islower()]
        if lower_at and lower_at[-1] < len(words) - 1 and (
                strip_possessive(words[lower_at[-1]]) in lx.SOURCE_NOUNS or words[lower_at[-1]] in _GENERIC_ORG_HEADS):
            # "Cloud security company Verakai": the name after its description
            words = words[lower_at[-1] + 1:]
            surface = name = " ".join(words)
        of_country = _OF_COUNTRY_RE.search(surface)
        if of_country and of_country.start() > 0 and of_country.group(1).lower() in lx.COUNTRY_FORMS:
            words = surface[:of_country.start()].split()  # "Femke van Rooijen of the Netherlands"
            surface = name = " ".join(words)
        where = _IN_PLACE_RE.search(surface)
        if where is not None and where.start() > 0 and where.end() == len(surface):
            words = surface[:where.start()].split()  # "Kim Jong-un in Pyongyang": where he spoke
            surface = name = " ".join(words)
        if len(words) <= 2 and words[-1].isupper() and 2 <= len(words[-1]) <= 6:
            full = self._acronym_expansion(words[-1], s)
            if full is not None:
                return Speaker(full, False, _org_category(full), "org", None, "s", "", False)
        if words[0].lower() in lx.COMMON_WORDS and words[0].lower() not in lx.DETERMINERS:
            return None
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(
            strip_possessive(w).lower() in lx.ORG_CUES or strip_possessive(w).lower() in lx.NON_PERSON_CUES
            or is_abstract_noun(strip_possessive(w).lower()) for w in words
        ):
            toks = list(words)
            only_countries = True
            while len(toks) > 1 and (strip_possessive(toks[0]).lower() in lx.TITLE_WORDS
                                     or toks[0].lower() in lx.HONORIFICS or toks[0].lower() in _COUNTRY_WORDS
                                     or toks[0].lower() in lx.SOURCE_NOUNS):
                only_countries = only_countries and toks[0].lower() in _COUNTRY_WORDS
                toks.pop(0)
            if len(toks) == 1 and only_countries:
                # "Korean Air said", "Swiss Re said": a country's word and one more is a
                # company's name; a person after a demonym comes with a title or a full name
                return Speaker(name, False, _org_category(surface), "org", None, "s", "", False)
            if 1 <= len(toks) <= 4:
                return Speaker(" ".join(toks), True, "other", "person", None, "s", "")
        if len(words) == 1:
            # "Huaxing said" after "Shenzhen-based Huaxing Display Technology": the full name
            at, tail = _followed_by_capitals(text, surface, s)
            if tail and not any(w.lower() in lx.SPEECH_VERBS or w.lower() in _WEEKDAYS for w in tail.split()):
                known = self.ents.find_same(surface + tail)
                if known is not None:
                    return self._person_speaker(known)  # the first word of a person's full name
                name = self._as_first_written(surface + tail, at)
        return Speaker(name, False, _org_category(surface), "org", None, "s", "", False)

    def _acronym_expansion(self, acronym: str, pos: int) -> str | None:
        """"the AIU" after "the Athletics Integrity Unit (AIU)": the capitalised words whose
        initials the bracketed acronym spells, as first written."""
        at = self.text.find("(" + acronym + ")", 0, pos)
        if at < 0:
            return self._spelled_by_initials(acronym, pos)
        words = self.text[max(0, at - 120):at].split()
        initials = ""
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w.lower() in ("of", "for", "and", "on", "the", "de", "&"):
                continue
            if not w[:1].isupper():
                return None
            initials = w[0] + initials
            if initials == acronym:
                start = at - len(" ".join(words[k:])) - 1
                return self._as_first_written(" ".join(words[k:]), start)
            if len(initials) >= len(acronym):
                return None
        return None

    def _spelled_by_initials(self, acronym: str, pos: int) -> str | None:
        """"the KCTU" after "the Korean Confederation of Trade Unions", never bracketed: the
        first capitalised words before ``pos`` whose initials spell it."""
        text = self.text
        for m in _CAPITALISED_NAME_RE.finditer(text, 0, pos):
            words = [w for w in m.group().split() if w not in ("of", "for", "and", "on", "the", "de", "&")]
            if "".join(w[0] for w in words) == acronym and not self._in_quote(m.start()):
                return self._as_first_written(m.group(), m.start())
        return None

    def _as_first_written(self, name: str, at: int) -> str:
        """``name`` with the "the" the text wrote before it ("the Bank of Canada")."""
        return "the " + name if at >= 4 and self.text[at - 4:at].lower() == "the " else name

    def _institution_antecedent(self, head: str, words: list[str], pos: int) -> Speaker | None:
        """The named institution a definite "the company" / "the bank" / "the office" refers
        to: the latest one before ``pos`` (within a few paragraphs) whose name has the head
        word; for a generic head ("the company", "the club") the latest named non-government
        institution, one that opened a sentence first, else the one the article opened with."""
        para = self.doc.para_at(pos)
        if para is None:
            return None
        first_para = max(0, para.idx - 4)
        cands = self._institution_candidates(first_para, para.idx, pos, head)
        generic = head in _GENERIC_ORG_HEADS
        best = self._named_with_head(cands, head)
        if best is None and not generic and first_para > 0:
            # "the Commission said" long after "the European Commission" was named
            best = self._named_with_head(self._institution_candidates(0, first_para - 1, pos, head), head)
        if best is None and head in ("regulator", "watchdog"):
            # "the regulator said": the latest authority, commission or agency named
            best = next((c for c in reversed(cands) if any(w in _REGULATOR_WORDS for w in c[1].lower().split())), None)
        if best is None and generic:
            fits = [c for c in cands if not any(w in _PUBLIC_BODY_WORDS for w in c[1].lower().split())]
            best = next((c for c in reversed(fits) if c[2]), None) or (fits[-1] if fits else None)
            if best is None and first_para > 0:
                # "the company said" deep in a story about one company: the one its lede names
                lede = [c for c in self._institution_candidates(0, min(2, first_para - 1), pos, head)
                        if c[2] and not any(w in _PUBLIC_BODY_WORDS for w in c[1].lower().split())]
                best = lede[0] if lede else None
        if best is None:
            return None
        name = best[1]
        if not name.startswith("the "):
            name = self._as_first_written(name, self.text.find(name, self.doc.paras[first_para].start))
        return Speaker(name, False, _org_category(name), "org", None, "s", "", False)

    @staticmethod
    def _named_with_head(cands: list[tuple[int, str, bool]], head: str) -> tuple[int, str, bool] | None:
        """The latest candidate whose name has the head word, the fullest form: "the European
        Commission", not a bare "Commission"."""
        return next((c for c in reversed(cands) if head in c[1].lower().replace("-", " ").split()
                     and c[1].lower().removeprefix("the ") != head), None)

    def _institution_candidates(self, first: int, last: int, pos: int, head: str) -> list[tuple[int, str, bool]]:
        """Named institutions in paragraphs ``first``..``last`` before ``pos``, in text order:
        (position, name as written, opens a sentence); a description counts only with the
        same head ("The presidential office convened ..." for "the office")."""
        text = self.text
        lo = self.doc.paras[first].start
        hi = min(pos, self.doc.paras[last].end)
        cands: list[tuple[int, str, bool]] = []
        for org in self.ents.orgs.values():
            if org.agency or org.name in lx.AGENCIES:
                continue  # "Reuters" reports; it is not the company
            for m in org.mentions:
                if lo <= m < hi and not self._in_quote(m):
                    cands.append((m, self._org_as_written(org.name, m), False))
        for k in range(first, last + 1):
            for np in self._paragraph_subjects(k):
                if np.pron or not text[np.s:np.s + 1].isupper() or np.e > hi:
                    continue
                surface = text[np.s:np.e]
                inside = self.ents.within(np.s, np.e)
                if any(m.kind == "person" for m in inside) or any(
                        m.kind == "country" and m.start == np.s and m.end >= np.e - 1 for m in inside):
                    continue
                if surface.isupper() and len(surface) > 3:
                    continue  # a dateline: "LONDON, Oct 14 (Reuters) -"
                named = next((m.ref for m in inside if m.kind == "org" and m.start == np.s), None)
                if named is not None and not named.agency:
                    # a short form opening the sentence: the name as first written
                    cands.append((np.s, self._org_as_written(named.name, named.first_pos), True))
                    continue
                words = surface.split()
                lows = [strip_possessive(w).lower() for w in words]
                if (all(w in lx.COMMON_WORDS or w in lx.SOURCE_NOUNS or w in lx.ROLE_NOUNS for w in lows)
                        and not (len(words) >= 2 and all(upper_initial(w) for w in words))) or (
                        len(lows) == 1 and (self.doc.has_lower(lows[0]) or lows[0].endswith(("ing", "ly")))):
                    # "No one was hurt", "Staff learned ...", "Responding to ...": no name (but
                    # "Meridian Air", capitalised throughout, is one)
                    continue
                lower_at = [k for k, w in enumerate(words) if w.islower()]
                if lower_at and lower_at[-1] < len(words) - 1 and words[lower_at[-1]] in _GENERIC_ORG_HEADS:
                    surface = " ".join(words[lower_at[-1] + 1:])  # "Cloud security company Verakai"
                if surface.split(None, 1)[0] in ("The", "A", "An"):
                    if surface.rsplit(None, 1)[-1].lower() != head:
                        continue
                    surface = "the" + surface[3:] if surface.startswith("The") else surface
                elif (not upper_initial(words[-1]) and strip_possessive(words[-1]).lower() != head) \
                        or _LOWER_AFTER_HYPHEN_RE.search(surface):
                    continue  # "Four people were treated", "Entry-level plans rose": no name
                cands.append((np.s, surface, True))
        cands.sort()
        return cands

    def _document_author(self, head: str, pos: int) -> Speaker | None:
        """Who issued the statement (letter, report) that "the statement added" goes on
        quoting: the speaker of the latest quote, in the two paragraphs before, whose sentence
        names such a document."""
        para = self.doc.para_at(pos)
        if para is None:
            return None
        i = bisect.bisect_left(self._event_pos, pos) - 1
        while i >= 0:
            epos, eidx, spk = self.events[i]
            i -= 1
            if para.idx - eidx > 2:
                break
            p = self.doc.paras[eidx]
            if head in self.text[p.start:p.end].lower() and spk.kind in ("person", "org", "desc"):
                return spk
        # no quote from it yet: who the paragraph naming it says issued it ("OPEC+, which
        # groups ..., said in a statement after an online meeting that ...")
        for k in range(para.idx - 1, max(-1, para.idx - 3), -1):
            p = self.doc.paras[k]
            if head not in self.text[p.start:p.end].lower():
                continue
            for np in self._paragraph_subjects(k):
                if np.pron is None and strip_possessive(self.text[np.s:np.e].split()[-1]).lower() != head:
                    sp = self.resolve(np, np.e)
                    if sp is not None and sp.kind in ("person", "org", "country"):
                        return sp
            break
        return None

    def _org_as_written(self, name: str, at: int) -> str:
        """An organisation's name with the place written before it: "China's Eastern Theater
        Command", "the British Retail Consortium", "the Philippine Red Cross"."""
        text = self.text
        m = _PLACE_BEFORE_RE.search(text, max(0, at - 40), at)
        if m and (m.group(1).endswith(("’s", "'s")) or fold(m.group(1)) in _DEMONYMS
                  or m.group(1).lower() in lx.COUNTRY_FORMS):
            return text[m.start(1):at] + name if m.group(1).endswith(("’s", "'s")) else \
                self._as_first_written(text[m.start(1):at] + name, m.start(1))
        return self._as_first_written(name, at)

    def _earlier_description(self, head: str, words: list[str], pos: int) -> tuple[Speaker, int] | None:
        """The latest indefinite description with this head before ``pos``, outside quotes:
        ("a senior Forest Service official", "an analyst at Oslo brokerage Fjord Securities")."""
        text = self.text
        lo = max(0, pos - 4000)
        hi = pos
        n = len(head)
        while True:
            i = text.rfind(head, lo, hi)
            if i < 0:
                return self._earlier_bare_plural(head, lo, pos) if head in lx.PLURAL_SOURCE_NOUNS else None
            hi = i
            if (i > 0 and text[i - 1].isalnum()) or (i + n < len(text) and (text[i + n].isalnum()
                                                                            or text[i + n] in "’'-")):
                continue
            got = self._description_at(head, words, i)
            if got is not None:
                return got

    def _earlier_bare_plural(self, head: str, lo: int, pos: int) -> tuple[Speaker, int] | None:
        """"the analysts wrote" after "Analysts at Sahyadri Capital estimated ...": the latest
        plural source named with its firm, written without an article."""
        last = None
        for s, e in _bare_plurals(self.text, head, lo, pos):
            if not self._in_quote(s):
                last = (s, e)
        if last is None:
            return None
        phrase = head + self.text[last[0] + len(head):last[1]]
        category = _desc_category(phrase.split(), head)
        return Speaker(phrase, False, category, "desc", None, "p", "", True), last[0]

    def _description_at(self, head: str, words: list[str], i: int) -> tuple[Speaker, int] | None:
        """An indefinite description ending in the head word at ``i`` ("a senior ... official")."""
        text = self.text
        before = _tokens(text, max(0, i - 70), i)
        for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
            t = before[k]
            if t.low not in ("a", "an", "one"):
                if not t.t[:1].isalnum():
                    return None
                continue
            if self._in_quote(t.s):
                return None
            para = self.doc.para_at(t.s)
            end = para.end if para is not None else len(text)
            toks = _tokens(text, t.s, min(end, i + len(head) + 120))
            np = _np_head_desc(toks, text)
            if np is None and (head in lx.ROLE_NOUNS or head in lx.TITLE_WORDS):
                # a role not otherwise a source word: "A Labour whip, who asked not to be named,"
                j = next((x for x, q in enumerate(toks) if q.s >= i), -1)
                if j > 0 and toks[j].low == head and all(q.t[:1].isalnum() for q in toks[1:j]):
                    np = _NP(toks[0].s, toks[j].e, head=toks[j].t)
            if np is None or strip_possessive(np.head).lower() != head or toks[0].s != t.s:
                return None
            mods = {x.low for x in toks if x.s < np.e}
            if len(words) > 2 and not {w.lower() for w in words[1:-1]} <= mods:
                return None  # "the Chinese official" is not "a senior official"
            phrase = text[np.s:np.e]
            phrase = phrase[0].lower() + phrase[1:]
            personal = head not in _INSTITUTION_HEADS
            return Speaker(phrase, False, _desc_category(phrase.split(), head), "desc", None, "s", "", personal), np.s
        return None

    def _person_with_role(self, head: str, words: list[str], pos: int) -> Person | None:
        best = None
        best_pos = -1
        lows = [w.lower() for w in words[1:]]
        for p in self.ents.persons:
            if not p.role:
                continue
            rl = [w.strip(",.") for w in p.role.lower().split()]
            rl = [_TITLE_ABBREVIATIONS.get(w, w) for w in rl]  # "Gov. Renée Thibodeaux" is "the governor"
            if head not in rl:
                continue
            before = [m for m in p.mentions if m < pos]
            if len(lows) > 1 and not set(w for w in lows[:-1]) <= set(rl) | _ADJ_OK | {(p.affiliation or "").lower()} | _DEMONYMS:
                # "the BJP spokesperson" after "BJP state spokesperson Anand Gurumurthy"
                intro = self.text[max(0, p.mentions[0] - 60):p.mentions[0]].lower() if p.mentions else ""
                if not all(strip_possessive(w) in intro.split() for w in lows[:-1]):
                    continue
            if before and before[-1] > best_pos:
                best, best_pos = p, before[-1]
        return best

    def resolve_pronoun(self, pron: str, pos: int, persons_only: bool = False) -> Speaker | None:
        want = _PRONOUNS.get(pron, "")
        para = self.doc.para_at(pos)
        pidx = para.idx if para else 0
        # sources opening sentences since the last known event may be more recent antecedents
        i = bisect.bisect_left(self._event_pos, pos) - 1
        first = pidx - (1 if want in ("m", "f") else 3)
        if i >= 0:
            first = max(first, self.events[i][1])
        for k in range(max(0, first), pidx + 1):
            if k not in self._subjects_done:
                self._sentence_subject_events(k)
        i = bisect.bisect_left(self._event_pos, pos) - 1
        if want in ("m", "f") and self.ctx is not None and self.ctx.para is para:
            # a person of the right gender earlier in the same sentence beats anything else
            ss = self.ctx.sent_start(pos)
            k = i
            while k >= 0 and self.events[k][0] >= ss:
                sp = self.events[k][2]
                if sp.kind == "person" and sp.gender == want:
                    return sp
                k -= 1
        unsure: tuple[Speaker, int] | None = None  # a person of unknown gender, and where
        while i >= 0:
            epos, eidx, sp = self.events[i]
            i -= 1
            if pidx - eidx > 4:
                break
            if unsure is not None and eidx < unsure[1]:
                break  # nobody of the right gender in that paragraph: the unsure one
            if want in ("m", "f"):
                if sp.kind == "person" and sp.gender == want:
                    return sp
                if sp.kind == "person" and not sp.gender:
                    # "Birtles and Adebayo argue ... He says": a name known to fit in the same
                    # paragraph beats one whose gender is unknown
                    if unsure is None:
                        unsure = (sp, eidx)
                    continue
                if unsure is not None:
                    continue
                if sp.kind == "desc" and sp.number == "s" and sp.personal and not persons_only \
                        and _desc_gender(sp.name) in ("", want):
                    return sp
            elif want == "p":
                if sp.number == "p" or sp.kind in ("org", "country"):
                    return sp
            elif want == "n":
                if sp.kind in ("org", "country") or (sp.kind == "desc" and not sp.personal):
                    return sp
        if unsure is not None:
            return unsure[0]
        if want in ("m", "f"):
            # no subject fits: any earlier person of that gender nearby ("X and Y met ... she said")
            ms = self.ents.mentions
            k = bisect.bisect_left(self.ents._starts, pos) - 1
            latest_unknown: Person | None = None
            while k >= 0:
                m = ms[k]
                k -= 1
                if m.kind != "person" or m.in_quote:
                    continue
                mp = self.doc.para_at(m.start)
                if mp is not None and pidx - mp.idx > 2:
                    break
                if m.ref.gender == want:
                    return self._person_speaker(m.ref)
                if latest_unknown is None and not m.ref.gender and mp is not None and pidx - mp.idx <= 1:
                    latest_unknown = m.ref
            if latest_unknown is not None:
                # nobody of that gender nearby: the person just named, whose gender the name does
                # not tell ("chief forecaster Dr Shahida Rehman said ... she said")
                return self._person_speaker(latest_unknown)
        return None

    def _paragraph_subjects(self, k: int) -> list[_NP]:
        """The noun phrases opening the sentences of paragraph ``k`` (quoted sentences aside),
        read once and shared by pronoun and institution look-ups."""
        got = self._para_subjects.get(k)
        if got is None:
            got = self._para_subjects[k] = []
            para = self.doc.paras[k]
            if not (para.skip or para.titlecase):
                text = self.text
                for rel in sentence_starts(text[para.start:para.end]):
                    s0 = para.start + rel
                    if text[s0:s0 + 1] in "\"“‘'" or self._in_quote(s0):
                        continue  # the speaker's own sentences ("I'm now 72") introduce nobody
                    np = self._sentence_subject(_tokens(text, s0, min(para.end, s0 + 60)))
                    if np is not None:
                        got.append(np)
        return got

    def _sentence_subject_events(self, k: int) -> None:
        """Sources that open a sentence of paragraph ``k`` ("The education ministry also
        issued ...") can be the antecedent of a later "it", "they" or "he"."""
        self._subjects_done.add(k)
        para = self.doc.paras[k]
        if para.skip or para.titlecase:
            return
        text = self.text
        for m in _INSTITUTION_NP_RE.finditer(text, para.start, para.end):
            if self._in_quote(m.start()):
                continue
            self._add_event(m.start(), Speaker(
                m.group().replace("The ", "the ", 1), False,
                _desc_category([w for w in m.group().split()], m.group(1)), "desc", None, "s", "", False))
        for np in self._paragraph_subjects(k):
            if np.pron:
                continue
            person = next((m.ref for m in self.ents.within(np.s, np.e) if m.kind == "person"), None)
            if person is not None:
                # "Retired headteacher Peter Grainger ... addressed the court." then "..., he said."
                self._add_event(np.s, self._person_speaker(person))
                continue
            spk = self.resolve(np, np.s)
            if spk is not None and spk.kind == "desc" and text[np.s - 2:np.s] == ", ":
                named = next((m.ref for m in self.ents.within(max(0, np.s - 60), np.s - 2)
                              if m.kind == "person" and m.end == np.s - 2), None)
                if named is not None:
                    # "For Jung Da-eun, a 22-year-old student who ...": the description is hers
                    self._add_event(np.s, self._person_speaker(named))
                    continue
            if spk is not None and spk.kind != "person":
                self._add_event(np.s, spk)

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_left, pos) - 1
        return i >= 0 and pos < self._q_right[i]

    def _sentence_subject(self, toks: list[_Tok]) -> _NP | None:
        """The noun phrase opening the sentence (after an introductory phrase and comma)."""
        if not toks:
            return None
        # skip an introductory phrase ending in a comma, and a signpost ending in a colon
        # ("Flashback:", "Why it matters:", "The big picture:")
        start = 0
        for k, t in enumerate(toks[:5]):
            if t.t == ":" and k + 1 < len(toks) and _is_cap(toks[k + 1]):
                toks = toks[k + 1:]
                break
        intro = toks[0].low in _INTRO_WORDS or toks[0].t.isdigit()
        for k, t in enumerate(toks[:12]):
            if t.t == ",":
                if intro:
                    start = k + 1
                break
        got = _np_head(toks[start:], self.text)
        if got is not None and not got.pron and got.head[:1].islower():
            named = _name_after_description(toks, got.e)
            if named is not None:
                return named  # "The committee's chairman, Sen. Walt Henning (R-Wyo.), opened ..."
        if got is None and intro:
            # a longer introduction with commas of its own: "In a tense, nearly three-hour
            # appearance before the committee, Castellanos defended ..."
            for k in range(start, min(len(toks) - 1, 30)):
                if toks[k].t == ",":
                    got = _np_head(toks[k + 1:], self.text)
                    if got is not None:
                        return got
        return got


_JOINT_GAP_RE = re.compile(r"\s+(?:and|&)\s+")
_PREP_WORD_RE = re.compile(r"\b(?:of|for|at|from|with)\b")
_YEAR_OLD_RE = re.compile(r"\d+-year-old")
_ROLE_OR_SOURCE = lx.ROLE_NOUNS | lx.SOURCE_NOUNS
# endings of nouns for someone who does something: "trader", "negotiator", "analyst", "historian"
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian")
# and of nouns for people or bodies that may speak: also "resident", "participant"
_SPEAKER_ENDINGS: Final = (*_AGENT_ENDINGS, "ant", "ent")


def _is_agent_noun(word: str) -> bool:
    """A lower-case noun for someone who does something ("underwriter", "negotiator",
    "organiser"), which the lexicon's role lists cannot all hold."""
    return len(word) >= 6 and word.isalpha() and word.endswith(_AGENT_ENDINGS) and word not in lx.COMMON_WORDS


# places that speak through their governments ("the district said", "the city said")
_GOVERNED_PLACES = frozenset("district county city state province municipality".split())


def _may_speak(head_word: str, head_raw: str) -> bool:
    """Can a description with this head noun say something: a person ("the widow", "a
    resident"), a group or an institution ("the crew", "the club"), a document ("the
    report")?  Not "the findings", "the heat" or "the new price", which a clause after
    "X said" may open."""
    return (head_word in _ROLE_OR_SOURCE or head_word in _INSTITUTION_HEADS or head_word in lx.ORG_CUES
            or head_word in _GOVERNED_PLACES
            or head_word in lx.PLURAL_SOURCE_NOUNS or head_word in lx.TITLE_WORDS or _is_epithet(head_raw)
            or head_word.endswith(_SPEAKER_ENDINGS)
            or (head_word.endswith("s") and head_word[:-1].endswith(_SPEAKER_ENDINGS)))


_ANTECEDENT_HEADS = _GENERIC_ORG_HEADS | frozenset(
    "bank office command ministry agency commission committee council authority regulator watchdog "
    "court board union institute university department embassy service fund district association "
    "federation guard unit".split())
_REGULATOR_WORDS = frozenset("authority commission agency office board bureau regulator inspectorate".split())
_PUBLIC_BODY_WORDS = frozenset(
    "ministry government council department commission agency police court parliament assembly "
    "office authority".split())
_MALE_NOUNS = frozenset(
    "man boy father son brother husband uncle nephew grandfather grandson king prince duke "
    "spokesman chairman congressman councilman businessman policeman fireman sportsman "
    "monk priest widower stepfather stepson godfather schoolboy".split())
_FEMALE_NOUNS = frozenset(
    "woman girl mother daughter sister wife aunt niece grandmother granddaughter queen princess "
    "duchess spokeswoman chairwoman congresswoman councilwoman businesswoman policewoman "
    "actress nun widow stepmother stepdaughter godmother schoolgirl grandma mum mom".split())


# capitalised words joined by "of", "for", "and" ...: "Korean Confederation of Trade Unions"
_CAPITALISED_NAME_RE = re.compile(r"[A-Z][\w’'-]*(?: (?:(?:of|for|and|on|the|de|&) )*[A-Z][\w’'-]*)+")


# one to four capitalised words, each after a space
_CAPITALS_AFTER_RE = re.compile(r"(?:[ \u00a0][A-Z][\w&\-]*){1,4}")


def _followed_by_capitals(text: str, word: str, end: int) -> tuple[int, str]:
    """The first place before ``end`` where ``word`` starts a word and capitalised words follow
    it, and those words ("Huaxing" -> " Display Technology"); (-1, "") if none.  A scan with
    ``str.find``: a pattern compiled per word would cost more than the search."""
    at = text.find(word, 0, end)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            m = _CAPITALS_AFTER_RE.match(text, at + len(word), end)
            if m:
                return at, m.group()
        at = text.find(word, at + 1, end)
    return -1, ""


# what follows a plural source named with its firm: " at Sahyadri Capital", " from HSBC"
_FIRM_AFTER_RE: Final = re.compile(
    r" (?:at|from|with) (?:the )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'-]*)*")


def _bare_plurals(text: str, head: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of "analysts at Sahyadri Capital", "Economists from HSBC" (``head`` as written or
    capitalised, as a whole word, then its firm) in ``text[start:end]``, in order and not
    overlapping.  Found with ``str.find``: a pattern per head costs a compile and a slow scan."""
    starts: set[int] = set()
    for form in (head, head.capitalize()):
        i = text.find(form, start, end)
        while i >= 0:
            starts.add(i)
            i = text.find(form, i + 1, end)
    out: list[tuple[int, int]] = []
    free_from = start
    for at in sorted(starts):
        if at < free_from:
            continue
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_’'-"):
            continue
        m = _FIRM_AFTER_RE.match(text, at + len(head), end)
        if m:
            out.append((at, m.end()))
            free_from = m.end()
    return out


def _org_head(name: str) -> str:
    """The head noun of an organisation's name, lower-cased: its last word before an "of" or
    "for" tail ("Coalition for Safer Roads" -> "coalition"), else its last word."""
    words = name.split()
    for k, w in enumerate(words):
        if k and w.islower():
            return words[k - 1].lower()
    return words[-1].lower() if words else ""


def _desc_gender(phrase: str) -> str:
    """The gender a description's head noun carries ("her father" -> "m"), or ""."""
    head = ""
    for w in phrase.split():
        low = strip_possessive(w).lower()
        if low in _PREPS:
            break  # "a spokeswoman for the ministry", "the mother of two"
        head = low
    return "m" if head in _MALE_NOUNS else "f" if head in _FEMALE_NOUNS else ""


_OFFICE_HEADS = frozenset("president minister premier chancellor governor mayor senator judge coach manager".split())
_ADJ_OK = frozenset("former current new late then chinese south north korean russian american".split())
_DEMONYMS = frozenset(" ".join(k) for k in lx.DEMONYM_KEYS)


_DEMONYM_NOUNS = frozenset(
    k[0] for k in lx.DEMONYM_KEYS
    if len(k) == 1 and not k[0].endswith(("ese", "ish", "ch", "ss", "sh"))
) | frozenset(
    "spaniard frenchman frenchwoman briton scot dutchman englishman englishwoman welshman irishman "
    "swede dane finn pole turk serb croat slovak kiwi aussie".split()
)
_EPITHET_NOUNS = frozenset(
    "striker midfielder defender forward winger goalkeeper keeper manager boss coach skipper captain "
    "veteran youngster teenager rookie champion star playmaker centre-back center-back full-back "
    "quarterback pitcher batter golfer rider boxer fighter sprinter swimmer gymnast rapper singer "
    "actor actress billionaire tycoon entrepreneur mogul frontman incumbent challenger nominee "
    "defending champion debutant newcomer talisman forward".split()
)


def _is_epithet(head: str) -> bool:
    low = strip_possessive(head).lower()
    if _YEAR_OLD_RE.fullmatch(low):
        return True
    if head[:1].isupper() and low in _DEMONYM_NOUNS:
        return True
    return low in _EPITHET_NOUNS
