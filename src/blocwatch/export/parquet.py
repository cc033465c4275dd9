"""Parquet export (pyarrow): one table, one row per agreement, per claim and per measure
point, told apart by the ``type`` column; columns that do not apply to a type are null.

Columns: type, id, actors (every code in the record), parties, subject, beneficiary,
claimant, denied_by, acknowledged_by (lists of codes; ``claimant`` as in JSON Lines and the
gold schema), kind, name, action, status, signed with ``signed_date`` (date32, the first day
of it) and ``date_precision`` (day, month, year), place, valid_from, in_force_from, ended,
defense (nullable boolean: null where the text is silent), provisions (list),
signed_conflict, defense_conflict, metric, unit, point, period with ``period_date``, value,
conflict (another value for the same period), first_reported, last_reported, n_sources,
n_independent_sources, confidence, doc_ids (list), and evidence (list of structs: doc_id,
role, start, end, sentence) so every row can be followed to its sentences. Each field's
description is in its Parquet field metadata (``description``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Connection

from ..kinds import KINDS
from .jsonl import point_id
from .records import load_everything
from .tables import date_precision, parsed_date

_CODES = pa.list_(pa.string())
_EVIDENCE = pa.list_(
    pa.struct(
        [
            ("doc_id", pa.string()),
            ("role", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("sentence", pa.string()),
        ]
    )
)
SCHEMA = pa.schema(
    [
        ("type", pa.string()),
        ("id", pa.string()),
        ("series_id", pa.string()),
        ("actors", _CODES),
        ("parties", _CODES),
        ("subject", _CODES),
        ("beneficiary", _CODES),
        ("claimant", _CODES),
        ("denied_by", _CODES),
        ("acknowledged_by", _CODES),
        ("kind", pa.string()),
        ("name", pa.string()),
        ("action", pa.string()),
        ("status", pa.string()),
        ("signed", pa.string()),
        ("signed_date", pa.date32()),
        ("date_precision", pa.string()),
        ("place", pa.string()),
        ("valid_from", pa.string()),
        ("in_force_from", pa.string()),
        ("ended", pa.string()),
        ("defense", pa.bool_()),
        ("provisions", _CODES),
        ("signed_conflict", pa.bool_()),
        ("defense_conflict", pa.bool_()),
        ("metric", pa.string()),
        ("unit", pa.string()),
        ("point", pa.string()),
        ("period", pa.string()),
        ("period_date", pa.date32()),
        ("value", pa.float64()),
        ("conflict", pa.bool_()),
        ("first_reported", pa.string()),
        ("last_reported", pa.string()),
        ("n_sources", pa.int64()),
        ("n_independent_sources", pa.int64()),
        ("confidence", pa.float64()),
        ("doc_ids", _CODES),
        ("evidence", _EVIDENCE),
    ]
)
DESCRIPTIONS = {
    "type": "agreement, claim or measure",
    "id": "blocwatch record id (a measure point: series_id/point)",
    "series_id": "measure: the id of its series, shared by its points",
    "actors": "every actor code in the record",
    "parties": "agreement: its parties",
    "subject": "claim: who is alleged to have acted",
    "beneficiary": "claim: who is alleged to have benefited",
    "claimant": "claim: who makes the allegation (the gold schema's name)",
    "denied_by": "claim: who denies it",
    "acknowledged_by": "claim: who acknowledges it",
    "signed": "agreement: signing date as precise as known (YYYY, YYYY-MM, YYYY-MM-DD)",
    "signed_date": "agreement: first day of signed",
    "date_precision": "day, month or year: precision of signed (agreement) or period (measure)",
    "defense": "agreement: defence clause; null where the text is silent",
    "point": "measure: the point's key within its series",
    "period": "measure: the period the figure is for",
    "period_date": "measure: first day of period",
    "conflict": "measure: whether another value is reported for the same period",
    "first_reported": "first report date (a measure point's own report date)",
}


@cache
def schema() -> pa.Schema:
    """The table's schema: the common columns, then those each registered kind adds (its
    ``parquet_columns`` hook), each with its description as field metadata."""
    fields = list(SCHEMA)
    descriptions = dict(DESCRIPTIONS)
    for k in KINDS:
        for name, type_, description in k.hook("parquet_columns")() if k.parquet_columns else ():
            fields.append(pa.field(name, type_))
            descriptions[name] = description
    return pa.schema(
        [
            f.with_metadata({"description": descriptions.get(f.name, f.name.replace("_", " "))})
            for f in fields
        ],
        metadata={"blocwatch": "one row per record of every kind (measures: per point)"},
    )


def evidence_structs(sentences) -> list[dict]:
    """The evidence column of a row: each sentence as a struct (for kinds' row hooks)."""
    return [
        {"doc_id": s.doc_id, "role": s.role, "start": s.start, "end": s.end, "sentence": s.sentence}
        for s in sentences
    ]


_AGREEMENT_FIELDS = (
    "kind",
    "name",
    "signed",
    "place",
    "valid_from",
    "in_force_from",
    "ended",
    "defense",
    "provisions",
    "signed_conflict",
    "defense_conflict",
)
_CLAIM_FIELDS = ("subject", "beneficiary", "denied_by", "acknowledged_by", "action")
_RECORD_FIELDS = (
    "status",
    "first_reported",
    "last_reported",
    "n_sources",
    "n_independent_sources",
    "confidence",
)


def _record_row(kind: str, record, actors: list[str], fields, sentences) -> dict:
    """One agreement or claim as a row: its fields, the documents and the sentences."""
    return {
        "type": kind,
        "id": record.id,
        "actors": actors,
        **{k: getattr(record, k) for k in (*fields, *_RECORD_FIELDS)},
        "doc_ids": sorted({s.doc_id for s in sentences}),
        "evidence": evidence_structs(sentences),
    }


def rows(everything) -> list[dict]:
    """Every row of the table, kind by kind in registry order, by each kind's
    ``parquet_rows`` hook."""
    out: list[dict] = []
    for k in KINDS:
        if not k.parquet_rows:
            continue
        make = k.hook("parquet_rows")
        for record in everything.records[k.plural]:
            out.extend(make(record, everything.sources.get(record.id, [])))
    return out


def agreement_rows(a, sentences) -> list[dict]:
    """An agreement's one row, with its signing date parsed."""
    row = _record_row("agreement", a, a.parties, _AGREEMENT_FIELDS, sentences)
    return [
        {
            **row,
            "parties": a.parties,
            "signed_date": parsed_date(a.signed),
            "date_precision": date_precision(a.signed),
        }
    ]


def claim_rows(c, sentences) -> list[dict]:
    """A claim's one row; its actors are subjects, beneficiaries and claimants."""
    actors = list(dict.fromkeys([*c.subject, *c.beneficiary, *c.claimants]))
    row = _record_row("claim", c, actors, _CLAIM_FIELDS, sentences)
    return [{**row, "claimant": c.claimants}]


def measure_rows(m, sentences) -> list[dict]:
    """A measure series' rows, one per point, each with its own sentences."""
    out = []
    for p in m.points:
        mine = [s for s in sentences if s.states.get("point") == p["point"]]
        out.append(
            {
                "type": "measure",
                "id": point_id(m.id, p["point"]),
                "series_id": m.id,
                "actors": m.actors,
                "metric": m.metric,
                "unit": m.unit,
                "point": p["point"],
                "period": p["period"],
                "period_date": parsed_date(p["period"]),
                "date_precision": date_precision(p["period"]),
                "value": p["value"],
                "conflict": bool(p["conflict"]),
                "first_reported": p["reported"],
                "n_sources": p["n_sources"],
                "n_independent_sources": p["n_independent_sources"],
                "doc_ids": p["doc_ids"],
                "evidence": evidence_structs(mine),
            }
        )
    return out


def write_parquet(conn: Connection, sink: str | Path) -> dict[str, int]:
    """Write the table to the file ``sink``; returns counts."""
    everything = load_everything(conn)
    table = pa.Table.from_pylist(rows(everything), schema=schema())
    pq.write_table(table, str(sink))
    return {**everything.counts(), "rows": table.num_rows}
