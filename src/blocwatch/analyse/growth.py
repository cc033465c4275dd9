"""An actor's partnerships year by year: with whom it had agreements in force, how strongly
each binds (the scale of :mod:`.weights`: a partner weighs as the strongest agreement in
force with it at some point in the year), and which partners are new that year. The data
behind a chart of "Russia's partnerships 2021-2025": ``to_frame()`` gives one row per year and
partner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from ..kb.agreements import find_agreements
from . import weights
from .common import YearByYear, actor, actor_info, connection, year_range


@dataclass
class Partnership:
    """One partner in one year: its weight and tier, and the agreements in force with it."""

    partner: str
    name: str
    weight: float
    tier: str
    agreement_ids: list[str]
    new: bool  # no agreement in force with it the year before


@dataclass
class GrowthYear:
    year: int
    partners: list[Partnership]
    n_partners: int
    strength: float  # sum of the partners' weights
    defence_partners: list[str]
    new_partners: list[str] = field(default_factory=list)

    @property
    def record_ids(self) -> list[str]:
        return sorted({i for p in self.partners for i in p.agreement_ids})


@dataclass
class Growth(YearByYear):
    """``actor``'s partnerships from ``start`` to ``end``."""

    actor: str
    name: str
    start: int
    end: int
    years: list[GrowthYear]

    def to_frame(self):
        """One row per year and partner (year, partner, weight, tier, new, agreement_ids)."""
        import pandas as pd

        rows = [
            {
                "year": y.year,
                "partner": p.partner,
                "weight": p.weight,
                "tier": p.tier,
                "new": p.new,
                "agreement_ids": p.agreement_ids,
            }
            for y in self.years
            for p in y.partners
        ]
        columns = ["year", "partner", "weight", "tier", "new", "agreement_ids"]
        return pd.DataFrame(rows, columns=columns)


def growth(
    source: Any, code: str, start: int | str | None = None, end: int | str | None = None
) -> Growth:
    """``code``'s partners for each year from ``start`` to ``end`` (default: the ten years
    to this one), strongest first, with the agreements behind each. Raises BlocwatchError
    for an unknown code or a bad year range."""
    code = actor(code)
    years = year_range(start, end)
    with connection(source) as conn:
        before = _partners(conn, code, years[0] - 1)
        found = []
        for year in years:
            now = _partners(conn, code, year)
            partners = []
            for partner, tying in now.items():
                tier, weight = weights.strongest(tying)
                partners.append(
                    Partnership(
                        partner=partner,
                        name=actor_info(partner).name,
                        weight=weight,
                        tier=tier,
                        agreement_ids=sorted(a.id for a in tying),
                        new=partner not in before,
                    )
                )
            partners.sort(key=lambda p: (-p.weight, p.partner))
            found.append(
                GrowthYear(
                    year=year,
                    partners=partners,
                    n_partners=len(partners),
                    strength=round(sum(p.weight for p in partners), 4),
                    defence_partners=sorted(p.partner for p in partners if p.tier == "defence"),
                    new_partners=sorted(p.partner for p in partners if p.new),
                )
            )
            before = now
    name = actor_info(code).name
    return Growth(actor=code, name=name, start=years[0], end=years[-1], years=found)


def _partners(conn: Connection, code: str, year: int) -> dict[str, list]:
    """Partner -> the agreements with it in force at some point in ``year``."""
    out: dict[str, list] = {}
    for a in find_agreements(conn, party=[code], as_of=str(year)):
        for p in sorted(set(a.parties) - {code}):
            out.setdefault(p, []).append(a)
    return dict(sorted(out.items()))
