"""Build ``Article`` objects from raw text for tests and benchmarks.

Uses ``index.ingest.parse_article`` when the ingest stage provides it; until then a
fallback marks every non-blank line as BODY and joins them with blank lines.
"""

from __future__ import annotations

from ..model import Article, Line, LineKind


def fallback_article(raw: str, article_id: str = "test", path: str = "test.txt") -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[Line] = []
    parts: list[str] = []
    pos_raw = 0
    text_len = 0
    for chunk in raw.split("\n"):
        s = pos_raw
        pos_raw += len(chunk) + 1
        stripped = chunk.strip()
        if not stripped:
            continue
        rs = s + (len(chunk) - len(chunk.lstrip()))
        if parts:
            text_len += 2
        lines.append(Line(LineKind.BODY, rs, rs + len(stripped), text_len, text_len + len(stripped)))
        parts.append(stripped)
        text_len += len(stripped)
    text = "\n\n".join(parts)
    return Article(
        id=article_id, path=path, title=parts[0] if parts else None, source=None, date=None, author=None,
        language="en", text=text, raw=raw, lines=tuple(lines),
    )


def _parser():
    try:
        from ..ingest import parse_article  # type: ignore[attr-defined]
    except ImportError:
        return None
    return parse_article


def make_article(raw: str, article_id: str = "test", path: str = "test.txt", *, use_ingest: bool = True) -> Article:
    """An Article from raw text: the real ingest parser if present, else the fallback."""
    parse = _parser() if use_ingest else None
    if parse is not None:
        return parse(article_id, path, raw)
    return fallback_article(raw, article_id, path)
