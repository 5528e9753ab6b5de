"""Reading a source file into text: size and binary checks, then decoding."""

from __future__ import annotations

import codecs
import errno
import unicodedata
from pathlib import Path

__all__ = ["MAX_BYTES", "UnreadableFile", "read_source"]

MAX_BYTES = 20 * 1024 * 1024  # 20 MB: far beyond any article; protects memory and time
_MB = 1024 * 1024

BINARY_SNIFF_BYTES = 8192
# Share of control bytes (other than \t \n \r \f \b and ESC) in the first 8 KB above which
# a file is binary. ESC is allowed: text with ANSI colours is text, sanitize() cleans it.
MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"

# Decodings worth a second look when charset-normalizer's pick reads badly: the legacy
# encodings of the corpora we expect (Korean, Western European).
FALLBACK_ENCODINGS = ("cp949", "cp1252", "latin_1")
# Non-ASCII characters that are normal in text of any script and say nothing about it.
_NEUTRAL = frozenset("\u00a0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00ab\u00bb\u00b0\u00a9")
_SCORE_SAMPLE = 4000  # non-ASCII characters looked at when scoring a decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableFile(Exception):
    """A file the ingest cannot use; ``reason`` is one line a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOENT, errno.ESTALE):
        return "vanished while reading"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    detail = (exc.strerror or str(exc) or type(exc).__name__).lower()
    return f"cannot read file ({detail})"


# A few NUL bytes inside text that is otherwise valid UTF-8 (a paste from a terminal, a bad
# export) do not make it binary: at most this share of NULs, and the whole file must decode.
MAX_NUL_SHARE = 0.001


def _stray_nuls_only(data: bytes, head: bytes) -> bool:
    """Whether ``data`` is UTF-8 text with a handful of stray NUL bytes (sanitize drops them)."""
    if data.count(b"\x00") > max(1, int(len(data) * MAX_NUL_SHARE)):
        return False
    if _looks_binary(head.replace(b"\x00", b"")) is not None:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(head: bytes) -> str | None:
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    if head:
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if controls / len(head) > MAX_CONTROL_SHARE:
            return "binary file (control bytes)"
    return None


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


def _readability(text: str) -> tuple[float, str]:
    """How much ``text`` reads like one writing system (1.0 = perfectly coherent).

    Letters are grouped by script (ASCII letters count as Latin); non-ASCII characters that
    are neither letters nor common punctuation count against. A wrong legacy decoding
    gives a mix of scripts and stray symbols, a right one does not.
    """
    scripts: dict[str, int] = {}
    ascii_letters = sum(1 for c in text[: _SCORE_SAMPLE * 4] if c.isascii() and c.isalpha())
    scripts["LATIN"] = ascii_letters
    junk = 0
    seen = 0
    for ch in text[: _SCORE_SAMPLE * 50]:
        if ch.isascii() or ch in _NEUTRAL:
            continue
        seen += 1
        if seen > _SCORE_SAMPLE:
            break
        if ch.isalpha():
            key = _script(ch)
            scripts[key] = scripts.get(key, 0) + 1
        elif not ch.isspace():
            junk += 1
    total = sum(scripts.values()) + junk
    script = max(scripts, key=scripts.__getitem__)
    return (scripts[script] / total if total else 0.0), script


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only legacy-encoded files need it

    candidates: list[tuple[str, str]] = []
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        candidates.append((str(best), best.encoding))
    for name in FALLBACK_ENCODINGS:
        if any(enc == name for _, enc in candidates):
            continue
        try:
            candidates.append((data.decode(name), name))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise UnreadableFile("cannot decode text (not UTF-8 and no known encoding fits)")
    # The first candidate (charset-normalizer's) wins ties; another decoding must read
    # clearly better to replace it. One exception: between two decodings that both read as
    # Latin script (cp1250 vs cp1252 on a short French text, say), Windows-1252 wins, being
    # by far the most common legacy encoding of Latin-script text.
    scored = []
    for i, (text, enc) in enumerate(candidates):
        score, script = _readability(text)
        scored.append((score, -i, text, enc, script))
    score, _, text, enc, script = max(scored)
    if script == "LATIN" and enc != "cp1252":
        western = next((c for c in scored if c[3] == "cp1252"), None)
        if western is not None and western[4] == "LATIN" and western[0] >= score - 0.01:
            score, _, text, enc, script = western
    if score < 0.6:
        raise UnreadableFile("cannot decode text (not UTF-8 and no known encoding fits)")
    if enc == "latin_1" and any("\x80" <= c <= "\x9f" for c in text):
        # C1 controls in "Latin-1" text are Windows-1252 punctuation in practice.
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return text, enc


def read_source(path: Path) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``path``, or raise :class:`UnreadableFile`.

    UTF-8 (with or without BOM) first, then charset-normalizer with a plausibility check
    against the usual legacy encodings. Binary, empty, whitespace-only, oversized and
    unreadable files raise ``UnreadableFile`` with a one-line reason; nothing else is
    raised for a bad file.
    """
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(
                f"file too large ({size / _MB:.1f} MB > {MAX_BYTES // _MB} MB limit)"
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except UnreadableFile:
        raise
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from None
    except Exception as exc:  # noqa: BLE001 - a bad file must never crash the ingest
        raise UnreadableFile(f"cannot read file ({type(exc).__name__})") from None
    if len(data) > MAX_BYTES:  # grew between stat and read
        raise UnreadableFile(f"file too large (> {MAX_BYTES // _MB} MB limit)")
    if not data:
        raise UnreadableFile("empty file")
    head = data[:BINARY_SNIFF_BYTES]
    reason = _looks_binary(head)
    has_bom = data.startswith(tuple(bom for bom, _ in _BOMS))
    if reason and not has_bom and not (b"\x00" in head and _stray_nuls_only(data, head)):
        raise UnreadableFile(reason)
    try:
        text, encoding = _decode(data)
    except UnreadableFile:
        raise
    except Exception:  # noqa: BLE001 - decoder bugs are the file's problem, not the caller's
        raise UnreadableFile("cannot decode text (not UTF-8 and no known encoding fits)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise UnreadableFile("empty file (whitespace only)")
    return text, encoding
