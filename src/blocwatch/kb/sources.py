"""Following a record to its sentences: every evidence span behind it, with the document's
title, URL and publication date, and what that document states."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    RowMapping,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    func,
    select,
    true,
)

from ..base import dates
from ..errors import BlocwatchError
from ..kinds import kind
from ..store.driver import among, driver_rows
from ..store.schema import (
    agreement_values,
    claim_stances,
    documents,
    evidence,
    measure_points,
    measure_sources,
)
from . import validate
from .records import SourceSentence


def record_sources(conn: Connection, record_id: str) -> list[SourceSentence]:
    """Every sentence behind ``record_id``, grouped by document in reported order (the
    fact's own sentences, then stance sentences: role "fact", "denies", "acknowledges").
    Raises BlocwatchError for a malformed or unknown id."""
    fact_type = validate.record_type(record_id)
    main = kind(fact_type).hook("record_table")
    if conn.execute(select(main.c.id).where(main.c.id == record_id)).first() is None:
        raise BlocwatchError(f"no record with id {record_id!r} (list ids with agreements/claims)")
    return sources_by_record(conn, fact_type, [record_id]).get(record_id, [])


def sources_by_record(
    conn: Connection, fact_type: str, record_ids: list[str] | None = None
) -> dict[str, list[SourceSentence]]:
    """record id -> its sentences (as :func:`record_sources`), for ``record_ids`` or for
    every record of ``fact_type``."""
    k = kind(fact_type)
    table, fk = k.table("sources"), k.fk
    # On PostgreSQL, each record's sources are read by its key (a lateral join from the
    # ids): with ``fk = ANY(ids)`` the planner, which takes a record for about three
    # times the sources it has, scanned the whole sources table in parallel and hashed
    # the evidence (the sources of a state's 2,000 defence treaties: 280 ms against 90;
    # of 90 treaties: 60 ms against 6).
    picked = None
    if record_ids is not None and conn.dialect.name == "postgresql":
        ids = bindparam(None, sorted(set(record_ids)), type_=ARRAY(table.c[fk].type))
        picked = func.unnest(ids).table_valued("id").render_derived(name="picked")
        sources: Any = select(table).where(table.c[fk] == picked.c.id).lateral("sources")
    else:
        sources = table
    query = (
        select(
            sources.c[fk].label("record_id"),
            sources.c.report_id,
            sources.c.doc_id,
            sources.c.origin_doc,
            sources.c.reported,
            documents.c.title,
            documents.c.url,
            documents.c.published,
            documents.c.source,
            evidence.c.role,
            evidence.c.start,
            evidence.c.end,
            evidence.c.sentence,
            evidence.c.id.label("evidence_id"),
        )
        .select_from(sources if picked is None else picked.join(sources, true()))
        .join(documents, documents.c.id == sources.c.doc_id)
        .join(
            evidence,
            and_(evidence.c.fact_type == fact_type, evidence.c.fact_id == sources.c.report_id),
        )
    )
    # The driver's tuples (thousands of sentences behind a state's defence treaties), in
    # the order of the columns selected above.
    if picked is None:
        rows = list(_Rows(conn, record_ids).plain(query, sources.c[fk]))
    else:
        rows = list(driver_rows(conn, query))
    states = k.hook("states")(_Rows(conn, record_ids))
    rows.sort(
        key=lambda r: (
            r[0],  # record_id
            dates.reported_key(r[4]),  # reported
            r[2],  # doc_id
            r[1],  # report_id
            r[9] != "fact",  # role
            r[10],  # start
            r[13],  # evidence_id
        )
    )
    out: dict[str, list[SourceSentence]] = {}
    for (
        record_id, report_id, doc_id, origin_doc, _, title, url, published, outlet, role,
        start, end, sentence, _,
    ) in rows:  # fmt: skip
        out.setdefault(record_id, []).append(
            SourceSentence(
                record_id=record_id,
                doc_id=doc_id,
                title=title,
                url=url,
                published=published,
                outlet=outlet,
                origin_doc=origin_doc,
                report_id=report_id,
                role=role,
                start=start,
                end=end,
                sentence=sentence,
                states=states.get((record_id, report_id), {}),
            )
        )
    return out


class _Rows:
    """The rows of a link table for some records (all records when ``record_ids`` is None)."""

    def __init__(self, conn: Connection, record_ids: list[str] | None) -> None:
        self.conn, self.record_ids = conn, record_ids

    def __call__(
        self, table: Table, fk: str, order: ColumnElement[Any] | None = None
    ) -> Iterator[RowMapping]:
        query = select(table)
        if order is not None:
            query = query.order_by(order)
        if self.record_ids is None:
            yield from self.conn.execute(query).mappings()
            return
        for where in among(self.conn, table.c[fk], self.record_ids):
            yield from self.conn.execute(query.where(where)).mappings()

    def plain(self, query: Select[Any], fk: ColumnElement[Any]) -> Iterator[tuple[Any, ...]]:
        """The rows of ``query`` for the records (``fk``: the column naming the record) as
        the driver's tuples (no type conversion: see :mod:`blocwatch.store.driver`)."""
        if self.record_ids is None:
            yield from driver_rows(self.conn, query)
            return
        for where in among(self.conn, fk, self.record_ids):
            yield from driver_rows(self.conn, query.where(where))


States = dict[tuple[str, int], dict[str, Any]]


def agreement_states(rows: _Rows) -> States:
    """What each report behind an agreement states for signed, place, defense, kind, name."""
    v = agreement_values.c
    # The values as JSON text, parsed at once (PostgreSQL's driver would parse each on its
    # own: tens of thousands behind a state's defence treaties).
    query = select(v.agreement_id, v.report_id, v.attribute, cast(v.value, Text))
    found = list(rows.plain(query, v.agreement_id))
    values = json.loads("[" + ",".join([r[3] for r in found]) + "]")
    out: States = {}
    for (agreement_id, report_id, attribute, _), value in zip(found, values, strict=True):
        out.setdefault((agreement_id, report_id), {})[attribute] = value
    return out


def claim_states(rows: _Rows) -> States:
    """Who each report behind a claim has alleging, denying or acknowledging it."""
    out: States = {}
    for r in rows(claim_stances, "claim_id", claim_stances.c.seq):
        stances = out.setdefault((r["claim_id"], r["report_id"]), {})
        stances.setdefault(r["stance"], []).append(r["actor"])
    return out


def measure_states(rows: _Rows) -> States:
    """The value and period each report behind a measure series gives."""
    periods = {
        (r["measure_id"], r["point"]): r["period"] for r in rows(measure_points, "measure_id")
    }
    return {
        (r["measure_id"], r["report_id"]): {
            "value": r["value"],
            "period": periods.get((r["measure_id"], r["point"])),
            "point": r["point"],
        }
        for r in rows(measure_sources, "measure_id")
    }
