"""Faults in the input: odd files, hostile text and hostile queries. Each case gives a result,
a one-line skip warning or a one-line error; never a traceback, never a hang, and nothing from
an article is ever interpreted by the terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from rich.console import Console

from index import Corpus
from index.errors import CorpusError, QueryError
from index.extract import extract
from index.ingest import MAX_BYTES, UnreadableFile, parse_article, read_source, sanitize
from index.ingest import source as source_mod
from tui import cli, output
from tui.cli import main

KOREAN = (
    "조태열 외교부 장관이 6일 왕이 중국 외교부장과 첫 통화를 했다. "
    "양국은 한반도 문제에 대해 긴밀히 소통하기로 합의했다.\n"
)
FRENCH = "Le ministre français a évoqué la coopération économique à Genève, déjà très avancée.\n"
PLAIN = "A plain article about talks\n\nThe talks in Seoul went on for two days, officials said.\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def corpus_of(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    root = tmp_path / "corpus"
    root.mkdir(exist_ok=True)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return root


# -- files --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"   \n\t\n  \r\n", "empty file (whitespace only)"),
        (bytes(range(256)) * 40, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000), "binary file"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + os.urandom(3000), "binary file"),
        (bytes((i * 7919) % 128 + 128 for i in range(4000)), "cannot decode text"),
        (__import__("gzip").compress(b"hello world " * 1000, mtime=0), "binary file"),
        (b"%PDF-1.4\n" + bytes((i * 7919) % 255 + 1 for i in range(4000)), "binary file"),
    ],
    ids=["empty", "whitespace", "all-bytes", "png", "elf", "high-bytes", "gzip", "pdf-ish"],
)
def test_unusable_files_are_skipped_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_source(path)
    assert str(caught.value).startswith(reason)
    assert "\n" not in str(caught.value)


def test_undecodable_bytes_never_crash(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"Officials said \xff\xfe\xfa\xc3\x28 talks went on.\n" * 5)
    try:
        text, _ = read_source(path)
    except UnreadableFile as err:
        assert "\n" not in str(err)
    else:
        assert "Officials said" in text and "talks went on" in text


@pytest.mark.parametrize(
    "encoding, text, word",
    [
        ("cp949", "한국 외교\n\n" + KOREAN * 3, "외교부"),
        ("euc-kr", "한국 외교\n\n" + KOREAN * 3, "장관이"),
        ("latin-1", "Genève\n\n" + FRENCH * 3, "coopération"),
    ],
)
def test_legacy_encodings_decode_right_and_are_searchable(tmp_path, capsys, encoding, text, word):
    root = corpus_of(tmp_path, {"legacy.txt": text.encode(encoding), "plain.txt": PLAIN})
    decoded, _ = read_source(root / "legacy.txt")
    assert decoded == text  # not mojibake
    code, out, err = run(capsys, "search", word, "--json", "--corpus", root, "--index-dir", tmp_path / "ix")
    assert code == 0, err
    data = json.loads(out)
    assert [hit["path"] for hit in data["hits"]] == ["legacy.txt"]


def test_a_file_over_the_limit_is_skipped_by_stat_without_reading(tmp_path, monkeypatch, capsys):
    big = tmp_path / "corpus" / "big.txt"
    big.parent.mkdir()
    with open(big, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "corpus" / "ok.txt").write_text(PLAIN, encoding="utf-8")
    opened: list[str] = []
    real_open = open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    with pytest.raises(UnreadableFile) as caught:
        read_source(big)
    assert str(big) not in opened  # decided by stat alone
    assert str(caught.value) == f"file too large (50.0 MB > {MAX_BYTES // 2**20} MB limit)"
    monkeypatch.undo()
    code, out, err = run(capsys, "list", "--corpus", tmp_path / "corpus", "--index-dir", tmp_path / "ix")
    assert code == 0
    assert one_line(err) == "briefing: warning: skipped big.txt: file too large (50.0 MB > 20 MB limit)"
    assert "ok.txt" in out


# These guards catch quadratic blow-ups, not slowness: they count this process's CPU time,
# which other work on a shared machine does not inflate the way it does wall time.
def _index_seconds(text: str) -> float:
    started = time.process_time()
    article = parse_article("long.txt", "long.txt", text)
    extract(article)
    return time.process_time() - started


def test_a_single_3mb_line_cleans_in_linear_time():
    unit = "The talks went on, officials said, and the ministry agreed. "
    one = (unit * (2**20 // len(unit) + 1))[: 2**20]
    parse_article("warm.txt", "warm.txt", one[:5000])
    started = time.process_time()
    article = parse_article("x.txt", "x.txt", one)
    t1 = time.process_time() - started
    started = time.process_time()
    article3 = parse_article("x.txt", "x.txt", one * 3)
    t3 = time.process_time() - started
    assert article.text == one.strip() and article3.text == (one * 3).strip()
    assert t3 < 10
    assert t3 < 3 * t1 * 2.5 + 0.5, (t1, t3)  # linear, with room for noise


def test_a_single_1mb_line_of_prose_indexes_quickly():
    unit = 'Kim met President Yoon in Seoul, officials said. "We will talk," said Park Min-hee. '
    one = (unit * (2**20 // len(unit) + 1))[: 2**20]
    _index_seconds(one[:5000])
    assert _index_seconds(one) < 10


def test_a_single_line_of_names_extracts_in_bounded_time():
    # Every word is a name mention here, the worst case for the extractor: before the
    # window bound on the look-back for a title, 3 MB of it took minutes.
    code = (
        "import sys; sys.path.insert(0, '.')\n"
        "from index.ingest import parse_article\nfrom index.extract import extract\n"
        "unit = 'Kim, Lee, Park, '\n"
        "text = (unit * (2**20 // len(unit) + 1))[: 2**20]\n"
        "extract(parse_article('x', 'x.txt', text))\n"
        "import time; print(time.process_time())\n"
    )
    try:  # the wall-clock limit only stops a hang; the bound is on CPU time
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, timeout=120, check=True,
            capture_output=True, text=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("1 MB line of names not extracted in 120 s")
    assert float(done.stdout) < 15, f"1 MB line of names took {float(done.stdout):.0f} s of CPU"


def test_a_file_that_vanishes_or_cannot_be_read_is_skipped(tmp_path, monkeypatch, capsys):
    root = corpus_of(tmp_path, {"gone.txt": PLAIN, "locked.txt": PLAIN, "ok.txt": PLAIN})
    real_open = open

    def flaky_open(file, mode="r", *args, **kwargs):
        name = Path(str(file)).name
        if name == "gone.txt":
            raise FileNotFoundError(2, "No such file or directory", str(file))
        if name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(source_mod, "open", flaky_open, raising=False)
    code, out, err = run(capsys, "list", "--corpus", root, "--index-dir", tmp_path / "ix")
    assert code == 0
    assert "briefing: warning: skipped gone.txt: vanished while reading" in err
    assert "briefing: warning: skipped locked.txt: permission denied" in err
    assert "Traceback" not in err and "ok.txt" in out


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_chmod_000_is_skipped(tmp_path, capsys):
    root = corpus_of(tmp_path, {"locked.txt": PLAIN, "ok.txt": PLAIN})
    (root / "locked.txt").chmod(0)
    try:
        code, _, err = run(capsys, "list", "--corpus", root, "--index-dir", tmp_path / "ix")
    finally:
        (root / "locked.txt").chmod(0o644)
    assert code == 0 and "skipped locked.txt: permission denied" in err


def test_symlink_loops_end(tmp_path, capsys):
    root = corpus_of(tmp_path, {"a/one.txt": PLAIN, "two.txt": PLAIN})
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(root / "self")  # a link to itself
    (root / "x.txt").symlink_to(root / "y.txt")
    (root / "y.txt").symlink_to(root / "x.txt")  # a file-link loop
    code, out, err = run(capsys, "list", "--corpus", root, "--index-dir", tmp_path / "ix")
    assert code == 0 and "Traceback" not in err
    assert sorted(line.split("\t")[3] for line in out.splitlines()) == ["a/one.txt", "two.txt"]


def test_missing_and_empty_corpus_folders_are_one_line_errors(tmp_path, capsys):
    code, _, err = run(capsys, "list", "--corpus", tmp_path / "nope", "--index-dir", tmp_path / "ix")
    assert code == 1 and "does not exist" in one_line(err)
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "search", "x", "--corpus", tmp_path / "empty", "--index-dir", tmp_path / "ix2")
    assert code == 1 and one_line(err).startswith("briefing: error: no articles in")
    corpus_of(tmp_path, {"bad.txt": b""})
    code, _, err = run(capsys, "list", "--corpus", tmp_path / "corpus", "--index-dir", tmp_path / "ix3")
    assert code == 1 and "no readable articles" in err and "Traceback" not in err


def test_three_thousand_tiny_files_index_and_list(tmp_path, capsys):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(3000):
        (root / f"{i:04d}.txt").write_text(f"Note {i} on talks\n\nOfficials met for round {i}.\n")
    started = time.perf_counter()
    code, out, err = run(capsys, "list", "--corpus", root, "--index-dir", tmp_path / "ix")
    assert code == 0, err
    assert len(out.splitlines()) == 3000
    code, out, _ = run(capsys, "search", "round", "--json", "--limit", "5", "--corpus", root, "--index-dir", tmp_path / "ix")
    assert code == 0 and json.loads(out)["total"] == 3000
    assert time.perf_counter() - started < 240


# -- hostile text -------------------------------------------------------------------------------

MARKUP = ["[/]", "[@click=app.quit]quit[/]", "[bold red]red[/bold red]", "[link=https://x]lnk[/link]"]
ESCAPES = [
    "\x1b[31m", "\x1b[0m", "\x1b[2J", "\x1b[10;10H", "\x1b]0;pwned\x07",
    "\x1b]52;c;cHduZWQ=\x07", "\x1b]8;;https://evil.example\x07", "\x1b]8;;\x07", "\x9b31m",
]
HOSTILE = (
    "Hostile [bold]title[/] \x1b]0;pwned\x07 [@click=app.quit]q[/]\n\n"
    "Markup " + " and ".join(MARKUP) + " in the talks.\n\n"
    "Escapes \x1b[31mcolour\x1b[0m move\x1b[2J\x1b[10;10H title\x1b]0;pwned\x07 clip"
    "\x1b]52;c;cHduZWQ=\x07 link \x1b]8;;https://evil.example\x07text\x1b]8;;\x07 c1\x9b31m done.\n\n"
    "Bidi \u202eevil\u202c zero\u200bwidth keep\u200dzwj nul\x00byte talks.\n\n"
    '"We will not accept [@click=app.quit]this[/] deal," said Park Min-hee, a senior analyst '
    "at the Sejong Institute.\n"
)


@pytest.fixture
def hostile(tmp_path):
    root = corpus_of(tmp_path, {"hostile.txt": HOSTILE, "plain.txt": PLAIN})
    return ["--corpus", root, "--index-dir", tmp_path / "ix"]


def test_sanitize_removes_sequences_whole_and_zero_width_but_keeps_zwj():
    for seq in ESCAPES:
        assert sanitize(f"a{seq}b") == "ab", repr(seq)
    assert sanitize("a\u200bb\u2060c\ufeffd\U000e0041e") == "abcde"
    assert sanitize("क्\u200dष \u200c") == "क्\u200dष \u200c"
    assert sanitize("\u202eevil\u202c") == "evil"
    assert sanitize("nul\x00byte") == "nulbyte"


def test_nul_bytes_inside_valid_text_do_not_make_it_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    text, encoding = read_source(path)
    assert encoding == "utf-8" and "nul\x00byte" in text
    assert "nulbyte" in parse_article("x", "x.txt", text).text


def _terminal(monkeypatch) -> io.StringIO:
    """Make the CLI's stdout a colour terminal, captured."""
    buffer = io.StringIO()
    real = Console

    def console(*args, **kwargs):
        if kwargs.get("stderr"):
            return real(*args, **kwargs)
        return real(*args, file=buffer, force_terminal=True, color_system="truecolor", width=200, **kwargs)

    monkeypatch.setattr(cli, "Console", console)
    return buffer


def _assert_safe(shown: str) -> None:
    assert "\x1b]" not in shown and "\x9b" not in shown and "\x07" not in shown
    assert "\u202e" not in shown and "\u200b" not in shown and "\x00" not in shown
    # Rich's own colour codes are fine; nothing from the article may move the cursor or clear.
    for seq in ("\x1b[2J", "\x1b[10;10H", "\x1b[31mcolour"):
        assert seq not in shown


@pytest.mark.parametrize("command", [["search", "talks"], ["list"], ["quotes"], ["actors"]])
def test_cli_on_a_terminal_shows_markup_literally_and_no_escapes(capsys, monkeypatch, hostile, command):
    screen = _terminal(monkeypatch)
    code, _, err = run(capsys, *command, *hostile)
    assert code == 0, err
    shown = screen.getvalue()
    _assert_safe(shown)
    if command[0] == "search":
        for token in MARKUP:
            assert token in shown, token
    if command[0] in ("search", "list"):
        assert "[@click=app.quit]q[/]" in shown
    if command[0] == "quotes":
        assert "[@click=app.quit]this[/]" in shown


@pytest.mark.parametrize("command", [["search", "talks"], ["list"], ["quotes"], ["actors"]])
def test_cli_piped_shows_no_escapes(capsys, hostile, command):
    code, out, err = run(capsys, *command, *hostile)
    assert code == 0, err
    assert "\x1b" not in out and "\x1b" not in err
    _assert_safe(out)


def test_export_json_has_no_escapes_and_literal_brackets(capsys, hostile):
    code, out, err = run(capsys, "export", "--json", *hostile)
    assert code == 0, err
    assert "\x1b" not in out and "\x9b" not in out and "\\u001b" not in out and "\\u009b" not in out
    data = json.loads(out)
    article = next(a for a in data["articles"] if a["path"] == "hostile.txt")
    for token in MARKUP:
        assert token in article["text"]
    assert "keep\u200dzwj" in article["text"] and "zerowidth" in article["text"]
    for quote in article["quotes"]:
        assert article["text"][quote["start"] : quote["end"]] == quote["text"]


def test_hostile_file_names_are_shown_escaped(tmp_path, capsys, monkeypatch):
    root = corpus_of(tmp_path, {
        "a \x1b]0;pwned\x07 \x1b[31mred.txt": PLAIN,
        "b\u202e[@click=app.quit].txt": b"\x00\x01\x02" * 50,
    })
    args = ["--corpus", root, "--index-dir", tmp_path / "ix"]
    code, out, err = run(capsys, "list", *args)
    assert code == 0
    assert "\x1b" not in out + err and "\u202e" not in err
    assert "a \\x1b]0;pwned\\x07 \\x1b[31mred.txt" in out
    assert "skipped b\\u202e[@click=app.quit].txt: binary file" in err
    screen = _terminal(monkeypatch)
    run(capsys, "search", "talks", *args)
    assert "\x1b]0;" not in screen.getvalue() and "\\x1b]0;pwned" in screen.getvalue()
    _, out, _ = run(capsys, "export", "--json", *args)
    assert "\x1b" not in out and "\u202e" not in out
    assert {a["path"] for a in json.loads(out)["articles"]} == {"a \x1b]0;pwned\x07 \x1b[31mred.txt"}


def test_output_helpers():
    assert output.visible("a\x1b[2Jb\u202ec\u200dd") == "a\\x1b[2Jb\\u202ec\u200dd"
    assert output.keep_offsets("a\x1b[1mb\nc") == "a\ufffd[1mb\nc"
    data = {"x": "a\x9b\u202e\U000e0041\u2028z [@click=app.quit]"}
    text = output.dumps(data)
    assert json.loads(text) == data and "\x9b" not in text and "\u202e" not in text


# -- queries ------------------------------------------------------------------------------------

QUERIES = [
    '"unclosed', "a (b", "a b)", "((a)", "AND", "NOT", "OR", "a AND", "NOT NOT", "AND OR",
    "foo:bar", "title:", "speaker:", ":", "a:b:c", "title:*", "x" * 10_000, "*", "?*", "**", "?",
    "^.*$", "[a-z]+", "(a|b)", "\\d{3}", "!!!", "...", "-", "&&", "||", "{", "]", "a~2",
    "\x00", "a\x00b", "\x1b[31m", "korea\x1b]0;x\x07", "\u202e", "\u200b", '""', "()",
    "k*" * 100, "a OR " * 150 + "b", "(" * 50 + "a" + ")" * 50, "[a TO]", "date:[2020 TO 2024]",
    "korea", "title:(thaw OR summit)", 'quote:"communication"', "NOT NOT korea", "korea NOT (NOT x)",
]


@pytest.mark.parametrize("query", QUERIES, ids=[repr(q[:20]) for q in QUERIES])
def test_queries_answer_or_explain_in_one_line_quickly(seeds_corpus, query):
    started = time.perf_counter()
    try:
        result = seeds_corpus.search(query)
    except QueryError as err:
        message = str(err)
        assert message and "\n" not in message and len(message) < 200
    else:
        assert result.total >= 0
    assert time.perf_counter() - started < 5


def test_field_followed_by_a_phrase_or_group_is_a_value(seeds_corpus):
    assert seeds_corpus.search("title:(thaw OR summit)").total >= 1
    assert seeds_corpus.search('quote:"communication"').total >= 1
    with pytest.raises(QueryError, match="needs a value"):
        seeds_corpus.search("title: thaw")


@pytest.mark.parametrize(
    "query", ['"unclosed', "a (b", "AND", "foo:bar", "title:", "x" * 10_000, "*", "(a|b)", "\x1b[31m\x00"]
)
def test_bad_queries_on_the_cli_exit_1_with_one_line(capsys, tmp_path, query):
    code, out, err = run(capsys, "search", query, "--corpus", SEEDS, "--index-dir", tmp_path / "ix")
    if code == 0:  # understood after all: an answer, not an error
        assert "Traceback" not in err and "\x1b" not in out
        return
    assert code == 1 and out == ""
    line = one_line(err)
    assert line.startswith("briefing: error: ") and "\x1b" not in line and "\x00" not in line


def test_not_a_corpus(tmp_path, capsys):
    file = tmp_path / "file.txt"
    file.write_text(PLAIN)
    with pytest.raises(CorpusError):
        Corpus.open(file, tmp_path / "ix")
    code, _, err = run(capsys, "list", "--corpus", file, "--index-dir", tmp_path / "ix")
    assert code == 1 and "is not a folder" in one_line(err)


def test_progress_bar_shows_hostile_file_names_literally():
    from index.model import Progress

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with cli.index_progress(console) as on_progress:  # markup in a name used to raise MarkupError
        on_progress(Progress(0, 2, "[/]bad [@click=app.quit]x.txt"))
        on_progress(Progress(1, 2, "\x1b]0;pwned\x07.txt"))
    assert "\x1b]0;pwned" not in screen.getvalue()
