"""The alignment of two actors year by year, with the facts that produce each year's score.

A year's score is the sum of four parts, each from the records as they stood in that year:

- ``agreements`` (0..1): the strongest agreement between the two in force at some point in
  the year, on the scale of :mod:`.weights` (defence 1.0 ... unspecified 0.1). Weaker
  agreements in force are listed with contribution 0.
- ``supply`` (0..1): claims known by the end of the year that one supplied the other (one is
  a subject, the other a beneficiary): 0.5 x the claim's status weight on that date
  (acknowledged 1.0, alleged 0.6, contested 0.4) each, at most 1 in all. Being accused of
  arming someone is evidence of alignment with them, more so when admitted.
- ``allegations`` (-1..0): claims by one (a claimant by the end of the year) against the
  other: -0.25 where the other is accused of the supply (a subject), -0.125 where it is
  named as the one supplied (a beneficiary); at most -1 in all.
- ``trade`` (0..0.5): the latest bilateral trade figure known by the end of the year,
  0.1 per tenfold above 100 million USD (:func:`.weights.trade_score`).

So a score runs from -1 (hostile) to 3.5; 0 means the knowledge base holds nothing that ties
the two. Each fact lists the record id, its own weight and what it contributed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from ..errors import BlocwatchError
from ..kb.agreements import find_agreements
from . import weights
from .asof import claims_known, trade_known
from .common import YearByYear, actor, connection, year_range

SUPPLY_SCALE = 0.5
SUPPLY_CAP = 1.0
ALLEGATION_AGAINST_SUBJECT = -0.25
ALLEGATION_AGAINST_BENEFICIARY = -0.125
ALLEGATION_CAP = -1.0


@dataclass
class AlignmentFact:
    """One record behind a year's score: its own ``weight`` on its scale, and the
    ``contribution`` it makes to the score (after the caps)."""

    record_id: str
    type: str  # agreement | supply | allegation | trade
    weight: float
    contribution: float
    detail: str


@dataclass
class AlignmentYear:
    year: int
    score: float
    agreements: float
    supply: float
    allegations: float
    trade: float
    facts: list[AlignmentFact] = field(default_factory=list)

    @property
    def record_ids(self) -> list[str]:
        return sorted({f.record_id for f in self.facts})


@dataclass
class Alignment(YearByYear):
    """The alignment of ``a`` and ``b`` from ``start`` to ``end``, one entry per year."""

    a: str
    b: str
    start: int
    end: int
    years: list[AlignmentYear]

    def to_frame(self):
        """One row per year: the score and its parts."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "year": y.year,
                    "score": y.score,
                    "agreements": y.agreements,
                    "supply": y.supply,
                    "allegations": y.allegations,
                    "trade": y.trade,
                    "record_ids": y.record_ids,
                }
                for y in self.years
            ]
        )


def alignment(
    source: Any, a: str, b: str, start: int | str | None = None, end: int | str | None = None
) -> Alignment:
    """The alignment score of ``a`` and ``b`` for each year from ``start`` to ``end``
    (default: the ten years to this one), with the facts behind each (see the module
    docstring). Raises BlocwatchError for unknown codes, the same actor twice, or a bad
    year range."""
    a, b = actor(a), actor(b)
    if a == b:
        raise BlocwatchError(f"alignment needs two different actors, not {a} twice")
    years = year_range(start, end)
    with connection(source) as conn:
        found = [_year(conn, a, b, y) for y in years]
    return Alignment(a=a, b=b, start=years[0], end=years[-1], years=found)


def _capped(values: list[tuple[float, Any]], cap: float) -> list[tuple[float, float, Any]]:
    """(value, contribution, item): contributions add up to at most ``cap`` (in the
    direction of its sign), in the order given."""
    out, total = [], 0.0
    for value, item in values:
        room = cap - total
        part = min(value, room) if cap > 0 else max(value, room)
        total += part
        out.append((value, round(part, 4), item))
    return out


def _year(conn: Connection, a: str, b: str, year: int) -> AlignmentYear:
    when = str(year)
    facts: list[AlignmentFact] = []
    tying = find_agreements(conn, party=[a, b], as_of=when)
    tying.sort(key=lambda r: (-weights.agreement_weight(r), r.id))
    for i, r in enumerate(tying):
        weight = weights.agreement_weight(r)
        facts.append(
            AlignmentFact(
                record_id=r.id,
                type="agreement",
                weight=weight,
                contribution=weight if i == 0 else 0.0,
                detail=f"{r.name or r.kind} ({weights.tier(r)})",
            )
        )
    supply: list[tuple[float, Any]] = []
    against: list[tuple[float, Any]] = []
    for c in claims_known(conn, when, actors=[a, b]):
        subject, beneficiary = set(c.record.subject), set(c.record.beneficiary)
        flow = f"{'+'.join(c.record.subject)} -> {'+'.join(c.record.beneficiary) or '?'}"
        if (a in subject and b in beneficiary) or (b in subject and a in beneficiary):
            weight = weights.claim_weight(c.status)
            supply.append(
                (SUPPLY_SCALE * weight, (c.id, f"{flow} {c.record.action}, {c.status}", weight))
            )
            continue
        for accuser, accused in ((a, b), (b, a)):
            if accuser not in c.claimants:
                continue
            if accused in subject:
                value = ALLEGATION_AGAINST_SUBJECT
            elif accused in beneficiary:
                value = ALLEGATION_AGAINST_BENEFICIARY
            else:
                continue
            against.append(
                (value, (c.id, f"{accuser} alleges {flow} {c.record.action}, {c.status}", value))
            )
    for _, part, (record_id, detail, weight) in _capped(supply, SUPPLY_CAP):
        facts.append(AlignmentFact(record_id, "supply", weight, part, detail))
    for value, part, (record_id, detail, _) in _capped(against, ALLEGATION_CAP):
        facts.append(AlignmentFact(record_id, "allegation", value, part, detail))
    for f in trade_known(conn, when, actors=[a, b]):
        score = weights.trade_score(f.value)
        facts.append(
            AlignmentFact(
                record_id=f.record_id,
                type="trade",
                weight=score,
                contribution=score,
                detail=f"{f.value:,.0f} {f.unit} ({f.period or 'reported ' + str(f.reported)})",
            )
        )
    parts = {
        t: round(sum(f.contribution for f in facts if f.type == t), 4)
        for t in ("agreement", "supply", "allegation", "trade")
    }
    return AlignmentYear(
        year=year,
        score=round(sum(parts.values()), 4),
        agreements=parts["agreement"],
        supply=parts["supply"],
        allegations=parts["allegation"],
        trade=parts["trade"],
        facts=facts,
    )
