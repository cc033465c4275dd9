"""Opening a store: the engine, its settings, and migrating it to the current schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError

from ..config import database_url
from ..errors import BlocwatchError

_MIGRATIONS = Path(__file__).parent / "migrations"


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (the dashboard) work while an ingest writes; foreign keys make the
    # ON DELETE CASCADE of facts real.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def connect(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine for the store at ``url`` (see :func:`blocwatch.config.database_url`),
    migrated to the newest schema unless ``migrate`` is false."""
    url = database_url(url)
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError) as exc:
        raise BlocwatchError(f"database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        path = engine.url.database
        if path and path != ":memory:" and not Path(path).parent.exists():
            raise BlocwatchError(f"database {url!r}: folder {Path(path).parent} does not exist")
    if migrate:
        try:
            with engine.begin() as conn:
                cfg = _alembic_config(url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise BlocwatchError(f"database {url!r}: {exc.orig}") from None
    return engine


def schema_revision(engine: Engine) -> tuple[str | None, str]:
    """(the store's migration revision, the newest revision this code knows)."""
    head = ScriptDirectory.from_config(_alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, head
