"""JSON Lines export: one object per agreement, per claim and per measure point.

Each object has ``type`` (agreement, claim, measure), ``id`` (the record id; for a measure
point ``SERIES/POINT``, with ``series_id`` the series shared by its points), the fields of the gold
schema (``shared/gold-schema.md``) under their gold names (``claimant`` for the claimants),
the knowledge base's own fields (status, lifecycle events, conflicts, ledger, source counts)
and ``sources``: per document, its title, URL, publication date, what it states and its
evidence sentences with character offsets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from sqlalchemy import Connection

from ..kinds import KINDS
from .records import Everything, grouped_sources, load_everything


def lines(everything: Everything):
    """The export's objects, kind by kind in registry order (agreements, then claims, then
    measure points ...), each kind's by its ``json_lines`` hook."""
    for k in KINDS:
        if not k.json_lines:
            continue
        write = k.hook("json_lines")
        for record in everything.records[k.plural]:
            yield from write(record, everything.sources.get(record.id, []))


def agreement_lines(a, sentences) -> list[dict]:
    """An agreement's one object: gold-schema fields, then the knowledge base's own."""
    record = a.to_dict()
    return [
        {
            "type": "agreement",
            "id": a.id,
            **{
                k: record[k]
                for k in ("parties", "signed", "place", "kind", "name", "defense", "provisions")
            },
            **{
                k: record[k]
                for k in (
                    "status",
                    "valid_from",
                    "in_force_from",
                    "ended",
                    "signed_conflict",
                    "place_conflict",
                    "defense_conflict",
                    "conflicts",
                    "events",
                    "first_reported",
                    "last_reported",
                    "n_sources",
                    "n_independent_sources",
                    "confidence",
                )
            },
            "sources": grouped_sources(sentences),
        }
    ]


def claim_lines(c, sentences) -> list[dict]:
    """A claim's one object, its claimants under the gold name ``claimant``."""
    return [
        {
            "type": "claim",
            "id": c.id,
            "claimant": c.claimants,
            "subject": c.subject,
            "beneficiary": c.beneficiary,
            "action": c.action,
            "denied_by": c.denied_by,
            "acknowledged_by": c.acknowledged_by,
            "hint": c.hint,
            "items": c.items,
            "status": c.status,
            "status_since": c.status_since,
            "ledger": c.ledger,
            "first_reported": c.first_reported,
            "last_reported": c.last_reported,
            "n_sources": c.n_sources,
            "n_independent_sources": c.n_independent_sources,
            "confidence": c.confidence,
            "sources": grouped_sources(sentences),
        }
    ]


def measure_lines(m, sentences) -> list[dict]:
    """A measure series' objects: one per point, each with the sentences of its point."""
    return [
        {
            "type": "measure",
            "id": point_id(m.id, p["point"]),
            "series_id": m.id,
            "actors": m.actors,
            "metric": m.metric,
            "value": p["value"],
            "unit": m.unit,
            "period": p["period"],
            "reported": p["reported"],
            "conflict": p["conflict"],
            "n_sources": p["n_sources"],
            "n_independent_sources": p["n_independent_sources"],
            "point": p["point"],
            "sources": grouped_sources([s for s in sentences if s.states["point"] == p["point"]]),
        }
        for p in m.points
    ]


def point_id(series_id: str, point: str) -> str:
    """The id of one figure of a series (a JSON Lines measure line, a Parquet measure row):
    unique, where the series id is shared by every point."""
    return f"{series_id}/{point}"


def write_jsonl(conn: Connection, sink: str | Path | IO[str]) -> dict[str, int]:
    """Write the export to a path or an open text stream; returns record counts."""
    everything = load_everything(conn)
    if isinstance(sink, (str, Path)):
        with open(sink, "w", encoding="utf-8") as fh:
            n = _write(everything, fh)
    else:
        n = _write(everything, sink)
    return {**everything.counts(), "lines": n}


def _write(everything: Everything, fh: IO[str]) -> int:
    n = 0
    for obj in lines(everything):
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n
