"""How the command line shows the library's data: Rich ``Text`` for people, JSON for scripts.

Article text never becomes markup: it goes into ``Text`` objects and highlights are spans.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from index import ActorRef, Article, ArticleSummary, Hit, QuoteRef, SearchResult

from .safe import JSON_UNSAFE_CHARS, keep_offsets, visible

HIGHLIGHT_STYLE = "bold black on yellow"

# -- JSON -------------------------------------------------------------------------------------
# These shapes are a public interface for scripts: add fields freely, never rename or remove.


def search_json(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "total": result.total,
        "suggestion": result.suggestion,
        "hits": [
            {
                "article_id": hit.article_id,
                "path": hit.path,
                "title": hit.title,
                "source": hit.source,
                "date": hit.date,
                "score": hit.score,
                "fragments": [
                    {
                        "text": frag.text,
                        "highlights": [list(span) for span in frag.highlights],
                        "offset": frag.offset,
                    }
                    for frag in hit.fragments
                ],
            }
            for hit in result.hits
        ],
    }


def article_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "author": article.author,
        "language": article.language,
        "encoding": article.encoding,
        "text": article.text,
        "actors": [asdict(actor) for actor in article.actors],
        "quotes": [asdict(quote) for quote in article.quotes],
    }


def quote_json(ref: QuoteRef) -> dict[str, Any]:
    return {
        "article_id": ref.article_id,
        "article_title": ref.article_title,
        "person_id": ref.person_id,
        **asdict(ref.quote),
    }


def actor_json(ref: ActorRef) -> dict[str, Any]:
    return {**asdict(ref.actor), "articles": list(ref.article_ids)}


# JSON escapes C0 controls itself; with ensure_ascii=False it writes C1 controls, bidi and
# invisible characters raw, and `briefing export --json` is often read on a terminal.
_JSON_UNSAFE = re.compile(f"[{JSON_UNSAFE_CHARS}]")


def _json_escape(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def dumps(data: Any) -> str:
    # The unsafe characters can only occur inside JSON strings, where \\uXXXX means the same.
    return _JSON_UNSAFE.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=2))


# -- people -----------------------------------------------------------------------------------


def article_table(articles: list[ArticleSummary], corpus_label: str) -> Table:
    table = Table(title=Text(corpus_label), title_justify="left", expand=False)
    table.add_column("Date", no_wrap=True)
    table.add_column("Source", overflow="fold", max_width=24)
    table.add_column("Title", overflow="fold")
    table.add_column("Quotes", justify="right")
    table.add_column("Id", overflow="fold", style="dim")
    for article in articles:
        table.add_row(
            Text(visible(article.date) or "-"),
            Text(visible(article.source) or "-"),
            Text(visible(article.title) or "(untitled)", style="bold"),
            Text(str(article.quote_count)),
            Text(visible(article.id)),
        )
    return table


def article_tsv(article: ArticleSummary) -> str:
    cells = (article.date, article.source, str(article.quote_count), article.id, article.title)
    return "\t".join(visible((cell or "-").replace("\t", " ")) for cell in cells)


def highlighted(text: str, spans, style: str = HIGHLIGHT_STYLE) -> Text:
    """``text`` as plain ``Text`` with ``spans`` styled: the one way matches get highlighted."""
    out = Text(keep_offsets(text))
    for start, end in spans:
        out.stylize(style, start, end)
    return out


def hit_view(rank: int, hit: Hit) -> Group:
    heading = Text.assemble(
        (f"{rank:>2}. ", "dim"),
        (visible(hit.title) or "(untitled)", "bold"),
        ("  ", ""),
        (" · ".join(visible(x) for x in (hit.source, hit.date, hit.article_id) if x), "dim"),
    )
    parts = [heading]
    for frag in hit.fragments:
        line = Text("    … ", style="dim")
        line.append_text(highlighted(frag.text, frag.highlights))
        line.append(" …", style="dim")
        parts.append(line)
    return Group(*parts)


def quote_view(ref: QuoteRef) -> Group:
    quote = ref.quote
    who = Text.assemble(
        (visible(quote.speaker), "bold" if quote.speaker_named else "italic"),
        (f"  {visible(quote.speaker_category)}", "cyan"),
        (f" · {visible(quote.cue)}" if quote.cue else "", "dim"),
        (f" · {visible(ref.article_title or ref.article_id)}", "dim"),
    )
    return Group(who, Text.assemble(("    “", "dim"), keep_offsets(quote.text), ("”", "dim")))


def actor_table(refs: list[ActorRef], corpus_label: str) -> Table:
    table = Table(title=Text(corpus_label), title_justify="left")
    table.add_column("Name", ratio=3, overflow="fold")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Role and affiliation", ratio=3, overflow="fold")
    for header in ("Mentions", "Quotes", "Articles"):
        table.add_column(header, justify="right", no_wrap=True)
    for ref in refs:
        actor = ref.actor
        name = Text(visible(actor.name), style="bold" if actor.kind == "person" else "")
        if actor.aliases:
            name.append(f" ({', '.join(map(visible, actor.aliases))})", style="dim")
        kind = actor.kind if actor.kind != "person" else f"{actor.category}"
        table.add_row(
            name,
            Text(visible(kind)),
            Text(", ".join(visible(x) for x in (actor.role, actor.affiliation) if x) or "-"),
            Text(str(actor.mentions)),
            Text(str(actor.quote_count)),
            Text(str(len(ref.article_ids))),
        )
    return table


def actor_tsv(ref: ActorRef) -> str:
    actor = ref.actor
    cells = (
        actor.kind, actor.category, actor.name, actor.role, actor.affiliation,
        str(actor.mentions), str(actor.quote_count), str(len(ref.article_ids)),
    )
    return "\t".join(visible((cell or "-").replace("\t", " ")) for cell in cells)
