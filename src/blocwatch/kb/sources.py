"""Following a record to its sentences: every evidence span behind it, with the document's
title, URL and publication date, and what that document states."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Connection, RowMapping, Table, and_, select

from ..base import dates
from ..base.chunks import chunks
from ..errors import BlocwatchError
from ..kinds import kind
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
    sources, fk = k.table("sources"), k.fk
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
        .join(documents, documents.c.id == sources.c.doc_id)
        .join(
            evidence,
            and_(evidence.c.fact_type == fact_type, evidence.c.fact_id == sources.c.report_id),
        )
    )
    rows = []
    if record_ids is None:
        rows = [r._mapping for r in conn.execute(query)]
    else:
        for batch in chunks(record_ids):
            rows.extend(r._mapping for r in conn.execute(query.where(sources.c[fk].in_(batch))))
    states = k.hook("states")(_Rows(conn, record_ids))
    rows.sort(
        key=lambda r: (
            r["record_id"],
            dates.reported_key(r["reported"]),
            r["doc_id"],
            r["report_id"],
            r["role"] != "fact",
            r["start"],
            r["evidence_id"],
        )
    )
    out: dict[str, list[SourceSentence]] = {}
    for r in rows:
        out.setdefault(r["record_id"], []).append(
            SourceSentence(
                record_id=r["record_id"],
                doc_id=r["doc_id"],
                title=r["title"],
                url=r["url"],
                published=r["published"],
                outlet=r["source"],
                origin_doc=r["origin_doc"],
                report_id=r["report_id"],
                role=r["role"],
                start=r["start"],
                end=r["end"],
                sentence=r["sentence"],
                states=states.get((r["record_id"], r["report_id"]), {}),
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
        for batch in chunks(self.record_ids):
            yield from self.conn.execute(query.where(table.c[fk].in_(batch))).mappings()


States = dict[tuple[str, int], dict[str, Any]]


def agreement_states(rows: _Rows) -> States:
    """What each report behind an agreement states for signed, place, defense, kind, name."""
    out: States = {}
    for r in rows(agreement_values, "agreement_id"):
        out.setdefault((r["agreement_id"], r["report_id"]), {})[r["attribute"]] = r["value"]
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
