"""A value that changes whenever a store may have changed: what a read cache compares."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import Engine

# PostgreSQL has no cheap change counter: its version is the current second-long tick.
PG_KEEP_SECONDS = 1.0


class StoreVersion:
    """SQLite: the file's ``data_version`` (changes with every commit of another
    connection), read on a read-only autocommit connection of its own; PostgreSQL: a
    :data:`PG_KEEP_SECONDS` clock tick."""

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        database = engine.url.database
        if engine.dialect.name == "sqlite" and database and database != ":memory:":
            # Read-only, autocommit: it never holds a transaction that would pin the WAL.
            uri = Path(database).absolute().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(
                uri, uri=True, check_same_thread=False, isolation_level=None
            )

    def current(self) -> object:
        if self._conn is None:
            return int(time.monotonic() // PG_KEEP_SECONDS)
        with self._lock:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
