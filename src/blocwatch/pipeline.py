"""The stages joined: documents in (ingest), facts out (extract), stored together.

This is the one module that knows every stage; the CLI and the HTTP API call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from sqlalchemy import Connection, func, select

from .extract import EXTRACTOR_VERSION, extract_document
from .ingest import IngestSummary
from .ingest import ingest as ingest_documents
from .model import Document
from .resolve import rebuild, resolve_documents
from .store import connect
from .store.documents import iter_documents
from .store.facts import fact_counts, replace_facts
from .store.schema import documents


def store_facts(conn: Connection, docs: list[Document], *, resolve: bool = True) -> None:
    """Extract and store the facts of ``docs`` in the caller's transaction, and update the
    knowledge-base records they touch (unless ``resolve`` is false: the caller rebuilds)."""
    for doc in docs:
        replace_facts(conn, extract_document(doc), EXTRACTOR_VERSION)
    if resolve:
        resolve_documents(conn, [doc.id for doc in docs])


def ingest(
    paths: Sequence[str],
    *,
    db: str | None = None,
    extract: bool = True,
    console: Console | None = None,
    stdin=None,
) -> IngestSummary:
    """Ingest ``paths`` into the store at ``db``; new documents' facts are extracted and
    stored in the same transaction as the documents."""
    engine = connect(db)
    return ingest_documents(
        engine, paths, on_new=store_facts if extract else None, console=console, stdin=stdin
    )


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
