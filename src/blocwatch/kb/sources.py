"""Following a record to its sentences: every evidence span behind it, with the document's
title, URL and publication date, and what that document states."""

from __future__ import annotations

from sqlalchemy import Connection, and_, select

from ..errors import BlocwatchError
from ..resolve import dates
from ..resolve.reports import chunks
from ..store.schema import (
    agreement_sources,
    agreement_values,
    agreements,
    claim_sources,
    claim_stances,
    claims,
    documents,
    evidence,
    measure_points,
    measure_sources,
    measures,
)
from . import validate
from .records import SourceSentence

_TABLES = {
    "agreement": (agreements, agreement_sources, "agreement_id"),
    "claim": (claims, claim_sources, "claim_id"),
    "measure": (measures, measure_sources, "measure_id"),
}


def record_sources(conn: Connection, record_id: str) -> list[SourceSentence]:
    """Every sentence behind ``record_id``, grouped by document in reported order (the
    fact's own sentences, then stance sentences: role "fact", "denies", "acknowledges").
    Raises BlocwatchError for a malformed or unknown id."""
    fact_type = validate.record_type(record_id)
    main = _TABLES[fact_type][0]
    if conn.execute(select(main.c.id).where(main.c.id == record_id)).first() is None:
        raise BlocwatchError(f"no record with id {record_id!r} (list ids with agreements/claims)")
    return sources_by_record(conn, fact_type, [record_id]).get(record_id, [])


def sources_by_record(
    conn: Connection, fact_type: str, record_ids: list[str] | None = None
) -> dict[str, list[SourceSentence]]:
    """record id -> its sentences (as :func:`record_sources`), for ``record_ids`` or for
    every record of ``fact_type``."""
    _, sources, fk = _TABLES[fact_type]
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
    states = _states(conn, fact_type, record_ids)
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


def _states(
    conn: Connection, fact_type: str, record_ids: list[str] | None
) -> dict[tuple[str, int], dict]:
    """What each report behind a record states (its own values, not the record's)."""
    out: dict[tuple[str, int], dict] = {}

    def rows(table, fk: str, order=None):
        query = select(table)
        if order is not None:
            query = query.order_by(order)
        if record_ids is None:
            yield from conn.execute(query).mappings()
            return
        for batch in chunks(record_ids):
            yield from conn.execute(query.where(table.c[fk].in_(batch))).mappings()

    if fact_type == "agreement":
        for r in rows(agreement_values, "agreement_id"):
            value = r["value"]
            if r["attribute"] == "defense":
                value = value == "true"
            out.setdefault((r["agreement_id"], r["report_id"]), {})[r["attribute"]] = value
    elif fact_type == "claim":
        for r in rows(claim_stances, "claim_id", claim_stances.c.seq):
            stances = out.setdefault((r["claim_id"], r["report_id"]), {})
            stances.setdefault(r["stance"], []).append(r["actor"])
    else:
        periods = {
            (r["measure_id"], r["point"]): r["period"] for r in rows(measure_points, "measure_id")
        }
        for r in rows(measure_sources, "measure_id"):
            out[(r["measure_id"], r["report_id"])] = {
                "value": r["value"],
                "period": periods.get((r["measure_id"], r["point"])),
                "point": r["point"],
            }
    return out
