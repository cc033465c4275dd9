"""Writing resolved records to the knowledge-base tables (with their rows of the as-of
index, :mod:`.spans`), and removing a block's records."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

from ..base.chunks import chunks
from ..kinds import KINDS, kind
from ..store.schema import pending_blocks, report_blocks
from .spans import delete_all_spans, delete_spans, insert_spans


def _tables(fact_type: str):
    """(record table, {part of a built record: link table}, link column) of a kind."""
    k = kind(fact_type)
    return k.hook("record_table"), k.links(), k.fk


def delete_blocks(conn: Connection, fact_type: str, blocks: Iterable[str]) -> None:
    """Remove the records of ``blocks`` and everything linked to them."""
    main, links, fk = _tables(fact_type)
    for batch in chunks(sorted(set(blocks))):
        record_ids = select(main.c.id).where(main.c.block.in_(batch))
        delete_spans(conn, fact_type, record_ids)
        # Link rows first and explicitly: ON DELETE CASCADE needs foreign keys switched on,
        # which not every connection to the store does.
        for table in links.values():
            conn.execute(delete(table).where(table.c[fk].in_(record_ids)))
        conn.execute(delete(main).where(main.c.block.in_(batch)))


def delete_all(conn: Connection) -> None:
    """Empty every knowledge-base table."""
    for main, links, _ in (_tables(k.name) for k in KINDS):
        for table in links.values():
            conn.execute(delete(table))
        conn.execute(delete(main))
    conn.execute(delete(report_blocks))
    conn.execute(delete(pending_blocks))
    delete_all_spans(conn)


def insert(conn: Connection, fact_type: str, built: list[dict]) -> None:
    """Insert resolved records (each a dict with ``id``, ``record`` and link rows)."""
    main, links, fk = _tables(fact_type)
    if not built:
        return
    for batch in chunks([{"id": b["id"], **b["record"]} for b in built]):
        conn.execute(main.insert(), batch)
    for part, table in links.items():
        rows = [{fk: b["id"], **row} for b in built for row in b.get(part, [])]
        for batch in chunks(rows):
            conn.execute(table.insert(), batch)
    insert_spans(conn, fact_type, built)
