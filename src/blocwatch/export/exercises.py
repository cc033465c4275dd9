"""The exercise kind in the exports: its JSON Lines object, its Parquet row and columns, its
GraphML/GEXF edges (one undirected ``exercise`` edge per pair of participants, from its
start to its end). Exercises are not alliances: the ATOP-style files leave them out."""

from __future__ import annotations

import itertools

import pyarrow as pa

from ..base import dates
from .parquet import evidence_structs
from .records import grouped_sources
from .tables import parsed_date

_FIELDS = ("participants", "name", "start", "end", "place", "domain", "status")
_REPORTED = ("first_reported", "last_reported", "n_sources", "n_independent_sources")


def exercise_lines(e, sentences) -> list[dict]:
    """An exercise's one object: the gold-schema fields, reported time, sources."""
    return [
        {
            "type": "exercise",
            "id": e.id,
            **{k: getattr(e, k) for k in (*_FIELDS, *_REPORTED, "confidence")},
            "sources": grouped_sources(sentences),
        }
    ]


def parquet_columns() -> list[tuple[str, pa.DataType, str]]:
    """The columns exercises add to the Parquet table (name, place, status are shared)."""
    return [
        ("participants", pa.list_(pa.string()), "exercise: the states taking part"),
        ("start", pa.string(), "exercise: when it started, as precise as known"),
        ("start_date", pa.date32(), "exercise: first day of start"),
        ("end", pa.string(), "exercise: when it ended, as precise as known"),
        ("domain", pa.string(), "exercise: land, sea, air or combined"),
    ]


def exercise_rows(e, sentences) -> list[dict]:
    """An exercise's one row."""
    return [
        {
            "type": "exercise",
            "id": e.id,
            "actors": e.participants,
            **{k: getattr(e, k) for k in (*_FIELDS, *_REPORTED, "confidence")},
            "start_date": parsed_date(e.start),
            "doc_ids": sorted({s.doc_id for s in sentences}),
            "evidence": evidence_structs(sentences),
        }
    ]


def exercise_edges(e) -> list[tuple[str, str, str, dict]]:
    """One undirected edge per pair of participants, dated from its start to its end."""
    start = dates.first_day(e.start) or dates.first_day(e.first_reported)
    attrs = {
        "relation": "exercise",
        "record_id": e.id,
        "label": e.name or "joint exercise",
        "directed": False,
        "kind": "n/a",
        "signed": "n/a",
        "defense": "n/a",
        "domain": e.domain or "unknown",
        "status": e.status,
        "n_sources": e.n_sources,
        "n_independent_sources": e.n_independent_sources,
        "start": start,
        "end": dates.last_day(e.end) if e.end else None,
    }
    return [
        (u, v, f"{e.id}:{u}-{v}", dict(attrs))
        for u, v in itertools.combinations(sorted(set(e.participants)), 2)
    ]
