"""The network's ``exercise`` edges: states that drilled together lately.

One undirected edge per pair of participants of the joint exercises that started (or, with
no date of their own, were first reported) in the ``WINDOW_YEARS`` calendar years before the
as-of date's year or in that year up to the date. Weight ``EXERCISE_WEIGHT`` (0.3) for any
such pair, however many exercises: drilling together shows working military ties but binds
nothing, so it sits between economic cooperation (0.2) and military-technical agreements
(0.4) on the scale of :mod:`.weights`. ``details`` lists each exercise; ``label`` is the
start of the latest.
"""

from __future__ import annotations

import itertools

from sqlalchemy import Connection

from ..kb.exercises import ExerciseRecord, find_exercises
from .network import Edge

WINDOW_YEARS = 3
EXERCISE_WEIGHT = 0.3


def exercise_edges(conn: Connection, as_of: str, min_confidence: float | None = None) -> list[Edge]:
    """The exercise edges on ``as_of`` (the exercise kind's ``edge_builder``), of exercises
    of at least ``min_confidence``."""
    since = str(int(as_of[:4]) - WINDOW_YEARS)
    by_pair: dict[tuple[str, str], list[ExerciseRecord]] = {}
    floor = min_confidence or 0.0
    for e in find_exercises(conn, since=since, until=as_of):
        if e.confidence < floor:
            continue
        for u, v in itertools.combinations(sorted(set(e.participants)), 2):
            by_pair.setdefault((u, v), []).append(e)
    edges = []
    for (u, v), drills in sorted(by_pair.items()):
        latest = max(drills, key=lambda e: (e.start or e.first_reported or "", e.id))
        edges.append(
            Edge(
                kind="exercise",
                source=u,
                target=v,
                directed=False,
                weight=EXERCISE_WEIGHT,
                label=latest.start or latest.first_reported or "undated",
                record_ids=sorted(e.id for e in drills),
                details=[
                    {
                        "id": e.id,
                        "name": e.name,
                        "date": e.start,
                        "domain": e.domain,
                        "place": e.place,
                        "status": e.status,
                        "weight": EXERCISE_WEIGHT,
                    }
                    for e in drills
                ],
            )
        )
    return edges
