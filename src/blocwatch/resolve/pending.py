"""Blocks whose records lag their stored reports (``pending_blocks``).

Rebuilding a block costs what the block holds, so a stream in which the same pairs recur
would pay for each block's whole history at every batch: a million reports cost the square
of their number. An ingest instead resolves a block when the reports added to or removed
from it since it was last resolved reach :data:`DUE_SHARE` of its size (a new or small
block at once, a block of 4,000 reports every 1,000), and every block still pending when
the run ends (:func:`blocwatch.resolve.resolve_pending`). Each report is then resolved a
bounded number of times, and the records after the run are those of a rebuild: a record is
a function of its block's reports, whenever they are read.

The count is kept in the store with the reports, in the same transaction, so an ingest that
stops half-way leaves its lag on record, and the next run (or a rebuild) settles it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, select

from ..base.chunks import chunks
from ..store.schema import pending_blocks, report_blocks

# A block is resolved once its pending reports are this share of the reports it holds.
DUE_SHARE = 0.25


def add_pending(conn: Connection, fact_type: str, changed: Counter[str]) -> dict[str, int]:
    """Adds ``changed`` (reports added or removed, by block) to the pending counts of
    ``fact_type`` and returns the new counts of those blocks."""
    counts = dict(changed)
    held = _pending_counts(conn, fact_type, counts)
    for block, n in held.items():
        counts[block] += n
    settle(conn, fact_type, held)  # their rows are written again with the new counts
    rows = [{"fact_type": fact_type, "block": b, "reports": n} for b, n in sorted(counts.items())]
    for batch in chunks(rows):
        conn.execute(pending_blocks.insert(), batch)
    return counts


def due(conn: Connection, fact_type: str, counts: dict[str, int]) -> set[str]:
    """The blocks among ``counts`` (pending reports by block) that are due: their pending
    reports reach :data:`DUE_SHARE` of the reports they hold (a block that holds none any
    more is due: its records go)."""
    sizes = _sizes(conn, fact_type, counts)
    return {b for b, n in counts.items() if n >= DUE_SHARE * sizes.get(b, 0)}


def settle(conn: Connection, fact_type: str, blocks: Iterable[str]) -> None:
    """Marks ``blocks`` of ``fact_type`` as resolved."""
    for batch in chunks(sorted(set(blocks))):
        conn.execute(
            delete(pending_blocks).where(
                pending_blocks.c.fact_type == fact_type, pending_blocks.c.block.in_(batch)
            )
        )


def waiting(conn: Connection, limit: int | None = None) -> dict[str, set[str]]:
    """The pending blocks (at most ``limit``, in key order), by fact type."""
    query = select(pending_blocks.c.fact_type, pending_blocks.c.block).order_by(
        pending_blocks.c.fact_type, pending_blocks.c.block
    )
    out: dict[str, set[str]] = {}
    for fact_type, block in conn.execute(query if limit is None else query.limit(limit)):
        out.setdefault(fact_type, set()).add(block)
    return out


def _pending_counts(conn: Connection, fact_type: str, blocks: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for batch in chunks(sorted(blocks)):
        rows = conn.execute(
            select(pending_blocks.c.block, pending_blocks.c.reports).where(
                pending_blocks.c.fact_type == fact_type, pending_blocks.c.block.in_(batch)
            )
        )
        out.update({block: n for block, n in rows})
    return out


def _sizes(conn: Connection, fact_type: str, blocks: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for batch in chunks(sorted(blocks)):
        rows = conn.execute(
            select(report_blocks.c.block, func.count())
            .where(report_blocks.c.fact_type == fact_type, report_blocks.c.block.in_(batch))
            .group_by(report_blocks.c.block)
        )
        out.update({block: n for block, n in rows})
    return out
