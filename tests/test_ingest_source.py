"""read_source (decoding, unreadable files) and discover (walking a corpus)."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.ingest import MAX_BYTES, UnreadableFile, discover, read_source  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"

KOREAN = "한국과 중국은 양국 관계를 개선하기 위해 노력하고 있다. 시진핑 주석은 서울 방문 의사를 밝혔다.\n"
FRENCH = "Le café de la rue Saint-Honoré était plein. Les élèves ont réussi leur année à Genève.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_korean_legacy_encodings(tmp_path, encoding):
    text, used = read_source(_write(tmp_path, "ko.txt", KOREAN.encode(encoding)))
    assert text == KOREAN
    assert used.replace("-", "_").lower() in ("cp949", "euc_kr", "uhc")


def test_short_korean_cp949(tmp_path):
    text, _ = read_source(_write(tmp_path, "ko.txt", "한국 뉴스 속보".encode("cp949")))
    assert text == "한국 뉴스 속보"


def test_korean_fixture_file_is_cp949():
    text, used = read_source(FIXTURES / "korean_cp949.txt")
    assert "외교장관" in text and used == "cp949"


def test_latin1(tmp_path):
    text, used = read_source(_write(tmp_path, "fr.txt", FRENCH.encode("latin-1")))
    assert text == FRENCH
    assert used.replace("-", "_").lower() in ("latin_1", "iso8859_1", "cp1252", "windows_1252")


def test_short_latin1(tmp_path):
    text, _ = read_source(_write(tmp_path, "fr.txt", "naïve café".encode("latin-1")))
    assert text == "naïve café"


def test_utf8_and_utf8_with_bom(tmp_path):
    assert read_source(_write(tmp_path, "a.txt", "héllo 한국".encode())) == ("héllo 한국", "utf-8")
    text, used = read_source(_write(tmp_path, "b.txt", codecs.BOM_UTF8 + "héllo".encode()))
    assert text == "héllo" and used == "utf-8-sig"


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    text, _ = read_source(_write(tmp_path, "u.txt", "hello 한국".encode("utf-16")))
    assert text == "hello 한국"


def _reason(path: Path) -> str:
    with pytest.raises(UnreadableFile) as info:
        read_source(path)
    reason = str(info.value)
    assert reason == info.value.reason and "\n" not in reason and reason
    return reason


def test_binary_named_txt(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert _reason(_write(tmp_path, "photo.txt", png)) == "binary file (NUL bytes)"


def test_binary_control_bytes_without_nul(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 100 + b"text"
    assert _reason(_write(tmp_path, "x.txt", data)) == "binary file (control bytes)"


def test_empty_and_whitespace_only(tmp_path):
    assert _reason(_write(tmp_path, "e.txt", b"")) == "empty file"
    assert "empty file" in _reason(_write(tmp_path, "w.txt", b"  \n\t\r\n  \n"))
    assert "empty file" in _reason(_write(tmp_path, "b.txt", codecs.BOM_UTF8 + b"\n \n"))


def test_undecodable(tmp_path):
    data = bytes(range(0x80, 0x100)) * 8
    assert _reason(_write(tmp_path, "u.txt", data)) == (
        "cannot decode text (not UTF-8 and no known encoding fits)"
    )


def test_too_large_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(int(52.4 * 1024 * 1024))  # sparse: no 52 MB written
    assert _reason(path) == "file too large (52.4 MB > 20 MB limit)"
    assert MAX_BYTES == 20 * 1024 * 1024


def test_os_errors_become_reasons(tmp_path, monkeypatch):
    assert _reason(tmp_path / "gone.txt") == "vanished while reading"
    assert _reason(tmp_path) == "is a directory"
    path = _write(tmp_path, "secret.txt", b"hello")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    import index.ingest.source as source_module

    monkeypatch.setattr(source_module, "open", denied, raising=False)
    assert _reason(path) == "permission denied"


# --- discover ------------------------------------------------------------------------------


def test_discover_suffixes_hidden_and_order(tmp_path):
    for rel in [
        "b.txt", "a.MD", "z/c.Html", "z/d.htm", "z/e.pdf", "z/f.TXT", ".hidden.txt",
        ".git/g.txt", "y/.cache/h.md", "y/i.markdown", "noext",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == ["a.MD", "b.txt", "z/c.Html", "z/d.htm", "z/f.TXT"]


def test_discover_follows_dir_symlinks_without_looping(tmp_path):
    corpus = tmp_path / "corpus"
    outside = tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (corpus / "sub" / "a.txt").write_text("a")
    (outside / "o.txt").write_text("o")
    os.symlink(corpus, corpus / "sub" / "loop")  # a cycle back to the root
    os.symlink(outside, corpus / "linked")  # a directory elsewhere
    os.symlink(corpus / "sub", corpus / "again")  # the same directory twice
    found = [p.relative_to(corpus).as_posix() for p in discover(corpus)]
    assert found == ["linked/o.txt", "sub/a.txt"]


def test_discover_single_file_and_missing_root(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("x")
    assert discover(path) == [path]
    assert discover(tmp_path / "missing") == []
