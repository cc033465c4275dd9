"""Settings from flags and ``BLOCWATCH_*`` environment variables."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "blocwatch.db"

# Inputs over this size are refused: a news article is a few kB, and an unbounded input
# would let one bad file stall a whole ingest.
MAX_DOCUMENT_BYTES = int(os.environ.get("BLOCWATCH_MAX_DOCUMENT_BYTES", 5 * 1024 * 1024))
# A WARC or JSONL container may be large; its records are bounded by MAX_DOCUMENT_BYTES each.
# Extraction of one document stops with an error past this many seconds (0: no limit).
DEFAULT_EXTRACT_SECONDS = 120.0


def max_document_bytes() -> int:
    """The per-document size budget in bytes: ``$BLOCWATCH_MAX_DOCUMENT_BYTES`` as read at
    start-up, unless a caller changed :data:`MAX_DOCUMENT_BYTES` since."""
    return MAX_DOCUMENT_BYTES


def extract_seconds() -> float:
    """The per-document time budget of extraction: ``$BLOCWATCH_EXTRACT_SECONDS`` (read at
    call time), else 120; 0 or less means none."""
    value = os.environ.get("BLOCWATCH_EXTRACT_SECONDS")
    if not value:
        return DEFAULT_EXTRACT_SECONDS
    try:
        return float(value)
    except ValueError:
        return DEFAULT_EXTRACT_SECONDS


# The PostgreSQL driver blocwatch installs; a URL naming no driver gets this one (SQLAlchemy's
# own default for a bare ``postgresql://`` is psycopg2, which is not a dependency).
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_POSTGRES_DRIVER = "postgresql+psycopg://"


def database_url(value: str | None = None) -> str:
    """The SQLAlchemy URL for ``value`` (a URL or a file path), ``$BLOCWATCH_DB``, or
    ``./blocwatch.db``. A bare path becomes a SQLite URL; ``postgresql://...`` (or
    ``postgres://...``) becomes ``postgresql+psycopg://...``; any other URL is kept."""
    value = value or os.environ.get("BLOCWATCH_DB") or DEFAULT_DB
    for scheme in _POSTGRES_SCHEMES:
        if value.startswith(scheme):
            return _POSTGRES_DRIVER + value[len(scheme) :]
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser())
