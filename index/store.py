"""Where the index lives, what it stores per article, and the manifest that makes updates incremental.

Layout of an index folder (all of it derived data; deleting it only costs a rebuild)::

    <index dir>/manifest.json   schema version, corpus root, and per file: size, mtime, hash
    <index dir>/whoosh/         the Whoosh index; this module owns the folder and may wipe it
    <index dir>/update.lock     held while an update runs, so two processes never write at once

The manifest is written after each Whoosh commit and never before it, so a process killed
mid-update leaves a manifest that lists only committed files: the next run re-indexes the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir

from .errors import IndexDirError
from .extract import EXTRACTOR_VERSION
from .model import PARAGRAPH_SEPARATOR, Actor, Article, Line, LineKind, Quote
from .schema import SCHEMA_VERSION, pre_analyze

INDEX_DIR_ENV = "BRIEFING_INDEX_DIR"
MANIFEST_NAME = "manifest.json"
WHOOSH_DIR_NAME = "whoosh"
LOCK_NAME = "update.lock"


def default_index_dir(corpus_root: Path) -> Path:
    """The index folder for a corpus: ``$BRIEFING_INDEX_DIR`` if set, else one folder per
    corpus under the user cache dir, named after the folder and a hash of its absolute path
    so two corpora called ``news`` never share an index."""
    override = os.environ.get(INDEX_DIR_ENV)
    if override:
        return Path(override).expanduser()
    resolved = corpus_root.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    slug = "".join(c if c.isalnum() or c in "-_" else "-" for c in resolved.name)[:40] or "corpus"
    return Path(user_cache_dir("briefing")) / "indexes" / f"{slug}-{digest}"


def file_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass
class FileRecord:
    """What the manifest remembers of one source file."""

    size: int
    mtime_ns: int
    digest: str
    skipped: str | None = None  # the reason, when the file could not be used
    people: tuple[str, ...] = ()  # canonical names of the persons it mentions

    def to_json(self) -> list:
        return [self.size, self.mtime_ns, self.digest, self.skipped, list(self.people)]

    @classmethod
    def from_json(cls, row: list) -> FileRecord:
        size, mtime_ns, digest, skipped, people = row
        return cls(int(size), int(mtime_ns), str(digest), skipped, tuple(people))


@dataclass
class Manifest:
    corpus: str
    schema_version: int = SCHEMA_VERSION
    extractor_version: int = EXTRACTOR_VERSION
    files: dict[str, FileRecord] = field(default_factory=dict)
    # Canonical person name -> person_id, one id for every spelling of one person across the
    # corpus. Derived from ``files``; recomputed whenever the files change.
    identities: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, index_dir: Path) -> Manifest | None:
        """The manifest, or None when it is missing or unreadable (the caller rebuilds)."""
        try:
            data = json.loads((index_dir / MANIFEST_NAME).read_text("utf-8"))
            return cls(
                corpus=str(data["corpus"]),
                schema_version=int(data["schema_version"]),
                extractor_version=int(data.get("extractor_version", 0)),
                files={k: FileRecord.from_json(v) for k, v in data["files"].items()},
                identities=dict(data.get("identities", {})),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, index_dir: Path) -> None:
        """Write atomically: a crash leaves the old manifest or the new one, never half of one."""
        data = {
            "schema_version": self.schema_version,
            "extractor_version": self.extractor_version,
            "corpus": self.corpus,
            "files": {k: v.to_json() for k, v in sorted(self.files.items())},
            "identities": self.identities,
        }
        fd, tmp = tempfile.mkstemp(prefix=".manifest-", dir=index_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                # dumps, not dump: only the one-shot encoder is the C one (4x at 10k files).
                out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, index_dir / MANIFEST_NAME)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def prepare_index_dir(index_dir: Path) -> None:
    """Create the index folder, or say in one line why it cannot be used."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise IndexDirError(
            f"cannot create index folder {index_dir}: {err.strerror or err}; "
            f"pass --index-dir or set {INDEX_DIR_ENV} to a writable folder"
        ) from None
    if not os.access(index_dir, os.W_OK | os.X_OK):
        raise IndexDirError(
            f"index folder {index_dir} is not writable; "
            f"pass --index-dir or set {INDEX_DIR_ENV} to a writable folder"
        )


def wipe_whoosh_dir(index_dir: Path) -> Path:
    """Empty the Whoosh folder (ours alone) and return it, ready for a fresh index."""
    whoosh_dir = index_dir / WHOOSH_DIR_NAME
    shutil.rmtree(whoosh_dir, ignore_errors=True)
    whoosh_dir.mkdir(parents=True, exist_ok=True)
    return whoosh_dir


# -- the per-article blob ---------------------------------------------------------------------
# The clean text is not stored: it is rebuilt from the raw text and the line table, which is
# the definition of Article.text (content lines joined by a blank line).


# Actors and quotes are stored apart from the text so that corpus-wide lists of quotes and
# actors never decompress article text.


def _pack(payload: dict) -> bytes:
    return zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)


def _unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob).decode("utf-8"))


def encode_article(article: Article) -> bytes:
    return _pack(
        {
            "raw": article.raw,
            "encoding": article.encoding,
            "lines": [
                [ln.kind.value, ln.raw_start, ln.raw_end, ln.start, ln.end] for ln in article.lines
            ],
        }
    )


def encode_extraction(article: Article) -> bytes:
    # vars(), not dataclasses.asdict: these records hold only strings, numbers and tuples of
    # strings, and asdict's recursive deep copy cost more than the extraction itself.
    return _pack(
        {
            "actors": [vars(a) for a in article.actors],
            "quotes": [vars(q) for q in article.quotes],
        }
    )


def decode_extraction(fields: dict) -> tuple[tuple[Actor, ...], tuple[Quote, ...]]:
    payload = _unpack(fields["extraction"])
    return (
        tuple(_actor(a) for a in payload["actors"]),
        tuple(_quote(q) for q in payload["quotes"]),
    )


def compose_text(raw: str, lines: tuple[Line, ...]) -> str:
    return PARAGRAPH_SEPARATOR.join(
        raw[ln.raw_start : ln.raw_end] for ln in lines if ln.kind.is_content
    )


def _decode_lines(payload: dict) -> tuple[Line, ...]:
    return tuple(Line(LineKind(k), rs, re, s, e) for k, rs, re, s, e in payload["lines"])


def decode_text(fields: dict) -> str:
    """Just the clean text of a stored article, for highlighting hits."""
    payload = _unpack(fields["blob"])
    return compose_text(payload["raw"], _decode_lines(payload))


def decode_article(fields: dict) -> Article:
    payload = _unpack(fields["blob"])
    actors, quotes = decode_extraction(fields)
    raw = payload["raw"]
    lines = _decode_lines(payload)
    return Article(
        id=fields["id"],
        path=fields["path"],
        title=fields.get("title") or None,
        source=fields.get("source") or None,
        date=fields.get("date") or None,
        author=fields.get("author") or None,
        language=fields.get("language") or None,
        text=compose_text(raw, lines),
        raw=raw,
        lines=lines,
        encoding=payload.get("encoding", "utf-8"),
        actors=actors,
        quotes=quotes,
    )


def _actor(data: dict) -> Actor:
    data = dict(data)
    data["aliases"] = tuple(data.get("aliases", ()))
    return Actor(**data)


def _quote(data: dict) -> Quote:
    data = dict(data)
    data["speaker_aliases"] = tuple(data.get("speaker_aliases", ()))
    return Quote(**data)


def index_document(article: Article) -> dict:
    """The fields Whoosh indexes for one article, analysed (see ``schema.pre_analyze``)."""
    speakers = {q.speaker for q in article.quotes}
    speaker_names = " ".join(
        sorted(speakers | {alias for q in article.quotes for alias in q.speaker_aliases})
    )
    return pre_analyze({
        "id": article.id,
        "path": article.path,
        "title": article.title or "",
        "body": article.text,
        "source": article.source or "",
        "author": article.author or "",
        "date": article.date or "",
        "language": article.language or "",
        "actors": " ".join(name for a in article.actors for name in (a.name, *a.aliases)),
        "speakers": speaker_names,
        "quotes": "\n".join(q.text for q in article.quotes),
        "quote_count": len(article.quotes),
        "blob": encode_article(article),
        "extraction": encode_extraction(article),
    })
