"""Writing resolved records to the knowledge-base tables, and removing a block's records."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

from ..store.schema import (
    agreement_events,
    agreement_parties,
    agreement_provisions,
    agreement_sources,
    agreement_values,
    agreements,
    claim_parties,
    claim_sources,
    claim_stances,
    claims,
    measure_parties,
    measure_points,
    measure_sources,
    measures,
    report_blocks,
)
from .reports import chunks

# fact type -> (record table, {part of a built record: link table}, link column)
TABLES = {
    "agreement": (
        agreements,
        {
            "parties": agreement_parties,
            "provisions": agreement_provisions,
            "sources": agreement_sources,
            "values": agreement_values,
            "events": agreement_events,
        },
        "agreement_id",
    ),
    "claim": (
        claims,
        {"parties": claim_parties, "sources": claim_sources, "stances": claim_stances},
        "claim_id",
    ),
    "measure": (
        measures,
        {"parties": measure_parties, "points": measure_points, "sources": measure_sources},
        "measure_id",
    ),
}


def delete_blocks(conn: Connection, fact_type: str, blocks: Iterable[str]) -> None:
    """Remove the records of ``blocks`` and everything linked to them."""
    main, links, fk = TABLES[fact_type]
    for batch in chunks(sorted(set(blocks))):
        record_ids = select(main.c.id).where(main.c.block.in_(batch))
        # Link rows first and explicitly: ON DELETE CASCADE needs foreign keys switched on,
        # which not every connection to the store does.
        for table in links.values():
            conn.execute(delete(table).where(table.c[fk].in_(record_ids)))
        conn.execute(delete(main).where(main.c.block.in_(batch)))


def delete_all(conn: Connection) -> None:
    """Empty every knowledge-base table."""
    for main, links, _ in TABLES.values():
        for table in links.values():
            conn.execute(delete(table))
        conn.execute(delete(main))
    conn.execute(delete(report_blocks))


def insert(conn: Connection, fact_type: str, built: list[dict]) -> None:
    """Insert resolved records (each a dict with ``id``, ``record`` and link rows)."""
    main, links, fk = TABLES[fact_type]
    if not built:
        return
    for batch in chunks([{"id": b["id"], **b["record"]} for b in built]):
        conn.execute(main.insert(), batch)
    for part, table in links.items():
        rows = [{fk: b["id"], **row} for b in built for row in b.get(part, [])]
        for batch in chunks(rows):
            conn.execute(table.insert(), batch)
