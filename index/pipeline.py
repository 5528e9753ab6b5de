"""The per-file unit of work: a source file in, an Article (or the reason it was skipped) out.

Kept free of index state so that it can run in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .extract import extract
from .ingest import UnreadableFile, discover, parse_article, read_source
from .model import Article, SkippedFile
from .store import file_digest

HTML_SUFFIXES = frozenset({".html", ".htm"})


@dataclass(frozen=True)
class SourceFile:
    path: Path
    rel_path: str  # also the article id: stable for as long as the file keeps its place
    size: int
    mtime_ns: int


def list_sources(root: Path) -> list[SourceFile]:
    sources = []
    for path in discover(root):
        try:
            st = path.stat()
        except OSError:
            continue  # vanished between listing and stat: it simply is not in the corpus
        sources.append(SourceFile(path, path.relative_to(root).as_posix(), st.st_size, st.st_mtime_ns))
    return sources


@dataclass(frozen=True)
class Built:
    """What one file became: an article or the reason it was skipped, plus its digest and,
    when extraction failed on it, why (the article is still indexed, without quotes)."""

    result: Article | SkippedFile
    digest: str
    warning: str | None = None


def build_article(src: SourceFile) -> Built:
    """Read, clean, describe and extract one file."""
    try:
        text, encoding = read_source(src.path)
    except UnreadableFile as err:
        return Built(SkippedFile(src.rel_path, str(err)), "")
    digest = file_digest(text.encode("utf-8", "surrogatepass"))
    article = parse_article(
        src.rel_path,
        src.rel_path,
        text,
        encoding=encoding,
        is_html=src.path.suffix.lower() in HTML_SUFFIXES,
    )
    try:
        found = extract(article)
    except Exception as err:  # noqa: BLE001 - one odd article must not stop the corpus
        return Built(article, digest, f"actors and quotes not extracted ({type(err).__name__}: {err})")
    return Built(replace(article, actors=found.actors, quotes=found.quotes), digest)
