"""Exercise records: the reports of one joint military exercise, across documents, merged.

A block is one set of participants. Within it, reports are one exercise when their names do
not disagree (the same name, or one unnamed) and their start dates fit (compatible at their
precision, or one undated): "Joint Sea-2024" in July 2024 and "the drills" in July 2024 are
one; "Joint Sea-2023" and "Joint Sea-2024" are two. Reports with neither name nor date
("the two navies have held joint drills") speak of the pair's practice, not of one exercise:
they are one undated record of the block, never joined to a named or dated one (a 2021
article's "joint drills in recent years" is not the Joint Sea-2024 of three years later).
Reports are taken named first, then dated, then by text and id, so a record is a function
of the block's reports, not of their order.

Ids: ``E-CHN-RUS-joint-sea-2024`` (participants and the name), ``E-CHN-RUS-2024`` (unnamed:
the start year), ``E-CHN-RUS-undated``; repeats numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection

from ..base import dates
from ..store.exercises import exercise_reports
from . import ids
from .reports import Source, _codes, _rows, _source
from .support import choose, choose_date, combined_confidence, independent, reported_range


@dataclass
class ExerciseReport:
    """One document's statement of an exercise, with its document's dates."""

    id: int
    source: Source
    participants: tuple[str, ...]
    name: str | None
    start: str | None
    end: str | None
    place: str | None
    domain: str | None
    status: str
    confidence: float


def load_exercises(conn: Connection, ids=None, doc_ids=None) -> list[ExerciseReport]:
    """Exercise reports by report id or document id (all when both are None)."""
    return [
        ExerciseReport(
            id=r["id"],
            source=_source(r),
            participants=tuple(sorted(_codes(r["participants"]))),
            name=r["name"] or None,
            start=r["start"] or None,
            end=r["end"] or None,
            place=r["place"] or None,
            domain=r["domain"] or None,
            status=r["status"],
            confidence=float(r["confidence"]),
        )
        for r in _rows(conn, exercise_reports, ids, doc_ids)
    ]


def exercise_block(r: ExerciseReport) -> str:
    """The block key: the participants."""
    return "|".join(r.participants)


def _name_key(name: str | None) -> str | None:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") if name else None


def _fits(group: list[ExerciseReport], r: ExerciseReport) -> bool:
    names = {_name_key(g.name) for g in group} - {None}
    starts = [g.start for g in group if g.start]
    name_fits = r.name is None or not names or _name_key(r.name) in names
    start_fits = r.start is None or all(dates.compatible(r.start, s) for s in starts)
    return name_fits and start_fits


def _bare(r: ExerciseReport) -> bool:
    return r.name is None and r.start is None


def _groups(reports: list[ExerciseReport]) -> list[list[ExerciseReport]]:
    ordered = sorted(
        reports,
        key=lambda r: (r.name is None, r.start is None, r.name or "", r.start or "", r.id),
    )
    groups: list[list[ExerciseReport]] = []
    for r in ordered:
        if _bare(r):
            target = next((g for g in groups if _bare(g[0])), None)
        else:
            target = next((g for g in groups if not _bare(g[0]) and _fits(g, r)), None)
        if target is None:
            groups.append([r])
        else:
            target.append(r)
    return groups


def build(block: str, group: list[ExerciseReport]) -> dict:
    """The rows of one exercise record (without its id) for the tables of the KB."""
    sources = [r.source for r in group]
    name = choose([(r.name, r.source) for r in group]).value
    start = choose_date([(r.start, r.source) for r in group]).value
    end = choose_date([(r.end, r.source) for r in group]).value
    first, last = reported_range(sources)
    statuses = {r.status for r in group}
    record = {
        "block": block,
        "participants": list(group[0].participants),
        "name": name,
        "start": start,
        "end": end,
        "place": choose([(r.place, r.source) for r in group]).value,
        "domain": choose([(r.domain, r.source) for r in group]).value,
        # Held once any source reports it held; scheduled while only announced.
        "status": "held" if "held" in statuses else "scheduled",
        "start_day": dates.first_day(start) or dates.first_day(first) or dates.UNKNOWN_START,
        "first_reported": first,
        "last_reported": last,
        "n_sources": len({s.doc_id for s in sources}),
        "n_independent_sources": independent(sources),
        "confidence": combined_confidence([(r.confidence, r.source) for r in group]),
    }
    ordered = sorted(group, key=lambda r: (dates.sort_key(r.source.reported), r.id))
    return {
        "record": record,
        "parties": [{"actor": a} for a in record["participants"]],
        "sources": [
            {
                "report_id": r.id,
                "name": r.name,
                "start": r.start,
                "place": r.place,
                "domain": r.domain,
                "doc_id": r.source.doc_id,
                "origin_doc": r.source.origin,
                "reported": r.source.reported,
            }
            for r in ordered
        ],
    }


def exercise_id(participants: tuple[str, ...], name: str | None, start: str | None) -> str:
    tail = _name_key(name) or (str(dates.year(start)) if start else "undated")
    return f"E-{ids._codes(participants)}-{tail}"


def resolve_block(block: str, reports: list[ExerciseReport]) -> list[dict]:
    """The exercises of one block, each with its id."""
    built = [build(block, group) for group in _groups(reports)]
    raw = [
        exercise_id(tuple(b["record"]["participants"]), b["record"]["name"], b["record"]["start"])
        for b in built
    ]
    return [{"id": i, **b} for i, b in zip(ids.numbered(raw), built, strict=True)]
