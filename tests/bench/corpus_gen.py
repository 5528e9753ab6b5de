"""A deterministic synthetic corpus recombined from the seed articles.

Each generated article takes one seed as its template (header furniture, title, byline and
footer furniture stay where that seed has them) and fills its body with paragraphs drawn from
all seeds: some kept whole, some rebuilt from sentences of several seeds. People and places
are varied consistently within an article (a surname-only mention follows its full name), so
the vocabulary grows with N the way a real corpus's does, while quotes, attributions and
furniture keep the shape of real articles. Sizes are uniform between 2 and 8 KB.

    python tests/bench/corpus_gen.py OUT_DIR --n 1000 [--seed 7]

Same N and seed -> byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

MIN_BYTES, MAX_BYTES = 2000, 8000

# (full name, short form used later in the text) as the seeds write them.
SEED_PEOPLE = [
    ("Andrey Rudenko", "Rudenko"),
    ("Sergey Lavrov", "Lavrov"),
    ("Sergei Lavrov", "Lavrov"),
    ("Wang Yi", "Wang"),
    ("Cho Tae-yeol", "Cho"),
    ("Cho Tae-yul", "Cho"),
    ("Kang Jun-young", "Kang"),
    ("Park Min-hee", "Park"),
    ("Doo Jin-ho", "Doo"),
    ("Nam Hyun-woo", "Nam"),
    ("Jang Ho-jin", "Jang"),
    ("Shin Won-sik", "Shin"),
    ("Hyun-ik Hong", "Hong"),
    ("Han Duck-soo", "Han"),
]
SEED_PLACES = ["Bali", "Indonesia", "Moscow", "Camp David", "Hangzhou", "Vladivostok", "Busan"]

KOREAN_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
                 "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Moon", "Yang"]
KOREAN_SYLL = ["min", "ji", "hyun", "woo", "seo", "jun", "young", "soo", "hee", "jin", "ho", "won",
               "sik", "tae", "yeol", "sung", "eun", "kyung", "dong", "hwan", "sang", "mi", "ra",
               "bin", "gyu", "chan", "hoon", "joon", "na", "yeon"]
RUSSIAN_FIRST = ["Andrey", "Sergey", "Dmitry", "Mikhail", "Igor", "Nikolai", "Oleg", "Pavel",
                 "Viktor", "Yuri", "Alexei", "Maria", "Elena", "Olga", "Anatoly", "Boris"]
RUSSIAN_LAST = ["Petrov", "Volkov", "Sokolov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov",
                "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov",
                "Fedorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Kiselev"]
CHINESE_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
                  "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"]
CHINESE_GIVEN = ["Wei", "Fang", "Jun", "Lei", "Yong", "Jie", "Tao", "Ming", "Chao", "Hua", "Bo",
                 "Gang", "Ping", "Hui", "Xin", "Qiang", "Yan", "Lan", "Kai", "Rui"]
PLACES = ["Jakarta", "Hanoi", "Manila", "Bangkok", "Singapore", "Ulaanbaatar", "Astana", "Tashkent",
          "Osaka", "Sapporo", "Incheon", "Daegu", "Gwangju", "Shenyang", "Dalian", "Harbin",
          "Khabarovsk", "Irkutsk", "Novosibirsk", "Geneva", "Vienna", "Helsinki", "Stockholm",
          "Canberra", "Wellington", "Honolulu", "Guam", "Okinawa", "Taipei", "Macau", "Kaesong",
          "Sinuiju", "Rason", "Chengdu", "Xiamen", "Qingdao", "Tianjin", "Kazan", "Sochi", "Davos"]
RU_PEOPLE = {"Andrey Rudenko", "Sergey Lavrov", "Sergei Lavrov"}
CN_PEOPLE = {"Wang Yi"}

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Template:
    header: str  # everything before the first body paragraph (furniture, title, byline)
    footer: str  # everything after the last body paragraph
    body: list[str]


def _load_seeds() -> tuple[list[Template], list[str], list[str]]:
    templates, paragraphs, sentences = [], [], []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text("utf-8")
        blocks = re.split(r"(\n[ \t]*\n)", text)  # keep the separators: furniture spacing stays
        body_idx = [i for i, b in enumerate(blocks) if i % 2 == 0 and len(b.strip()) >= 200]
        first, last = body_idx[0], body_idx[-1]
        header = "".join(blocks[:first])
        footer = "".join(blocks[last + 1 :])
        body = [blocks[i].strip() for i in body_idx]
        templates.append(Template(header, footer, body))
        paragraphs.extend(body)
        for p in body:
            sentences.extend(s.strip() for s in _SENTENCE.split(p) if len(s.strip()) > 30)
    return templates, paragraphs, sentences


def _name(rng: random.Random, full: str) -> tuple[str, str]:
    if full in RU_PEOPLE:
        last = rng.choice(RUSSIAN_LAST)
        return f"{rng.choice(RUSSIAN_FIRST)} {last}", last
    if full in CN_PEOPLE:
        fam = rng.choice(CHINESE_FAMILY)
        return f"{fam} {rng.choice(CHINESE_GIVEN)}", fam
    fam = rng.choice(KOREAN_FAMILY)
    a, b = rng.sample(KOREAN_SYLL, 2)
    given = f"{a.capitalize()}-{b}"
    if full == "Hyun-ik Hong":  # the seed writes this one given-name first
        return f"{given} {fam}", fam
    return f"{fam} {given}", fam


def _varier(rng: random.Random):
    """A function that renames people and places in a text, consistently for one article."""
    mapping: dict[str, str] = {}
    for full, short in SEED_PEOPLE:
        if rng.random() < 0.8:
            new_full, new_short = _name(rng, full)
            mapping[full] = new_full
            mapping.setdefault(short, new_short)
    for place in SEED_PLACES:
        if rng.random() < 0.7:
            mapping[place] = rng.choice(PLACES)
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b") if keys else None

    def vary(text: str) -> str:
        return pattern.sub(lambda m: mapping[m.group(1)], text) if pattern else text

    return vary


def generate(out: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` articles under ``out`` (in sub-folders of 1,000) and return their paths."""
    templates, paragraphs, sentences = _load_seeds()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        tpl = templates[rng.randrange(len(templates))]
        vary = _varier(rng)
        target = rng.randint(MIN_BYTES, MAX_BYTES)
        header, footer = vary(tpl.header), vary(tpl.footer)
        budget = target - len(header.encode()) - len(footer.encode())
        body: list[str] = []
        # Open with the template's own lead paragraph, so title and lead agree.
        lead = vary(tpl.body[0])
        size = len(lead.encode())
        body.append(lead)
        while size < budget:
            if rng.random() < 0.5:
                para = rng.choice(paragraphs)
            else:
                para = " ".join(rng.sample(sentences, rng.randint(2, 5)))
            para = vary(para)
            room = budget - size
            if len(para.encode()) > room + 200 and size > 0:
                # Trim to whole sentences so the article lands near its target size.
                kept = []
                for s in _SENTENCE.split(para):
                    if len(" ".join(kept + [s]).encode()) > room:
                        break
                    kept.append(s)
                if not kept:
                    break
                para = " ".join(kept)
            body.append(para)
            size += len(para.encode()) + 2
        text = header + "\n\n".join(body) + "\n\n" + footer
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        path = folder / f"{i:06d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    paths = generate(args.out, args.n, args.seed)
    sizes = [p.stat().st_size for p in paths]
    print(f"{len(paths)} articles in {args.out}, {min(sizes)}-{max(sizes)} bytes, "
          f"mean {sum(sizes) / len(sizes):.0f}")


if __name__ == "__main__":
    main()
