"""Names, their short forms, roles and speaker categories, in the styles of several outlets.

Every sentence here is written for these tests (none is copied from a fixture); each test
asserts what a reader sees: the quote's speaker, whether it is named, its category, and the
actor's name and role.
"""

from __future__ import annotations

import pytest

from index.extract import extract
from index.extract.testing import fallback_article


def _run(*paras: str):
    return extract(fallback_article("Headline for the test\n\n" + "\n\n".join(paras)))


def _quote(res, start: str):
    got = [q for q in res.quotes if q.text.startswith(start)]
    assert got, [q.text for q in res.quotes]
    return got[0]


def _actor(res, name: str):
    got = [a for a in res.actors if a.kind == "person" and a.name == name]
    assert got, [a.name for a in res.actors if a.kind == "person"]
    return got[0]


def _people(res) -> list[str]:
    return [a.name for a in res.actors if a.kind == "person"]


# --- 1. ranks and multiword titles belong in the role ----------------------------------------


@pytest.mark.parametrize("para, name, role", [
    ('"Our ships will stay on station for as long as it takes," said Commodore Ana Lacson, '
     'the navy\'s spokeswoman.', "Ana Lacson", "Commodore"),
    ('Brigadier Tom Ashworth told reporters: "The convoy reached the town before dawn today."',
     "Tom Ashworth", "Brigadier"),
    ('Lt. Gen. Mark Hollis said: "The base will stay open for the foreseeable future."',
     "Mark Hollis", "Lt. Gen."),
    ('"Rents are crushing the small shops on this avenue," said City Council Member Dana Whitley.',
     "Dana Whitley", "City Council Member"),
])
def test_rank_or_title_is_a_role_not_part_of_the_name(para, name, role):
    res = _run(para)
    q = res.quotes[0]
    assert q.speaker == name and q.speaker_named
    assert q.speaker_category == "official"
    assert _actor(res, name).role == role


def test_sports_captain_is_a_role_and_not_official():
    res = _run('"We were beaten by the better side on the day," said Captain Joe Marlow after the final, '
               'his fourth as the club\'s skipper.',
               'Their captain, Joe Marlow, has led the side since 2021.')
    q = res.quotes[0]
    assert q.speaker == "Joe Marlow"
    assert q.speaker_category == "other"


# --- 2. initials before a family name ---------------------------------------------------------


def test_indian_style_initial_and_surname():
    res = _run(
        'External Affairs Minister S. Jaishankar said: "The livelihood of fishermen is at stake here."',
        'In Chennai, the reaction was cautious. K. Murugan, president of the Coastal Boat Owners\' '
        'Association, said: "We have heard promises like this for many years."',
        '"We will believe it when the boats come home," Murugan said.',
    )
    q = _quote(res, "The livelihood")
    assert (q.speaker, q.speaker_named, q.speaker_category) == ("S. Jaishankar", True, "official")
    q = _quote(res, "We have heard")
    assert (q.speaker, q.speaker_named, q.speaker_category) == ("K. Murugan", True, "other")
    q = _quote(res, "We will believe")
    assert q.speaker == "K. Murugan"
    assert _actor(res, "S. Jaishankar").role == "External Affairs Minister"


def test_initialisms_of_places_and_bodies_are_not_names():
    res = _run('Officials in Washington D.C. and at the U.N. said the U.S. plan was "under review".')
    assert not any(n.endswith(("D.C.", "U.N.", "U.S.")) for n in _people(res))


# --- 3. particles -----------------------------------------------------------------------------


def test_particles_stay_in_the_name_and_title_goes_to_role():
    res = _run(
        'Dutch Green MEP Pieter van der Linden said: "This deal trades our farms for car exports."',
        'Antwerp police spokeswoman Els Van Damme said: "Most of the protesters were peaceful."',
        'Van der Linden later added that "farmers will remember this at the next election."',
    )
    q = _quote(res, "This deal")
    assert (q.speaker, q.speaker_category) == ("Pieter van der Linden", "official")
    assert _actor(res, "Pieter van der Linden").role == "MEP"
    q = _quote(res, "Most of the")
    assert (q.speaker, q.speaker_category) == ("Els Van Damme", "official")
    assert _quote(res, "farmers will").speaker == "Pieter van der Linden"


def test_van_as_an_ordinary_word_is_no_name():
    res = _run('Van drivers in the city said the new charge was "simply unaffordable for small firms".',
               'A Van Hool coach and a delivery van collided on the ring road, police said.')
    assert not any(n.split()[0] == "Van" for n in _people(res))


# --- 9-12. categories -------------------------------------------------------------------------


@pytest.mark.parametrize("para, name, cat", [
    ('Marta Quintero of the University of Valencia, who led the study, said: "The effect was much '
     'larger than we expected."', "Marta Quintero", "analyst"),
    ('"The cores tell a very different story about the shelf," said Dr. Ivo Renner, a marine '
     'geophysicist who has studied the region for decades.', "Ivo Renner", "analyst"),
    ('"Growth will slow sharply in the second half of the year," said Alan Petrie of Oxford Economics.',
     "Alan Petrie", "analyst"),
    ('Nadia Farouk, who covers the company for Jefferies, was more cautious: "The margins look stretched '
     'to me right now."', "Nadia Farouk", "analyst"),
    ('Dr. Paul Adebayo, who trained at the clinic and is now a professor of medical ethics at Leeds '
     'University, said: "She never raised her voice with us."', "Paul Adebayo", "analyst"),
    ('"We will not accept these cuts to pensions," said Claire Dumas, president of the national '
     'teachers\' union.', "Claire Dumas", "other"),
    ('"Controllers have warned about this equipment for years," said Mike Stanton, president of the '
     'Regional Pilots Association.', "Mike Stanton", "other"),
    ('England\'s head coach, Rob Ellery, said: "We were second best in every department today."',
     "Rob Ellery", "other"),
    ('"This bill makes the poor pay for the mistakes of others," Opposition leader Grace Wanjiru said.',
     "Grace Wanjiru", "official"),
    ('"The government has run out of ideas entirely," said the Liberal Democrat leader, Fiona Marsh.',
     "Fiona Marsh", "official"),
    ('Sir Edward Hale, who has been Prime Minister long enough to know the script, replied: "The money '
     'has been allocated to every council."', "Edward Hale", "leader"),
    ('The U.N. special envoy for Yemen, Ingrid Solvang, said the talks offered "a real window for '
     'peace this year".', "Ingrid Solvang", "official"),
])
def test_speaker_category_from_role_and_affiliation(para, name, cat):
    res = _run(para)
    q = res.quotes[0]
    assert q.speaker == name and q.speaker_named
    assert q.speaker_category == cat


def test_president_of_a_country_is_still_leader():
    res = _run('"We will defend every metre of our territory," said Serbian President Elena Markovic.',
               '"Our sovereignty is not for sale," French President Louis Garnier told reporters.')
    assert {q.speaker_category for q in res.quotes} == {"leader"}


def test_international_institution_is_official():
    res = _run('The International Monetary Fund said the reforms were "a necessary first step for the '
               'economy".')
    q = res.quotes[0]
    assert q.speaker_category == "official"
