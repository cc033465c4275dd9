"""Opening a store: the engine, its settings, and migrating it to the current schema."""

from __future__ import annotations

import random
import threading
import time
from functools import cache
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError

from ..config import database_url
from ..errors import BlocwatchError
from .schema import SQLITE_ONLY_INDEXES, metadata
from .search import is_search_object

_MIGRATIONS = Path(__file__).parent / "migrations"


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (the dashboard) work while an ingest writes; foreign keys make the
    # ON DELETE CASCADE of facts real.
    # busy_timeout first: switching a new file to WAL waits on other openers' locks too.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


# Seconds to wait for a PostgreSQL server before giving up with a clear error, rather than
# the operating system's TCP timeout of minutes.
_CONNECT_TIMEOUT = 10
# Any constant: the key of the advisory lock under which PostgreSQL migrations run, so that
# two processes opening a new database at once do not both create its tables.
_MIGRATION_LOCK = 0x626C6F63
_MIGRATING = threading.Lock()


def connect(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Engine:
    """An engine for the store at ``url`` (see :func:`blocwatch.config.database_url`),
    migrated to the newest schema unless ``migrate`` is false.

    With ``create`` false, a path or database that holds no knowledge base (no such SQLite
    file, an empty one, a database without blocwatch's schema) raises :class:`StoreMissing`
    naming it, rather than becoming a new empty store: a mistyped path must not answer
    "nothing found". Writers (ingest, demo, load) create; queries do not.

    SQLite and PostgreSQL are supported. A store that cannot be opened (a SQLite file in a
    missing folder, a PostgreSQL server that does not answer, a database that does not
    exist, a wrong password) raises :class:`BlocwatchError` with a one-line message; the
    password is never part of it."""
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BlocwatchError(f"database {url!r}: {exc}") from None
    shown = parsed.render_as_string(hide_password=True)
    try:
        engine = create_engine(parsed, **_engine_options(parsed))
    except (ArgumentError, ImportError) as exc:
        hint = ""
        if isinstance(exc, ImportError) and parsed.get_backend_name() == "postgresql":
            hint = " (install PostgreSQL support: pip install 'blocwatch[postgres]')"
        raise BlocwatchError(f"database {shown}: {exc}{hint}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        path = engine.url.database
        if path and path != ":memory:" and not Path(path).parent.exists():
            raise BlocwatchError(f"database {shown}: folder {Path(path).parent} does not exist")
        if not create and path and path != ":memory:" and not _has_content(Path(path)):
            raise StoreMissing(f"no knowledge base at {path}: no such file{_MISSING_HINT}")
    attempt = 1
    while True:
        started = time.monotonic()
        try:
            if not create:
                _require_store(engine, shown)
            _open(engine, url, migrate)
            return engine
        except OperationalError as exc:
            engine.dispose()
            quick = time.monotonic() - started < _DEADLOCK_SECONDS
            if not (attempt < _OPEN_ATTEMPTS and quick and _is_sqlite_locked(engine, exc)):
                raise BlocwatchError(f"database {shown}: {_one_line(exc.orig)}") from None
        time.sleep(0.05 * attempt + random.random() * 0.05)
        attempt += 1


# SQLite answers "database is locked" at once, without waiting, when two connections would
# otherwise wait on each other (processes opening a new file at once: one switching it to
# WAL, one migrating it). Its documented remedy is to back off and try again. A lock held
# longer (a big ingest) is waited for by busy_timeout once, not again on every attempt.
_OPEN_ATTEMPTS = 6
_DEADLOCK_SECONDS = 2.0


def _is_sqlite_locked(engine: Engine, exc: OperationalError) -> bool:
    return engine.dialect.name == "sqlite" and "locked" in str(exc.orig)


class StoreMissing(BlocwatchError):
    """The path or database given holds no knowledge base, and none was to be created."""


_MISSING_HINT = (
    " (`blocwatch ingest` or `demo` make one; --create, or create=True in Python, an empty one)"
)


def _has_content(path: Path) -> bool:
    # SQLite reads a zero-byte file as an empty database: no knowledge base either.
    return path.is_file() and path.stat().st_size > 0


def _require_store(engine: Engine, shown: str) -> None:
    """StoreMissing unless the database holds blocwatch's schema (at any version)."""
    with engine.connect() as conn:
        current = _revision(conn)
    if current is None:
        engine.dispose()
        raise StoreMissing(
            f"no knowledge base in {shown}: it holds no blocwatch schema{_MISSING_HINT}"
        )


def _open(engine: Engine, url: str, migrate: bool) -> None:
    # Opening a connection first turns an unreachable server into one clear error whether
    # or not the store is migrated next.
    with engine.connect() as conn:
        current = _revision(conn)
    if migrate and current != _head():
        _upgrade(engine, url)


def _engine_options(url: URL) -> dict:
    if url.get_backend_name() != "postgresql":
        return {}
    options: dict = {"pool_pre_ping": True}
    if url.get_driver_name() == "psycopg" and "connect_timeout" not in url.query:
        options["connect_args"] = {"connect_timeout": _CONNECT_TIMEOUT}
    return options


def _upgrade(engine: Engine, url: str) -> None:
    """Migrates the store to the head revision, one process at a time: whoever comes second
    waits, then finds nothing left to do."""
    # Alembic keeps the running migration's context in module globals: one thread at a time.
    with _MIGRATING, engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            # Held to the end of the transaction; PostgreSQL's DDL is transactional.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        elif conn.dialect.name == "sqlite":
            # Takes the write lock now rather than at the first write: another process
            # waits here (busy_timeout) instead of failing on a table that appeared meanwhile.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg = _alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()


def _revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


@cache
def _head() -> str | None:
    return ScriptDirectory.from_config(_alembic_config("")).get_current_head()


def _one_line(exc: BaseException | None) -> str:
    """A driver's error message on one line (psycopg's span several: the error, a detail, a
    hint)."""
    message = " ".join(str(exc).split()) if exc is not None else "unknown error"
    return message.removeprefix("connection failed: ") or type(exc).__name__


def schema_revision(engine: Engine) -> tuple[str | None, str]:
    """(the store's migration revision, the newest revision this code knows)."""
    with engine.connect() as conn:
        current = _revision(conn)
    return current, _head()


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's ``include_name`` hook: schema comparisons cover what ``schema.metadata``
    describes, not the search index that migrations 0003 and 0007 make beside it, nor the
    indexes of one backend only (:data:`schema.SQLITE_ONLY_INDEXES`)."""
    if type_ == "index" and name in SQLITE_ONLY_INDEXES:
        return False
    return not (type_ in ("table", "index", "column") and is_search_object(name))


def schema_differences(conn: Connection) -> list:
    """What differs between the database behind ``conn`` and ``schema.metadata``, as
    Alembic's autogenerate lists it (empty when the migrations made exactly the schema)."""
    context = MigrationContext.configure(conn, opts={"include_name": include_name})
    return compare_metadata(context, metadata)
