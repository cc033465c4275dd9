"""Exercise queries: which states drilled together, when, where and in what domain."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from ..base import dates
from ..base.chunks import chunks
from ..store.exercises import exercise_sources, exercises
from . import validate
from .filters import naming_every
from .records import Records, TimelineEvent, _Record

DOMAINS = ("land", "sea", "air", "combined")
_FIELDS = [c.name for c in exercises.c if c.name not in ("block", "start_day")]


@dataclass
class ExerciseRecord(_Record):
    """One joint military exercise: its participants (states), name, start and end, place,
    domain (land, sea, air, combined; None where the text does not say) and status (held,
    or scheduled while only announced)."""

    id: str
    participants: list[str]
    name: str | None
    start: str | None
    end: str | None
    place: str | None
    domain: str | None
    status: str
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    type: str = "exercise"


def find_exercises(
    conn: Connection,
    *,
    actor: Iterable[str] | str | None = None,
    domain: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Records:
    """Exercises with every one of ``actor`` taking part, of ``domain``, starting on or
    after ``since`` and on or before ``until`` (partial dates: an exercise dated only by its
    first report compares by that report; one known on no date matches no date bound)."""
    query = naming_every(select(exercises.c.id), "exercise", validate.actors(actor))
    if domain is not None:
        query = query.where(exercises.c.domain == validate.one_of(domain, DOMAINS, "domain"))
    if since is not None:
        query = query.where(exercises.c.start_day >= dates.first_day(validate.date(since)))
    if until is not None:
        bound = dates.last_day(validate.date(until, "until date"))
        query = query.where(exercises.c.start_day <= bound)
    ids = list(conn.execute(query.order_by(exercises.c.start_day, exercises.c.id)).scalars())
    return Records(load_exercises(conn, ids))


def load_exercises(conn: Connection, ids: list[str]) -> list[ExerciseRecord]:
    """The exercises ``ids``, in that order (unknown ids left out)."""
    rows: dict[str, dict[str, Any]] = {}
    for batch in chunks(ids):
        for r in conn.execute(select(exercises).where(exercises.c.id.in_(batch))).mappings():
            rows[r["id"]] = dict(r)
    return [ExerciseRecord(**{k: rows[i][k] for k in _FIELDS}) for i in ids if i in rows]


def exercise_states(
    rows: Callable[[Any, str], Iterable[Mapping[str, Any]]],
) -> dict[tuple[str, int], dict[str, Any]]:
    """What each report behind an exercise states: name, start, place, domain."""
    return {
        (r["exercise_id"], r["report_id"]): {
            k: r[k] for k in ("name", "start", "place", "domain") if r[k] is not None
        }
        for r in rows(exercise_sources, "exercise_id")
    }


def exercise_changes(
    conn: Connection, e: ExerciseRecord, new_docs: list[str], is_new: bool, since: str
) -> tuple[str, list[str]]:
    """An exercise's one-line summary; no details beyond its new sources."""
    title = e.name or "joint exercise"
    when = e.start or "undated"
    return f"{'-'.join(e.participants)} {title} ({when}, {e.status})", []


def exercise_timeline(conn: Connection, code: str) -> list[TimelineEvent]:
    """The exercises ``code`` took part in, on the valid clock at their start (an exercise
    with no date of its own is left out, as undated steps are)."""
    found = [e for e in find_exercises(conn, actor=code) if e.start]
    docs: dict[str, set[str]] = {}
    for batch in chunks([e.id for e in found]):
        query = select(exercise_sources.c.exercise_id, exercise_sources.c.doc_id).where(
            exercise_sources.c.exercise_id.in_(batch)
        )
        for record_id, doc_id in conn.execute(query):
            docs.setdefault(record_id, set()).add(doc_id)
    out = []
    for e in found:
        others = ", ".join(p for p in e.participants if p != code) or "-"
        out.append(
            TimelineEvent(
                date=e.start,
                time="valid",
                kind="exercise",
                record_id=e.id,
                summary=f"exercise: {e.name or 'joint exercise'} with {others}",
                actors=list(e.participants),
                doc_ids=sorted(docs.get(e.id, ())),
            )
        )
    return out
