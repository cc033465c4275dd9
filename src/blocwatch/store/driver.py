"""Reading large answers as the database driver's plain tuples.

SQLAlchemy's row objects cost more than the rest of the work per row when an answer has
thousands of rows (a network of 400,000 index rows, a party's 2,000 agreements): the
queries stay SQLAlchemy expressions, compiled here, and their rows come from the driver's
cursor in batches. The caller converts what the driver does not (SQLite's booleans are
integers: see :func:`booleans`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Connection, any_, bindparam

from ..base.chunks import chunks


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


def among(conn: Connection, column, values: Iterable[Any]) -> Iterator[ColumnElement[bool]]:
    """The conditions "``column`` is one of ``values``", one query each: on PostgreSQL one
    in all, ``column = ANY(%s)`` with the values as a single array parameter (an ``IN``
    list of a state's thousands of record ids, 500 at a time, cost more to compile, send
    and parse as SQL text than the rows it reads); on SQLite an ``IN`` list per batch of
    :data:`~blocwatch.base.chunks.CHUNK` (its limit on bound parameters). None when
    ``values`` is empty."""
    if conn.dialect.name != "postgresql":
        for batch in chunks(values):
            yield column.in_(batch)
        return
    values = list(values)
    if values:
        yield column == any_(bindparam(None, values, type_=ARRAY(column.type)))
