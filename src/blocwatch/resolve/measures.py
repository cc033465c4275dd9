"""Measure records: one time series per actor pair (or single actor), metric and unit.

A series' points are (period, value) pairs. Reports of one period whose values are within
``TOLERANCE`` of each other (relative) are one point with several sources; the point shows
the value most independent sources give. Values of one period further apart are separate
points, each marked ``conflict``. Figures without a period ("about 10,000 troops") are
points in reported time: one point per distinct value, never a conflict.
"""

from __future__ import annotations

from ..base import dates
from . import ids
from .reports import MeasureReport
from .support import Choice, choose, combined_confidence, independent, reported_range

TOLERANCE = 0.005


def _groups(reports: list[MeasureReport]) -> list[list[MeasureReport]]:
    """Reports of one period grouped by value within the tolerance."""
    groups: list[list[MeasureReport]] = []
    for r in sorted(reports, key=lambda r: (r.value, r.source.doc_id, r.id)):
        if groups and abs(r.value - groups[-1][0].value) <= TOLERANCE * abs(groups[-1][0].value):
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def point_key(period: str | None, value: float) -> str:
    return f"{period or 'undated'}:{value:.6g}"


def build(block: str, reports: list[MeasureReport]) -> dict:
    """The rows of one series (with its id) for the tables of the KB."""
    first_report = reports[0]
    by_period: dict[str | None, list[MeasureReport]] = {}
    for r in reports:
        by_period.setdefault(r.period, []).append(r)
    points, sources = [], []
    for period in sorted(by_period, key=dates.sort_key):
        groups = _groups(by_period[period])
        for group in groups:
            value: Choice = choose([(r.value, r.source) for r in group])
            key = point_key(period, float(value.value))
            first, _ = reported_range([r.source for r in group])
            points.append(
                {
                    "point": key,
                    "period": period,
                    "value": float(value.value),
                    "reported": first,
                    "n_sources": len({r.source.doc_id for r in group}),
                    "n_independent_sources": independent([r.source for r in group]),
                    "conflict": period is not None and len(groups) > 1,
                    "confidence": combined_confidence([(r.confidence, r.source) for r in group]),
                }
            )
            sources.extend(
                {
                    "report_id": r.id,
                    "point": key,
                    "value": r.value,
                    "doc_id": r.source.doc_id,
                    "origin_doc": r.source.origin,
                    "reported": r.source.reported,
                }
                for r in sorted(group, key=lambda r: (dates.sort_key(r.source.reported), r.id))
            )
    all_sources = [r.source for r in reports]
    first, last = reported_range(all_sources)
    record = {
        "block": block,
        "actors": list(first_report.actors),
        "metric": first_report.metric,
        "unit": first_report.unit,
        "n_points": len(points),
        "first_reported": first,
        "last_reported": last,
        "n_sources": len({s.doc_id for s in all_sources}),
        "n_independent_sources": independent(all_sources),
        # A series is as sure as its best-supported point: listing it with a confidence
        # floor means some point of it reaches the floor.
        "confidence": max((p["confidence"] for p in points), default=0.0),
    }
    return {
        "id": ids.measure_id(first_report.actors, first_report.metric, first_report.unit),
        "record": record,
        "parties": [{"actor": a} for a in dict.fromkeys(first_report.actors)],
        "points": points,
        "sources": sources,
    }


def resolve_block(block: str, reports: list[MeasureReport]) -> list[dict]:
    """The one series of a block."""
    return [build(block, reports)] if reports else []
