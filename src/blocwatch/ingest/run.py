"""The ingest loop: read inputs, drop exact duplicates, link near-duplicates, store in
batches, one transaction per batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, BinaryIO

from rich.console import Console
from sqlalchemy import Connection, Engine

from ..errors import BlocwatchError
from ..model import Document
from ..store.documents import (
    hashes_stored,
    ids_stored,
    index_signatures,
    insert_documents,
    utc_now,
)
from ..store.writing import (
    StoreBusy,
    is_row_error,
    row_error_message,
    savepoint,
    write_transaction,
)
from .base import InputError, Skipped
from .dedup import NearDuplicateIndex, Pending, bands_of, signature, to_bytes
from .ids import with_suffix
from .progress import IngestProgress
from .sources import iter_inputs

OnNew = Callable[[Connection, list[Document]], None]
OnRead = Callable[[list[Document]], None]
Prepare = Callable[[list[Document]], Sequence[Any]]
OnDocument = Callable[[Connection, Document, Any], None]
OnOutcome = Callable[["DocumentOutcome"], None]

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
    ``new`` counts them all). ``stopped`` says why the ingest ended before its input did
    (the store stayed busy; ``retry_after`` seconds is a suggested wait), else None."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    stopped: str | None = None
    retry_after: int | None = None

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
    prepare: Prepare | None = None,
    on_document: OnDocument | None = None,
    lock_wait: float | None = None,
    on_outcome: OnOutcome | None = None,
) -> IngestSummary:
    """Reads ``paths`` (see :func:`read_inputs`) into the store at ``engine``.

    Documents are stored ``batch_size`` at a time, one transaction per batch: a document
    whose content is stored already is counted as a duplicate and not stored again; one
    whose id is taken by other content gets ``-<8 hex of its content hash>`` appended; one
    that is a near-duplicate of a stored document is stored with ``duplicate_of`` set to the
    first copy.

    Work on a batch's new documents that needs no store (extraction) is done by
    ``prepare(new_docs)`` before the write lock is taken: it returns one result per
    document, or a :class:`BlocwatchError` for a document that must not be stored. Then,
    in one transaction holding the store's write lock (waited for ``lock_wait`` seconds at
    most, see :func:`~blocwatch.store.writing.write_transaction`), each new document is
    inserted under its own savepoint, with ``on_document(conn, doc, result)``: a document
    the database refuses (or whose ``on_document`` raises :class:`BlocwatchError`) is
    rolled back alone, reported, and the rest of its batch is kept. ``on_new(conn,
    stored_docs)`` is called last in the transaction (near-duplicates included, with
    ``duplicate_of`` set); when it raises :class:`BlocwatchError`, the batch is rolled back,
    its documents count as failed and the ingest goes on; any other exception rolls the
    batch back and propagates. Batches committed before stay. When the lock cannot be had
    in time the ingest stops there: ``summary.stopped`` says why. A progress bar is drawn on
    ``console`` when it is a terminal and the input is large.

    ``on_read(batch)``, when given, is called with each batch as soon as it is read, and
    the batch is written only after the next one has been read and announced the same way
    (or the input has ended): a caller can start work on a batch elsewhere (extraction in
    other processes) while the batch before it is written. Memory stays bounded either way:
    at most two batches are held, and the summary keeps no list that grows with the
    input. ``on_outcome(outcome)`` is told what became of each document read (and of each
    input that failed before a document could be read), once it is final."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    summary = IngestSummary()
    hooks = _Hooks(prepare, on_document, on_new, lock_wait, on_outcome)
    store: _BatchWriter | _ReadAhead = _BatchWriter(engine, hooks, summary)
    if on_read is not None:
        store = _ReadAhead(store, on_read)
    batch: list[Document] = []
    try:
        with IngestProgress(console, paths) as progress:
            for item in iter_inputs(paths, stdin=stdin, on_bytes=progress.advance):
                if isinstance(item, Skipped):
                    summary.skipped += 1
                elif isinstance(item, InputError):
                    summary.add_error(str(item))
                    if on_outcome is not None:
                        on_outcome(DocumentOutcome(item.origin, "failed", reason=item.reason))
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
    except StoreBusy as exc:
        summary.stopped = str(exc)
        summary.retry_after = exc.retry_after
    return summary


class _BatchWriter:
    def __init__(self, engine: Engine, hooks: _Hooks, summary: IngestSummary) -> None:
        self._engine = engine
        self._hooks = hooks
        self._summary = summary

    def write(self, batch: list[Document]) -> None:
        """Stores the new documents of ``batch`` and counts the outcome: classified and
        prepared (extracted) first, without the write lock; then written in one
        transaction, each document under its own savepoint."""
        try:
            with self._engine.connect() as conn:
                new, duplicates = self._classify(conn, batch)
            prepared = self._prepare([doc for doc, _ in new])
            with write_transaction(self._engine, wait=self._hooks.lock_wait) as conn:
                outcome = _Outcome(outcomes=duplicates)
                self._store(conn, new, prepared, outcome)
                if self._hooks.on_new is not None and outcome.stored:
                    self._hooks.on_new(conn, outcome.stored)
        except StoreBusy:
            self._fail(batch, "not stored: the store was busy", count_only=True)
            raise
        except BlocwatchError as exc:
            self._fail(batch, f"not stored, its batch failed: {exc}")
            return
        self._count(outcome)

    def flush(self) -> None:
        """Writes what is held back (nothing: every batch is written when given)."""

    def _prepare(self, docs: list[Document]) -> list[Any]:
        if not docs or self._hooks.prepare is None:
            return [None] * len(docs)
        prepared = list(self._hooks.prepare(docs))
        if len(prepared) != len(docs):
            raise ValueError("prepare must give one result per document")
        return prepared

    def _store(
        self,
        conn: Connection,
        new: list[tuple[Document, bytes]],
        prepared: list[Any],
        outcome: _Outcome,
    ) -> None:
        """Inserts each new document under its own savepoint, after checking again (now
        that the lock is held) what another writer may have stored meanwhile."""
        stored_hashes = hashes_stored(conn, (doc.content_hash or "" for doc, _ in new))
        taken = ids_stored(conn, (doc.id for doc, _ in new))
        renamed: dict[str, str | None] = {}  # provisional id -> stored id (None: not stored)
        indexed: list[tuple[str, bytes]] = []  # (stored id, signature) of the stored
        for (doc, blob), ready in zip(new, prepared, strict=True):
            provisional = doc.id
            renamed[provisional] = None
            if doc.content_hash in stored_hashes:
                # Another ingest stored it meanwhile.
                outcome.outcomes.append(
                    DocumentOutcome(doc.origin, "duplicate", stored_hashes[doc.content_hash])
                )
                continue
            if isinstance(ready, BlocwatchError):
                outcome.fail(doc, str(ready))
                continue
            if doc.duplicate_of in renamed:
                doc.duplicate_of = renamed[doc.duplicate_of]
            doc.id = _free_id(conn, doc, taken)
            try:
                with savepoint(conn):
                    insert_documents(conn, [doc], signatures={doc.id: blob}, index=False)
                    if self._hooks.on_document is not None:
                        self._hooks.on_document(conn, doc, ready)
            except Exception as exc:
                if not is_row_error(exc):
                    raise
                doc.id = provisional
                outcome.fail(doc, row_error_message(exc))
                continue
            taken.add(doc.id)
            renamed[provisional] = doc.id
            indexed.append((doc.id, blob))
            outcome.stored.append(doc)
            outcome.outcomes.append(
                DocumentOutcome(doc.origin, "stored", doc.id, duplicate_of=doc.duplicate_of)
            )
        # The near-duplicate index learns the batch's stored documents in one statement
        # (one per document cost PostgreSQL three times as long), before on_new runs.
        index_signatures(conn, indexed)

    def _count(self, outcome: _Outcome) -> None:
        summary = self._summary
        summary.new += len(outcome.stored)
        summary.near_duplicate += sum(1 for doc in outcome.stored if doc.duplicate_of)
        summary.add_new(doc.id for doc in outcome.stored)
        for result in outcome.outcomes:
            if result.status == "duplicate":
                summary.duplicate += 1
            elif result.status == "failed":
                summary.add_error(f"{result.origin}: not stored: {result.reason}")
            self._report(result)

    def _report(self, result: DocumentOutcome) -> None:
        if self._hooks.on_outcome is not None:
            self._hooks.on_outcome(result)

    def _classify(
        self, conn: Connection, batch: list[Document]
    ) -> tuple[list[tuple[Document, bytes]], list[DocumentOutcome]]:
        stored_hashes = hashes_stored(conn, (doc.content_hash or "" for doc in batch))
        taken = ids_stored(conn, (doc.id for doc in batch))
        seen_hashes: dict[str, str] = {}
        fresh: list[Document] = []
        duplicates: list[DocumentOutcome] = []
        for doc in batch:
            first = stored_hashes.get(doc.content_hash or "") or seen_hashes.get(
                doc.content_hash or ""
            )
            if first is not None:
                duplicates.append(DocumentOutcome(doc.origin, "duplicate", first))
                continue
            doc.id = _free_id(conn, doc, taken)
            taken.add(doc.id)
            seen_hashes[doc.content_hash or ""] = doc.id
            fresh.append(doc)
        sigs = [signature(doc.text) for doc in fresh]
        bands = bands_of(sigs)
        # Each document is compared with those stored and those before it in the batch.
        index = NearDuplicateIndex.for_batch(conn, bands)
        pending: Pending = {}
        new: list[tuple[Document, bytes]] = []
        now = utc_now()
        for doc, sig, doc_bands in zip(fresh, sigs, bands, strict=True):
            doc.duplicate_of = index.find(conn, doc.text, sig, doc_bands, pending)
            doc.ingested_at = now
            index.add(doc.id, doc_bands)
            pending[doc.id] = (sig, doc.duplicate_of, doc.text)
            new.append((doc, to_bytes(sig)))
        return new, duplicates

    def _fail(self, batch: list[Document], reason: str, *, count_only: bool = False) -> None:
        # The whole batch is gone, duplicates included: nothing of it was counted yet.
        for doc in batch:
            if count_only:
                self._summary.failed += 1
            else:
                self._summary.add_error(f"{doc.origin}: {reason}")
            self._report(DocumentOutcome(doc.origin or doc.id, "failed", reason=reason))


@dataclass
class DocumentOutcome:
    """What became of one document read: ``stored`` (under ``doc_id``; ``duplicate_of``
    set for a near-duplicate), ``duplicate`` (its content is stored as ``doc_id``) or
    ``failed`` (``reason`` says why). ``origin`` names it as errors do (``path``,
    ``path:LINE``, ``-:LINE`` ...)."""

    origin: str | None
    status: str
    doc_id: str | None = None
    reason: str | None = None
    duplicate_of: str | None = None


@dataclass
class _Outcome:
    """What the write of one batch did, reported once it is committed."""

    outcomes: list[DocumentOutcome] = field(default_factory=list)
    stored: list[Document] = field(default_factory=list)

    def fail(self, doc: Document, reason: str) -> None:
        self.outcomes.append(DocumentOutcome(doc.origin, "failed", reason=reason))


@dataclass
class _Hooks:
    prepare: Prepare | None = None
    on_document: OnDocument | None = None
    on_new: OnNew | None = None
    lock_wait: float | None = None
    on_outcome: OnOutcome | None = None


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
