"""Choosing the value a record shows when its sources disagree.

The best-supported value is the one stated by the most independent sources (near-duplicate
copies of one document count once); ties go to the more precise date, then to the value
stated exactly by more independent sources, then to the value reported first (the report
closest to the event), then to the smaller value, so that the choice never depends on the
order in which documents arrived.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from ..base import dates
from .reports import Source


@dataclass(frozen=True)
class Choice:
    value: object | None
    conflict: bool


def _first_reported(sources: list[Source]) -> str:
    return min((dates.first_day(s.reported) or "9999-99-99") for s in sources)


def choose(stated: list[tuple[Hashable | None, Source]]) -> Choice:
    """The best-supported of plain values (place, defence, kind); missing values are no
    statement. A conflict is two or more different values."""
    by_value: dict[Hashable, list[Source]] = {}
    for value, source in stated:
        if value is not None:
            by_value.setdefault(value, []).append(source)
    if not by_value:
        return Choice(None, False)
    best = min(
        by_value,
        key=lambda v: (
            -len({s.origin for s in by_value[v]}),
            _first_reported(by_value[v]),
            str(v),
        ),
    )
    return Choice(best, len(by_value) > 1)


def choose_date(stated: list[tuple[str | None, Source]]) -> Choice:
    """The best-supported of partial dates. A coarser date supports every finer date it
    contains (2024-06 supports 2024-06-19 and 2024-06-20) and conflicts with none; a
    conflict is two dates neither of which contains the other."""
    given = [(v, s) for v, s in stated if dates.parse(v)]
    candidates = dates.maximal([v for v, _ in given])
    if not candidates:
        return Choice(None, False)

    def key(c: str):
        support = {s.origin for v, s in given if dates.compatible(v, c)}
        exact = [s for v, s in given if v == c]
        return (
            -len(support),
            -dates.precision(c),
            -len({s.origin for s in exact}),
            _first_reported(exact) if exact else "9999-99-99",
            c,
        )

    return Choice(min(candidates, key=key), len(candidates) > 1)


def independent(sources: list[Source]) -> int:
    """How many independent sources: distinct origins."""
    return len({s.origin for s in sources})


def combined_confidence(pairs: list[tuple[float, Source]]) -> float:
    """1 - prod(1 - c) over independent sources, each counted with its best report: more
    independent corroboration, more confidence; copies of one story add nothing."""
    best: dict[str, float] = {}
    for c, s in pairs:
        best[s.origin] = max(best.get(s.origin, 0.0), min(max(c, 0.0), 1.0))
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - c
    return round(min(1.0 - doubt, 0.99), 3)


def reported_range(sources: list[Source]) -> tuple[str | None, str | None]:
    """The first and last reported dates among ``sources`` (None when none is known)."""
    known = [s.reported for s in sources if s.reported]
    if not known:
        return None, None
    return min(known, key=dates.sort_key), max(known, key=dates.sort_key)
