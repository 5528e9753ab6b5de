"""The per-file unit of work: a source file in, an Article (or the reason it was skipped) out.

Kept free of index state so that it can run in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


def build_article(src: SourceFile) -> tuple[Article | SkippedFile, str]:
    """Read, clean and describe one file; returns the result and the content digest."""
    try:
        text, encoding = read_source(src.path)
    except UnreadableFile as err:
        return SkippedFile(src.rel_path, str(err)), ""
    article = parse_article(
        src.rel_path,
        src.rel_path,
        text,
        encoding=encoding,
        is_html=src.path.suffix.lower() in HTML_SUFFIXES,
    )
    return article, file_digest(text.encode("utf-8", "surrogatepass"))
