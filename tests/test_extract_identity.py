"""Person names: variant spellings within and across articles, namesakes kept apart."""

from __future__ import annotations

import pytest

from index.extract import extract, resolve_identities, same_person_name
from index.extract.names import identity_key, split_name
from index.extract.testing import fallback_article


@pytest.mark.parametrize("a, b", [
    ("Cho Tae-yul", "Cho Tae-yeol"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Chung Byung Won", "Chung Byung-won"),
    ("Han Duck Soo", "Han Duck-soo"),
    ("Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko"),
])
def test_variant_spellings_merge(a, b):
    assert same_person_name(a, b)
    ids = resolve_identities([a, b])
    assert ids[a] == ids[b]


@pytest.mark.parametrize("a, b", [
    ("Kim Hong-kyun", "Kim Jong-un"),
    ("Kim Jong-un", "Kim Il-kuk"),
    ("Kim Hong-kyun", "Kim Il-kuk"),
    ("Lee Jae-myung", "Lee Jae-yong"),
    ("Chen Shaochun", "Chen Peiling"),
    ("Hillary Clinton", "Bill Clinton"),
    ("Xi Jinping", "Xi Mingze"),
])
def test_namesakes_stay_apart(a, b):
    assert not same_person_name(a, b)
    ids = resolve_identities([a, b])
    assert ids[a] != ids[b]


def test_corpus_identities_are_slugs_of_first_spelling():
    names = ["Cho Tae-yeol", "Kim Hong-kyun", "Cho Tae-yul", "Kim Jong-un", "Kim Il-kuk",
             "Sergey Lavrov", "Sergei Lavrov", "Chung Byung Won", "Chung Byung-won",
             "Han Duck Soo", "Han Duck-soo", "Yoon"]
    ids = resolve_identities(names)
    assert ids["Cho Tae-yul"] == ids["Cho Tae-yeol"] == "cho-tae-yeol"
    assert ids["Sergei Lavrov"] == ids["Sergey Lavrov"] == "sergey-lavrov"
    assert ids["Chung Byung-won"] == ids["Chung Byung Won"] == "chung-byung-won"
    assert ids["Han Duck-soo"] == ids["Han Duck Soo"] == "han-duck-soo"
    assert len({ids["Kim Hong-kyun"], ids["Kim Jong-un"], ids["Kim Il-kuk"]}) == 3
    assert ids["Yoon"] == "yoon"
    # stable: the same input gives the same ids, and repeats are harmless
    assert resolve_identities(names + names) == ids


def test_family_name_order():
    assert split_name("Kim Jong-un") == ("Kim", "Jong-un")
    assert split_name("Han Duck Soo") == ("Han", "Duck Soo")
    assert split_name("Xi Jinping") == ("Xi", "Jinping")
    assert split_name("Hyun-ik Hong") == ("Hong", "Hyun-ik")
    assert split_name("Takehiro Funakoshi") == ("Funakoshi", "Takehiro")
    assert split_name("Ursula von der Leyen") == ("von der Leyen", "Ursula")
    assert identity_key("Han Duck Soo") == identity_key("Han Duck-soo")


def _persons(text: str) -> dict:
    return {a.name: a for a in extract(fallback_article(text)).actors if a.kind == "person"}


def test_variant_spelling_within_an_article_is_one_actor():
    text = ("South Korean Prime Minister Han Duck Soo met Chinese President Xi Jinping on Saturday.\n\n"
            "A government official said Xi raised the issue before Prime Minister Han Duck-soo did.\n\n"
            "Russia's Foreign Minister Sergei Lavrov attended. Russian foreign minister Sergey Lavrov "
            "later said he would visit Pyongyang.")
    persons = _persons(text)
    assert "Han Duck Soo" in persons and "Han Duck-soo" not in persons
    assert "Han Duck-soo" in persons["Han Duck Soo"].aliases
    assert persons["Han Duck Soo"].mentions == 2
    assert "Sergei Lavrov" in persons and "Sergey Lavrov" not in persons
    assert "Xi" in persons["Xi Jinping"].aliases


def test_title_stripped_into_role():
    persons = _persons("Foreign Minister Cho Tae-yul met the ambassador on Monday.")
    assert persons["Cho Tae-yul"].role == "Foreign Minister"
    assert persons["Cho Tae-yul"].category == "official"


def test_namesakes_in_one_article_stay_apart():
    text = ("North Korean leader Kim Jong-un watched the launch. First Vice Foreign Minister "
            "Kim Hong-kyun protested, and sports minister Kim Il-kuk led the delegation.")
    persons = _persons(text)
    assert {"Kim Jong-un", "Kim Hong-kyun", "Kim Il-kuk"} <= set(persons)
    assert persons["Kim Jong-un"].category == "leader"
    assert persons["Kim Hong-kyun"].category == "official"


def test_not_people():
    text = ("Han met Xi on the sidelines of the Asian Games in Hangzhou, a month after the trilateral "
            "summit at Camp David. North Korea sent 185 athletes. Security cooperation with the "
            "United States was discussed at the Hangzhou Xihu State Guesthouse.")
    persons = _persons(text)
    for not_person in ("North Korea", "Asian Games", "Camp David", "Hangzhou Xihu State Guesthouse",
                       "United States"):
        assert not_person not in persons
    countries = {a.name for a in extract(fallback_article(text)).actors if a.kind == "country"}
    assert {"North Korea", "United States"} <= countries


def test_demonyms_count_for_their_country():
    text = "Chinese officials met Russian diplomats and a South Korean envoy in Beijing."
    actors = {a.name: a for a in extract(fallback_article(text)).actors if a.kind == "country"}
    assert {"China", "Russia", "South Korea"} <= set(actors)
