"""The Whoosh writer a build uses: Whoosh's own segment writer, sized and tuned for bulk work.

Profiled on 1,000 generated articles (CPU time per article, median of 4), two things beyond
analysis (which build workers now do, see ``schema.PreAnalyzedText``) dominated the writer:

- Spilling the postings pool. Past ``limitmb`` Whoosh sorts the pool, pickles it to a temp
  file and later merges the runs back, pickle by pickle: with a 64 MB pool that was 4.5 ms of
  the writer's ~10 ms per article. A pool that holds a whole commit batch never spills.
- Field lengths. While writing postings, Whoosh asks the per-document reader for the
  document's field length once per posting (hundreds of times per article), and each ask is
  a seek and a read in the lengths column. Asked once per document and field, it is cached.
"""

from __future__ import annotations

from whoosh.writing import SegmentWriter

# A batch of COMMIT_EVERY (1,000) generated articles makes ~140 MB of pooled postings by
# Whoosh's own reckoning (~195 MB of Python objects): the pool holds a batch without
# spilling, and bounds the writer's memory when Whoosh merges segments through it.
POOL_LIMIT_MB = 160
LOCK_TIMEOUT_S = 5.0


def open_writer(ix) -> SegmentWriter:
    # Files, not memory maps, for what the writer reads back: merging segments reads them
    # whole, and every mapped page read stays resident (a 100,000-article build, with maps
    # and a larger pool, peaked at 2.2 GB). Flat at ~250 MB either way at 10,000 articles,
    # where no merge happens yet.
    ix.storage.supports_mmap = False
    return _BulkSegmentWriter(ix, timeout=LOCK_TIMEOUT_S, limitmb=POOL_LIMIT_MB)


class _BulkSegmentWriter(SegmentWriter):
    def per_document_reader(self):
        return _CachedLengths(super().per_document_reader())


class _CachedLengths:
    """A per-document reader whose field lengths are read once per document and field."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self._lengths: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        key = (docnum, fieldname)
        length = self._lengths.get(key)
        if length is None:
            length = self._lengths[key] = self._reader.doc_field_length(docnum, fieldname, default)
        return length

    def __getattr__(self, name):
        return getattr(self._reader, name)
