"""Claims and measures as flat tables: the claim-stance table (one row per stance: who said
what about which claim, when, in which report) and the measure-point table (one row per
figure of a series, with its conflict flag and sources)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from .records import Everything, load_everything
from .tables import Column, date_precision, parsed_date, write_table

STANCE_COLUMNS = [
    Column("claim_id", "str", "blocwatch's id of the claim"),
    Column("seq", "int", "order of the stance in the claim's ledger"),
    Column("actor", "str", "who took the stance (ISO alpha-3 or organisation); empty: the outlet"),
    Column("stance", "str", "asserts, denies or acknowledges"),
    Column("answers", "str", "the stance it answers, if any"),
    Column("reported", "str", "when the stance was reported, as precise as known"),
    Column("reported_date", "date", "first day of the reported date"),
    Column("date_precision", "str", "day, month or year: how precise reported is"),
    Column("doc_id", "str", "the report that states it"),
    Column("subject", "str", "who is alleged to have acted (codes separated by ';')"),
    Column("beneficiary", "str", "who is alleged to have benefited (';')"),
    Column("action", "str", "what the claim alleges (arms_transfer, troop_deployment...)"),
    Column("claim_status", "str", "the claim's current status (alleged, contested...)"),
]

POINT_COLUMNS = [
    Column("measure_id", "str", "blocwatch's id of the series"),
    Column("point", "str", "the point's key within the series"),
    Column("actors", "str", "the actors of the series (';')"),
    Column("metric", "str", "what is measured (bilateral_trade, troops...)"),
    Column("unit", "str", "unit of value"),
    Column("period", "str", "the period the figure is for, as precise as known"),
    Column("period_date", "date", "first day of the period"),
    Column("date_precision", "str", "day, month or year: how precise period is"),
    Column("value", "float", "the figure"),
    Column("reported", "str", "when it was first reported"),
    Column("conflict", "bool", "whether another value is reported for the same period"),
    Column("n_sources", "int", "number of reports stating the figure"),
    Column("n_independent_sources", "int", "number of independent reports"),
    Column("doc_ids", "str", "the reports stating it (';')"),
]


def stance_rows(everything: Everything) -> list[dict[str, Any]]:
    """One row per stance of every claim, in ledger order."""
    out = []
    for c in everything.claims:
        for seq, s in enumerate(c.ledger, start=1):
            out.append(
                {
                    "claim_id": c.id,
                    "seq": seq,
                    "actor": s["actor"],
                    "stance": s["stance"],
                    "answers": s["answers"],
                    "reported": s["reported"],
                    "reported_date": parsed_date(s["reported"]),
                    "date_precision": date_precision(s["reported"]),
                    "doc_id": s["doc_id"],
                    "subject": ";".join(c.subject),
                    "beneficiary": ";".join(c.beneficiary) or None,
                    "action": c.action,
                    "claim_status": c.status,
                }
            )
    return out


def point_rows(everything: Everything) -> list[dict[str, Any]]:
    """One row per point of every measure series."""
    out = []
    for m in everything.measures:
        for p in m.points:
            out.append(
                {
                    "measure_id": m.id,
                    "point": p["point"],
                    "actors": ";".join(m.actors),
                    "metric": m.metric,
                    "unit": m.unit,
                    "period": p["period"],
                    "period_date": parsed_date(p["period"]),
                    "date_precision": date_precision(p["period"]),
                    "value": p["value"],
                    "reported": p["reported"],
                    "conflict": bool(p["conflict"]),
                    "n_sources": p["n_sources"],
                    "n_independent_sources": p["n_independent_sources"],
                    "doc_ids": ";".join(p.get("doc_ids", [])) or None,
                }
            )
    return out


def write_stances(conn: Connection, sink: str | Path | IO[str]) -> dict[str, int]:
    """Write the claim-stance table (CSV, or Parquet for a ``.parquet`` path)."""
    everything = load_everything(conn, with_sources=False)
    table = stance_rows(everything)
    write_table(STANCE_COLUMNS, table, sink, "claim stances, one row per stance")
    return {"claims": len(everything.claims), "rows": len(table)}


def write_points(conn: Connection, sink: str | Path | IO[str]) -> dict[str, int]:
    """Write the measure-point table (CSV, or Parquet for a ``.parquet`` path)."""
    everything = load_everything(conn, with_sources=False)
    table = point_rows(everything)
    write_table(POINT_COLUMNS, table, sink, "measure points, one row per figure")
    return {"measures": len(everything.measures), "rows": len(table)}
