"""Resolution blocks: the reports that may merge with each other. Resolution works one block
at a time, so a new document re-resolves only the blocks its reports (old and new) are in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, delete, select

from ..base.chunks import chunks
from ..kinds import KINDS, kind
from ..store.schema import report_blocks
from .reports import AgreementReport, ClaimReport, MeasureReport


def agreement_block(r: AgreementReport) -> str:
    return "|".join(r.parties)


def claim_block(r: ClaimReport) -> str:
    return f"{'|'.join(r.subject)}>{'|'.join(r.beneficiary)}:{r.action}"


def measure_block(r: MeasureReport) -> str:
    return f"{'|'.join(r.actors)}:{r.metric}:{r.unit}"


def block_of(fact_type: str, report) -> str:
    """The block key of ``report``, by its kind's ``block_key`` hook."""
    return kind(fact_type).hook("block_key")(report)


def blocks_of_documents(conn: Connection, doc_ids: Iterable[str]) -> dict[str, Counter[str]]:
    """The blocks the stored reports of ``doc_ids`` were in when last resolved, with how
    many of those reports each held, by fact type."""
    out: dict[str, Counter[str]] = {k.name: Counter() for k in KINDS}
    for batch in chunks(sorted(set(doc_ids))):
        rows = conn.execute(
            select(report_blocks.c.fact_type, report_blocks.c.block).where(
                report_blocks.c.doc_id.in_(batch)
            )
        )
        for fact_type, block in rows:
            out.setdefault(fact_type, Counter())[block] += 1
    return out


def forget_documents(conn: Connection, doc_ids: Iterable[str]) -> None:
    for batch in chunks(sorted(set(doc_ids))):
        conn.execute(delete(report_blocks).where(report_blocks.c.doc_id.in_(batch)))


def remember(conn: Connection, fact_type: str, reports: list, blocks: list[str]) -> None:
    rows = [
        {"fact_type": fact_type, "report_id": r.id, "doc_id": r.source.doc_id, "block": b}
        for r, b in zip(reports, blocks, strict=True)
    ]
    for batch in chunks(rows):
        conn.execute(report_blocks.insert(), batch)


def report_ids_by_block(
    conn: Connection, fact_type: str, blocks: Iterable[str]
) -> dict[str, list[int]]:
    """Ids of the reports of ``fact_type`` in each of ``blocks`` (those that hold any)."""
    out: dict[str, list[int]] = {}
    for batch in chunks(sorted(set(blocks))):
        rows = conn.execute(
            select(report_blocks.c.block, report_blocks.c.report_id).where(
                report_blocks.c.fact_type == fact_type, report_blocks.c.block.in_(batch)
            )
        )
        for block, report_id in rows:
            out.setdefault(block, []).append(report_id)
    return out


def in_loads(by_block: dict[str, list[int]], most: int) -> Iterator[list[int]]:
    """The report ids of ``by_block`` in groups of whole blocks of at most ``most`` reports
    (a block larger than that alone), so that resolving holds one group in memory."""
    group: list[int] = []
    for block in sorted(by_block):
        ids = by_block[block]
        if group and len(group) + len(ids) > most:
            yield group
            group = []
        group.extend(ids)
    if group:
        yield group
