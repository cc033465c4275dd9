"""Reports (facts as one document states them) loaded with what resolution needs to know
about their document: when it was reported and which document it copies, if any."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from ..base.chunks import chunks
from ..base.dates import reported_day
from ..store.schema import agreement_reports, claim_reports, documents, measure_reports


@dataclass(frozen=True)
class Source:
    """The document behind a report. ``origin`` is the document it is a near-duplicate of
    (or itself): reports with one origin are one independent source."""

    doc_id: str
    origin: str
    reported: str | None


@dataclass
class AgreementReport:
    id: int
    source: Source
    parties: tuple[str, ...]
    kind: str
    name: str | None
    signed: str | None
    place: str | None
    defense: bool | None
    provisions: tuple[str, ...]
    events: list[tuple[str, str | None]]
    confidence: float


@dataclass
class StanceReport:
    actor: str | None
    stance: str  # alleges | denies | acknowledges
    answers: str | None = None


@dataclass
class ClaimReport:
    id: int
    source: Source
    subject: tuple[str, ...]
    beneficiary: tuple[str, ...]
    action: str
    claimants: tuple[str, ...]
    what: str | None
    hint: str | None
    stances: list[StanceReport] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class MeasureReport:
    id: int
    source: Source
    actors: tuple[str, ...]
    metric: str
    value: float
    unit: str
    period: str | None
    confidence: float


def _rows(conn: Connection, table, ids: Iterable[int] | None = None, doc_ids=None):
    """Rows of a *_reports table joined to their document's dates and duplicate link."""
    query = select(
        table,
        documents.c.published,
        documents.c.duplicate_of,
    ).join(documents, documents.c.id == table.c.doc_id)
    if ids is None and doc_ids is None:
        yield from conn.execute(query.order_by(table.c.id)).mappings()
        return
    column, values = (table.c.id, ids) if ids is not None else (table.c.doc_id, doc_ids)
    for batch in chunks(sorted(set(values))):
        yield from conn.execute(query.where(column.in_(batch)).order_by(table.c.id)).mappings()


def _source(row) -> Source:
    return Source(
        doc_id=row["doc_id"],
        origin=row["duplicate_of"] or row["doc_id"],
        reported=reported_day(row["published"]),
    )


def _codes(values) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values or ():
        if isinstance(v, str) and v:
            seen.setdefault(v, None)
    return tuple(seen)


def load_agreements(conn: Connection, ids=None, doc_ids=None) -> list[AgreementReport]:
    """Agreement reports by report id or document id (all when both are None)."""
    out = []
    for r in _rows(conn, agreement_reports, ids, doc_ids):
        events = [
            (e.get("kind"), e.get("date") or None)
            for e in (r["events"] or [])
            if isinstance(e, dict) and e.get("kind")
        ]
        out.append(
            AgreementReport(
                id=r["id"],
                source=_source(r),
                parties=tuple(sorted(_codes(r["parties"]))),
                kind=r["kind"],
                name=r["name"] or None,
                signed=r["signed"] or None,
                place=r["place"] or None,
                defense=r["defense"],
                provisions=tuple(sorted(_codes(r["provisions"]))),
                events=events,
                confidence=float(r["confidence"]),
            )
        )
    return out


def load_claims(conn: Connection, ids=None, doc_ids=None) -> list[ClaimReport]:
    """Claim reports with their stances: claimants allege; ``denied_by``/``acknowledged_by``
    and the stance list (with ``answers``) deny and acknowledge."""
    out = []
    for r in _rows(conn, claim_reports, ids, doc_ids):
        claimants = _codes(r["claimant"])
        stances: list[StanceReport] = []
        seen: set[tuple[str | None, str]] = set()

        def add(actor, stance, answers=None, _seen=seen, _stances=stances):
            if (actor, stance) not in _seen:
                _seen.add((actor, stance))
                _stances.append(StanceReport(actor, stance, answers))

        if claimants:
            for actor in claimants:
                add(actor, "alleges")
        else:
            add(None, "alleges")  # the outlet states the claim itself
        for s in r["stances"] or []:
            if isinstance(s, dict) and s.get("stance") in ("denies", "acknowledges"):
                add(s.get("actor") or None, s["stance"], s.get("answers") or None)
        for actor in _codes(r["denied_by"]):
            add(actor, "denies")
        for actor in _codes(r["acknowledged_by"]):
            add(actor, "acknowledges")
        out.append(
            ClaimReport(
                id=r["id"],
                source=_source(r),
                subject=tuple(sorted(_codes(r["subject"]))),
                beneficiary=tuple(sorted(_codes(r["beneficiary"]))),
                action=r["action"],
                claimants=claimants,
                what=r["what"] or None,
                hint=r["hint"] or None,
                stances=[s for s in stances if s.actor is not None or s.stance == "alleges"],
                confidence=float(r["confidence"]),
            )
        )
    return out


# Metrics whose actor order means something (sender, then receiver or host); for the others
# (bilateral trade) the pair is unordered.
DIRECTED_METRICS = frozenset({"troops", "arms_value", "aid_value", "munitions_count"})


def load_measures(conn: Connection, ids=None, doc_ids=None) -> list[MeasureReport]:
    """Measure reports; actors of undirected metrics are sorted."""
    out = []
    for r in _rows(conn, measure_reports, ids, doc_ids):
        actors = _codes(r["actors"])
        if r["metric"] not in DIRECTED_METRICS:
            actors = tuple(sorted(actors))
        out.append(
            MeasureReport(
                id=r["id"],
                source=_source(r),
                actors=actors,
                metric=r["metric"],
                value=float(r["value"]),
                unit=r["unit"],
                period=r["period"] or None,
                confidence=float(r["confidence"]),
            )
        )
    return out
