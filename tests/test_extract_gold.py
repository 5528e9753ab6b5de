"""Score the extractor against hand-made gold: the five seeds and the held-out-style set.

Seeds must score 100% on quotes (exact text) and speakers.  The held-out-style articles in
tests/fixtures/extract/heldout/ (written for these tests, in other outlets' styles) must
reach the targets set for unseen news: quote F1 >= 0.97, speaker accuracy >= 0.93.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.extract import Extraction, extract
from index.extract.testing import fallback_article, make_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIX = ROOT / "tests" / "fixtures" / "extract"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def score(ex: Extraction, gold_quotes: list[dict], text: str) -> dict:
    """Quote precision/recall by exact text; speaker/named/category accuracy on matches."""
    for q in ex.quotes:
        assert text[q.start:q.end] == q.text, "Quote.text must equal article.text[start:end]"
    got = {}
    for q in ex.quotes:
        got.setdefault(q.text, []).append(q)
    matched = 0
    speaker_ok = named_ok = cat_ok = 0
    misses: list[str] = []
    for g in gold_quotes:
        cands = got.get(g["text"])
        if not cands:
            misses.append(f"missed quote: {g['text'][:70]!r} ({g['speaker']})")
            continue
        q = cands.pop(0)
        matched += 1
        if q.speaker == g["speaker"]:
            speaker_ok += 1
        else:
            misses.append(f"speaker {q.speaker!r} != {g['speaker']!r} for {g['text'][:50]!r}")
        named_ok += q.speaker_named == g["named"]
        if q.speaker_category == g["category"]:
            cat_ok += 1
        else:
            misses.append(f"category {q.speaker_category!r} != {g['category']!r} for {g['text'][:50]!r}")
    extra = [q for qs in got.values() for q in qs]
    for q in extra:
        misses.append(f"extra quote: {q.text[:70]!r} ({q.speaker})")
    return dict(gold=len(gold_quotes), found=len(ex.quotes), matched=matched, speaker_ok=speaker_ok,
                named_ok=named_ok, cat_ok=cat_ok, misses=misses)


def f1(s: dict) -> float:
    p = s["matched"] / s["found"] if s["found"] else 1.0
    r = s["matched"] / s["gold"] if s["gold"] else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------------------------------
# seeds
# ---------------------------------------------------------------------------------------

SEED_GOLD = _load(FIX / "seeds_gold.json")["articles"]


def _seed(name: str):
    raw = (SEEDS / name).read_text(encoding="utf-8")
    art = make_article(raw, name, f"seeds/{name}")
    return art, extract(art)


@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_seed_quotes_and_speakers(name):
    art, ex = _seed(name)
    s = score(ex, SEED_GOLD[name]["quotes"], art.text)
    assert s["misses"] == [], "\n".join(s["misses"])
    assert s["matched"] == s["gold"] == s["found"]
    assert s["speaker_ok"] == s["gold"] and s["named_ok"] == s["gold"] and s["cat_ok"] == s["gold"]


@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_seed_not_quotes(name):
    _, ex = _seed(name)
    texts = {q.text for q in ex.quotes}
    for nq in SEED_GOLD[name]["not_quotes"]:
        assert nq["text"] not in texts, f"{nq['text']!r} is not a quote: {nq['reason']}"


def _norm(s):
    return None if s is None else s.casefold().replace("’", "'")


@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_seed_persons(name):
    _, ex = _seed(name)
    g = SEED_GOLD[name]
    persons = {a.name: a for a in ex.actors if a.kind == "person"}
    problems = []
    for gp in g["persons"]:
        a = persons.get(gp["name"])
        if a is None:
            problems.append(f"missing person {gp['name']}")
            continue
        if a.category != gp["category"]:
            problems.append(f"{gp['name']}: category {a.category} != {gp['category']}")
        if _norm(a.role) not in [_norm(r) for r in gp["role"]]:
            problems.append(f"{gp['name']}: role {a.role!r} not in {gp['role']}")
        if _norm(a.affiliation) not in [_norm(x) for x in gp["affiliation"]]:
            problems.append(f"{gp['name']}: affiliation {a.affiliation!r} not in {gp['affiliation']}")
        for al in gp["aliases"]:
            if al not in a.aliases:
                problems.append(f"{gp['name']}: alias {al!r} missing from {a.aliases}")
    allowed = {gp["name"] for gp in g["persons"]} | set(g.get("tolerated_persons", []))
    for n in persons:
        if n not in allowed:
            problems.append(f"unexpected person {n!r}")
    actor_names = {a.name for a in ex.actors}
    for n in g["not_persons"]:
        if n in persons:
            problems.append(f"{n!r} must not be a person")
        if n in ("Yonhap", "Yonhap News", "EPA-Yonhap") and n in actor_names:
            problems.append(f"photo credit {n!r} must not be an actor")
    assert not problems, "\n".join(problems)


def test_seed_countries_and_orgs():
    _, ex = _seed("001_0ff04de9ad6f123d.txt")
    countries = {a.name: a for a in ex.actors if a.kind == "country"}
    assert {"China", "Russia", "South Korea", "North Korea"} <= set(countries)
    orgs = {a.name for a in ex.actors if a.kind == "organization"}
    assert "Korea Institute for Defense Analyses" in orgs
    assert "Central Military Commission" in orgs
    _, ex = _seed("004_40a300734d7ba115.txt")
    orgs = {a.name for a in ex.actors if a.kind == "organization"}
    assert "Asan Institute for Policy Studies" in orgs
    assert not any("Yonhap" in o for o in orgs)


def test_seed_quote_counts_on_actors():
    _, ex = _seed("000_b3567f55901810fa.txt")
    persons = {a.name: a for a in ex.actors if a.kind == "person"}
    assert persons["Kang Jun-young"].quote_count == 3
    assert persons["Park Won-gon"].quote_count == 4
    assert persons["Kang Jun-young"].mentions >= 2


# ---------------------------------------------------------------------------------------
# held-out-style articles (not the seeds)
# ---------------------------------------------------------------------------------------

HELDOUT = sorted((FIX / "heldout").glob("*.txt"))


def heldout_scores() -> tuple[dict, list[str]]:
    tot = dict(gold=0, found=0, matched=0, speaker_ok=0, named_ok=0, cat_ok=0)
    misses: list[str] = []
    for path in HELDOUT:
        gold = _load(path.with_suffix(".json"))
        # the fixtures hold article text only, so every line is content: no ingest needed
        art = fallback_article(path.read_text(encoding="utf-8"), path.stem, path.name)
        s = score(extract(art), gold["quotes"], art.text)
        for k in tot:
            tot[k] += s[k]
        misses += [f"{path.name}: {m}" for m in s["misses"]]
    return tot, misses


def test_heldout_style_targets():
    assert len(HELDOUT) >= 8
    tot, misses = heldout_scores()
    quote_f1 = f1(tot)
    speaker_acc = tot["speaker_ok"] / tot["matched"] if tot["matched"] else 0.0
    report = f"quote F1 {quote_f1:.3f}, speaker accuracy {speaker_acc:.3f}\n" + "\n".join(misses)
    assert quote_f1 >= 0.97, report
    assert speaker_acc >= 0.93, report
