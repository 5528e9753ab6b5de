"""Making strings that did not come through the ingest (file names, queries, messages) and
text whose offsets matter safe for a terminal. Used by the CLI and the reader alike.

Indexed text is sanitised at ingest (``index.sanitize``); these are the front end's own
defences, for what reaches a terminal by other roads.
"""

from __future__ import annotations

import re

from index.sanitize import INVISIBLE_CHARS

REPLACEMENT = "\ufffd"

# Indexed text is sanitised at ingest, but file and folder names, queries and error messages
# are not: whatever reaches a terminal goes through one of these first. Rich's Text keeps
# brackets literal but passes ESC and C1 bytes through, so a file named "\x1b]0;pwned\x07.txt"
# would retitle the window without them.

# C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, invisible characters, line and
# paragraph separators.
_OTHER_UNSAFE = f"\\x7f-\\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029{INVISIBLE_CHARS}"
# What JSON (with ensure_ascii=False) would write raw but a terminal might act on.
JSON_UNSAFE_CHARS = _OTHER_UNSAFE
_UNSAFE = re.compile(f"[\\x00-\\x1f{_OTHER_UNSAFE}]")
_UNSAFE_KEEP_NL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f{_OTHER_UNSAFE}]")


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
    return _UNSAFE.sub(_escape, str(value))


def keep_offsets(text: str) -> str:
    """Multi-line data text safe for a terminal, one character for one, so highlight spans
    stay true: each unsafe character (not newline or tab) becomes U+FFFD."""
    return _UNSAFE_KEEP_NL.sub(REPLACEMENT, text)
