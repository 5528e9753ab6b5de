"""Finding the article files under a corpus root."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["SUFFIXES", "discover", "discover_relative"]

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def is_article_file(name: str) -> bool:
    """True for a visible file name with one of :data:`SUFFIXES` (any case)."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES


def is_html_file(path: Path | str) -> bool:
    return os.path.splitext(str(path))[1].lower() in HTML_SUFFIXES


def discover(root: Path) -> list[Path]:
    """All article files under ``root``, sorted by their relative posix path."""
    return [Path(path) for _, path in discover_relative(root)]


def discover_relative(root: Path) -> list[tuple[str, str]]:
    """``(relative posix path, path)`` of every article file under ``root``, sorted.

    Recurses into sub-directories, following directory symlinks but never entering the
    same real directory twice (so symlink loops end). Hidden files and directories (name
    starting with '.') are skipped, as are directories that cannot be listed.
    """
    root = Path(root)
    if root.is_file():
        return [(root.name, str(root))] if is_article_file(root.name) else []
    found: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()
    # Plain directories first, symlinked ones only once no plain directory is left, so a
    # directory reachable both ways is listed under its real path. Deterministic order.
    plain: list[tuple[str, str]] = [(str(root), "")]  # (directory path, relative prefix)
    linked: list[tuple[str, str]] = []
    while plain or linked:
        if plain:
            directory, prefix = plain.pop()
        else:
            linked.sort(key=lambda item: item[1], reverse=True)
            directory, prefix = linked.pop()
        try:
            st = os.stat(directory)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue
        seen.add(key)
        try:
            with os.scandir(directory) as entries:
                listing = sorted(entries, key=lambda e: e.name, reverse=True)
        except OSError:
            continue
        for entry in listing:
            name = entry.name
            if name.startswith("."):
                continue
            rel = f"{prefix}{name}"
            try:
                if entry.is_dir(follow_symlinks=True):
                    (linked if entry.is_symlink() else plain).append((entry.path, rel + "/"))
                elif entry.is_file(follow_symlinks=True) and is_article_file(name):
                    found.append((rel, entry.path))
            except OSError:
                continue
    found.sort(key=lambda item: item[0])
    return found
