"""Writing to the store: one writer at a time, waiting a bounded time for the others.

Every write that ingests documents goes through :func:`write_transaction`. It takes the
store's write lock first (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-scoped
advisory lock), retrying with a growing, jittered pause while another writer holds it, and
gives up with :class:`StoreBusy` (one line; HTTP 503 with ``Retry-After``) when the wait
would pass its bound. Holding the lock from the first statement means that what a writer
checks (is this content stored? is this id taken?) stays true until it commits: two
concurrent ingests of the same input wait for each other and the second finds the first's
documents, instead of failing on a unique constraint.

Inside the transaction, :func:`savepoint` lets one document's rows fail and roll back
alone while the others of its batch are kept.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError

from ..errors import BlocwatchError

# How long a writer waits for another one by default, in seconds: an ingest batch holds the
# lock for a few seconds (documents and facts; extraction runs before the lock is taken).
DEFAULT_LOCK_WAIT = 120.0
LOCK_WAIT_ENV = "BLOCWATCH_LOCK_WAIT"
# The advisory lock key of writers on PostgreSQL ("bloc" + 1; the migration lock is "bloc").
_WRITE_LOCK = 0x626C6F64
# SQLite's own busy handler waits this long per attempt (ms) before we pause and retry.
_ATTEMPT_MS = 1000
_SQLITE_BUSY_MS = 30000  # what db._sqlite_pragmas sets; restored once the lock is held
_MAX_PAUSE = 1.0


class StoreBusy(BlocwatchError):
    """Another writer held the store's write lock for longer than this writer would wait.
    ``retry_after`` is a suggested wait in whole seconds."""

    def __init__(self, message: str, retry_after: int = 5) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def lock_wait() -> float:
    """How long writers wait for the lock: ``$BLOCWATCH_LOCK_WAIT`` seconds, else 120."""
    value = os.environ.get(LOCK_WAIT_ENV)
    if not value:
        return DEFAULT_LOCK_WAIT
    try:
        return max(float(value), 0.0)
    except ValueError:
        raise BlocwatchError(f"${LOCK_WAIT_ENV}: not a number of seconds: {value!r}") from None


@contextmanager
def write_transaction(engine: Engine, *, wait: float | None = None) -> Iterator[Connection]:
    """A connection in a transaction that holds the store's write lock, committed when the
    block ends and rolled back when it raises. Waits at most ``wait`` seconds (default
    :func:`lock_wait`) for another writer, then raises :class:`StoreBusy`."""
    wait = lock_wait() if wait is None else wait
    conn = _locked(engine, wait)
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()


def _locked(engine: Engine, wait: float) -> Connection:
    deadline = time.monotonic() + wait
    attempt = 0
    while True:
        conn = engine.connect()
        try:
            if _take_lock(conn, deadline):
                return conn
        except OperationalError as exc:
            if not is_lock_error(exc):
                conn.close()
                raise
        except BaseException:
            conn.close()
            raise
        conn.rollback()
        conn.close()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise StoreBusy(
                f"the store is busy: another writer held its lock for over {wait:g} s;"
                " try again later",
                retry_after=max(1, min(int(wait) or 1, 30)),
            )
        attempt += 1
        pause = min(_MAX_PAUSE, 0.05 * 2**attempt) * (0.5 + random.random() / 2)
        time.sleep(min(pause, remaining))


def _take_lock(conn: Connection, deadline: float) -> bool:
    """Begins the write transaction on ``conn`` and takes the lock: False when another
    writer holds it (the caller rolls back and tries again)."""
    if conn.dialect.name == "sqlite":
        remaining_ms = int(max(deadline - time.monotonic(), 0) * 1000)
        conn.exec_driver_sql(f"PRAGMA busy_timeout={min(_ATTEMPT_MS, remaining_ms)}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.exec_driver_sql(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
        return True
    if conn.dialect.name == "postgresql":
        query = text("SELECT pg_try_advisory_xact_lock(:key)")
        if not conn.execute(query, {"key": _WRITE_LOCK}).scalar():
            return False
        # A writer that does not take the advisory lock (a rebuild) may still hold rows this
        # transaction needs: wait for them no longer than for the lock itself.
        wait_ms = max(int((deadline - time.monotonic()) * 1000), _ATTEMPT_MS)
        conn.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))
        return True
    return True


def is_lock_error(exc: BaseException) -> bool:
    """Whether ``exc`` says a lock could not be had in time (SQLite's "database is locked"
    or "busy", PostgreSQL's lock timeout or a deadlock), rather than a broken store."""
    if not isinstance(exc, DBAPIError):
        return False
    message = str(exc.orig).lower()
    code = getattr(exc.orig, "sqlstate", None)
    return code in {"55P03", "40P01"} or "database is locked" in message or "busy" in message


# What a document's own rows can fail with, and still leave the transaction usable once its
# savepoint is rolled back: a value the database refuses, a broken constraint, a user error.
ROW_ERRORS = (BlocwatchError, StatementError, UnicodeError, ValueError)


@contextmanager
def savepoint(conn: Connection) -> Iterator[None]:
    """A savepoint in ``conn``'s transaction: released when the block ends, rolled back
    alone (the transaction goes on) when it raises."""
    with conn.begin_nested():
        yield


def row_error_message(exc: BaseException) -> str:
    """One line for a document's failed rows; a lock or connection failure is not one of
    them, and is raised again by the caller."""
    if isinstance(exc, BlocwatchError):
        return str(exc)
    orig = getattr(exc, "orig", None) or exc
    message = " ".join(str(orig).split()) or type(orig).__name__
    return f"the database refused it ({message[:300]})"


def is_row_error(exc: BaseException) -> bool:
    """Whether ``exc`` belongs to one document's rows (see :data:`ROW_ERRORS`), not to the
    connection or the lock."""
    return isinstance(exc, ROW_ERRORS) and not isinstance(exc, OperationalError)
