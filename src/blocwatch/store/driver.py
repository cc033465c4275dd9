"""Reading large answers as the database driver's plain tuples.

SQLAlchemy's row objects cost more than the rest of the work per row when an answer has
thousands of rows (a network of 400,000 index rows, a party's 2,000 agreements): the
queries stay SQLAlchemy expressions, compiled here, and their rows come from the driver's
cursor in batches. The caller converts what the driver does not (SQLite's booleans are
integers: see :func:`booleans`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection


def driver_sql(conn: Connection, query, index: tuple[str, str] | None = None) -> tuple[str, Any]:
    """``query`` as the driver's SQL and parameters. ``index`` (table, index name): on
    SQLite, the table is read through that index (SQLite runs no ANALYZE here, so its
    planner guesses, and SQLAlchemy renders no index hint for it); PostgreSQL's planner has
    statistics and gets no hint."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    sql = str(compiled)
    if index is not None and conn.dialect.name == "sqlite":
        table, name = index
        sql = sql.replace(f"FROM {table}", f"FROM {table} INDEXED BY {name}", 1)
    return sql, params


def driver_rows(conn: Connection, query, index: tuple[str, str] | None = None) -> Iterator[tuple]:
    """The rows of ``query`` (see :func:`driver_sql`) as the driver's tuples, streamed."""
    sql, params = driver_sql(conn, query, index)
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(5000):
            yield from batch
    finally:
        cursor.close()


def booleans(conn: Connection) -> bool:
    """Whether the driver returns booleans as integers (SQLite), to be converted."""
    return conn.dialect.name == "sqlite"
