"""Making strings that did not come through the ingest (file names, queries, messages) and
text whose offsets matter safe for a terminal. Used by the CLI and the reader alike.

Indexed text is sanitised at ingest (``index.sanitize``); these are the front end's own
defences, for what reaches a terminal by other roads.
"""

from __future__ import annotations

import re
from functools import cache

REPLACEMENT = "\ufffd"

# Indexed text is sanitised at ingest, but file and folder names, queries and error messages
# are not: whatever reaches a terminal goes through one of these first. Rich's Text keeps
# brackets literal but passes ESC and C1 bytes through, so a file named "\x1b]0;pwned\x07.txt"
# would retitle the window without them.


@cache
def _unsafe_chars() -> str:
    """C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, invisible characters, line
    and paragraph separators (newline and tab aside); a character class's contents."""
    # Loaded on first use: the index package's import is not free, and a reader's first frame
    # needs none of this.
    from index.sanitize import INVISIBLE_CHARS

    return f"\\x7f-\\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029{INVISIBLE_CHARS}"


@cache
def _unsafe_re(keep_newlines: bool) -> re.Pattern:
    c0 = "\\x00-\\x08\\x0b-\\x1f" if keep_newlines else "\\x00-\\x1f"
    return re.compile(f"[{c0}{_unsafe_chars()}]")


def __getattr__(name: str) -> str:
    # JSON_UNSAFE_CHARS: what JSON (with ensure_ascii=False) would write raw but a terminal
    # might act on; made on first use, as the patterns are.
    if name == "JSON_UNSAFE_CHARS":
        return _unsafe_chars()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(value: object) -> str:
    """A one-line data string (a path, a title, a name, a message) safe for a terminal:
    every control, bidi or invisible character is shown as its escape (``\\x1b``), so a
    name stays recognisable and nothing in it is interpreted."""
    if value is None:
        return ""
    text = str(value)
    # Every unsafe character is unprintable in Python's sense (a test checks all of Unicode).
    return text if text.isprintable() else _unsafe_re(False).sub(_escape, text)


def keep_offsets(text: str) -> str:
    """Multi-line data text safe for a terminal, one character for one, so highlight spans
    stay true: each unsafe character (not newline or tab) becomes U+FFFD."""
    return _unsafe_re(True).sub(REPLACEMENT, text)
