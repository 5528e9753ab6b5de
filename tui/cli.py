"""The ``briefing`` command: open the reader, or index, search and export from a shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from index import BriefingError, __version__
from index.model import Progress as IndexProgress
from index.model import UpdateReport

from . import output
from .paths import bundled_corpus

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    """argparse, with the user's own arguments echoed safely in usage errors."""

    def _print_message(self, message, file=None):
        if message:
            message = "\n".join(output.visible(line) for line in message.split("\n"))
        super()._print_message(message, file)


def build_parser() -> argparse.ArgumentParser:
    # Corpus options are accepted before or after the command; SUPPRESS keeps a subcommand's
    # parser from overwriting a value given before the command with its own default.
    def corpus_options(default) -> argparse.ArgumentParser:
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument(
            "--corpus",
            metavar="DIR",
            type=Path,
            default=default,
            help="folder of articles (.txt, .md, .html), searched recursively "
            "(default: the bundled seeds)",
        )
        common.add_argument(
            "--index-dir",
            metavar="DIR",
            type=Path,
            default=default,
            help="where the index lives (default: per corpus under the user cache dir; "
            "also BRIEFING_INDEX_DIR)",
        )
        return common

    parser = _Parser(
        prog="briefing",
        description="A keyboard-driven reader for a stack of news and analysis articles.",
        parents=[corpus_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub = corpus_options(argparse.SUPPRESS)

    p = commands.add_parser("index", parents=[sub], help="build or update the index, and report")
    p.add_argument("--rebuild", action="store_true", help="discard the index and build it anew")

    p = commands.add_parser("search", parents=[sub], help="search the corpus")
    p.add_argument("query", help='words, "phrases", AND/OR/NOT, prefix*, field:value')
    p.add_argument("--limit", type=_positive_int, default=10, metavar="N", help="hits to show")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = commands.add_parser("export", parents=[sub], help="print the whole corpus as JSON")
    p.add_argument("--json", action="store_true", help="JSON output (the only format)")

    p = commands.add_parser("quotes", parents=[sub], help="who said what, across the corpus")
    p.add_argument("--speaker", metavar="NAME", help="only quotes whose speaker's name contains NAME")
    p.add_argument(
        "--category",
        choices=("analyst", "official", "leader", "other"),
        help="only quotes from speakers of this kind",
    )
    p.add_argument("--named", action="store_true", help="only quotes from named speakers")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = commands.add_parser("actors", parents=[sub], help="people, organisations and countries")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = commands.add_parser("list", parents=[sub], help="list the articles")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = Console(highlight=False, soft_wrap=False)
    err = Console(stderr=True, highlight=False)
    command: Callable[[argparse.Namespace, Console, Console], int] = COMMANDS[
        args.command or "reader"
    ]
    try:
        return command(args, out, err)
    except BriefingError as error:
        err.print(Text(f"briefing: error: {output.visible(error)}"), soft_wrap=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.print(Text("briefing: interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `briefing export | head`: the reader went away; not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK


# -- opening the corpus -----------------------------------------------------------------------


def open_corpus(args: argparse.Namespace, err: Console, *, rebuild: bool = False):
    """Every command starts here: the corpus's index, built or updated first as needed."""
    from index import Corpus  # loads Whoosh; keep it off `briefing --help`

    root = args.corpus or bundled_corpus()
    with index_progress(err) as on_progress:
        corpus = Corpus.open(root, args.index_dir, rebuild=rebuild, on_progress=on_progress)
    report_skipped(corpus.report, err)
    return corpus


@contextmanager
def index_progress(err: Console):
    """A Rich progress bar on a terminal while files are (re)indexed; nothing otherwise."""
    if not err.is_terminal:
        yield None
        return
    bar = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}", style="dim", markup=False),
        console=err,
        transient=True,
    )
    task = None

    def on_progress(progress: IndexProgress) -> None:
        nonlocal task
        if task is None:
            bar.start()
            task = bar.add_task("", total=progress.total)
        bar.update(task, completed=progress.done, description=output.visible(progress.path))

    try:
        yield on_progress
    finally:
        if task is not None:
            bar.stop()


def report_skipped(report: UpdateReport, err: Console) -> None:
    show = output.visible
    for skipped in report.skipped:
        line = f"briefing: warning: skipped {show(skipped.path)}: {show(skipped.reason)}"
        err.print(Text(line), soft_wrap=True)
    for problem in report.warnings:
        line = f"briefing: warning: {show(problem.path)}: {show(problem.reason)}"
        err.print(Text(line), soft_wrap=True)


def corpus_label(corpus) -> str:
    return f"{output.visible(corpus.root)} ({corpus.article_count()} articles)"


# -- commands ---------------------------------------------------------------------------------


def cmd_index(args, out: Console, err: Console) -> int:
    corpus = open_corpus(args, err, rebuild=args.rebuild)
    report = corpus.report
    verb = "Rebuilt" if report.rebuilt else "Updated" if report.touched else "Up to date:"
    out.print(
        Text(
            f"{verb} {corpus_label(corpus)}: {len(report.added)} added, "
            f"{len(report.changed)} changed, {len(report.removed)} removed, "
            f"{report.unchanged} unchanged, {len(report.skipped)} skipped "
            f"in {report.seconds:.2f} s"
        ),
        soft_wrap=True,
    )
    out.print(Text(f"index: {output.visible(corpus.index_dir)}", style="dim"), soft_wrap=True)
    return EXIT_OK


def cmd_search(args, out: Console, err: Console) -> int:
    corpus = open_corpus(args, err)
    result = corpus.search(args.query, limit=args.limit)
    if args.json:
        print(output.dumps(output.search_json(result)))
        return EXIT_OK
    if not result.hits:
        line = Text(f"No articles match {result.query!r}.")
        if result.suggestion:
            line.append(f" Did you mean: {result.suggestion}")
        out.print(line, soft_wrap=True)
        return EXIT_OK
    shown = len(result.hits)
    out.print(Text(f"{result.total} article{'s' * (result.total != 1)} match; showing {shown}.", style="dim"), soft_wrap=True)
    for rank, hit in enumerate(result.hits, 1):
        out.print(output.hit_view(rank, hit))
    return EXIT_OK


def cmd_export(args, out: Console, err: Console) -> int:
    corpus = open_corpus(args, err)
    document = {
        "corpus": str(corpus.root),
        "articles": [output.article_json(a) for a in corpus.iter_articles()],
    }
    print(output.dumps(document))
    return EXIT_OK


def cmd_list(args, out: Console, err: Console) -> int:
    corpus = open_corpus(args, err)
    articles = corpus.articles()
    if getattr(args, "json", False):
        print(output.dumps({"corpus": str(corpus.root), "articles": [a.__dict__ for a in articles]}))
        return EXIT_OK
    if out.is_terminal:
        out.print(output.article_table(articles, corpus_label(corpus)))
    else:  # piped: one tab-separated line per article, for grep, cut and sort
        for article in articles:
            print(output.article_tsv(article))
    return EXIT_OK


def cmd_quotes(args, out: Console, err: Console) -> int:
    corpus = open_corpus(args, err)
    refs = corpus.quotes(
        speaker=args.speaker, category=args.category, named=True if args.named else None
    )
    if args.json:
        print(output.dumps({"corpus": str(corpus.root), "quotes": [output.quote_json(r) for r in refs]}))
        return EXIT_OK
    if not refs:
        out.print(Text("No quotes match."), soft_wrap=True)
        return EXIT_OK
    for ref in refs:
        out.print(output.quote_view(ref))
    out.print(Text(f"{len(refs)} quote{'s' * (len(refs) != 1)}", style="dim"), soft_wrap=True)
    return EXIT_OK


def cmd_actors(args, out: Console, err: Console) -> int:
    corpus = open_corpus(args, err)
    refs = corpus.actors()
    if args.json:
        print(output.dumps({"corpus": str(corpus.root), "actors": [output.actor_json(r) for r in refs]}))
        return EXIT_OK
    if out.is_terminal:
        out.print(output.actor_table(refs, corpus_label(corpus)))
    else:
        for ref in refs:
            print(output.actor_tsv(ref))
    return EXIT_OK


def cmd_reader(args, out: Console, err: Console) -> int:
    """The Textual reader when a person is at a terminal; the article list when piped."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        err.print(
            Text("briefing: not a terminal, so printing the article list instead of the reader"),
            soft_wrap=True,
        )
        return cmd_list(args, out, err)
    from .app import run_reader

    return run_reader(args.corpus or bundled_corpus(), args.index_dir)


COMMANDS = {
    "reader": cmd_reader,
    "quotes": cmd_quotes,
    "actors": cmd_actors,
    "index": cmd_index,
    "search": cmd_search,
    "export": cmd_export,
    "list": cmd_list,
}


if __name__ == "__main__":
    sys.exit(main())
