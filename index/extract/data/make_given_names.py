"""Regenerate ``given_names.tsv``: given names with the gender they usually carry.

Not imported by the package.  Run by hand, with Faker and english-words installed::

    python -m pip install faker english-words
    python index/extract/data/make_given_names.py

Source: the per-locale given-name lists of Faker (MIT licence, https://github.com/joke2k/faker),
Latin-script locales only, accents folded.  A name listed as male in some locales and female in
others gets the gender of at least three quarters of its listings, else none ("Andrea",
"Sam").  The third column marks names that are also English dictionary words (GCIDE, through
english-words): "Grace", "Mark", "Jordan" are weak evidence of a person on their own.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections import Counter
from pathlib import Path

import faker.providers.person as person_providers
from english_words import get_english_words_set

OUT = Path(__file__).with_name("given_names.tsv")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def latin(name: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") or c in "’'-"
               for c in name) and name.replace("-", "").replace("'", "").isalpha()


def main() -> None:
    votes: dict[str, Counter[str]] = {}
    for info in pkgutil.iter_modules(person_providers.__path__):
        provider = getattr(importlib.import_module(f"{person_providers.__name__}.{info.name}"), "Provider", None)
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, None) or ():
                if latin(name) and len(name) > 1:
                    votes.setdefault(fold(name), Counter())[gender] += 1
    words = get_english_words_set(["gcide"], lower=True)
    lines = []
    for name in sorted(votes):
        c = votes[name]
        total = c["m"] + c["f"]
        gender = "m" if c["m"] >= 0.75 * total else "f" if c["f"] >= 0.75 * total else ""
        lines.append(f"{name}\t{gender}\t{'w' if name in words else ''}")
    OUT.write_text("# name\tgender (m, f or empty)\tw if also an English word; made by make_given_names.py "
                   "from Faker's given-name lists (MIT)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names written to {OUT}")


if __name__ == "__main__":
    main()
