"""``Corpus``: a folder of articles and its index, the one object a front end talks to."""

from __future__ import annotations

import errno
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from filelock import FileLock, Timeout
from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from . import vocabulary
from .errors import ArticleNotFound, CorpusError, IndexBusyError, IndexDirError
from .extract import EXTRACTOR_VERSION, resolve_identities
from .model import (
    Actor,
    ActorRef,
    Article,
    ArticleSummary,
    Progress,
    QuoteRef,
    SearchResult,
    SkippedFile,
    UpdateReport,
)
from .pipeline import SourceFile, list_sources, prepare_all
from .query import finds_anything, matcher_for, parse_query, run_search
from .schema import SCHEMA_VERSION, build_schema
from .store import (
    INDEX_DIR_ENV,
    LOCK_NAME,
    WHOOSH_DIR_NAME,
    FileRecord,
    Manifest,
    decode_article,
    decode_extraction,
    decode_text,
    default_index_dir,
    prepare_index_dir,
    wipe_whoosh_dir,
)
from .writer import open_writer

ProgressCallback = Callable[[Progress], None]

# Commit this often during a long build, so that a killed process loses one batch, not hours.
COMMIT_EVERY = 1000


class Corpus:
    """A corpus folder and its index.

    Construction is cheap and touches nothing; ``update()`` brings the index in line with the
    files (only what changed is re-read); reads (``articles``, ``article``, ``search``) use the
    index as it stands.
    """

    def __init__(
        self, root: Path | str, index_dir: Path | str | None = None, *, memory_map: bool = True
    ) -> None:
        self.root = Path(root).expanduser()
        self.index_dir = Path(index_dir).expanduser() if index_dir else default_index_dir(self.root)
        # memory_map=False reads the index through file handles instead of mapping it: Whoosh
        # copies the mapped postings into memory, and every mapped page read stays resident;
        # ~200 MB at 10,000 articles, held for as long as a reader keeps the corpus open.
        self.memory_map = memory_map
        self._ix = None
        self._searcher: Searcher | None = None
        self._identities: dict[str, str] | None = None
        self._open_writer = None  # the Whoosh writer of an update in progress, if any

    @classmethod
    def open(
        cls,
        root: Path | str,
        index_dir: Path | str | None = None,
        *,
        rebuild: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> Corpus:
        """A corpus whose index is up to date; ``corpus.report`` says what the update did."""
        corpus = cls(root, index_dir)
        corpus.report = corpus.update(rebuild=rebuild, on_progress=on_progress)
        return corpus

    # -- updating -----------------------------------------------------------------------------

    def update(
        self,
        *,
        rebuild: bool = False,
        on_progress: ProgressCallback | None = None,
        lock_timeout: float = 60.0,
    ) -> UpdateReport:
        started = time.perf_counter()
        self._check_root()
        try:
            prepare_index_dir(self.index_dir)
        except IndexDirError as err:
            report = self._open_read_only(err)
        else:
            lock = FileLock(str(self.index_dir / LOCK_NAME), timeout=lock_timeout)
            try:
                with lock:
                    report = self._update_locked(rebuild, on_progress)
            except Timeout:
                raise IndexBusyError(
                    f"another briefing process has been updating {self.index_dir} for over "
                    f"{lock_timeout:.0f} s; wait for it to finish, then try again"
                ) from None
            except OSError as err:
                raise IndexDirError(_write_failure(self.index_dir, err)) from None
        self._refresh_searcher()
        if self.article_count() == 0:
            skipped = len(report.skipped)
            why = f" ({skipped} file{'s' * (skipped != 1)} skipped)" if skipped else ""
            raise CorpusError(f"no readable articles in {self.root}{why}")
        return _with_seconds(report, time.perf_counter() - started)

    def _open_read_only(self, why: IndexDirError) -> UpdateReport:
        """Serve an index we cannot write, as it was last built, rather than nothing."""
        manifest = Manifest.load(self.index_dir)
        ix = self._open_index() if manifest else None
        usable = (
            ix is not None
            and manifest.schema_version == SCHEMA_VERSION
            and manifest.corpus == str(self.root.resolve())
        )
        if not usable:
            raise why
        self._ix = ix
        self._identities = manifest.identities
        note = (
            f"{why}; showing the index as last built, so changes to the files since then "
            "are not shown"
        )
        return UpdateReport(
            unchanged=len(manifest.files),
            warnings=(SkippedFile(str(self.index_dir), note),),
            read_only=True,
        )

    def _check_root(self) -> None:
        if not self.root.exists():
            raise CorpusError(f"corpus folder {self.root} does not exist; pass --corpus DIR")
        if not self.root.is_dir():
            raise CorpusError(f"corpus {self.root} is not a folder; pass --corpus DIR")

    def _update_locked(self, rebuild: bool, on_progress: ProgressCallback | None) -> UpdateReport:
        corpus_key = str(self.root.resolve())
        manifest = None if rebuild else Manifest.load(self.index_dir)
        ix = self._open_index() if manifest else None
        fresh = (
            ix is None
            or manifest is None
            or manifest.schema_version != SCHEMA_VERSION
            # the files are read again so the current rules extract their actors and quotes
            or manifest.extractor_version != EXTRACTOR_VERSION
            or manifest.corpus != corpus_key
        )
        if fresh:
            self._close()
            ix = whoosh_index.create_in(wipe_whoosh_dir(self.index_dir), build_schema())
            manifest = Manifest(corpus=corpus_key)
        self._ix = ix

        sources = list_sources(self.root)
        if not sources:
            raise CorpusError(
                f"no articles in {self.root}: it holds no .txt, .md, .html or .htm files"
            )
        todo = [src for src in sources if not _unchanged(manifest.files.get(src.rel_path), src)]
        removed = tuple(sorted(set(manifest.files) - {src.rel_path for src in sources}))
        counts = _Changes(unchanged=len(sources) - len(todo))
        if todo or removed:
            words = set() if fresh else vocabulary.load(self.index_dir)
            self._apply(ix, manifest, todo, removed, counts, on_progress, words)
            # Words of removed articles stay: a suggestion is only offered if it finds something.
            vocabulary.save(self.index_dir, words)
        if todo or removed or fresh:
            manifest.identities = resolve_identities(
                name for _, record in sorted(manifest.files.items()) for name in record.people
            )
            manifest.save(self.index_dir)
        self._identities = manifest.identities
        return UpdateReport(
            added=tuple(counts.added),
            changed=tuple(counts.changed),
            removed=removed,
            unchanged=counts.unchanged,
            skipped=tuple(
                SkippedFile(rel, rec.skipped)
                for rel, rec in sorted(manifest.files.items())
                if rec.skipped is not None
            ),
            warnings=tuple(counts.warnings),
            rebuilt=fresh,
        )

    def _apply(self, ix, manifest, todo, removed, counts, on_progress, words: set[str]) -> None:
        """Write the changes, committing in batches; the manifest follows each commit. On any
        failure (a full disk, Ctrl-C) the open batch is cancelled: the index keeps its last
        commit and the manifest lists only what that commit holds, so the next run redoes
        exactly the rest."""
        writer = open_writer(ix)
        try:
            self._write(ix, writer, manifest, todo, removed, counts, on_progress, words)
        except BaseException:
            # _write commits as it goes; the writer still open holds only uncommitted work.
            _abandon(self._open_writer)
            raise
        finally:
            self._open_writer = None

    def _write(self, ix, writer, manifest, todo, removed, counts, on_progress, words) -> None:
        self._open_writer = writer
        for rel in removed:
            writer.delete_by_term("id", rel)
            del manifest.files[rel]
        stats = {src.rel_path: src for src in todo}
        pending = 0
        for done, prepared in enumerate(prepare_all(todo)):
            rel = prepared.rel_path
            src = stats[rel]
            if on_progress:
                on_progress(Progress(done, len(todo), rel))
            previous = manifest.files.get(rel)
            if previous and previous.skipped is None and previous.digest == prepared.digest:
                # Touched but not changed (a copy, a checkout): remember the new stat only.
                manifest.files[rel] = replace(previous, size=src.size, mtime_ns=src.mtime_ns)
                counts.unchanged += 1
                continue
            if prepared.document is None:
                if previous and previous.skipped is None:
                    writer.delete_by_term("id", rel)
                record = FileRecord(src.size, src.mtime_ns, prepared.digest, prepared.skipped)
            else:
                writer.update_document(**prepared.document)
                words.update(prepared.words)
                record = FileRecord(src.size, src.mtime_ns, prepared.digest, people=prepared.people)
                pending += 1
            if prepared.warning:
                counts.warnings.append(SkippedFile(rel, prepared.warning))
            (counts.changed if previous else counts.added).append(rel)
            manifest.files[rel] = record
            if pending >= COMMIT_EVERY:
                writer.commit()
                manifest.save(self.index_dir)
                writer = self._open_writer = open_writer(ix)
                pending = 0
        writer.commit()
        if on_progress:
            on_progress(Progress(len(todo), len(todo), ""))

    def _open_index(self):
        """The existing Whoosh index, or None when it is missing or unreadable (-> rebuild)."""
        whoosh_dir = self.index_dir / WHOOSH_DIR_NAME
        try:
            if not whoosh_index.exists_in(str(whoosh_dir)):
                return None
            ix = whoosh_index.open_dir(str(whoosh_dir))
            # Reading the schema and the doc count touches the TOC and segment files, so a
            # truncated or foreign index fails here rather than halfway through a search.
            if set(ix.schema.names()) != set(build_schema().names()):
                return None
            ix.doc_count()
            return ix
        except Exception:  # any corruption means: rebuild from the source files
            return None

    # -- reading ------------------------------------------------------------------------------

    def _refresh_searcher(self) -> None:
        if self._ix is None:
            self._ix = self._open_index()
            if self._ix is None:
                raise IndexDirError(
                    f"no index in {self.index_dir}; run: briefing index --corpus {self.root}"
                )
        # Read as each segment opens, in refresh() too; the writer turns maps off for itself.
        self._ix.storage.supports_mmap = self.memory_map
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        else:
            self._searcher = self._searcher.refresh()

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            self._refresh_searcher()
        return self._searcher

    def article_count(self) -> int:
        return self.searcher.doc_count()

    def articles(self) -> list[ArticleSummary]:
        """Every article, in path order, without its text."""
        rows = [
            ArticleSummary(
                id=f["id"],
                path=f["path"],
                title=f.get("title") or None,
                source=f.get("source") or None,
                date=f.get("date") or None,
                author=f.get("author") or None,
                language=f.get("language") or None,
                quote_count=int(f.get("quote_count") or 0),
            )
            for f in self.searcher.all_stored_fields()
        ]
        return sorted(rows, key=lambda a: a.path)

    def article(self, article_id: str) -> Article:
        """The article in full, its people carrying their corpus-wide ``person_id``."""
        docnum = self.searcher.document_number(id=article_id)
        if docnum is None:
            raise ArticleNotFound(f"no article {article_id!r} in this corpus")
        article = decode_article(self.searcher.stored_fields(docnum))
        return replace(article, actors=_with_person_ids(article.actors, self.identities))

    @property
    def identities(self) -> dict[str, str]:
        """Canonical person name -> person_id across the corpus (see extract.resolve_identities)."""
        if self._identities is None:
            manifest = Manifest.load(self.index_dir)
            self._identities = manifest.identities if manifest else {}
        return self._identities

    def actors(self) -> list[ActorRef]:
        """Every actor of the corpus, one entry per person (all spellings merged) and per
        organisation or country; people first, then by how many articles mention them."""
        merged: dict[tuple[str, str], tuple[Actor, list[str]]] = {}
        for fields, actors, _ in self._extractions():
            article_id = fields["id"]
            for actor in actors:
                key = (actor.kind, actor.person_id or actor.name)
                if key not in merged:
                    merged[key] = (actor, [article_id])
                    continue
                first, ids = merged[key]
                aliases = dict.fromkeys((*first.aliases, *actor.aliases))
                if actor.name != first.name:
                    aliases[actor.name] = None
                merged[key] = (
                    replace(
                        first,
                        aliases=tuple(a for a in aliases if a != first.name),
                        role=first.role or actor.role,
                        affiliation=first.affiliation or actor.affiliation,
                        mentions=first.mentions + actor.mentions,
                        quote_count=first.quote_count + actor.quote_count,
                    ),
                    ids + [article_id],
                )
        kinds = {"person": 0, "organization": 1, "country": 2}
        refs = [ActorRef(actor, tuple(ids)) for actor, ids in merged.values()]
        return sorted(
            refs,
            key=lambda r: (kinds.get(r.actor.kind, 3), -len(r.article_ids), -r.actor.mentions, r.actor.name),
        )

    def iter_articles(self) -> Iterator[Article]:
        """Every article in full, in path order."""
        for summary in self.articles():
            yield self.article(summary.id)

    def _extractions(self) -> Iterator[tuple[dict, tuple[Actor, ...], tuple]]:
        """(stored fields, actors with person ids, quotes) of every article, in path order,
        without decompressing any article text."""
        identities = self.identities
        # Only what the callers read is kept while sorting: not each article's text blob.
        wanted = ("id", "path", "title", "extraction")
        slim = ({k: f[k] for k in wanted if k in f} for f in self.searcher.all_stored_fields())
        for fields in sorted(slim, key=lambda f: f["path"]):
            actors, quotes = decode_extraction(fields)
            yield fields, _with_person_ids(actors, identities), quotes

    def quotes(
        self,
        *,
        speaker: str | None = None,
        category: str | None = None,
        named: bool | None = None,
        person_id: str | None = None,
    ) -> list[QuoteRef]:
        """Quotes across the corpus in reading order (article path, then position), filtered:
        ``speaker`` matches any part of the speaker's name or aliases, case-insensitively."""
        wanted = speaker.casefold() if speaker else None
        found = []
        for fields, actors, quotes in self._extractions():
            person_ids = {a.name: a.person_id for a in actors if a.kind == "person"}
            for quote in quotes:
                if category and quote.speaker_category != category:
                    continue
                if named is not None and quote.speaker_named != named:
                    continue
                if wanted and not any(
                    wanted in name.casefold() for name in (quote.speaker, *quote.speaker_aliases)
                ):
                    continue
                pid = person_ids.get(quote.speaker) if quote.speaker_named else None
                if person_id and pid != person_id:
                    continue
                found.append(QuoteRef(fields["id"], fields.get("title") or None, quote, pid))
        return found

    def search(self, query: str, *, limit: int = 20, fragments: int = 3) -> SearchResult:
        return run_search(
            self.searcher,
            query,
            decode_text,
            limit=limit,
            fragments=fragments,
            suggest=self._suggest,
            extraction_of=decode_extraction,
        )

    def _suggest(self, query: str) -> str | None:
        return vocabulary.correct(
            query,
            vocabulary.load(self.index_dir),
            lambda corrected: finds_anything(self.searcher, corrected),
        )

    def match_spans(self, query: str, article: Article) -> tuple[tuple[int, int], ...]:
        """Where ``query`` matches in ``article``'s clean text: its words, and for
        ``speaker:`` and ``actor:`` the quotes and the mentions of the people it names."""
        return matcher_for(parse_query(query)).article_spans(article)

    def _close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._ix = None

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class _Changes:
    unchanged: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    warnings: list[SkippedFile] = field(default_factory=list)


def _abandon(writer) -> None:
    """Cancel an unfinished Whoosh writer; a commit that failed halfway may leave it unable
    to cancel, and then at least its write lock must go."""
    if writer is None or writer.is_closed:
        return
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001 - already failing; the lock is what matters now
        if writer.writelock:
            writer.writelock.release()


def _write_failure(index_dir: Path, err: OSError) -> str:
    if err.errno == errno.ENOSPC:
        return (
            f"no space left on the disk of {index_dir}: free some space, or pass --index-dir "
            "on another disk; the index keeps its last complete state"
        )
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"cannot write the index in {index_dir} ({err.strerror}); pass --index-dir or set "
            f"{INDEX_DIR_ENV} to a writable folder"
        )
    return f"cannot write the index in {index_dir}: {err.strerror or err}"


def _with_person_ids(actors: tuple[Actor, ...], identities: dict[str, str]) -> tuple[Actor, ...]:
    return tuple(
        replace(actor, person_id=identities.get(actor.name)) if actor.kind == "person" else actor
        for actor in actors
    )


def _unchanged(record: FileRecord | None, src: SourceFile) -> bool:
    return record is not None and record.size == src.size and record.mtime_ns == src.mtime_ns


def _with_seconds(report: UpdateReport, seconds: float) -> UpdateReport:
    return replace(report, seconds=round(seconds, 3))
