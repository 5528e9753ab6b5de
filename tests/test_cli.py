"""The `briefing` command line: output shapes for scripts, and one-line errors with exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS
from tui.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def corpus_args(tmp_path):
    return ["--corpus", SEEDS, "--index-dir", tmp_path / "index"]


def test_search_json_shape(capsys, corpus_args):
    code, out, err = run(capsys, "search", "Rudenko", "--json", *corpus_args)
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"query", "total", "hits"}
    assert data["query"] == "Rudenko" and data["total"] == 1
    (hit,) = data["hits"]
    assert set(hit) >= {"article_id", "path", "title", "score", "fragments"}
    assert hit["article_id"] == "000_b3567f55901810fa.txt"
    frag = hit["fragments"][0]
    assert set(frag) >= {"text", "highlights"}
    start, end = frag["highlights"][0]
    assert frag["text"][start:end] == "Rudenko"


def test_search_on_a_terminal_shows_titles_and_fragments(capsys, corpus_args):
    code, out, _ = run(capsys, "search", '"trilateral summit"', "--limit", "1", *corpus_args)
    assert code == 0
    assert "2 articles match; showing 1." in out
    assert "trilateral summit" in out.lower()


def test_search_without_hits_suggests(capsys, corpus_args):
    code, out, _ = run(capsys, "search", "Rudenkoo", *corpus_args)
    assert code == 0
    assert "Did you mean: rudenko" in out


def test_export_json_shape(capsys, corpus_args):
    code, out, err = run(capsys, "export", "--json", *corpus_args)
    assert code == 0, err
    data = json.loads(out)
    assert data["corpus"] == str(SEEDS)
    assert len(data["articles"]) == 5
    for article in data["articles"]:
        assert set(article) >= {
            "id", "path", "title", "source", "date", "author", "language", "text", "actors", "quotes",
        }
        assert (SEEDS / article["path"]).is_file()
        assert article["path"].endswith(article["id"].rsplit("/", 1)[-1])
        assert isinstance(article["actors"], list) and isinstance(article["quotes"], list)


def test_export_text_round_trips_the_articles(capsys, corpus_args):
    from index import Corpus

    _, out, _ = run(capsys, "export", *corpus_args)
    exported = {a["id"]: a["text"] for a in json.loads(out)["articles"]}
    with Corpus.open(SEEDS, corpus_args[-1]) as corpus:
        assert exported == {a.id: corpus.article(a.id).text for a in corpus.articles()}


def test_index_command_reports_what_it_did(capsys, corpus_args):
    code, out, _ = run(capsys, "index", *corpus_args)
    assert code == 0 and "5 added" in out
    code, out, _ = run(capsys, "index", *corpus_args)
    assert code == 0 and "Up to date" in out and "5 unchanged" in out
    code, out, _ = run(capsys, "index", "--rebuild", *corpus_args)
    assert code == 0 and out.startswith("Rebuilt")


def test_options_may_come_before_the_command(capsys, tmp_path):
    code, out, _ = run(capsys, "--corpus", SEEDS, "--index-dir", tmp_path / "ix", "search", "Rudenko", "--json")
    assert code == 0 and json.loads(out)["total"] == 1


def test_default_command_lists_the_bundled_corpus(capsys):
    code, out, _ = run(capsys)
    assert code == 0
    assert "Many reasons why China-Korea relations will soon thaw" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--corpus", "/nonexistent/corpus"], "does not exist"),
        (["search", '"unclosed', "--corpus", SEEDS], "unclosed quotation mark"),
        (["index", "--corpus", SEEDS, "--index-dir", "/dev/null/index"], "cannot create index folder"),
    ],
)
def test_errors_are_one_line_with_a_nonzero_exit(capsys, tmp_path, args, message):
    if "--index-dir" not in args:
        args = [*args, "--index-dir", tmp_path / "index"]
    code, out, err = run(capsys, *args)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("briefing: error: ") and message in err


def test_empty_corpus_is_an_error(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "index", "--corpus", tmp_path / "empty", "--index-dir", tmp_path / "ix")
    assert code == 1 and "no articles" in err


def test_skipped_files_are_named_in_a_warning(capsys, seed_copy, tmp_path):
    (seed_copy / "broken.txt").write_bytes(b"\xff\x00\xfe" * 50)
    code, _, err = run(capsys, "index", "--corpus", seed_copy, "--index-dir", tmp_path / "ix")
    assert code == 0
    assert "briefing: warning: skipped broken.txt:" in err


def test_version_and_help_run_as_an_installed_command():
    for flag, expected in (("--version", "briefing 0.1.0"), ("--help", "usage: briefing")):
        done = subprocess.run(
            [sys.executable, "-m", "tui.cli", flag], cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0 and expected in done.stdout


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "x", "--limit", "0"])
    assert exit_info.value.code == 2


def test_quotes_json_filters_named_analysts(capsys, corpus_args):
    code, out, err = run(capsys, "quotes", "--category", "analyst", "--named", "--json", *corpus_args)
    assert code == 0, err
    quotes = json.loads(out)["quotes"]
    assert quotes, "the seeds quote several named analysts"
    for quote in quotes:
        assert set(quote) >= {
            "article_id", "text", "speaker", "speaker_aliases", "speaker_named",
            "speaker_category", "cue", "start", "end", "person_id",
        }
        assert quote["speaker_named"] is True and quote["speaker_category"] == "analyst"
    assert {"Kang Jun-young", "Park Won-gon", "Doo Jin-ho", "Lee Dong-gyu"} <= {q["speaker"] for q in quotes}


def test_quotes_by_speaker_on_a_terminal(capsys, corpus_args):
    code, out, _ = run(capsys, "quotes", "--speaker", "professor kang", *corpus_args)
    assert code == 0
    assert "Kang Jun-young" in out and "Park Won-gon" not in out
    assert "3 quotes" in out


def test_export_offsets_point_at_the_quoted_words(capsys, corpus_args):
    _, out, _ = run(capsys, "export", *corpus_args)
    articles = json.loads(out)["articles"]
    assert sum(len(a["quotes"]) for a in articles) > 10
    for article in articles:
        for quote in article["quotes"]:
            assert article["text"][quote["start"] : quote["end"]] == quote["text"]


def test_actors_json_merges_spellings_across_articles(capsys, corpus_args):
    code, out, err = run(capsys, "actors", "--json", *corpus_args)
    assert code == 0, err
    actors = json.loads(out)["actors"]
    people = {a["name"]: a for a in actors if a["kind"] == "person"}
    lavrov = [a for a in actors if a["person_id"] and "lavrov" in a["person_id"]]
    assert len(lavrov) == 1 and len(lavrov[0]["articles"]) == 2
    assert {"Kim Hong-kyun", "Kim Jong-un", "Kim Il-kuk"} <= set(people)
    assert len({people[k]["person_id"] for k in ("Kim Hong-kyun", "Kim Jong-un", "Kim Il-kuk")}) == 3
    assert "Yonhap" not in {a["name"] for a in actors}
    assert {"organization", "country"} <= {a["kind"] for a in actors}


def test_speaker_and_actor_search_fields(capsys, corpus_args):
    _, out, _ = run(capsys, "search", "speaker:kang", "--json", *corpus_args)
    assert [h["article_id"] for h in json.loads(out)["hits"]] == ["000_b3567f55901810fa.txt"]
    _, out, _ = run(capsys, "search", "actor:rudenko", "--json", *corpus_args)
    assert [h["article_id"] for h in json.loads(out)["hits"]] == ["000_b3567f55901810fa.txt"]


def test_default_command_without_a_terminal_prints_the_list(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--index-dir", str(tmp_path / "ix")],
        cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0
    assert "not a terminal" in done.stderr
    assert "Many reasons why China-Korea relations will soon thaw" in done.stdout
