"""Measure queries: time series of figures (trade, troops, aid) per actor pair and metric."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from ..base import dates
from ..base.chunks import chunks
from ..store.schema import measure_points, measure_sources, measures
from . import validate
from .filters import naming_every
from .records import MeasureSeries

_FIELDS = [c.name for c in measures.c if c.name not in ("block", "n_points")]


def find_measures(
    conn: Connection,
    *,
    actor: Iterable[str] | str | None = None,
    metric: str | None = None,
    min_confidence: float | None = None,
) -> list[MeasureSeries]:
    """Series involving every actor of ``actor`` (a code or a list), of ``metric``; with
    ``min_confidence``, only the points whose confidence is at least that, and only the
    series left with a point (a series' confidence is its best point's)."""
    floor = validate.min_confidence(min_confidence)
    query = naming_every(select(measures.c.id), "measure", validate.actors(actor))
    if metric is not None:
        query = query.where(measures.c.metric == validate.metric(metric))
    if floor is not None:
        query = query.where(measures.c.confidence >= floor)
    found = load_measures(conn, list(conn.execute(query.order_by(measures.c.id)).scalars()))
    if floor is not None:
        for series in found:
            series.points = [p for p in series.points if p["confidence"] >= floor]
    return found


def load_measures(conn: Connection, ids: list[str]) -> list[MeasureSeries]:
    """The series ``ids`` (in that order; unknown ids left out), points in period order
    (undated points, in reported order, last)."""
    rows: dict[str, dict[str, Any]] = {}
    points: dict[str, list[dict[str, Any]]] = {}
    docs: dict[tuple[str, str], list[str]] = {}
    for batch in chunks(ids):
        for r in conn.execute(select(measures).where(measures.c.id.in_(batch))).mappings():
            rows[r["id"]] = dict(r)
        query = select(measure_sources).where(measure_sources.c.measure_id.in_(batch))
        for r in conn.execute(query).mappings():
            docs.setdefault((r["measure_id"], r["point"]), []).append(r["doc_id"])
        query = select(measure_points).where(measure_points.c.measure_id.in_(batch))
        for r in conn.execute(query).mappings():
            p = dict(r)
            p["doc_ids"] = sorted(set(docs.get((p.pop("measure_id"), p["point"]), [])))
            points.setdefault(r["measure_id"], []).append(p)
    for series in points.values():
        series.sort(
            key=lambda p: (
                p["period"] is None,
                dates.reported_key(p["period"] or p["reported"]),
                p["value"],
            )
        )
    return [
        MeasureSeries(**{k: rows[i][k] for k in _FIELDS}, points=points.get(i, []))
        for i in ids
        if i in rows
    ]
