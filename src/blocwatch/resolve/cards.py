"""What an agreement record shows beyond its row, decided once at resolve time and stored
with it (``agreement_cards``): the conflicting values with the sources on each side, each
lifecycle step at its best-supported date, and the succession links.

Reading an agreement used to decide these on every read, from every source of every record
asked for: a party's agreements in force on a date (hundreds of records, some with hundreds
of sources) spent most of its time there. The rules are unchanged (``choose_date`` for a
step's date, the dates that contradict each other for a signing conflict); the card is a
function of the built record (``id``, ``record`` and its link rows, as the resolver makes it
or as read back from the store), so incremental resolution and a rebuild store the same.
"""

from __future__ import annotations

import json
from typing import Any

from ..base import dates
from ..model import LIFECYCLE_RANK
from .reports import Source
from .support import choose_date

CONFLICT_FLAGS = {
    "signed": "signed_conflict",
    "place": "place_conflict",
    "defense": "defense_conflict",
}


def event_order(event: dict) -> tuple:
    """Dated steps by date (same date: lifecycle order), undated steps last."""
    date = event.get("date")
    return (date is None, dates.sort_key(date), LIFECYCLE_RANK.get(event.get("kind"), 0))


def _typed(attribute: str, value: str | bool):
    """A stored value as the record shows it: a defence flag is a JSON boolean (migration
    0007); one written as text before it reads the same."""
    if attribute == "defense" and isinstance(value, str):
        return value == "true"
    return value


def _origins(built: dict) -> dict[int, Source]:
    return {
        s["report_id"]: Source(s["doc_id"], s["origin_doc"], s["reported"])
        for s in built.get("sources", [])
    }


def conflicts(built: dict) -> dict[str, list[dict[str, Any]]]:
    """attribute -> [{value, doc_ids, n_independent_sources}] for each conflicting
    attribute; the value the record shows comes first."""
    record = built["record"]
    if not any(record[flag] for flag in CONFLICT_FLAGS.values()):
        return {}
    origins = _origins(built)
    grouped: dict[str, dict[str, list[Source]]] = {}
    for v in built.get("values", []):
        if v["attribute"] in CONFLICT_FLAGS:
            grouped.setdefault(v["attribute"], {}).setdefault(v["value"], []).append(
                origins[v["report_id"]]
            )
    out: dict[str, list[dict]] = {}
    for attribute in CONFLICT_FLAGS:  # a fixed order, whatever order the rows came in
        by_value = grouped.get(attribute)
        if not by_value or not record[CONFLICT_FLAGS[attribute]]:
            continue
        if attribute == "signed":
            # A coarser date (2024-06) agrees with both 2024-06-19 and 2024-06-20: only the
            # dates that contradict each other are listed, each with the sources stating it.
            keep = set(dates.maximal(list(by_value)))
            by_value = {v: s for v, s in by_value.items() if v in keep}
        shown = record[attribute]
        entries = [
            {
                "value": _typed(attribute, value),
                "doc_ids": sorted({s.doc_id for s in sources}),
                "n_independent_sources": len({s.origin for s in sources}),
            }
            for value, sources in by_value.items()
        ]
        entries.sort(
            key=lambda e: (e["value"] != shown, -e["n_independent_sources"], str(e["value"]))
        )
        out[attribute] = entries
    return out


def events(built: dict) -> list[dict[str, Any]]:
    """Each lifecycle step once, at its best-supported date, with how many documents report
    it and whether they disagree on the date."""
    origins = _origins(built)
    signed = built["record"]["signed"]
    by_kind: dict[str, list] = {}
    for e in sorted(built.get("events", []), key=lambda e: e["seq"]):
        by_kind.setdefault(e["kind"], []).append((e["date"], origins[e["report_id"]]))
    out = []
    for kind, values in by_kind.items():
        choice = choose_date(values)
        date = choice.value
        if kind in ("signed", "accession") and signed:
            date = signed
        out.append(
            {
                "kind": kind,
                "date": date,
                "conflict": choice.conflict,
                "n_sources": len({s.doc_id for _, s in values}),
                "doc_ids": sorted({s.doc_id for _, s in values}),
            }
        )
    out.sort(key=event_order)
    return out


def card(built: dict) -> dict[str, Any]:
    """The card of a built agreement: conflicts, events, replaces, replaced_by."""
    links: dict[str, set[str]] = {"replaces": set(), "replaced_by": set()}
    for v in built.get("values", []):
        if v["attribute"] in links:
            links[v["attribute"]].add(v["value"])
    return {
        "conflicts": conflicts(built),
        "events": events(built),
        "replaces": sorted(links["replaces"]),
        "replaced_by": sorted(links["replaced_by"]),
    }


def card_rows(built: dict) -> list[dict[str, Any]]:
    """The ``agreement_cards`` row of a built agreement (a link table: one row)."""
    return [{"card": json.dumps(card(built))}]


def index_all(conn) -> int:
    """Write the card of every stored agreement (a store migrated from before the cards);
    returns how many."""
    from sqlalchemy import delete, select

    from ..base.chunks import chunks
    from ..store.schema import agreement_cards, agreements
    from .spans import stored

    conn.execute(delete(agreement_cards))
    ids = list(conn.execute(select(agreements.c.id).order_by(agreements.c.id)).scalars())
    for batch in chunks(ids, 2000):
        rows = [
            {"agreement_id": b["id"], **row}
            for b in stored(conn, "agreement", batch)
            for row in card_rows(b)
        ]
        for part in chunks(rows):
            conn.execute(agreement_cards.insert(), part)
    return len(ids)
