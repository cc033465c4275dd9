"""Every edge of a day from the as-of index, grouped in SQL: the whole network's answer.

The row-by-row reading (:func:`blocwatch.analyse.network.edges_on`) brings every index row
of the day into Python with its detail: 436,000 rows and as many JSON texts for a day of a
million facts, where the answer has 53,000 edges and 186,000 distinct details. Here the
database does the grouping, in two queries:

- one row per (source, target, kind), from the covering index ``ix_edge_spans_edge`` read
  in its order (each pair's rows strongest first, then by record): the pair's largest
  weight, and its records, their weights and labels as strings joined by :data:`SEP`
  (SQLite ``group_concat``, PostgreSQL ``string_agg``);
- one row in all: the day's record ids and their details (a record's detail is the same on
  every pair it ties: ``resolve/spans.py``), joined, parsed in one go.

Python splits the strings, checks each edge's records are strongest first and shares each
parsed detail among the edges it belongs to. The answer equals the row-by-row reading's
field by field (tests compare them); a day on which a record has two spans, an id or label
holds the separator, or the rows do not come strongest first, is read row by row instead.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterator

from sqlalchemy import Connection, Integer, Text, cast, func, literal, select
from sqlalchemy.dialects.postgresql import distinct_on

from ..base.collection import gc_paused
from ..store.driver import driver_rows
from ..store.schema import edge_spans

# Joins a group's values in one string (a value holding it sends the day row by row).
SEP = "\x1f"
_INDEX = ("edge_spans", "ix_edge_spans_edge")


class Unsplittable(Exception):
    """The grouped strings cannot be split back (a value holds a separator)."""


def _joined(conn: Connection, column):
    """``column``'s values of a group joined by :data:`SEP`, in the order the rows come
    (the covering index's: strongest first, checked by :func:`grouped_edges`; an ORDER BY
    in PostgreSQL's aggregate would sort each group again, three times the time)."""
    if conn.dialect.name == "sqlite":
        return func.group_concat(column, SEP)
    return func.string_agg(column, literal(SEP))


def _weight_text():
    """The weight as text, to check the order by (the edge's own weight is the group's
    largest, read as a number)."""
    return cast(edge_spans.c.weight, Text)


def grouped_rows(conn: Connection, edge_kinds: list[str], holding: list) -> Iterator[tuple]:
    """(kind, source, target, merge, directed, weight, record ids, weights, labels) per
    pair of the day, the last three joined by :data:`SEP`, strongest first (weight, then
    record id: what :func:`grouped_edges` checks)."""
    s = edge_spans.c
    query = (
        select(
            s.edge_kind,
            s.source,
            s.target,
            func.max(cast(s.merge, Integer)),
            func.max(cast(s.directed, Integer)),
            func.max(s.weight),
            _joined(conn, s.record_id),
            _joined(conn, _weight_text()),
            _joined(conn, s.label),
        )
        .where(s.edge_kind.in_(edge_kinds), *holding)
        # The covering index's order: SQLite reads each pair's rows strongest first.
        .group_by(s.source, s.target, s.edge_kind)
    )
    return driver_rows(conn, query, _INDEX)


def details_of_day(conn: Connection, edge_kinds: list[str], holding: list) -> dict[str, dict]:
    """Record id -> the parsed detail of its span of the day (its pairs' details are one:
    ``resolve/spans.py``). The database joins the ids and the details in one row (two
    strings), parsed at once. Raises Unsplittable when a record has two spans on the day
    (a date's interval overlapping both) or an id two kinds: its rows say which detail."""
    s = edge_spans.c
    key = (s.valid_from, s.record_id, s.fact_type, s.edge_kind)
    spans = select(s.record_id.label("span"), s.detail.label("detail")).where(
        s.edge_kind.in_(edge_kinds), *holding
    )
    if conn.dialect.name == "sqlite":
        # The key leads the primary key: grouped in key order without sorting, one row (any:
        # they are equal) per span; both strings are joined in the same order.
        spans = spans.group_by(*key).subquery()
        query = select(func.group_concat(spans.c.span, SEP), func.group_concat(spans.c.detail))
        # Read through the primary key (SQLite's name for it in a table without rowid).
        index = ("edge_spans", "sqlite_autoindex_edge_spans_1")
    else:
        spans = spans.ext(distinct_on(*key)).order_by(*key).subquery()
        # Both strings from one aggregate node: the same rows in the same order.
        query = select(
            func.string_agg(spans.c.span, literal(SEP)),
            func.string_agg(spans.c.detail, literal(",")),
        )
        index = None
    keys, texts = next(iter(driver_rows(conn, query, index)))
    if keys is None:
        return {}
    keys = keys.split(SEP)
    parsed = json.loads("[" + texts + "]")
    found = dict(zip(keys, parsed, strict=True))
    if len(found) != len(keys):
        raise Unsplittable("a record with two spans on the day")
    return found


def _split(value: str, n: int) -> list[str]:
    parts = value.split(SEP)
    if len(parts) != n:
        raise Unsplittable(value)
    return parts


def grouped_edges(
    conn: Connection, edge_kinds: list[str], holding: list
) -> tuple[list[tuple], list[tuple]]:
    """The day's edges as (key, directed, weight, label, record ids, details) tuples, key as
    :func:`blocwatch.analyse.network.keyed_edges` gives it, unsorted; and the (kind,
    source, target) of the pairs left to read row by row (several records of a kind whose
    records make one edge each). Raises Unsplittable when the grouped strings cannot be
    split back or are not strongest first (SQLite joins them as it reads the index)."""
    with gc_paused():
        details = details_of_day(conn, edge_kinds, holding)
        out, apart = [], []
        for kind, source, target, merge, directed, top, ids, weights, labels in grouped_rows(
            conn, edge_kinds, holding
        ):
            ids = ids.split(SEP)
            n = len(ids)
            if not merge and n > 1:
                # One edge per record, each its own weight: read row by row (rare).
                apart.append((kind, source, target))
                continue
            if labels.count(SEP) != n - 1:
                raise Unsplittable(labels)
            if n > 1 and not _strongest_first(_split(weights, n), ids):
                raise Unsplittable("not strongest first")
            out.append(
                (
                    (kind, source, target, "" if merge else ids[0]),
                    bool(directed),
                    top,
                    labels.partition(SEP)[0],
                    sorted(ids),
                    list(map(details.__getitem__, ids)),
                )
            )
        return out, apart


def _strongest_first(weights: list[str], ids: list[str]) -> bool:
    """Whether a group's entries are strongest first, then by id, with no two alike (then
    their order is the one :func:`blocwatch.analyse.network.keyed_edges` gives). The
    weights' text may round (SQLite's keeps 15 to 16 digits): two weights alike in their
    text, with ids out of order, fail the check."""
    keys = list(zip(map(operator.neg, map(float, weights)), ids, strict=True))
    return all(map(operator.lt, keys, keys[1:]))
