"""Every edge of a day from the as-of index, grouped in SQL: the whole network's answer.

The row-by-row reading (:func:`blocwatch.analyse.network.edges_on`) brings every index row
of the day into Python with its detail: 436,000 rows and as many JSON texts for a day of a
million facts, where the answer has 53,000 edges and 180,000 distinct details. Here the
database does the grouping, in two queries:

- one row in all: the day's record spans (``record_spans``, one row per record span, read in
  key order), their record ids, labels and details joined in three strings; the details
  are parsed in one go, each once, and shared among the edges they belong to;
- one row per (source, target, kind), from the covering index ``ix_edge_spans_edge`` of the
  pair rows: the pair's largest weight and its record ids joined by :data:`SEP`, strongest
  first (weight, then record id). PostgreSQL is told that order (``string_agg(... ORDER
  BY ...)``); SQLite's ``group_concat`` (3.40: no order in aggregates) takes the rows in
  the order it reads them, the index's, which :func:`_sqlite_reads_in_order` checks on the
  query plan (the covering index scanned in order, grouped with no sort).

Python splits each pair's ids, takes the label of its strongest record and the details of
its records.

The network as JSON (:func:`grouped_texts`) has the database join each pair's details too,
strongest first, so that no Python object is made per (edge, record) entry: SQLite from the
covering index that holds them (``ix_edge_spans_edge_details``), PostgreSQL from the table
in the order of an ordered scan of ``ix_edge_spans_edge`` (both checked on the plan). On
PostgreSQL the pairs are read in ranges of their source, two at a time on connections of
their own, all in the snapshot of the first connection's transaction (one version of the
store, as one query would read): the server groups while Python writes the edges of the
ranges already read (SQLite reads in one query: its ranges cost more than they save).

The answer equals the row-by-row reading's field by field (tests compare them); a day on
which a record has two spans (a date's interval overlapping both), an id or label holds the
separator, or the plan is not the expected one, is read row by row instead.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, case, cast, func, literal, or_, select
from sqlalchemy.dialects.postgresql import aggregate_order_by

from ..base import dates
from ..base.collection import gc_paused
from ..store.driver import driver_rows, driver_sql
from ..store.schema import edge_spans, record_spans

# Joins a group's values in one string (a value holding it sends the day row by row).
SEP = "\x1f"
_INDEX = ("edge_spans", "ix_edge_spans_edge")
# The plan SQLite must follow for the ids of a pair to come strongest first.
_IN_ORDER = "SCAN edge_spans USING COVERING INDEX ix_edge_spans_edge"
# (SQLite, migration 0017) The same index with the details: the network as JSON's.
_TEXT_INDEX = ("edge_spans", "ix_edge_spans_edge_details")
_TEXTS_IN_ORDER = "SCAN edge_spans USING COVERING INDEX ix_edge_spans_edge_details"


class Unsplittable(Exception):
    """The grouped strings cannot be split back (a value holds a separator, a record has two
    spans on the day) or do not come in the order wanted."""


def holding(table: Table, as_of: str) -> list:
    """The conditions on a row of ``table`` (``edge_spans`` or ``record_spans``) that holds
    on ``as_of``: its span overlaps the date's interval (what was in force at some point of
    it) or, for what was known by a date, holds on its last day."""
    s = table.c
    first, last = dates.first_day(as_of), dates.last_day(as_of)
    return [
        s.valid_from <= last,
        or_(s.valid_until.is_(None), s.valid_until >= case((s.overlap, first), else_=last)),
    ]


def _joined(conn: Connection, column, sep: str = SEP, order=()):
    """``column``'s values of a group joined by ``sep``: in ``order`` on PostgreSQL, in the
    order the rows come on SQLite (3.40 takes no order in an aggregate)."""
    if conn.dialect.name == "sqlite":
        return func.group_concat(column, sep)
    joiner = literal(sep)
    # string_agg(column, sep ORDER BY ...): the order goes with the last argument.
    return func.string_agg(column, aggregate_order_by(joiner, *order) if order else joiner)


def grouped_query(conn: Connection, edge_kinds: list[str], as_of: str):
    """(kind, source, target, merge, directed, weight, record ids) per pair of the day, the
    ids joined by :data:`SEP`, strongest first (weight, then record id)."""
    s = edge_spans.c
    return (
        select(
            s.edge_kind,
            s.source,
            s.target,
            func.max(cast(s.merge, Integer)),
            func.max(cast(s.directed, Integer)),
            func.max(s.weight),
            _joined(conn, s.record_id, order=(s.weight.desc(), s.record_id)),
        )
        .where(s.edge_kind.in_(edge_kinds), *holding(edge_spans, as_of))
        # The covering index's order: SQLite reads each pair's rows strongest first.
        .group_by(s.source, s.target, s.edge_kind)
    )


def _sqlite_reads_in_order(
    conn: Connection, query, index: tuple[str, str] = _INDEX, expected: str = _IN_ORDER
) -> bool:
    """Whether SQLite's plan for ``query`` scans the covering edge index in order and groups
    as it reads (no temporary B-tree): then each group's rows reach ``group_concat`` in the
    index's order, strongest first. False when the store lacks the index."""
    sql, params = driver_sql(conn, query, index)
    cursor = conn.connection.driver_connection.cursor()
    try:
        plan = [row[-1] for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    except conn.dialect.dbapi.OperationalError:
        return False  # no such index (a store made before it)
    finally:
        cursor.close()
    return plan == [expected]


def grouped_rows(conn: Connection, edge_kinds: list[str], as_of: str) -> Iterator[tuple]:
    """The rows of :func:`grouped_query`. Raises Unsplittable when SQLite would not read
    them in the index's order."""
    query = grouped_query(conn, edge_kinds, as_of)
    if conn.dialect.name == "sqlite" and not _sqlite_reads_in_order(conn, query):
        raise Unsplittable("the pairs' rows are not read in the index's order")
    return driver_rows(conn, query, _INDEX)


# (The network as JSON) Where the day's pairs are cut into ranges of their first actor, read
# at the same time on two connections: single capital letters, so that the ranges are in
# order, and cover every code once, under any collation of the database. Chosen so that
# each range holds about a seventh of the rows of a base of real state codes.
_CUTS = ("B", "C", "D", "G", "J", "P")
_READERS = 2


def _ranges(cuts: tuple[str, ...] = _CUTS) -> list[tuple[str | None, str | None]]:
    """[first, last) bounds of the first actor: every code in exactly one of them."""
    bounds = [None, *cuts, None]
    return list(itertools.pairwise(bounds))


def _texts_query(
    conn: Connection, edge_kinds: list[str], as_of: str, low: str | None, high: str | None
):
    """Per pair of the day with its source in [low, high): kind, source, target, merge,
    directed, weight, label (of the strongest row), its record ids joined by :data:`SEP`
    and its details by commas (strongest first: weight, then record id), and its row count.
    The rows must reach the aggregates in the edge index's order, which the caller checks
    on the plan: SQLite reads ``ix_edge_spans_edge_details`` (migration 0017) in order and
    groups as it reads, its bare columns coming from the row of the single ``max`` (the
    first of the strongest); PostgreSQL groups the rows of ``ix_edge_spans_edge`` as its
    ordered scan gives them (the details from the table), and a B-tree holds no details."""
    s = edge_spans.c
    where = [s.edge_kind.in_(edge_kinds), *holding(edge_spans, as_of)]
    if low is not None:
        where.append(s.source >= low)
    if high is not None:
        where.append(s.source < high)
    if conn.dialect.name == "sqlite":
        return (
            select(
                s.edge_kind,
                s.source,
                s.target,
                s.merge,
                s.directed,
                func.max(s.weight),
                s.label,
                func.group_concat(s.record_id, SEP),
                func.group_concat(s.detail, ","),
                func.count(),
            )  # fmt: skip
            .where(*where)
            .group_by(s.source, s.target, s.edge_kind)
        )
    rows = (
        select(
            s.edge_kind,
            s.source,
            s.target,
            s.merge,
            s.directed,
            s.weight,
            s.label,
            s.record_id,
            s.detail,
        )  # fmt: skip
        .where(*where)
        .order_by(s.source, s.target, s.edge_kind, s.weight.desc(), s.record_id)
        .subquery("day")
    )
    r = rows.c
    return select(
        r.edge_kind, r.source, r.target, func.bool_or(r.merge), func.bool_or(r.directed),
        func.max(r.weight), func.array_agg(r.label)[1], func.string_agg(r.record_id, SEP),
        func.string_agg(r.detail, ","), func.count(),
    ).group_by(r.source, r.target, r.edge_kind)  # fmt: skip


# PostgreSQL's plan for the texts of the pairs: the rows of the edge index's ordered scan
# grouped as they come (no sort, no hash). Its planner is told to sort nothing and to scan
# no table whole for this query, which leaves it that plan (the pair index, which it would
# otherwise take, does not give the ORDER BY).
_PG_IN_ORDER = (
    "GroupAggregate",
    "Index Scan using ix_edge_spans_edge on edge_spans",
)
# Set for the transaction, in one statement. ``jit`` too: a late day's range costs the
# planner just over ``jit_above_cost`` (100,000 by default), and compiling its expressions
# took 20-25 ms of each of the seven ranges' queries (a seventh of the server's time for
# the day) to save less than that in running them.
_PG_SETTINGS = (
    "enable_sort",
    "enable_incremental_sort",
    "enable_seqscan",
    "enable_bitmapscan",
    "enable_hashagg",
    "jit",
)


def _reads_in_order(conn: Connection, query) -> bool:
    """Whether the texts ``query`` gets each pair's rows in the edge index's order (the
    plan: :func:`_sqlite_reads_in_order`; on PostgreSQL :data:`_PG_IN_ORDER`, its planner
    set for it in the connection's transaction)."""
    if conn.dialect.name == "sqlite":
        return _sqlite_reads_in_order(conn, query, _TEXT_INDEX, _TEXTS_IN_ORDER)
    conn.exec_driver_sql("; ".join(f"SET LOCAL {name} = off" for name in _PG_SETTINGS))
    sql, params = driver_sql(conn, query)
    cursor = conn.connection.driver_connection.cursor()
    try:
        plan = [row[0] for row in cursor.execute(f"EXPLAIN {sql}", params)]
    finally:
        cursor.close()
    # Each step of the plan is the line that gives its cost.
    steps = [line.partition("  (cost=")[0].strip().removeprefix("->").strip() for line in plan]
    return [step for step, line in zip(steps, plan, strict=True) if "(cost=" in line] == list(
        _PG_IN_ORDER
    )


def _exported_snapshot(conn: Connection) -> str | None:
    """The snapshot of ``conn``'s PostgreSQL transaction, exported for the range readers
    to import (``pg_export_snapshot``, valid while that transaction lasts): every range is
    then read from one version of the store, whatever is written meanwhile. A transaction
    not yet begun begins REPEATABLE READ, so that ``conn``'s own later reads (the pairs
    read row by row) see that version too; one already begun (READ COMMITTED) exports the
    snapshot of the moment, which the ranges still share. None on a connection in
    autocommit: no transaction holds a snapshot there, so each reader takes its own."""
    # The driver's own state, not get_isolation_level() (a query, which would begin the
    # transaction before its level is set) nor in_transaction() (reads on the driver's
    # cursor, as driver_rows makes, begin one that SQLAlchemy does not see).
    dbapi = conn.connection.dbapi_connection
    if getattr(dbapi, "autocommit", False):
        return None
    info = getattr(dbapi, "info", None)
    idle = info is None or info.transaction_status == 0  # psycopg's TransactionStatus.IDLE
    if not conn.in_transaction() and idle:
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    return conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()


def _import_snapshot(conn: Connection, snapshot: str) -> None:
    """Begin ``conn``'s transaction in ``snapshot`` (:func:`_exported_snapshot`). The id is
    the server's own (hexadecimal and dashes), quoted all the same: SET takes no parameter."""
    quoted = snapshot.replace("'", "''")
    conn.exec_driver_sql(
        f"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SET TRANSACTION SNAPSHOT '{quoted}'"
    )


def _text_rows(
    engine: Engine,
    edge_kinds: list[str],
    as_of: str,
    low: str | None,
    high: str | None,
    snapshot: str | None = None,
) -> list[tuple] | None:
    """The rows of :func:`_texts_query` for one range, read on a PostgreSQL connection of
    their own, in ``snapshot`` when given (:func:`_exported_snapshot`); None when the plan
    would not read them in order."""
    with engine.connect() as conn:
        if snapshot is not None:
            _import_snapshot(conn, snapshot)
        query = _texts_query(conn, edge_kinds, as_of, low, high)
        if not _reads_in_order(conn, query):
            return None
        return list(driver_rows(conn, query))


def grouped_texts(
    conn: Connection,
    edge_kinds: list[str],
    as_of: str,
    edge: Callable[..., Any],
    engine: Engine | None = None,
) -> tuple[dict[str, list], list[tuple]] | None:
    """:func:`grouped_edges` with ``parse`` false, the database joining each pair's details
    (strongest first, :func:`_texts_query`), given to ``edge`` as one text in a list.
    SQLite reads them in one query on ``conn``; PostgreSQL, given ``engine``, in ranges of
    their source (:data:`_CUTS`), two at a time on connections of their own (the server
    groups while Python writes what has come). None when the plan would not read the rows
    in the edge index's order (a store without it; PostgreSQL without ``engine``). The
    ranges are read in the snapshot of ``conn``'s transaction (:func:`_exported_snapshot`):
    one version of the store, as one query would read it.
    Raises Unsplittable when a record id holds the separator, or a record has two spans on
    the day."""
    if conn.dialect.name == "sqlite":
        # One query on ``conn`` even with an engine: SQLite's ranges on two connections cost
        # more than they save (a late day of a million-fact base, quiet machine: 1.30 s
        # against 1.01 s wall); PostgreSQL's save (1.00 s against 1.53 s).
        query = _texts_query(conn, edge_kinds, as_of, None, None)
        if not _reads_in_order(conn, query):
            return None
        parts: Iterable[list[tuple] | None] = [list(driver_rows(conn, query, _TEXT_INDEX))]
        return _texts(parts, edge)
    if engine is None:
        return None
    snapshot = _exported_snapshot(conn)
    with ThreadPoolExecutor(_READERS, thread_name_prefix="blocwatch-pairs") as pool:
        parts = pool.map(lambda r: _text_rows(engine, edge_kinds, as_of, *r, snapshot), _ranges())
        return _texts(parts, edge)


def _texts(
    parts: Iterable[list[tuple] | None], edge: Callable[..., Any]
) -> tuple[dict[str, list], list[tuple]] | None:
    """:func:`grouped_texts`' answer from the rows of its queries (None: one of them would
    not come in order)."""
    out: dict[str, list] = {}
    apart = []
    for rows in parts:
        if rows is None:
            return None
        for kind, source, target, merge, directed, top, label, ids, texts, n in rows:
            if n == 1:
                # Half the edges of a late day: one record, nothing to split or sort.
                if SEP in ids:
                    raise Unsplittable("a record id holds the separator")
                ids = [ids]
            else:
                ids = ids.split(SEP)
                if len(ids) != n:
                    raise Unsplittable("a record id holds the separator")
                if len(set(ids)) != n:
                    # As details_of_day: the row-by-row reading orders a record's two spans.
                    raise Unsplittable("a record with two spans on the day")
                if not merge:
                    apart.append((kind, source, target))
                    continue
                ids.sort()
            found = out.get(kind)
            if found is None:
                found = out[kind] = []
            found.append(edge(kind, source, target, bool(directed), top, label, ids, [texts]))
    return out, apart


def details_of_day(
    conn: Connection, edge_kinds: list[str], as_of: str, parse: bool = True
) -> tuple[dict[str, Any], dict[str, str]]:
    """Record id -> the parsed detail of its span of the day (``parse`` false: its JSON
    text as stored), and record id -> its label. The database joins the ids, the labels
    and the details of ``record_spans`` in one row (three strings, the same rows in the
    same order), parsed at once. Raises Unsplittable when a record has two spans on the day
    (a date's interval overlapping both) or an id two kinds, or a value holds the
    separator."""
    s = record_spans.c
    # A JSON text holds no raw control character (json.dumps escapes them): the texts are
    # split back at SEP when they are kept as they are.
    query = select(
        _joined(conn, s.record_id),
        _joined(conn, s.label),
        _joined(conn, s.detail, "," if parse else SEP),
    ).where(s.edge_kind.in_(edge_kinds), *holding(record_spans, as_of))
    # Read in key order (first day first): SQLite's table is its primary key.
    keys, labels, texts = next(iter(driver_rows(conn, query)))
    if keys is None:
        return {}, {}
    keys = keys.split(SEP)
    labels = labels.split(SEP)
    parsed = json.loads("[" + texts + "]") if parse else texts.split(SEP)
    if not len(keys) == len(labels) == len(parsed):
        raise Unsplittable("a record id or label holds the separator")
    found = dict(zip(keys, parsed, strict=True))
    if len(found) != len(keys):
        raise Unsplittable("a record with two spans on the day")
    return found, dict(zip(keys, labels, strict=True))


def _pair_rows_apart(
    engine: Engine, edge_kinds: list[str], as_of: str, snapshot: str | None = None
) -> list[tuple]:
    """The rows of :func:`grouped_rows` read on a connection of their own, in ``snapshot``
    when given (PostgreSQL: the version ``conn`` reads the details in)."""
    with engine.connect() as conn:
        if snapshot is not None:
            _import_snapshot(conn, snapshot)
        return list(grouped_rows(conn, edge_kinds, as_of))


def grouped_edges(
    conn: Connection,
    edge_kinds: list[str],
    as_of: str,
    edge: Callable[..., Any],
    engine: Engine | None = None,
    parse: bool = True,
) -> tuple[dict[str, list], list[tuple]]:
    """The day's edges, each made by ``edge(kind, source, target, directed, weight, label,
    record ids, details)`` (:class:`blocwatch.analyse.network.Edge`), by kind, each kind's
    in the order of the pairs' rows; and the (kind, source, target) of the pairs left to
    read row by row (several records of a kind whose records make one edge each). With
    ``engine``, the pairs are read on a second connection of it while the details are read
    and parsed on ``conn``: the database groups the pairs (SQLite without holding Python's
    lock, PostgreSQL in a second server process) as Python parses. ``parse`` false: the
    details given to ``edge`` are their JSON texts as stored (:mod:`.network_json`; on
    SQLite from the edge index in one query, :func:`grouped_texts`). Raises
    Unsplittable when the grouped strings cannot be split back or would not come strongest
    first."""
    with gc_paused():
        if not parse:
            found = grouped_texts(conn, edge_kinds, as_of, edge, engine)
            if found is not None:
                return found
        if engine is None:
            details, labels = details_of_day(conn, edge_kinds, as_of, parse)
            rows: Iterable[tuple] = grouped_rows(conn, edge_kinds, as_of)
        else:
            snapshot = _exported_snapshot(conn) if conn.dialect.name == "postgresql" else None
            with ThreadPoolExecutor(1, thread_name_prefix="blocwatch-pairs") as pool:
                pending = pool.submit(_pair_rows_apart, engine, edge_kinds, as_of, snapshot)
                details, labels = details_of_day(conn, edge_kinds, as_of, parse)
                rows = pending.result()
        return _edges(rows, details, labels, edge)


def _edges(
    rows: Iterable[tuple], details: dict[str, dict], labels: dict[str, str], edge
) -> tuple[dict[str, list], list[tuple]]:
    """:func:`grouped_edges`' answer from the pairs' rows and the day's record spans."""
    detail, label = details.__getitem__, labels.__getitem__
    out: dict[str, list] = {}
    apart = []
    try:
        for kind, source, target, merge, directed, top, ids in rows:
            ids = ids.split(SEP)
            if not merge and len(ids) > 1:
                # One edge per record, each its own weight: read row by row (rare).
                apart.append((kind, source, target))
                continue
            found = out.get(kind)
            if found is None:
                found = out[kind] = []
            found.append(
                edge(
                    kind,
                    source,
                    target,
                    directed == 1,
                    top,
                    label(ids[0]),
                    sorted(ids),
                    list(map(detail, ids)),
                )
            )
    except KeyError as missing:
        # A pair's id split at a separator it holds, or a row without its record span.
        raise Unsplittable(f"no record span for {missing}") from None
    return out, apart
