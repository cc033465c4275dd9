"""The knowledge base as it stood on a date, for the records that are not agreements.

Agreements have a valid time and :func:`blocwatch.kb.agreements.find_agreements` answers "in
force on D" itself. Claims live in reported time only: a claim is known on D when its first
source was published on or before D, and its status on D is recomputed from the stances
reported by then (the same rule the resolver applies to the whole ledger). A trade figure
counts on D when its period had ended by D (the 2024 total is not known in June 2024);
figures without a period count from the day they were reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from ..base import dates
from ..kb.claims import load_claims
from ..kb.measures import find_measures
from ..kb.records import ClaimRecord, MeasureSeries
from ..resolve.claims import status as ledger_status
from ..store.schema import claim_parties, claims
from .common import on_or_before


@dataclass
class ClaimAsOf:
    """A claim as known on a date: its record, and who alleged, denied and acknowledged it
    in the stances reported by then, with the status those give."""

    record: ClaimRecord
    status: str
    claimants: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    acknowledged_by: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.record.id


def claims_known(
    conn: Connection,
    as_of: str,
    actors: list[str] | None = None,
    min_confidence: float | None = None,
) -> list[ClaimAsOf]:
    """Claims first reported on or before ``as_of`` (involving every one of ``actors`` in
    some role, when given; of at least ``min_confidence``, when given), with their status on
    that date; in first-reported order."""
    query = select(claims.c.id).where(
        claims.c.first_reported.is_not(None),
        # Partial ISO dates compare as strings the way their first days do: "2024-06" sorts
        # before "2024-06-30", "2025" after "2024-12-31".
        claims.c.first_reported <= dates.last_day(as_of),
    )
    for code in actors or []:
        query = query.where(
            claims.c.id.in_(select(claim_parties.c.claim_id).where(claim_parties.c.actor == code))
        )
    if min_confidence is not None:
        query = query.where(claims.c.confidence >= min_confidence)
    ids = list(conn.execute(query.order_by(claims.c.first_reported, claims.c.id)).scalars())
    out = []
    for record in load_claims(conn, ids):
        ledger = [e for e in record.ledger if on_or_before(e["reported"], as_of)]
        if not ledger:
            continue
        state, _ = ledger_status(ledger, tuple(record.subject))

        def by(stance: str, entries=ledger) -> list[str]:
            return list(
                dict.fromkeys(e["actor"] for e in entries if e["stance"] == stance and e["actor"])
            )

        out.append(
            ClaimAsOf(
                record=record,
                status=state,
                claimants=by("alleges"),
                denied_by=by("denies"),
                acknowledged_by=by("acknowledges"),
            )
        )
    return out


@dataclass
class TradeFigure:
    """The latest bilateral trade figure of a pair known on a date."""

    record_id: str
    actors: list[str]
    value: float
    unit: str
    period: str | None
    reported: str | None
    doc_ids: list[str]


def _counts_from(point: dict) -> str | None:
    """The day from which a figure is known: the end of its period, else its report."""
    if point["period"]:
        return dates.last_day(point["period"])
    return dates.first_day(point["reported"])


def trade_known(
    conn: Connection,
    as_of: str,
    actors: list[str] | None = None,
    min_confidence: float | None = None,
) -> list[TradeFigure]:
    """For each pair's bilateral-trade series in USD (involving all of ``actors`` when
    given): its latest figure known on ``as_of`` (of those of at least ``min_confidence``);
    pairs with none are left out."""
    out = []
    found = find_measures(
        conn, actor=actors or None, metric="bilateral_trade", min_confidence=min_confidence
    )
    for series in found:
        if len(series.actors) != 2 or series.unit != "USD":
            continue
        figure = latest_point(series, as_of)
        if figure is not None:
            out.append(figure)
    return out


def latest_point(series: MeasureSeries, as_of: str) -> TradeFigure | None:
    """The series' latest figure known on ``as_of``: of the figures with a period, the
    latest period (the same period: the most recently reported value, then the larger);
    figures without one only when none has a period (an undated figure in an article is as
    often a past year's as the current one)."""
    limit = dates.last_day(as_of)
    known = [p for p in series.points if (_counts_from(p) or "9999") <= limit]
    known = [p for p in known if p["period"]] or known
    if not known:
        return None
    best = max(
        known,
        key=lambda p: (
            dates.sort_key(p["period"] or p["reported"]),
            dates.sort_key(p["reported"]),
            p["value"],
        ),
    )
    return TradeFigure(
        record_id=series.id,
        actors=list(series.actors),
        value=best["value"],
        unit=series.unit,
        period=best["period"],
        reported=best["reported"],
        doc_ids=list(best["doc_ids"]),
    )
