"""The one text sanitiser of the project.

Everything that reaches a terminal goes through :func:`sanitize` first: newlines are
normalised and every terminal control sequence is removed *whole* (an escape sequence
is never half-removed, which would leave its parameters behind as visible garbage or,
worse, let the rest of it be interpreted). Bracketed text such as ``[bold]`` or
``[@click=app.quit]`` is left alone: escaping markup is the front end's job.
"""

from __future__ import annotations

import re

__all__ = ["SUSPECT_CHARS", "sanitize"]

# One alternation, sequences first, then the single characters. Order matters: a whole
# sequence must be matched before its introducer could be removed on its own.
_CONTROL_RE = re.compile(
    r"""
      \x1b\[ [0-?]* [ -/]* [@-~]                          # CSI: ESC [ params intermediates final
    | \x9b   [0-?]* [ -/]* [@-~]                          # 8-bit CSI
    | (?:\x1b\]|\x9d) [^\x07\x1b\x9c\n]* (?:\x07|\x1b\\|\x9c)?   # OSC ... BEL | ST (unterminated: to end of line)
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]) [^\x1b\x9c\n]* (?:\x1b\\|\x9c)?  # DCS / SOS / PM / APC ... ST
    | \x1b [ -/]* [0-~]                                   # other ESC sequences (nF, Fp, Fe, Fs)
    | [\x00-\x08\x0b-\x1f\x7f-\x9f]                      # remaining C0 (not \t \n), DEL, C1
    | [\u202a-\u202e\u2066-\u2069]                        # bidi embeddings, overrides, isolates
    | [\u200b\u2060-\u2064\ufeff\u180e\U000e0000-\U000e007f]  # invisible; not ZWJ/ZWNJ
    """,
    re.VERBOSE,
)

# Cheap pre-check: most text has nothing to remove, and ``search`` on a character class
# is much faster than ``sub`` with the alternation above.
INVISIBLE_CHARS = "\u200b\u2060-\u2064\ufeff\u180e\U000e0000-\U000e007f"
# Every character the sanitiser removes on its own (sequences start with one of these too).
SUSPECT_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069" + INVISIBLE_CHARS
_ANY_CONTROL_RE = re.compile(f"[{SUSPECT_CHARS}]")


def sanitize(text: str) -> str:
    """Return ``text`` with newlines normalised and control sequences removed.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``; ANSI/VT escape sequences (CSI, OSC, DCS,
    two-character ESC sequences and their 8-bit C1 forms) are removed whole; remaining
    C0 controls except ``\\n`` and ``\\t``, DEL, C1 controls, bidi override/isolate
    characters and invisible zero-width characters (ZWSP, word joiner, invisible operators,
    a stray BOM, tag characters) are removed. ZWJ and ZWNJ stay: some scripts and emoji need
    them. Idempotent.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_CONTROL_RE.search(text) is None:
        return text
    return _CONTROL_RE.sub("", text)
