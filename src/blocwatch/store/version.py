"""A value that changes whenever a store may have changed: what a read cache compares."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import Connection, Engine

# PostgreSQL has no cheap change counter: its version is the current second-long tick.
PG_KEEP_SECONDS = 1.0
# PostgreSQL's version of the as-of index (StoreVersion.of_index).
_PG_INDEX_VERSION = (
    "SELECT count(*), coalesce(sum(xmin::text::bigint), 0), coalesce(max(xmin::text::bigint), 0)"
    " FROM record_spans"
)


def in_memory_sqlite(engine: Engine) -> bool:
    """Whether ``engine``'s store is an in-memory SQLite database (one per connection): it has
    no version, so nothing can be kept by it."""
    return engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")


class StoreVersion:
    """SQLite: the file's ``data_version`` (changes with every commit of another
    connection), read on a read-only autocommit connection of its own; PostgreSQL: a
    :data:`PG_KEEP_SECONDS` clock tick."""

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._engine = engine
        # (PostgreSQL) The last snapshot of_index read and the version it found then.
        self._seen: tuple[str, tuple] | None = None
        if engine.dialect.name == "sqlite" and not in_memory_sqlite(engine):
            # Read-only, autocommit: it never holds a transaction that would pin the WAL.
            uri = Path(str(engine.url.database)).absolute().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(
                uri, uri=True, check_same_thread=False, isolation_level=None
            )

    def current(self) -> object:
        if self._conn is None:
            return int(time.monotonic() // PG_KEEP_SECONDS)
        with self._lock:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def of_index(self, conn: Connection | None = None) -> object | None:
        """A version of the network's as-of index that moves whenever the index may have
        changed, for what is kept longer than :data:`PG_KEEP_SECONDS` (the network held in
        memory, :mod:`blocwatch.analyse.held_network`). SQLite: :meth:`current`. PostgreSQL:
        the count of ``record_spans``' rows and the sum and largest of their transaction ids
        (``xmin``), read on ``conn`` (in its transaction's snapshot; best begun REPEATABLE
        READ) or a connection of its own: the resolver writes and removes a record's pair
        rows with its record spans (``resolve/spans.py``), so any change of the index writes
        or removes a row there. That scan (25-110 ms on a million facts) is made again only
        when the snapshot of the server has changed since the last one (a transaction that
        writes has begun or ended: ``pg_current_snapshot()``, read first, in the same
        snapshot). None: no version (an in-memory SQLite database, one per connection)."""
        if self._conn is not None:
            return self.current()
        if self._engine.dialect.name != "postgresql":
            return None
        if conn is None:
            with self._engine.connect() as own:
                own.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                return self.of_index(own)
        snapshot = conn.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar_one()
        with self._lock:
            if self._seen is not None and self._seen[0] == snapshot:
                return self._seen[1]
        found = tuple(int(n) for n in conn.exec_driver_sql(_PG_INDEX_VERSION).one())
        with self._lock:
            self._seen = (snapshot, found)
        return found

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
