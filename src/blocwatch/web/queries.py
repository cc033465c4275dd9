"""Two read queries the dashboard needs and :mod:`blocwatch.kb` does not answer (yet): the
actors the knowledge base holds anything about, and which records a document's facts went
into. Both are plain reads of the knowledge-base tables; candidates for ``blocwatch.kb``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, literal, select, union_all

from ..analyse.common import actor_info
from ..resolve import dates
from ..store.schema import (
    agreement_parties,
    agreement_sources,
    claim_parties,
    claim_sources,
    measure_parties,
    measure_sources,
)


def actors_in_kb(conn: Connection) -> list[dict[str, Any]]:
    """Every actor some record names, with name, kind and region from the lexicon and how
    many agreements, claims and measure series name it; sorted by code."""
    parts = union_all(
        select(agreement_parties.c.actor, func.count().label("n"), _label("agreements")).group_by(
            agreement_parties.c.actor
        ),
        select(
            claim_parties.c.actor,
            func.count(func.distinct(claim_parties.c.claim_id)).label("n"),
            _label("claims"),
        ).group_by(claim_parties.c.actor),
        select(measure_parties.c.actor, func.count().label("n"), _label("measures")).group_by(
            measure_parties.c.actor
        ),
    ).subquery()
    counts: dict[str, dict[str, int]] = {}
    for code, n, kind in conn.execute(select(parts.c.actor, parts.c.n, parts.c.what)):
        if code:
            counts.setdefault(code, {"agreements": 0, "claims": 0, "measures": 0})[kind] = n
    return [{**actor_info(code).to_dict(), **counts[code]} for code in sorted(counts)]


def _label(kind: str):
    return literal(kind).label("what")


def records_of_document(conn: Connection, doc_id: str) -> dict[tuple[str, int], str]:
    """(fact type, report id) -> the id of the record that report was merged into, for
    every fact of document ``doc_id``."""
    out: dict[tuple[str, int], str] = {}
    for fact_type, table, fk in (
        ("agreement", agreement_sources, "agreement_id"),
        ("claim", claim_sources, "claim_id"),
        ("measure", measure_sources, "measure_id"),
    ):
        query = select(table.c.report_id, table.c[fk]).where(table.c.doc_id == doc_id)
        for report_id, record_id in conn.execute(query):
            out[(fact_type, report_id)] = record_id
    return out


def overview(conn: Connection) -> dict[str, Any]:
    """How many records of each type the knowledge base holds, and the span of its dates:
    ``first_day`` (the earliest start of an agreement, or first report of a claim) and
    ``last_day`` (the latest of those and of any report), ISO days or None when empty."""
    from ..store.schema import agreements, claims, documents, measures

    counts = {
        name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in (
            ("documents", documents),
            ("agreements", agreements),
            ("claims", claims),
            ("measures", measures),
        )
    }
    starts = [
        conn.execute(
            select(func.min(agreements.c.start_day)).where(
                agreements.c.start_day < dates.UNKNOWN_START
            )
        ).scalar_one(),
        conn.execute(select(func.min(claims.c.first_reported))).scalar_one(),
    ]
    ends = [
        conn.execute(
            select(func.max(agreements.c.start_day)).where(
                agreements.c.start_day < dates.UNKNOWN_START
            )
        ).scalar_one(),
        conn.execute(select(func.max(agreements.c.last_reported))).scalar_one(),
        conn.execute(select(func.max(claims.c.last_reported))).scalar_one(),
    ]
    return {
        **counts,
        "first_day": min((d for d in starts if d), default=None),
        "last_day": max((d for d in ends if d), default=None),
    }
