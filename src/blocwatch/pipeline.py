"""The stages joined: documents in (ingest), facts out (extract), stored together.

This is the one module that knows every stage; the CLI and the HTTP API call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from sqlalchemy import Connection, func, select

from .errors import BlocwatchError
from .extract import EXTRACTOR_VERSION, extract_document
from .ingest import IngestSummary
from .ingest import ingest as ingest_documents
from .model import Document, Extraction
from .resolve import rebuild, resolve_documents
from .store import connect
from .store.documents import iter_documents
from .store.facts import fact_counts, replace_facts
from .store.schema import documents
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
        extractions = [extract_document(doc) for doc in docs]
    for doc, extraction in zip(docs, extractions, strict=True):
        if extraction.doc_id != doc.id:
            raise ValueError(f"extraction of {extraction.doc_id!r} given for {doc.id!r}")
        replace_facts(conn, extraction, EXTRACTOR_VERSION)
    if resolve:
        resolve_documents(conn, [doc.id for doc in docs])


def ingest(
    paths: Sequence[str],
    *,
    db: str | None = None,
    extract: bool = True,
    console: Console | None = None,
    stdin=None,
    workers: int | None = None,
    dask: str | None = None,
) -> IngestSummary:
    """Ingest ``paths`` into the store at ``db``; new documents' facts are extracted and
    stored in the same transaction as the documents.

    Extraction runs in this process, in ``workers`` local processes, or on the Dask
    scheduler at ``dask`` (``tcp://HOST:PORT``): the documents and facts stored, their
    order and the knowledge base are the same whichever runs it, because this process
    alone writes, batch by batch, in the order read; workers only extract (a batch while
    the one before it is written). Raises :class:`BlocwatchError` for a scheduler that
    cannot be reached, and when the workers go away mid-run (batches written before stay:
    running the same ingest again goes on where it stopped)."""
    engine = connect(db)
    if not extract:
        return ingest_documents(engine, paths, console=console, stdin=stdin)
    with open_extractor(workers=workers, dask=dask) as extractor:
        if not extractor.remote:
            return ingest_documents(engine, paths, on_new=store_facts, console=console, stdin=stdin)
        ahead = ExtractAhead(extractor, engine)

        def store_extracted(conn: Connection, docs: list[Document]) -> None:
            store_facts(conn, docs, extractions=ahead.extractions_for(conn, docs))

        try:
            return ingest_documents(
                engine,
                paths,
                on_new=store_extracted,
                on_read=ahead.on_read,
                console=console,
                stdin=stdin,
            )
        except WorkersLost as exc:
            raise BlocwatchError(
                f"{exc}; batches stored before stay: run the same ingest again to go on"
            ) from None


def reextract(*, db: str | None = None, console: Console | None = None, batch: int = 200) -> int:
    """Re-derive the facts of every stored document with the current extractor; returns the
    number of documents read. Each batch is one transaction; the knowledge base is rebuilt
    from the new facts at the end (one transaction)."""
    engine = connect(db)
    count = 0
    pending: list[Document] = []
    for doc in iter_documents(engine):
        pending.append(doc)
        if len(pending) >= batch:
            with engine.begin() as conn:
                store_facts(conn, pending, resolve=False)
            count += len(pending)
            pending = []
    if pending:
        with engine.begin() as conn:
            store_facts(conn, pending, resolve=False)
        count += len(pending)
    # Resolving every batch would redo the blocks batches share; one rebuild gives the same
    # records (resolution depends only on the stored reports).
    rebuild(engine)
    return count


def overview(db: str | None = None) -> dict[str, Any]:
    """Counts of what the store holds."""
    engine = connect(db)
    with engine.connect() as conn:
        docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
    return {"database": str(engine.url), "documents": docs, **fact_counts(engine)}


def build_demo(*, db: str | None = None, console: Console | None = None) -> dict[str, Any]:
    """Build the knowledge base of the bundled sample corpus at ``db`` (idempotent)."""
    from .sample import corpus_path

    summary = ingest([str(corpus_path())], db=db, console=console)
    return {**overview(db), "new_documents": summary.new, "failed": summary.failed}
