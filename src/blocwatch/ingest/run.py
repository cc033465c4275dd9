"""The ingest loop: read inputs, drop exact duplicates, link near-duplicates, store in
batches, one transaction per batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import BinaryIO

from rich.console import Console
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ..errors import BlocwatchError
from ..model import Document
from ..store.documents import hashes_stored, ids_stored, insert_documents, utc_now
from .base import InputError, Skipped
from .dedup import NearDuplicateIndex, Pending, signature, to_bytes
from .ids import with_suffix
from .progress import IngestProgress
from .sources import iter_inputs

OnNew = Callable[[Connection, list[Document]], None]
OnRead = Callable[[list[Document]], None]

# An ingest of a large input must not grow with it: of the ids stored and of the error
# lines, the summary keeps the first ones only (and counts them all).
KEPT_IDS = 1000
KEPT_ERRORS = 1000


@dataclass
class IngestSummary:
    """What an ingest did. ``read`` counts documents read from the inputs; each of them is
    ``new`` (stored; ``near_duplicate`` of those were linked to an earlier copy),
    ``duplicate`` (same content already stored, not stored again) or ``failed`` with its
    batch. ``failed`` also counts bad inputs; ``skipped`` counts inputs passed over (files
    of unknown type in folders, non-HTML WARC records, feed entries without text).
    ``errors`` has one line per failure (the first :data:`KEPT_ERRORS`: ``failed`` minus
    their number were not kept), ``new_ids`` the ids stored (the first :data:`KEPT_IDS`:
    ``new`` counts them all)."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)

    def add_error(self, line: str) -> None:
        """Counts one failure and keeps its line while fewer than :data:`KEPT_ERRORS` are."""
        self.failed += 1
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append(line)

    def add_new(self, ids: Iterable[str]) -> None:
        """Keeps stored ids while fewer than :data:`KEPT_IDS` are (``new`` is counted by
        the caller)."""
        room = KEPT_IDS - len(self.new_ids)
        if room > 0:
            self.new_ids.extend(islice(ids, room))


def ingest(
    engine: Engine,
    paths: Sequence[str],
    *,
    on_new: OnNew | None = None,
    console: Console | None = None,
    batch_size: int = 100,
    stdin: BinaryIO | None = None,
    on_read: OnRead | None = None,
) -> IngestSummary:
    """Reads ``paths`` (see :func:`read_inputs`) into the store at ``engine``.

    Documents are stored ``batch_size`` at a time, one transaction per batch: a document
    whose content is stored already is counted as a duplicate and not stored again; one
    whose id is taken by other content gets ``-<8 hex of its content hash>`` appended; one
    that is a near-duplicate of a stored document is stored with ``duplicate_of`` set to the
    first copy. ``on_new(conn, new_docs)`` is called inside the batch's transaction after
    its new documents (near-duplicates included, with ``duplicate_of`` set) are inserted,
    so facts derived from them commit or roll back with them. When it raises
    :class:`BlocwatchError`, the batch is rolled back, its documents count as failed and
    the ingest goes on; any other exception rolls the batch back and propagates. Batches
    committed before stay. A progress bar is drawn on ``console`` when it is a terminal
    and the input is large.

    ``on_read(batch)``, when given, is called with each batch as soon as it is read, and
    the batch is written only after the next one has been read and announced the same way
    (or the input has ended): a caller can start work on a batch elsewhere (extraction in
    other processes) while the batch before it is written. Memory stays bounded either way:
    at most two batches are held, and the summary keeps no list that grows with the
    input."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    summary = IngestSummary()
    store: _BatchWriter | _ReadAhead = _BatchWriter(engine, on_new, summary)
    if on_read is not None:
        store = _ReadAhead(store, on_read)
    batch: list[Document] = []
    with IngestProgress(console, paths) as progress:
        for item in iter_inputs(paths, stdin=stdin, on_bytes=progress.advance):
            if isinstance(item, Skipped):
                summary.skipped += 1
            elif isinstance(item, InputError):
                summary.add_error(str(item))
            else:
                summary.read += 1
                progress.document()
                batch.append(item)
                if len(batch) >= batch_size:
                    store.write(batch)
                    batch = []
        if batch:
            store.write(batch)
        store.flush()
    return summary


class _BatchWriter:
    def __init__(self, engine: Engine, on_new: OnNew | None, summary: IngestSummary) -> None:
        self._engine = engine
        self._on_new = on_new
        self._summary = summary
        self._index: NearDuplicateIndex | None = None

    def write(self, batch: list[Document]) -> None:
        """Stores the new documents of ``batch`` in one transaction and counts the outcome."""
        index = self._index_loaded()
        mark = index.checkpoint()
        duplicates = 0
        try:
            with self._engine.begin() as conn:
                new, duplicates = self._classify(conn, batch, index)
                insert_documents(
                    conn,
                    [doc for doc, _ in new],
                    signatures={doc.id: blob for doc, blob in new},
                )
                if self._on_new is not None and new:
                    self._on_new(conn, [doc for doc, _ in new])
        except BlocwatchError as exc:
            index.rollback(mark)
            self._fail(batch, str(exc))
            return
        except IntegrityError:
            # Another ingest into the same store committed some of these documents between
            # this batch's lookups and its insert.
            index.rollback(mark)
            self._fail(batch, "another ingest stored the same documents meanwhile; run again")
            return
        except BaseException:
            index.rollback(mark)
            raise
        index.settle()
        summary = self._summary
        summary.duplicate += duplicates
        summary.new += len(new)
        summary.near_duplicate += sum(1 for doc, _ in new if doc.duplicate_of)
        summary.add_new(doc.id for doc, _ in new)

    def flush(self) -> None:
        """Writes what is held back (nothing: every batch is written when given)."""

    def _classify(
        self,
        conn: Connection,
        batch: list[Document],
        index: NearDuplicateIndex,
    ) -> tuple[list[tuple[Document, bytes]], int]:
        stored_hashes = hashes_stored(conn, (doc.content_hash or "" for doc in batch))
        taken = ids_stored(conn, (doc.id for doc in batch))
        seen_hashes: set[str] = set()
        pending: Pending = {}
        new: list[tuple[Document, bytes]] = []
        duplicates = 0
        now = utc_now()
        for doc in batch:
            if doc.content_hash in stored_hashes or doc.content_hash in seen_hashes:
                duplicates += 1
                continue
            seen_hashes.add(doc.content_hash)
            doc.id = _free_id(conn, doc, taken)
            taken.add(doc.id)
            sig = signature(doc.text)
            doc.duplicate_of = index.find(conn, doc.text, sig, pending)
            doc.ingested_at = now
            index.add(doc.id, sig)
            pending[doc.id] = (sig, doc.duplicate_of, doc.text)
            new.append((doc, to_bytes(sig)))
        return new, duplicates

    def _index_loaded(self) -> NearDuplicateIndex:
        # Built on the first batch, not before: an ingest that only errors never pays it.
        if self._index is None:
            self._index = NearDuplicateIndex.load(self._engine)
        return self._index

    def _fail(self, batch: list[Document], reason: str) -> None:
        # The whole batch is gone, duplicates included: nothing of it was counted yet.
        for doc in batch:
            self._summary.add_error(f"{doc.origin}: not stored, its batch failed: {reason}")


class _ReadAhead:
    """Holds each batch back until the next one is read: ``on_read`` sees a batch one
    batch ahead of its write."""

    def __init__(self, writer: _BatchWriter, on_read: OnRead) -> None:
        self._writer = writer
        self._on_read = on_read
        self._held: list[Document] | None = None

    def write(self, batch: list[Document]) -> None:
        self._on_read(batch)
        held, self._held = self._held, batch
        if held is not None:
            self._writer.write(held)

    def flush(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            self._writer.write(held)


def _free_id(conn: Connection, doc: Document, taken: set[str]) -> str:
    """``doc.id``, or when that is taken by other content, the id with a part of the content
    hash appended (longer if even that is taken)."""
    if doc.id not in taken:
        return doc.id
    content = doc.content_hash or ""
    for length in (8, 16, 64):
        candidate = with_suffix(doc.id, content, length)
        if candidate not in taken and not ids_stored(conn, [candidate]):
            return candidate
    raise BlocwatchError(f"{doc.origin}: no free id for {doc.id!r}")
