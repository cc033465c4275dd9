"""Resolution: per-document reports merged into knowledge-base records across documents.

Fifty outlets report one treaty; the knowledge base holds one agreement with fifty sources
and the points where they disagree. Records are derived from the ``*_reports`` tables only,
so they can always be rebuilt (:func:`rebuild`); :func:`resolve_documents` updates only the
records that the reports of some documents touch, and gives the same result.

Tables (``store/schema.py``, migration ``0002``)
------------------------------------------------
- ``report_blocks``: each report's *block*, the reports that may merge with it (agreements:
  the same party set; claims: the same subject, beneficiary and action; measures: the same
  actors, metric and unit). Resolution works a block at a time.
- ``agreements`` (+ ``agreement_parties``, ``agreement_provisions``): one row per agreement
  with the best-supported values, conflict flags (``signed_conflict``, ``place_conflict``,
  ``defense_conflict``), lifecycle status and valid time (``valid_from``, ``in_force_from``,
  ``ended``; ``start_day``/``end_day`` for as-of queries), reported time
  (``first_reported``, ``last_reported``), source counts and a combined confidence.
  ``agreement_sources`` lists its reports; ``agreement_values`` what each report states for
  signed/place/defense/kind/name; ``agreement_events`` each report's dated lifecycle steps.
- ``claims`` (+ ``claim_parties`` with roles subject, beneficiary, claimant, denier,
  acknowledger): one row per allegation with status (alleged, contested, acknowledged);
  ``claim_sources``; ``claim_stances``, the ledger: who alleged, denied or acknowledged it,
  reported on which date by which document.
- ``measures`` (+ ``measure_parties``): one time series per actors, metric and unit;
  ``measure_points`` its (period, value) points; ``measure_sources`` each report's value.
- Confidence (:func:`.support.combined_confidence`): a record's is ``1 - prod(1 - c)`` over
  its independent sources, each with its best report's ``c``, capped at 0.99; a measure
  point's the same over its reports, a series' its best point's (migration ``0005``).
- ``edge_spans`` (migration 0008, :mod:`.spans`): the as-of index of the network, each
  record's edges over time, with ``record_spans`` (0015) holding each record span's detail
  once; ``agreement_cards`` (0009, :mod:`.cards`): an agreement's conflicts, lifecycle steps
  at their chosen dates and succession links. All are written with the records and removed
  with them.
- ``pending_blocks`` (0016, :mod:`.pending`): blocks an ingest has not yet re-resolved
  since their reports changed; the run settles them when it ends.

Rules
-----
- Merging: :mod:`.agreements`, :mod:`.claims` and :mod:`.measures` say when reports are one
  record. Choosing a value when sources disagree: :mod:`.support`. Dates:
  :mod:`blocwatch.base.dates`.
- Independent sources: near-duplicate copies (``documents.duplicate_of``) count once, as the
  document they copy.
- Reported time is a document's ``published`` date; a document without one is *undated*:
  its facts carry no reported date, sort last, and never stand in for valid time (the day
  it was ingested is kept apart, as ``documents.ingested_at``). An agreement known on no
  clock starts on ``dates.UNKNOWN_START``: in force on no as-of date.
- Record ids are readable and deterministic (:mod:`.ids`): ``A-PRK-RUS-2024``,
  ``C-PRK-to-RUS-troop_deployment``, ``M-CHN-RUS-bilateral_trade``.
- Every record is a function of the set of reports in its block (never of the order in
  which documents arrived), which is what makes incremental resolution equal a rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, func, select

from ..kinds import KINDS, kind
from . import pending
from .blocks import (
    block_of,
    blocks_of_documents,
    forget_documents,
    in_loads,
    remember,
    report_ids_by_block,
)
from .write import delete_all, delete_blocks, insert

__all__ = ["kb_counts", "rebuild", "resolve_documents", "resolve_pending"]


def _resolve(conn: Connection, fact_type: str, reports: list, blocks: list[str]) -> None:
    by_block: dict[str, list] = {}
    for r, b in zip(reports, blocks, strict=True):
        by_block.setdefault(b, []).append(r)
    built: list[dict] = []
    for block in sorted(by_block):
        built.extend(kind(fact_type).hook("resolver")(block, by_block[block]))
    insert(conn, fact_type, built)


# Reports loaded at once when re-resolving blocks: whole blocks up to this many, so memory
# is bounded by the largest block, not by how many blocks a batch or a run's end touches.
_LOAD_REPORTS = 5_000


def _resolve_blocks(conn: Connection, fact_type: str, blocks: set[str]) -> None:
    if not blocks:
        return
    delete_blocks(conn, fact_type, blocks)
    _build_blocks(conn, fact_type, report_ids_by_block(conn, fact_type, blocks))


def _build_blocks(conn: Connection, fact_type: str, by_block: dict[str, list[int]]) -> None:
    """Resolve and insert the records of the blocks in ``by_block`` (report ids by block)."""
    loader = kind(fact_type).hook("report_loader")
    for ids in in_loads(by_block, _LOAD_REPORTS):
        reports = loader(conn, ids=ids)
        _resolve(conn, fact_type, reports, [block_of(fact_type, r) for r in reports])


def resolve_documents(conn: Connection, doc_ids: Iterable[str], *, defer: bool = False) -> None:
    """Bring the knowledge base up to date with the stored reports of ``doc_ids``, in the
    caller's transaction: call it after their facts were replaced (or the documents were
    deleted). Only the blocks those documents' reports are or were in are re-resolved.

    With ``defer``, a block is re-resolved only once the reports it gained or lost since
    last resolved reach a share of its size (:mod:`.pending`); the others are left pending
    until :func:`resolve_pending` (an ingest calls it when its run ends)."""
    doc_ids = sorted(set(doc_ids))
    if not doc_ids:
        return
    changed = blocks_of_documents(conn, doc_ids)
    forget_documents(conn, doc_ids)
    for k in KINDS:
        fact_type = k.name
        reports = k.hook("report_loader")(conn, doc_ids=doc_ids)
        blocks = [block_of(fact_type, r) for r in reports]
        remember(conn, fact_type, reports, blocks)
        changed.setdefault(fact_type, Counter()).update(blocks)
    for fact_type in (k.name for k in KINDS):
        touched = changed.get(fact_type, Counter())
        if not touched:
            continue
        if defer:
            counts = pending.add_pending(conn, fact_type, touched)
            blocks = pending.due(conn, fact_type, counts)
        else:
            blocks = set(touched)
        pending.settle(conn, fact_type, blocks)
        _resolve_blocks(conn, fact_type, blocks)


def resolve_pending(conn: Connection, limit: int | None = None) -> int:
    """Re-resolve the blocks left pending by a deferred :func:`resolve_documents`, in the
    caller's transaction: all of them, or at most ``limit`` (blocks are independent, so a
    caller may settle them over several transactions). Returns how many it resolved."""
    waiting = pending.waiting(conn, limit)
    for fact_type in (k.name for k in KINDS):
        blocks = waiting.get(fact_type, set())
        pending.settle(conn, fact_type, blocks)
        _resolve_blocks(conn, fact_type, blocks)
    return sum(len(b) for b in waiting.values())


def rebuild(target: Engine | Connection) -> dict[str, int]:
    """Re-resolve the whole knowledge base from the stored reports (one transaction when
    given an engine; the caller's when given a connection). Returns record counts."""
    if isinstance(target, Engine):
        with target.begin() as conn:
            return rebuild(conn)
    conn = target
    delete_all(conn)
    for k in KINDS:
        fact_type = k.name
        # Read in pages to learn each report's block, then resolved a group of whole blocks
        # at a time: memory is bounded by the largest block, not by the store.
        ids = conn.execute(select(k.hook("report_table").c.id).order_by("id")).scalars().all()
        by_block: dict[str, list[int]] = {}
        for start in range(0, len(ids), _LOAD_REPORTS):
            reports = k.hook("report_loader")(conn, ids=ids[start : start + _LOAD_REPORTS])
            keys = [block_of(fact_type, r) for r in reports]
            remember(conn, fact_type, reports, keys)
            for r, key in zip(reports, keys, strict=True):
                by_block.setdefault(key, []).append(r.id)
        _build_blocks(conn, fact_type, by_block)
    return kb_counts(conn)


def kb_counts(conn: Connection) -> dict[str, int]:
    """How many agreements, claims and measure series the knowledge base holds."""
    return {
        k.plural: conn.execute(
            select(func.count()).select_from(k.hook("record_table"))
        ).scalar_one()
        for k in KINDS
    }
