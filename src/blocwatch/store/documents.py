"""Queries on stored documents: insert, look up, list, count, stream.

Read functions take an Engine or a Connection, so a caller inside a transaction (the ingest
loop, the extractor) sees its own uncommitted rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields
from typing import Any

from sqlalchemy import Connection, Engine, Select, func, select

from ..base.chunks import chunks
from ..base.fingerprints import content_hash, from_bytes, signature, stored_bands, to_bytes
from ..errors import BlocwatchError
from ..model import Document
from .binds import reading
from .schema import documents, documents_bands

# Every column but the signature: it is bytes, and only near-duplicate detection reads it.
_COLUMNS = [column for column in documents.c if column.name != "minhash"]
_LIST_COLUMNS = [column for column in _COLUMNS if column.name != "text"]
_DOCUMENT_FIELDS = {field.name for field in fields(Document)}
SNIPPET_CHARS = 160
_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# PostgreSQL refuses a string longer than its VARCHAR column (SQLite stores it whole): the
# metadata columns with a length, and the length of ids.
_KEYS = ("id", "duplicate_of", "content_hash")
_BOUNDED = {
    column.name: column.type.length
    for column in _COLUMNS
    if getattr(column.type, "length", None) and column.name not in _KEYS
}
_ID_LENGTH = documents.c.id.type.length


def insert_documents(
    conn: Connection,
    docs: list[Document],
    *,
    signatures: Mapping[str, bytes] | None = None,
    index: bool = True,
) -> None:
    """Inserts ``docs`` in the caller's transaction. A missing ``content_hash``,
    ``ingested_at`` (now, UTC) or MinHash signature (``signatures[doc.id]`` when given) is
    computed here, so any caller stores complete rows; the signature's band hashes go into
    the near-duplicate index (``documents_bands``) unless ``index`` is false (then the
    caller indexes them with :func:`index_signatures`). Metadata longer than its column
    (a ``source`` over 200 characters) is cut to fit; an id that does not fit raises
    :class:`BlocwatchError`."""
    if not docs:
        return
    now = utc_now()
    rows = []
    bands = []
    for doc in docs:
        doc.content_hash = doc.content_hash or content_hash(doc.text)
        doc.ingested_at = doc.ingested_at or now
        if len(doc.id) > _ID_LENGTH:
            raise BlocwatchError(f"{doc.origin}: id over {_ID_LENGTH} characters: {doc.id!r}")
        blob = (signatures or {}).get(doc.id)
        row = {column.name: getattr(doc, column.name, None) for column in _COLUMNS}
        for name, length in _BOUNDED.items():
            if isinstance(row[name], str):
                row[name] = row[name][:length]
        row["minhash"] = blob if blob is not None else to_bytes(signature(doc.text))
        rows.append(row)
        bands.append((doc.id, row["minhash"]))
    conn.execute(documents.insert(), rows)
    if index:
        index_signatures(conn, bands)


def index_signatures(conn: Connection, signatures: Iterable[tuple[str, bytes]]) -> None:
    """Adds the band hashes of stored documents' signatures (``(doc_id, minhash)`` pairs)
    to the near-duplicate index, in one statement, in the caller's transaction (a document
    rolled back is forgotten by the index too). A signature made with other settings is
    not indexed: it cannot be compared."""
    rows = []
    for doc_id, blob in signatures:
        sig = from_bytes(blob)
        if sig is not None:
            rows.extend({"band": band, "doc_id": doc_id} for band in stored_bands(sig))
    if rows:
        conn.execute(documents_bands.insert(), rows)


def get_document(bind: Engine | Connection, doc_id: str) -> dict[str, Any] | None:
    """The stored document ``doc_id`` as a dict of every column but ``minhash``, or None."""
    with reading(bind) as conn:
        row = conn.execute(select(*_COLUMNS).where(documents.c.id == doc_id)).first()
    return dict(row._mapping) if row else None


def list_documents(
    bind: Engine | Connection,
    *,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored documents, newest published first (undated last, then most recently
    ingested), as dicts of their metadata and a ``snippet`` (the text's start, whitespace
    collapsed, at most :data:`SNIPPET_CHARS` characters) instead of the text.

    ``source`` matches case-insensitively. ``since``/``until`` (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``) bound the publication date, both inclusive at their precision:
    ``until="2024-06"`` includes all of June; undated documents are left out. Raises
    :class:`BlocwatchError` for a malformed bound."""
    query = select(*_LIST_COLUMNS, func.substr(documents.c.text, 1, SNIPPET_CHARS * 2))
    query = _filtered(query, source, since, until)
    query = (
        query.order_by(
            documents.c.published.is_(None),
            documents.c.published.desc(),
            documents.c.ingested_at.desc(),
            documents.c.id,
        )
        .limit(max(int(limit), 0))
        .offset(max(int(offset), 0))
    )
    with reading(bind) as conn:
        rows = conn.execute(query).all()
    result = []
    for row in rows:
        *values, start = row
        item = dict(zip((column.name for column in _LIST_COLUMNS), values, strict=True))
        item["snippet"] = _snippet(start or "")
        result.append(item)
    return result


def count_documents(
    bind: Engine | Connection,
    *,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """How many documents are stored (with filters: how many :func:`list_documents` lists
    over all its pages)."""
    query = _filtered(select(func.count()).select_from(documents), source, since, until)
    with reading(bind) as conn:
        return conn.execute(query).scalar_one()


def _filtered(query: Select, source: str | None, since: str | None, until: str | None) -> Select:
    if source is not None:
        query = query.where(func.lower(documents.c.source) == source.strip().lower())
    if since is not None:
        query = query.where(documents.c.published >= _period(since, "since"))
    if until is not None:
        query = query.where(documents.c.published < _after(_period(until, "until")))
    return query


def link_duplicates(conn: Connection, links: dict[str, str]) -> None:
    """Mark each document of ``links`` as a near-duplicate of the document it maps to."""
    for doc_id, first in links.items():
        conn.execute(documents.update().where(documents.c.id == doc_id).values(duplicate_of=first))


def iter_documents(bind: Engine | Connection, batch_size: int = 500) -> Iterator[Document]:
    """Every stored document, in id order, read ``batch_size`` at a time. No cursor is held
    open between batches, so the caller may write to the store while iterating (as
    re-extraction does); documents inserted meanwhile with a greater id are included."""
    last: str | None = None
    while True:
        query = select(*_COLUMNS).order_by(documents.c.id).limit(max(batch_size, 1))
        if last is not None:
            query = query.where(documents.c.id > last)
        with reading(bind) as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        for row in rows:
            values = row._asdict()
            yield Document(**{k: v for k, v in values.items() if k in _DOCUMENT_FIELDS})
        last = rows[-1].id


def hashes_stored(conn: Connection, hashes: Iterable[str]) -> dict[str, str]:
    """Of ``hashes``, those stored: content hash -> document id."""
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(hashes))):
        rows = conn.execute(
            select(documents.c.content_hash, documents.c.id).where(
                documents.c.content_hash.in_(chunk)
            )
        )
        found.update((content, doc_id) for content, doc_id in rows)
    return found


def ids_stored(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Of ``ids``, those taken by stored documents."""
    found: set[str] = set()
    for chunk in chunks(sorted(set(ids))):
        found.update(
            conn.execute(select(documents.c.id).where(documents.c.id.in_(chunk))).scalars()
        )
    return found


def utc_now() -> str:
    """The current time as stored in ``ingested_at``: UTC, ISO 8601, seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= SNIPPET_CHARS:
        return flat
    cut = flat[: SNIPPET_CHARS - 1]
    # End on a word boundary when one is near.
    space = cut.rfind(" ")
    if space > SNIPPET_CHARS * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _period(value: str, name: str) -> str:
    value = value.strip()
    if not _PERIOD.fullmatch(value):
        raise BlocwatchError(f"--{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    parts = [int(part) for part in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise BlocwatchError(f"--{name}: {value!r} is not a date") from None
    return value


def _after(period: str) -> str:
    """The first period of the same precision after ``period``: the exclusive upper bound
    that makes ``until`` inclusive of all of its year, month or day."""
    parts = [int(part) for part in period.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        year, month = parts
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return (dt.date(*parts) + dt.timedelta(days=1)).isoformat()
