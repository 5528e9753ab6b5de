"""A speaker's category from what the article says they are: analyst, official, leader or other.

``person_category(role, affiliation)`` for named people, ``_desc_category`` for unnamed
sources ("a senior ministry official"), ``_org_category`` for institutions speaking.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx
from .names import strip_possessive
from .runs import _COUNTRY_WORDS


@lru_cache(maxsize=4096)
def person_category(role: str | None, aff: str | None) -> str:
    """analyst / official / leader / other from a stated role and affiliation."""
    r = (role or "").lower()
    if "-" in r:  # the cheap test first: a pattern opening with "\b" is tried at every position
        r = _FORMER_RE.sub("", r)
    a = (aff or "").lower()
    words = set(_WORD_RE.findall(r))
    awords = set(_WORD_RE.findall(a))
    company_aff = bool(awords & (lx.COMPANY_ORG_WORDS | {"club", "fc", "united", "city"}))
    if r:
        for pat in lx.LEADER_TITLE_PATTERNS:
            i = r.find(pat)
            if i < 0 or not _whole_word_re(pat).search(r):
                continue
            before = r[:i].split()
            if before and before[-1] in lx.LEADER_NEGATORS:
                continue
            if words & lx.LEADER_NEGATORS and pat in ("leader", "president", "chairman"):
                continue
            if pat in ("president", "chairman", "leader") and (
                    company_aff or awords & lx.RESEARCH_ORG_WORDS or (words | awords) & _NON_STATE_BODIES):
                continue  # the president of a union, association, club or company
            if ("of" in r or "at" in r) and _OF_BODY_RE.search(r):
                continue
            if pat == "leader" and not aff:
                continue  # "North Korean leader" names its country; a bare "leader" is vague
            written = (role or "").split()
            k = next((x for x, w in enumerate(written) if w.lower().startswith(pat.split()[0])), -1)
            if k > 0 and written[k - 1].isupper() and len(written[k - 1]) >= 2 \
                    and written[k - 1].lower() not in lx.COUNTRY_FORMS and written[k - 1].lower() not in _COUNTRY_WORDS:
                continue  # "TUC President": an organisation's acronym, not a country
            if before and before[-1] in _SUBNATIONAL or (
                    pat == "premier" and a not in lx.COUNTRY_FORMS):
                # the head of a state, province or party unit ("NSW Premier", "Bavarian State
                # Premier", "BJP state president") heads no national government
                return "official"
            return "leader"
    if words & _SPORTS_ROLES and not awords & lx.GOVERNMENT_ORG_WORDS:
        return "other"  # "England's head coach", "their captain": a team's, not a state's
    if words & _STATE_SCIENTISTS and not (company_aff or awords & lx.RESEARCH_ORG_WORDS):
        return "official"  # a weather service's forecaster
    if any(_scholarly(w) for w in words) and awords & _STATE_AGENCY_WORDS:
        return "official"  # a government scientist: "a hydrologist at the Environment Agency"
    if words & lx.ANALYST_ROLE_WORDS or "research fellow" in r or "think tank" in r or "think-tank" in r \
            or any(_scholarly(w) for w in words):
        return "analyst"
    if awords & lx.RESEARCH_ORG_WORDS and not words & lx.OFFICIAL_ROLE_WORDS:
        return "analyst"
    if words & _PLAIN_JOBS:
        return "other"
    if (words | awords) & _NON_STATE_BODIES and not words & _STATE_OFFICES:
        return "other"  # "director general of the consumer federation", "a union spokesperson"
    if words & lx.OFFICIAL_ROLE_WORDS or words & _LEGISLATIVE or words & _MILITARY_RANKS \
            or ("member" in r and _MEMBER_RE.search(r)):
        return "official"
    if "trustee" in words and not {"of", "at", "for"} & set(r.split()):
        return "official"  # a school board's elected trustee, not "a trustee of the museum"
    if words and words <= {"leader", "co-leader", "group", "parliamentary"}:
        return "official"  # a title "leader" before a name without a country: a party's
    if "leader" in words and (words & {"party", "opposition", "majority", "minority", "parliamentary"} or (
            not (words | awords) & _NON_STATE_BODIES and _named_body_leader(role or ""))):
        return "official"  # "the Liberal Democrat leader", "leader of the National Rally"
    if awords & lx.GOVERNMENT_ORG_WORDS or any(g in a for g in _GOV_INSTITUTIONS):
        return "official"
    if a in lx.COUNTRY_FORMS and words & {"director", "chief", "head", "commander", "general", "chairman",
                                               "secretary", "minister", "president"}:
        return "official"
    if words & {"minister", "ambassador", "governor", "gov", "mayor", "senator", "director-general", "commissioner"}:
        return "official"
    return "other"


_FORMER_RE = re.compile(r"\b(?:then|ex|former)-")
_WORD_RE = re.compile(r"[a-z][a-z\-]*")
# "president of the national farmers union": a title held in a named body, not a state
_OF_BODY_RE = re.compile(r"\b(?:of|at)\s+(?:the\s+)?[a-z]+\s+(?:university|company|bank|institute|group|club|"
                         r"association|union|foundation|corp|inc)")


@lru_cache(maxsize=64)
def _whole_word_re(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(word) + r"\b")


# words before "president", "premier", "leader" that make it a state's, a province's or a
# party unit's, not a country's
_SUBNATIONAL = frozenset("state provincial regional district county city municipal local party".split())


_STATE_SCIENTISTS = frozenset("meteorologist meteorologists forecaster forecasters".split())


_STATE_AGENCY_WORDS = frozenset(
    "bureau agency service office ministry department administration survey met".split())


_STATE_OFFICES = frozenset(
    "minister ministry ambassador senator governor mayor mp lawmaker legislator envoy councillor".split())


# bodies whose president, chairman or leader heads no state
_NON_STATE_BODIES = frozenset(
    "union unions association federation confederation league club fc team squad society chamber guild "
    "cooperative co-op charity firm company corporation syndicate farmers workers employers".split()
)


_SPORTS_ROLES = frozenset(
    "coach coaches captain skipper manager player players striker midfielder defender goalkeeper keeper "
    "batsman batter bowler seamer spinner wicketkeeper quarterback pitcher forward winger jockey".split()
)


_MILITARY_RANKS = frozenset(
    "commodore brigadier brig lieutenant lt lieutenant-general lieutenant-colonel major-general "
    "lieutenant-commander rear-admiral vice-admiral lt-gen maj-gen col gen adm maj cmdr sgt corporal "
    "cpl marshal major".split()
)


# "member for Hartlepool", "Member of Parliament", "member of the European Parliament"
_MEMBER_RE = re.compile(r"\bmembers? (?:for\b|of (?:the )?(?:\w+ )?(?:parliament|congress|assembly|"
                        r"senate|house|legislature|council|knesset|duma|bundestag))")


_SCHOLAR_SUFFIXES = ("ologist", "physicist", "scientist", "economist", "oceanographer", "geographer",
                     "demographer", "mathematician", "statistician", "geneticist", "astronomer", "chemist")


_NOT_SCHOLARS = frozenset("chemist".split())


def _scholarly(word: str) -> bool:
    """Scientist nouns: "marine geophysicist", "toxicologist", "oceanographer"."""
    return word.endswith(_SCHOLAR_SUFFIXES) and word not in _NOT_SCHOLARS


def _named_body_leader(role: str) -> bool:
    """A "leader" title naming a party or movement, not a country: "Conservative leader",
    "leader of the far-right National Rally" (capitalised words other than country words)."""
    for w in role.split():
        base = w.strip(",.’'").rstrip("s") if w.endswith(("’s", "'s")) else w.strip(",.’'")
        if base[:1].isupper() and base.lower() not in _COUNTRY_WORDS and base.lower() not in lx.TITLE_WORDS:
            return True
    return False


_PLAIN_JOBS = frozenset(
    "clerk worker workers employee employees nurse teacher doctor driver pharmacist student resident "
    "mother father volunteer shopkeeper farmer owner customer passenger parent retiree engineer "
    "cashier waiter chef technician seller vendor hawker fisherman fisherwoman labourer laborer "
    "homemaker weaver tailor mechanic carpenter electrician plumber cleaner baker butcher grocer "
    "rancher herder miner welder retiree pensioner landlord tenant villager".split()
)


_LEGISLATIVE = frozenset(
    "senate senator sen sen. rep rep. congressman congresswoman lawmaker legislator mp speaker whip "
    "parliamentarian councillor councilman councilwoman assemblyman assemblywoman shadow sens sens. reps reps. "
    "mep meps council councilmember assemblymember alderman alderwoman cr clr cllr msp mla mpp mha".split()
)


_GOV_INSTITUTIONS = (
    "centers for disease control", "national institutes of health", "world health organization",
    "united nations", "nhs", "environment programme", "european commission", "federal reserve",
    "bank of england", "european central bank", "international monetary fund", "world bank",
    "bank of korea", "bank of japan", "people's bank of china", "national security council",
)




def _desc_category(words: list[str], head: str) -> str:
    h = head.lower()
    ws = {w.lower() for w in words}
    if h in lx.ANALYST_HEADS:
        return "analyst"
    if h in lx.OFFICIAL_HEADS:
        return "official"
    if h in lx.LEADER_HEADS:
        return "leader"
    if ws & lx.OFFICIAL_MODIFIERS:
        return "official"
    if ws & lx.ANALYST_MODIFIERS:
        return "analyst"
    return "other"


_GOV_ACRONYMS = frozenset(
    "jcs nis nsc mofa usfk pla irgc fbi cia nsa kcna epa fda cdc nasa nhs un nato eu who imf iaea "
    # intergovernmental bodies ("OPEC+" is OPEC's)
    "opec wto oecd asean unhcr unicef unesco wfp iea apec".split()
)


def _org_category(name: str) -> str:
    ws = {strip_possessive(w).lower().strip(".,’'+") for w in name.split()}
    if ws & _GOV_ACRONYMS:
        return "official"
    if ws & lx.RESEARCH_ORG_WORDS and not ws & {"ministry", "police", "army"}:
        return "analyst"
    if ws & lx.GOVERNMENT_ORG_WORDS or name in lx.SEATS or name in lx.CAPITALS:
        return "official"
    low = name.lower()
    if any(g in low for g in _GOV_INSTITUTIONS):
        return "official"  # "the International Monetary Fund", "the World Bank"
    return "other"
