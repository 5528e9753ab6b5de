from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.ingest import sanitize  # noqa: E402


@pytest.mark.parametrize("markup", ["[/]", "[@click=app.quit]", "[bold]", "[link=https://x.y]z[/link]"])
def test_bracketed_markup_survives_literally(markup):
    assert sanitize(markup) == markup


def test_csi_colour_removed_whole():
    assert sanitize("\x1b[31mred\x1b[0m") == "red"
    assert sanitize("a\x1b[1;38;5;196mb\x1b[2Kc\x1b[?25ld") == "abcd"


def test_osc52_clipboard_removed_whole():
    assert sanitize("x\x1b]52;c;ZXZpbCBjb21tYW5k\x07y") == "xy"
    assert sanitize("x\x1b]52;c;ZXZpbA==\x1b\\y") == "xy"


def test_osc8_hyperlink_removed_whole():
    text = "see \x1b]8;;https://evil.example/\x1b\\this link\x1b]8;;\x1b\\ now"
    assert sanitize(text) == "see this link now"


def test_unterminated_osc_stops_at_line_end():
    assert sanitize("a\x1b]0;title\nnext line") == "a\nnext line"


def test_other_escape_sequences_and_c1_forms():
    assert sanitize("a\x1bcb") == "ab"  # RIS
    assert sanitize("a\x1b(Bb") == "ab"  # charset designation (nF)
    assert sanitize("a\x9b31mb") == "ab"  # 8-bit CSI
    assert sanitize("a\x9d8;;u\x9cb") == "ab"  # 8-bit OSC with 8-bit ST
    assert sanitize("a\x1bP1$r\x1b\\b") == "ab"  # DCS


def test_bidi_overrides_and_isolates_removed():
    assert sanitize("abc\u202edcba\u202c") == "abcdcba"
    assert sanitize("\u2066x\u2067y\u2068z\u2069\u202a\u202b\u202d") == "xyz"


def test_controls_removed_but_newline_and_tab_kept():
    assert sanitize("a\x00b\x07c\x08d\x7fe\x85f\tg\nh") == "abcdef\tg\nh"


def test_newlines_normalised():
    assert sanitize("a\r\nb\rc\n") == "a\nb\nc\n"


def test_plain_text_unchanged_and_idempotent():
    text = "Plain “quoted” text — with Korean 한국어 and Vietnamese Quốc Tế.\n"
    assert sanitize(text) == text
    dirty = "\x1b[31m\x1b\x1b]52;c;x\x07[31m\u202e\x00"
    assert sanitize(sanitize(dirty)) == sanitize(dirty)
