"""From decoded text to an :class:`~index.model.Article`: sanitise, classify, read metadata."""

from __future__ import annotations

import html as html_lib
import re
from datetime import date

from ..model import PARAGRAPH_SEPARATOR, Article, Line, LineKind
from ..sanitize import sanitize
from . import cues
from .cleaner import Classified, classify, split_lines
from .metadata import (
    author_from_byline,
    dates_in,
    is_name_like,
    resolve_date,
    source_from_copyright,
    source_from_email,
    source_from_repeated_masthead,
)

__all__ = ["detect_language", "parse_article"]

# py3langid walks its input byte by byte in Python (~0.5 us per UTF-8 byte), so it reads
# only the start of the clean text: a few hundred bytes identify a language reliably.
LANG_SAMPLE_CHARS = 2000
LANG_SAMPLE_BYTES = 300
LANG_MIN_LETTERS = 20

# "(April 2023 No.25) Title" -> "Title": a series/issue label in front of a headline.
_TITLE_LABEL_RE = re.compile(r"^[(\[][^()\[\]]{1,40}[)\]]\s*(?=\S)")
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+")


def parse_article(
    article_id: str,
    rel_path: str,
    text: str,
    *,
    encoding: str = "utf-8",
    is_html: bool = False,
) -> Article:
    """Clean ``text`` (a decoded file) into an :class:`Article`. Never raises for bad input.

    Every non-blank line of the sanitised text is classified (see :mod:`.cleaner`);
    ``Article.text`` is the content lines joined by a blank line, and each content
    ``Line`` locates itself in both ``raw`` and ``text``. Metadata comes from the lines'
    own evidence (:func:`read_metadata`), ``None`` where the text does not say.

    HTML goes through trafilatura first: ``raw`` is then the page's main text (its
    paragraphs as lines, the headline first), and trafilatura's title/author/date/site
    name fill whatever the text itself does not say.
    """
    meta: dict[str, str | None] = {}
    raw = sanitize(text)
    if is_html:
        raw, meta = _html_to_text(raw)
    try:
        return _build(article_id, rel_path, raw, encoding, meta)
    except Exception:  # noqa: BLE001 - a cleaner bug must not lose an article
        # Not expected (the property tests call _build directly to keep bugs visible), but
        # if it happens the article is still indexed: every line kept as body, no metadata.
        return _unclassified(article_id, rel_path, raw, encoding)


def _build(article_id: str, rel_path: str, raw: str, encoding: str, meta: dict) -> Article:
    lines = split_lines(raw)
    result = classify(lines)
    out: list[Line] = []
    parts: list[str] = []
    pos = 0
    # The language of the article is best read off its body, not its headline or byline.
    body_start = -1
    for f, kind in zip(lines, result.kinds):
        if kind.is_content:
            if parts:
                pos += len(PARAGRAPH_SEPARATOR)
            if body_start < 0 and kind is LineKind.BODY:
                body_start = pos
            parts.append(f.text)
            out.append(Line(kind, f.start, f.end, pos, pos + len(f.text)))
            pos += len(f.text)
        else:
            out.append(Line(kind, f.start, f.end))
    clean = PARAGRAPH_SEPARATOR.join(parts)
    found = read_metadata(result, clean)
    body_start = max(body_start, 0)
    for key in ("title", "author", "date", "source"):
        if not found[key] and meta.get(key):
            found[key] = meta[key]
    return Article(
        id=article_id,
        path=rel_path,
        title=found["title"],
        source=found["source"],
        date=found["date"],
        author=found["author"],
        language=detect_language(clean[body_start:]) or detect_language(clean),
        text=clean,
        raw=raw,
        lines=tuple(out),
        encoding=encoding,
    )


def _unclassified(article_id: str, rel_path: str, raw: str, encoding: str) -> Article:
    lines: list[Line] = []
    parts: list[str] = []
    pos = 0
    for f in split_lines(raw):
        if parts:
            pos += len(PARAGRAPH_SEPARATOR)
        parts.append(f.text)
        lines.append(Line(LineKind.BODY, f.start, f.end, pos, pos + len(f.text)))
        pos += len(f.text)
    return Article(
        id=article_id, path=rel_path, title=None, source=None, date=None, author=None,
        language=None, text=PARAGRAPH_SEPARATOR.join(parts), raw=raw, lines=tuple(lines),
        encoding=encoding,
    )


# --- metadata ------------------------------------------------------------------------------


def clean_title(line: str) -> str:
    line = _MARKDOWN_HEADING_RE.sub("", line)
    label = _TITLE_LABEL_RE.match(line)
    if label and len(line[label.end():].split()) >= 3:
        return line[label.end():]
    return line


def read_metadata(result: Classified, clean_text: str) -> dict[str, str | None]:
    """Title, author, date and source, each from the lines that say it, else ``None``."""
    lines, kinds = result.lines, result.kinds
    title = clean_title(lines[result.title_index].core) if result.title_index is not None else None
    bylines = [f.core for f, k in zip(lines, kinds) if k is LineKind.BYLINE]

    author = next((a for a in map(author_from_byline, bylines) if a), None)
    if author is None:
        author = next((b for b in bylines if is_name_like(b)), None)

    found_date: date | None = None
    for line in bylines:
        readings = dates_in(line)
        if readings:
            found_date, other = readings[0]
            if other is not None:
                found_date = resolve_date(found_date, other, clean_text)
            break

    source = next((s for f in lines if f.copyright and (s := source_from_copyright(f.core))), None)
    if source is None:
        source = next((s for s in map(source_from_repeated_masthead, bylines) if s), None)
    if source is None and result.masthead and _corroborated(result.masthead, bylines):
        source = result.masthead
    if source is None:
        chrome = [f.core for f, k in zip(lines, kinds) if k in (LineKind.BYLINE, LineKind.FURNITURE)]
        source = next((s for s in map(source_from_email, chrome) if s), None)

    return {
        "title": title,
        "author": author,
        "date": found_date.isoformat() if found_date else None,
        "source": source,
    }


def _corroborated(name: str, bylines: list[str]) -> bool:
    """Whether a byline line (an author's address or institution) repeats a distinctive word
    of a masthead candidate: "Sejong Focus" above, "hyunik@sejong.org" below."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", name.lower()) if w not in _COMMON_WORDS]
    evidence = " ".join(bylines).lower()
    return any(w in evidence for w in words)


_COMMON_WORDS = cues.STOP_WORDS | cues.SECTION_WORDS | cues.UI_WORDS | cues.ROLE_WORDS


# English prose is a third to a half function words; no other language's text has that many
# of *these* words. Deciding English from them spares loading py3langid's model (0.7 s, a
# cost every process that indexes would pay) for the commonest case; anything else still
# goes to the model.
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from it be are has have had "
    "said were will an this not but which its their been would also who they".split()
)
_ENGLISH_SHARE = 0.25
_ENGLISH_MIN_WORDS = 30
# The sample's words are its runs of ASCII letters, lower-cased. They are read off bytes:
# every other character becomes one "?" byte in ASCII and then a space, so runs of letters
# and their lengths are those of the text, and one translate call lower-cases them all.
_ENGLISH_WORD_BYTES = frozenset(w.encode("ascii") for w in _ENGLISH_WORDS)
_LETTERS_ONLY = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)


def _clearly_english(sample: str) -> bool:
    letters = sample.encode("ascii", "replace").translate(_LETTERS_ONLY)
    words = letters.split()
    n = len(words)
    if n < _ENGLISH_MIN_WORDS:
        return False
    common = sum(map(_ENGLISH_WORD_BYTES.__contains__, words))
    # The words joined by single spaces, as long as the letters they hold plus the spaces.
    joined_length = len(letters) - letters.count(b" ") + n - 1
    return common >= _ENGLISH_SHARE * n and joined_length >= 0.6 * len(sample)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``: English from its function words when that is clear,
    otherwise py3langid on its first few hundred bytes; ``None`` if it cannot tell."""
    sample = text[:LANG_SAMPLE_BYTES]
    if sum(map(str.isalpha, sample)) < LANG_MIN_LETTERS:
        return None
    if _clearly_english(text[:LANG_SAMPLE_CHARS]):
        return "en"
    # Cut on a byte budget (Hangul is three bytes a character), at a character boundary.
    data = text[:LANG_SAMPLE_CHARS].encode("utf-8")[:LANG_SAMPLE_BYTES]
    data = data.decode("utf-8", "ignore").encode("utf-8")
    import py3langid  # lazy: loading the model costs ~0.1 s

    try:
        language, _score = py3langid.classify(data)
    except Exception:  # noqa: BLE001 - a language guess is never worth a crash
        return None
    return language or None


# --- HTML ----------------------------------------------------------------------------------

_SCRIPT_RE = re.compile(r"(?is)<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->")
_BLOCK_RE = re.compile(r"(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|title|pre)\b[^>]*>")
_TAG_RE = re.compile(r"<[^>]*>")


def _strip_tags(markup: str) -> str:
    """Last resort when trafilatura finds nothing: the page's text, one block per line."""
    markup = _SCRIPT_RE.sub(" ", markup)
    markup = _BLOCK_RE.sub("\n", markup)
    return html_lib.unescape(_TAG_RE.sub(" ", markup))


def _html_to_text(markup: str) -> tuple[str, dict[str, str | None]]:
    meta: dict[str, str | None] = {}
    body = None
    try:
        import trafilatura  # lazy: importing costs ~0.3 s

        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a page trafilatura cannot parse is still text
        doc = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
        body = get("text")
        for key, attr in (("title", "title"), ("author", "author"), ("source", "sitename")):
            value = get(attr)
            meta[key] = sanitize(value).strip() or None if isinstance(value, str) else None
        meta["date"] = _confirmed_date(get("date"), markup)
    if not body or not body.strip():
        body = _strip_tags(markup)
    body = sanitize(body)
    title = meta.get("title")
    if title and title not in body[: len(title) + 200]:
        body = f"{title}\n\n{body}"  # the headline lives in <title>/<h1>, outside the main text
    return body, meta


def _confirmed_date(value: object, markup: str) -> str | None:
    """trafilatura's date, only if the page itself writes it (not a guess from a year)."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    if value in markup:
        return value
    written = {d.isoformat() for d, _ in dates_in(markup)}
    return value if value in written else None

