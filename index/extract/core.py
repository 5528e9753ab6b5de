"""``extract(article)``: quotes with their speakers, and the actors of one article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Actor, Article, LineKind, Quote
from . import lexicon as lx
from .attribution import MIN_WORDS, Attributed, Attributor
from .categories import person_category
from .doc import Doc
from .entities import Entities, find_entities
from .names import is_letter, upper_initial
from .quotes import has_min_words, scan


@dataclass(frozen=True)
class Extraction:
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Rejected:
    """A quoted span that did not become a quote, and why (for debugging and tests)."""

    text: str
    start: int
    reason: str  # "short" | "label" | "title-case" | "no speaker" | "duplicate"


def _titlecase_span(s: str) -> bool:
    parts = s.split()
    if len(parts) > 14:
        return False  # a title of a work is short
    words = caps = 0
    for w in parts:
        if is_letter(w[0]) and w.lower() not in _SMALL:
            words += 1
            if upper_initial(w):
                caps += 1
            elif 4 * (words - caps) > len(parts):
                return False  # already too many lower-case words, whatever follows
    if words < 2:
        return False
    return caps >= 0.75 * words and not _CLAUSE_RE.search(s)


_CLAUSE_RE = re.compile(r"[.!?,;]\s+[a-z]")


_SMALL = frozenset("a an and as at but by for from in into of on or the to with vs via is are".split())


def analyze(article: Article) -> tuple[Extraction, list[Rejected], list[Attributed]]:
    """Like ``extract`` but also returns rejected spans and the raw attribution decisions."""
    doc = Doc(article)
    text = doc.text
    paras = doc.paras
    cont_ok = [p.body and not p.skip for p in paras]
    spans = scan(text, [(p.start, p.end) for p in paras], cont_ok)
    spans = [sp for sp in spans if not paras[sp.para].skip]
    ents = find_entities(doc, spans)
    attributor = Attributor(doc, ents)
    results = attributor.attribute(spans)

    rejected: list[Rejected] = []
    kept: list[tuple[Attributed, str]] = []
    for r in results:
        sp = r.span
        qtext = text[sp.start:sp.end]
        if r.label:
            rejected.append(Rejected(qtext, sp.start, "label"))
        elif r.rule == "short" or (sp.chain >= 0 and not has_min_words(qtext, MIN_WORDS)):
            # the attributor already counted the words of every span outside a chain
            rejected.append(Rejected(qtext, sp.start, "short"))
        elif _titlecase_span(qtext):
            rejected.append(Rejected(qtext, sp.start, "title-case"))
        elif r.speaker is None:
            rejected.append(Rejected(qtext, sp.start, "no speaker"))
        else:
            kept.append((r, qtext))

    # a quote repeated in a title or caption counts once: keep the body occurrence
    kept = _dedupe(kept, doc, rejected)

    quotes: list[Quote] = []
    counts: dict[int, int] = {}
    for r, qtext in kept:
        spk = r.speaker
        assert spk is not None
        aliases: tuple[str, ...] = ()
        if spk.person is not None:
            aliases = tuple(spk.person.aliases)
            counts[id(spk.person)] = counts.get(id(spk.person), 0) + 1
            name = spk.person.canonical
            category = person_category(spk.person.role, spk.person.affiliation)
        else:
            name = spk.name
            category = spk.category
        quotes.append(Quote(
            text=qtext, speaker=name, speaker_named=spk.named, speaker_category=category, cue=r.cue,
            start=r.span.start, end=r.span.end, speaker_aliases=aliases,
        ))
    actors = _actors(ents, counts, quotes)
    return Extraction(tuple(actors), tuple(quotes)), rejected, results


def clear_caches() -> None:
    """Forget what was learnt from earlier articles (word classes, run analyses)."""
    from . import names, roles, runs

    runs._STATIC_CLASS.clear()
    runs._PLAN_CACHE.clear()
    runs._DROP_STATIC.clear()
    roles._ROLE_WORD_CACHE.clear()
    roles._ROLE_END_CACHE.clear()
    roles._role_of_words.cache_clear()
    names._family_matches.cache_clear()
    names._gender_of_name.cache_clear()
    runs._STATIC_PLANS.clear()
    runs._RUN_ENTRY.clear()


def extract(article: Article) -> Extraction:
    """Actors and quotes of one cleaned article (see the package docstring)."""
    return analyze(article)[0]


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def _headline_like(doc: Doc, pi: int) -> bool:
    """A first line without a closing period, or a title-case line, reads as a headline
    even when no line kinds are known."""
    para = doc.paras[pi]
    if para.titlecase:
        return True
    return pi == 0 and doc.text[para.end - 1:para.end] not in ".\"”’'"


def _dedupe(kept: list[tuple[Attributed, str]], doc: Doc, rejected: list[Rejected]) -> list[tuple[Attributed, str]]:
    if len(kept) < 2:
        return kept
    norms = [_norm(q) for _, q in kept]
    is_body = [doc.paras[r.span.para].kind is LineKind.BODY and not _headline_like(doc, r.span.para)
               for r, _ in kept]
    drop: set[int] = set()
    for i in range(len(kept)):
        if i in drop:
            continue
        for j in range(i + 1, len(kept)):
            if j in drop:
                continue
            a, b = norms[i], norms[j]
            if is_body[i] and is_body[j] and a != b:
                continue  # two quotes of the body are two quotes, even if one repeats the other
            if a == b or (len(a) > 20 and a in b) or (len(b) > 20 and b in a):
                # keep the body occurrence, else the fuller one, else the first
                if is_body[i] != is_body[j]:
                    loser = j if is_body[i] else i
                elif len(a) != len(b):
                    loser = j if len(a) > len(b) else i
                else:
                    loser = j
                drop.add(loser)
                r, q = kept[loser]
                rejected.append(Rejected(q, r.span.start, "duplicate"))
                if loser == i:
                    break
    return [k for x, k in enumerate(kept) if x not in drop]


def _actors(ents: Entities, counts: dict[int, int], quotes: list[Quote]) -> list[Actor]:
    out: list[tuple[int, Actor]] = []
    for p in ents.persons:
        if not p.mentions:
            continue
        aliases = tuple(a for a in p.aliases if a != p.canonical)
        out.append((p.first_pos, Actor(
            name=p.canonical, kind="person", aliases=aliases, role=p.role, affiliation=p.affiliation,
            category=person_category(p.role, p.affiliation), mentions=len(p.mentions),
            quote_count=counts.get(id(p), 0),
        )))
    spoken: dict[str, int] = {}
    for q in quotes:
        if not q.speaker_named:
            spoken[q.speaker.casefold()] = spoken.get(q.speaker.casefold(), 0) + 1
    for org in ents.orgs.values():
        if org.agency and org.name.casefold() not in spoken:
            continue
        out.append((org.first_pos, Actor(
            name=org.name, kind="organization", aliases=tuple(a for a in org.aliases if a != org.name),
            category=_org_cat(org.name), mentions=len(org.mentions),
            quote_count=spoken.get(org.name.casefold(), 0) + spoken.get("the " + org.name.casefold(), 0),
        )))
    for c in ents.countries.values():
        out.append((c.first_pos, Actor(
            name=c.name, kind="country", category="official", mentions=len(c.mentions),
            quote_count=spoken.get(c.name.casefold(), 0),
        )))
    out.sort(key=lambda x: x[0])
    return [a for _, a in out]


def _org_cat(name: str) -> str:
    ws = {w.lower() for w in name.split()}
    if ws & lx.RESEARCH_ORG_WORDS:
        return "analyst"
    if ws & lx.GOVERNMENT_ORG_WORDS:
        return "official"
    return "other"


__all__ = ["Extraction", "Rejected", "analyze", "clear_caches", "extract"]
