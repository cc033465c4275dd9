"""The as-of index of the network (``edge_spans``): for every record, what it says of each
pair of actors it ties, over each span of time during which that stays the same.

Written with the records (:func:`blocwatch.resolve.write.insert`) and removed with them, so
it is always the index of the records stored; ``blocwatch.analyse.network`` and the
obligations read the rows of a day instead of rebuilding every record. Each kind's rows come
from its ``spans`` hook (:mod:`blocwatch.kinds`), given the built record (``id``,
``record`` and its link rows, as the resolver makes it or as read back from the store):

- agreement: one row per pair of its parties, over its in-force interval (``start_day`` to
  ``end_day``), overlapping the as-of date's interval as ``find_agreements`` reads it;
- claim: one row per (subject, beneficiary) pair per span between the days its stances were
  reported, with the status, claimants and deniers known by then;
- measure (bilateral trade in USD between two actors): one row per span between the days
  its figures became known (the end of their period, else the day reported), with the
  latest figure known then.

A row's ``detail`` (and weight, label, days) depends on its record and span only, never on
the pair: each record span is also written once to ``record_spans``, from which the whole
network of a day reads one detail per record span (``analyse/day_edges.py``).

The rules are those of the as-of answers they replace (``analyse/asof.py``): tests compare
the two field by field.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, delete, inspect, select

from ..base import dates, weights
from ..base.chunks import chunks
from ..kinds import KINDS
from ..store.schema import edge_spans, record_spans
from .claims import status as ledger_status

__all__ = ["agreement_spans", "claim_spans", "index_all", "record_spans_of", "trade_spans"]


def _row(built: dict, fact_type: str, edge_kind: str, pair, **values) -> dict[str, Any]:
    row = {
        "fact_type": fact_type,
        "record_id": built["id"],
        "edge_kind": edge_kind,
        "source": pair[0],
        "target": pair[1],
        "directed": False,
        "merge": True,
        "overlap": False,
        "valid_until": None,
    }
    row.update(values)
    row["detail"] = json.dumps(row["detail"])
    return row


def _day_before(day: str) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()


def _changes(points: list[tuple[str, Any]]) -> Iterator[tuple[str, str | None, Any]]:
    """(first day, last day or None, value) of each span over which the value stays the same,
    from (first day, value) points in day order, one a day."""
    merged: list[tuple[str, Any]] = []
    for day, value in points:
        if merged and merged[-1][1] == value:
            continue
        merged.append((day, value))
    for (day, value), after in itertools.zip_longest(merged, merged[1:]):
        yield day, (_day_before(after[0]) if after else None), value


# --- agreements ---------------------------------------------------------------------------


def agreement_summary(record_id: str, record: dict) -> dict[str, Any]:
    """What a network edge says about one agreement (``analyse.network`` shows it as is)."""
    shape = SimpleNamespace(defense=record["defense"], provisions=list(record["provisions"]))
    return {
        "id": record_id,
        "name": record["name"],
        "kind": record["kind"],
        "signed": record["signed"],
        "status": record["status"],
        "defense": record["defense"],
        "provisions": list(record["provisions"]),
        "tier": weights.tier(shape),
        "weight": weights.agreement_weight(shape),
    }


def agreement_spans(built: dict) -> list[dict[str, Any]]:
    """One row per pair of the agreement's parties, over its in-force interval."""
    record = built["record"]
    summary = agreement_summary(built["id"], record)
    return [
        _row(
            built,
            "agreement",
            "agreement",
            pair,
            overlap=True,
            valid_from=record["start_day"],
            valid_until=record["end_day"],
            weight=summary["weight"],
            label=summary["tier"],
            detail=summary,
        )
        for pair in itertools.combinations(sorted(set(record["parties"])), 2)
    ]


# --- claims -------------------------------------------------------------------------------


def _ledger(built: dict) -> list[dict]:
    stances = sorted(built.get("stances", []), key=lambda s: s["seq"])
    return [
        {"actor": s["actor"], "stance": s["stance"], "reported": s["reported"]} for s in stances
    ]


def _claim_detail(record_id: str, record: dict, ledger: list[dict]) -> dict[str, Any]:
    state, _ = ledger_status(ledger, tuple(record["subject"]))

    def by(stance: str) -> list[str]:
        return list(
            dict.fromkeys(e["actor"] for e in ledger if e["stance"] == stance and e["actor"])
        )

    return {
        "id": record_id,
        "action": record["action"],
        "items": list(record["items"]),
        "status": state,
        "claimants": by("alleges"),
        "denied_by": by("denies"),
        "acknowledged_by": by("acknowledges"),
        "weight": weights.claim_weight(state),
    }


def claim_spans(built: dict) -> list[dict[str, Any]]:
    """One row per (subject, beneficiary) pair per span of reported time with the same
    status, claimants, deniers and acknowledgers (from the stances reported by then)."""
    record = built["record"]
    known_from = dates.first_day(record["first_reported"])
    pairs = list(
        dict.fromkeys((s, b) for s in record["subject"] for b in record["beneficiary"] if s != b)
    )
    if known_from is None or not pairs:
        return []
    ledger = _ledger(built)
    days = sorted({d for e in ledger if (d := dates.first_day(e["reported"]))})
    days = sorted({max(d, known_from) for d in days})
    points = []
    for day in days:
        known = [e for e in ledger if (dates.first_day(e["reported"]) or "9999") <= day]
        points.append((day, _claim_detail(built["id"], record, known)))
    rows = []
    for first, last, detail in _changes(points):
        for pair in pairs:
            rows.append(
                _row(
                    built,
                    "claim",
                    "claim",
                    pair,
                    directed=True,
                    valid_from=first,
                    valid_until=last,
                    weight=detail["weight"],
                    label=detail["status"],
                    detail=detail,
                )
            )
    return rows


# --- trade figures ------------------------------------------------------------------------


def _counts_from(point: dict) -> str | None:
    """The day from which a figure is known: the end of its period, else its report."""
    if point["period"]:
        return dates.last_day(point["period"])
    return dates.first_day(point["reported"])


def _latest(points: list[dict]) -> dict | None:
    """Of the figures given, the one the network shows (``analyse.asof.latest_point``)."""
    known = [p for p in points if p["period"]] or points
    if not known:
        return None
    return max(
        known,
        key=lambda p: (
            dates.sort_key(p["period"] or p["reported"]),
            dates.sort_key(p["reported"]),
            p["value"],
        ),
    )


def trade_spans(built: dict) -> list[dict[str, Any]]:
    """For a bilateral-trade series in USD between two actors: one row per span of
    reported time with the same latest figure known."""
    record = built["record"]
    actors = list(record["actors"])
    if record["metric"] != "bilateral_trade" or record["unit"] != "USD" or len(actors) != 2:
        return []
    docs: dict[str, set[str]] = {}
    for s in built.get("sources", []):
        docs.setdefault(s["point"], set()).add(s["doc_id"])
    points = [
        {**p, "doc_ids": sorted(docs.get(p["point"], ()))}
        for p in built.get("points", [])
        if _counts_from(p)
    ]
    days = sorted({_counts_from(p) for p in points})
    changes = [(d, _latest([p for p in points if _counts_from(p) <= d])) for d in days]
    pair = tuple(sorted(actors))
    rows = []
    for first, last, best in _changes(changes):
        detail = {
            "id": built["id"],
            "value": best["value"],
            "unit": record["unit"],
            "period": best["period"],
            "reported": best["reported"],
            "doc_ids": best["doc_ids"],
        }
        rows.append(
            _row(
                built,
                "measure",
                "trade",
                pair,
                merge=False,
                valid_from=first,
                valid_until=last,
                weight=round(best["value"] / 1e9, 3),
                label=best["period"] or f"reported {best['reported']}",
                detail=detail,
            )
        )
    return rows


# --- keeping the index --------------------------------------------------------------------


def spans_of(fact_type: str, built: list[dict]) -> list[dict[str, Any]]:
    """The index rows of built records of ``fact_type`` (none for a kind without spans)."""
    from ..kinds import kind

    k = kind(fact_type)
    if not k.spans:
        return []
    hook = k.hook("spans")
    return [row for b in built for row in hook(b)]


_SPAN_KEY = ("valid_from", "record_id", "fact_type", "edge_kind")
_SPAN_COLUMNS = (*_SPAN_KEY, "valid_until", "overlap", "weight", "label", "detail")


def record_spans_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``record_spans`` rows of index rows: one per record span (its first row's
    values: every pair's are the same), in the order they first come."""
    found: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[c] for c in _SPAN_KEY)
        if key not in found:
            found[key] = {c: row[c] for c in _SPAN_COLUMNS}
    return list(found.values())


def _write(conn: Connection, rows: list[dict[str, Any]], spans: bool = True) -> None:
    """Index rows written, with their record spans (``spans``: when the store has them)."""
    for batch in chunks(rows):
        conn.execute(edge_spans.insert(), batch)
    if spans:
        for batch in chunks(record_spans_of(rows)):
            conn.execute(record_spans.insert(), batch)


def insert_spans(conn: Connection, fact_type: str, built: list[dict]) -> None:
    """Index built records of ``fact_type``."""
    _write(conn, spans_of(fact_type, built))


def delete_spans(conn: Connection, fact_type: str, record_ids) -> None:
    """Remove the index rows of records (``record_ids``: a list or a SELECT of ids)."""
    for table in (edge_spans, record_spans):
        conn.execute(
            delete(table).where(table.c.record_id.in_(record_ids), table.c.fact_type == fact_type)
        )


def delete_all_spans(conn: Connection, spans: bool = True) -> None:
    """Empty the index (``spans``: and ``record_spans``, when the store has it)."""
    conn.execute(delete(edge_spans))
    if spans:
        conn.execute(delete(record_spans))


def stored(conn: Connection, fact_type: str, ids: list[str]) -> list[dict]:
    """Records of ``fact_type`` as the resolver built them, read back from the store (the
    link tables the store has: a migration runs before later ones add theirs)."""
    from ..kinds import kind

    k = kind(fact_type)
    main = k.hook("record_table")
    out: dict[str, dict] = {}
    for row in conn.execute(select(main).where(main.c.id.in_(ids))).mappings():
        record = dict(row)
        out[record.pop("id")] = {"id": row["id"], "record": record}
    present = set(inspect(conn).get_table_names())
    for part, table in k.links().items():
        if table.name not in present:
            continue
        for row in conn.execute(select(table).where(table.c[k.fk].in_(ids))).mappings():
            link = dict(row)
            out[link.pop(k.fk)].setdefault(part, []).append(link)
    return [out[i] for i in ids if i in out]


def index_all(conn: Connection) -> int:
    """Rebuild the whole index from the stored records (a store migrated from before the
    index, ``blocwatch rebuild``); returns the rows written."""
    # A store migrated from before 0015 gets its record spans there, from these rows.
    spans = record_spans.name in inspect(conn).get_table_names()
    delete_all_spans(conn, spans)
    written = 0
    for k in KINDS:
        if not k.spans:
            continue
        main = k.hook("record_table")
        ids = list(conn.execute(select(main.c.id).order_by(main.c.id)).scalars())
        for batch in chunks(ids, 2000):
            rows = spans_of(k.name, stored(conn, k.name, batch))
            _write(conn, rows, spans)
            written += len(rows)
    return written
