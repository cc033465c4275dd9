"""The stages joined: documents in (ingest), facts out (extract), stored together.

This is the one module that knows every stage; the CLI and the HTTP API call it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from rich.console import Console
from sqlalchemy import Connection, Engine

from .errors import BlocwatchError
from .extract import EXTRACTOR_VERSION, extract_many
from .extract.confidence import default_thresholds, keep_confident
from .ingest import IngestSummary
from .ingest import ingest as ingest_documents
from .ingest.run import OnOutcome
from .model import Document, Extraction
from .resolve import rebuild, resolve_documents, resolve_pending
from .store import connect
from .store.documents import count_documents, iter_documents, link_duplicates
from .store.facts import fact_counts, replace_facts
from .store.writing import write_transaction
from .workers import WorkersLost, open_extractor
from .workers.ahead import ExtractAhead


def store_facts(
    conn: Connection,
    docs: list[Document],
    *,
    resolve: bool = True,
    extractions: Sequence[Extraction] | None = None,
) -> None:
    """Extract and store the facts of ``docs`` in the caller's transaction, and update the
    knowledge-base records they touch (unless ``resolve`` is false: the caller rebuilds).
    ``extractions``, one per document in order, are facts extracted elsewhere (worker
    processes): they are stored as if extracted here."""
    if extractions is None:
        extractions = [_or_raise(found) for found in extract_many(docs)]
    for doc, extraction in zip(docs, extractions, strict=True):
        if extraction.doc_id != doc.id:
            raise ValueError(f"extraction of {extraction.doc_id!r} given for {doc.id!r}")
        replace_facts(conn, extraction, EXTRACTOR_VERSION)
    if resolve:
        resolve_documents(conn, [doc.id for doc in docs])


def extract_each(
    docs: Sequence[Document], min_confidence: float | None = None
) -> list[Extraction | BlocwatchError]:
    """The extraction of each document (facts of at least ``min_confidence``; None: each
    type's calibrated default), or the :class:`BlocwatchError` that refused it (over the
    size or time budget): one bad document never costs the others theirs."""
    return list(extract_many(docs, min_confidence))


def _or_raise(found: Extraction | BlocwatchError) -> Extraction:
    if isinstance(found, BlocwatchError):
        raise found
    return found


def store_extraction(
    conn: Connection,
    doc: Document,
    extraction: Extraction | None,
    min_confidence: float | Mapping[str, float] | None = None,
) -> None:
    """Stores the facts of ``extraction`` for ``doc`` (inside the document's savepoint),
    those of at least ``min_confidence`` when given (one floor, or one per fact type). The
    extraction was made before the write lock was taken; when the document's id changed
    since (another writer took it meanwhile), its facts follow the stored id."""
    if extraction is None:
        return
    if min_confidence is not None:
        keep_confident(extraction, min_confidence)
    if extraction.doc_id != doc.id:
        extraction = replace(extraction, doc_id=doc.id)
    replace_facts(conn, extraction, EXTRACTOR_VERSION)


def _resolve_stored(conn: Connection, docs: list[Document]) -> None:
    # Deferred: a block that recurs in the stream is resolved when it has grown by a share
    # of its size, not at every batch; the run settles the rest at its end.
    resolve_documents(conn, [doc.id for doc in docs], defer=True)


# Blocks settled per write transaction at the end of an ingest: other writers get the lock
# between them.
_SETTLE_BATCH = 500


def settle_pending(engine: Engine, *, lock_wait: float | None = None) -> int:
    """Resolve every block an ingest left pending (see :mod:`blocwatch.resolve.pending`),
    a few hundred per write transaction. Returns how many blocks it resolved."""
    total = 0
    while True:
        with write_transaction(engine, wait=lock_wait) as conn:
            done = resolve_pending(conn, limit=_SETTLE_BATCH)
        total += done
        if done < _SETTLE_BATCH:
            return total


def ingest(
    paths: Sequence[str],
    *,
    db: str | None = None,
    extract: bool = True,
    console: Console | None = None,
    stdin=None,
    workers: int | None = None,
    dask: str | None = None,
    lock_wait: float | None = None,
    on_outcome: OnOutcome | None = None,
    min_confidence: float | None = None,
) -> IngestSummary:
    """Ingest ``paths`` into the store at ``db``; new documents' facts are extracted and
    stored with them, those of at least ``min_confidence`` (None: each type's calibrated
    default, as :func:`blocwatch.extract.extract`; 0: all). Documents the store holds
    already are not extracted again: the floor applies to new documents.

    Extraction runs before the store's write lock is taken (the lock is held only to
    store), in this process, in ``workers`` local processes, or on the Dask scheduler at
    ``dask`` (``tcp://HOST:PORT``): the documents and facts stored, their order and the
    knowledge base are the same whichever runs it, because this process alone writes,
    batch by batch, in the order read; workers only extract (a batch while the one before
    it is written). A document over the extraction budget is not stored and reported. A
    writer that holds the lock longer than ``lock_wait`` seconds stops the ingest (see
    ``IngestSummary.stopped``). ``on_outcome`` is told what became of each document (see
    :func:`blocwatch.ingest.ingest`). Raises :class:`BlocwatchError` for a scheduler that
    cannot be reached, and when the workers go away mid-run (batches written before stay:
    running the same ingest again goes on where it stopped).

    The knowledge base equals a rebuild from the stored reports when the run ends. While it
    runs, a block of records that recurs in the stream is resolved again only once its new
    reports reach a quarter of its size (:mod:`blocwatch.resolve.pending`), so a long
    stream costs time in proportion to its length, not to its square."""
    engine = connect(db)
    if not extract:
        return ingest_documents(engine, paths, console=console, stdin=stdin, lock_wait=lock_wait)
    # Workers extract every fact; the one writer keeps those at the floor, so the facts
    # stored are the same wherever extraction ran.
    floor = default_thresholds() if min_confidence is None else min_confidence
    with open_extractor(workers=workers, dask=dask) as extractor:
        hooks: dict[str, Any] = {
            "on_document": partial(store_extraction, min_confidence=floor),
            "on_new": _resolve_stored,
            "console": console,
            "stdin": stdin,
            "lock_wait": lock_wait,
            "on_outcome": on_outcome,
        }
        if not extractor.remote:
            prepare = partial(extract_each, min_confidence=min_confidence)
            summary = ingest_documents(engine, paths, prepare=prepare, **hooks)
        else:
            ahead = ExtractAhead(extractor, engine)
            try:
                summary = ingest_documents(
                    engine, paths, prepare=ahead.extractions_for, on_read=ahead.on_read, **hooks
                )
            except WorkersLost as exc:
                raise BlocwatchError(
                    f"{exc}; batches stored before stay: run the same ingest again to go on"
                ) from None
    if not summary.stopped:  # a run stopped for the lock leaves the rest to the next one
        # Also what an earlier run stopped half-way left pending.
        settle_pending(engine, lock_wait=lock_wait)
    return summary


def reextract(*, db: str | None = None, console: Console | None = None, batch: int = 200) -> int:
    """Re-derive the facts of every stored document with the current extractor; returns the
    number of documents read. Each batch is extracted first, then stored in one write
    transaction; the knowledge base is rebuilt from the new facts at the end (one
    transaction). A document the extractor refuses (over its budget) keeps its facts."""
    engine = connect(db, create=False)  # re-reads a store: never makes one
    count = 0
    pending: list[Document] = []
    for doc in iter_documents(engine):
        pending.append(doc)
        if len(pending) >= batch:
            _reextract_batch(engine, pending)
            count += len(pending)
            pending = []
    if pending:
        _reextract_batch(engine, pending)
        count += len(pending)
    # Resolving every batch would redo the blocks batches share; one rebuild gives the same
    # records (resolution depends only on the stored reports).
    rebuild(engine)
    return count


def _reextract_batch(engine: Engine, docs: list[Document]) -> None:
    extractions = extract_each(docs)
    with write_transaction(engine) as conn:
        for extraction in extractions:
            if isinstance(extraction, Extraction):
                replace_facts(conn, extraction, EXTRACTOR_VERSION)


def overview(db: str | None = None) -> dict[str, Any]:
    """Counts of what the store holds."""
    engine = connect(db)
    return {
        "database": str(engine.url),
        "documents": count_documents(engine),
        **fact_counts(engine),
    }


def build_demo(*, db: str | None = None, console: Console | None = None) -> dict[str, Any]:
    """Build the knowledge base of the bundled sample corpus at ``db`` (idempotent)."""
    from .sample import corpus_path

    summary = ingest([str(corpus_path())], db=db, console=console)
    return {**overview(db), "new_documents": summary.new, "failed": summary.failed}


def load_dump(db: str | None, lines, *, origin: str = "-", batch: int = 200) -> int:
    """Loads a dump made by :func:`blocwatch.store.backup.dump_documents` into the empty
    store at ``db``: every document with its id and ingest metadata, its facts extracted
    again, the knowledge base rebuilt (the same records, with the same ids, as the store
    dumped). Returns the number of documents loaded. Raises :class:`BlocwatchError` for a
    store that is not empty or a line that is not a dumped document (batches stored before
    stay)."""
    from .ingest.ids import content_hash
    from .store.backup import read_dump
    from .store.documents import insert_documents

    engine = connect(db)
    held = count_documents(engine)
    if held:
        raise BlocwatchError(f"load goes into an empty store; this one holds {held:,} documents")
    links: dict[str, str] = {}  # copies are linked at the end: their first copy may come later
    count = 0

    def store(docs: list[Document]) -> None:
        extractions = extract_each(docs)
        with write_transaction(engine) as conn:
            insert_documents(conn, docs)
            for extraction in extractions:
                if isinstance(extraction, Extraction):
                    replace_facts(conn, extraction, EXTRACTOR_VERSION)

    pending: list[Document] = []
    for doc in read_dump(lines, origin):
        if content_hash(doc.text) != doc.content_hash:
            raise BlocwatchError(f"{origin}: document {doc.id!r}: text does not match its hash")
        if doc.duplicate_of:
            links[doc.id] = doc.duplicate_of
            doc.duplicate_of = None
        pending.append(doc)
        if len(pending) >= batch:
            store(pending)
            count += len(pending)
            pending = []
    if pending:
        store(pending)
        count += len(pending)
    with write_transaction(engine) as conn:
        link_duplicates(conn, links)
    rebuild(engine)
    return count
