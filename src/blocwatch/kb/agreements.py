"""Agreement queries: which agreements bind whom, as of when, with what provisions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, and_, or_, select

from ..base import dates
from ..base.chunks import chunks
from ..model import LIFECYCLE_RANK
from ..resolve.reports import Source
from ..resolve.support import choose_date
from ..store.schema import (
    agreement_events,
    agreement_parties,
    agreement_provisions,
    agreement_sources,
    agreement_values,
    agreements,
)
from . import validate
from .records import AgreementRecord

_CONFLICT_FLAGS = {
    "signed": "signed_conflict",
    "place": "place_conflict",
    "defense": "defense_conflict",
}
_FIELDS = [c.name for c in agreements.c if c.name not in ("block", "start_day", "end_day")]


def find_agreements(
    conn: Connection,
    *,
    party: Iterable[str] | str | None = None,
    as_of: str | None = None,
    provision: str | None = None,
    defense: bool | None = None,
    kind: str | None = None,
    full: bool = True,
) -> list[AgreementRecord]:
    """Agreements with every actor of ``party`` among their parties, in force on ``as_of``,
    with ``provision``, whose defence clause is ``defense`` (True, False; None: any), of
    ``kind``; ordered by start date.

    "In force on D" means: it started (signed, else its first lifecycle date, else -- for an
    undated agreement -- its first dated report; an agreement known on neither clock is in
    force on no date) on or before D, and had not ended (withdrawn,
    suspended, superseded) before D. Partial dates compare at the precision they share, so
    ``as_of="2023"`` asks "at some point in 2023" and a treaty signed "2024-06" counts as
    in force on 2024-06-10. Without ``full``, the records come without their conflicts,
    lifecycle events and succession links (see :func:`load_agreements`).
    """
    parties = validate.actors(party)
    query = select(agreements.c.id)
    for code in parties:
        query = query.where(
            agreements.c.id.in_(
                select(agreement_parties.c.agreement_id).where(agreement_parties.c.actor == code)
            )
        )
    if as_of is not None:
        validate.date(as_of, "as-of date")
        query = query.where(
            agreements.c.start_day <= dates.last_day(as_of),
            or_(agreements.c.end_day.is_(None), agreements.c.end_day >= dates.first_day(as_of)),
        )
    if provision is not None:
        validate.provision(provision)
        query = query.where(
            agreements.c.id.in_(
                select(agreement_provisions.c.agreement_id).where(
                    agreement_provisions.c.provision == provision
                )
            )
        )
    if defense is not None:
        query = query.where(agreements.c.defense == bool(defense))
    if kind is not None:
        query = query.where(agreements.c.kind == kind)
    query = query.order_by(agreements.c.start_day, agreements.c.id)
    return load_agreements(conn, list(conn.execute(query).scalars()), full=full)


def load_agreements(
    conn: Connection, ids: list[str], *, full: bool = True
) -> list[AgreementRecord]:
    """The records ``ids`` (in that order; unknown ids are left out), with their conflicts
    and lifecycle events; without ``full``, the record rows alone (conflicts, events and
    succession empty: what an analysis reading parties, provisions and dates needs)."""
    rows: dict[str, dict] = {}
    for batch in chunks(ids):
        for r in conn.execute(select(agreements).where(agreements.c.id.in_(batch))).mappings():
            rows[r["id"]] = dict(r)
    if not rows:
        return []
    if not full:
        return [AgreementRecord(**{k: rows[i][k] for k in _FIELDS}) for i in ids if i in rows]
    origins = _origins(conn, list(rows))
    conflicts = _conflicts(conn, rows, origins)
    events = _events(conn, list(rows), origins, rows)
    succession = _succession(conn, list(rows))
    return [
        AgreementRecord(
            **{k: rows[i][k] for k in _FIELDS},
            conflicts=conflicts.get(i, {}),
            events=events.get(i, []),
            replaces=succession.get((i, "replaces"), []),
            replaced_by=succession.get((i, "replaced_by"), []),
        )
        for i in ids
        if i in rows
    ]


def _succession(conn: Connection, ids: list[str]) -> dict[tuple[str, str], list[str]]:
    """(record id, "replaces" | "replaced_by") -> the linked record ids, sorted."""
    out: dict[tuple[str, str], set[str]] = {}
    for batch in chunks(ids):
        query = select(
            agreement_values.c.agreement_id, agreement_values.c.attribute, agreement_values.c.value
        ).where(
            agreement_values.c.agreement_id.in_(batch),
            agreement_values.c.attribute.in_(["replaces", "replaced_by"]),
        )
        for record_id, attribute, value in conn.execute(query):
            out.setdefault((record_id, attribute), set()).add(value)
    return {k: sorted(v) for k, v in out.items()}


def _has_conflict(row: dict) -> bool:
    return any(row[flag] for flag in _CONFLICT_FLAGS.values())


def _origins(conn: Connection, ids: list[str]) -> dict[tuple[str, int], Source]:
    out = {}
    for batch in chunks(ids):
        for r in conn.execute(
            select(agreement_sources).where(agreement_sources.c.agreement_id.in_(batch))
        ).mappings():
            out[(r["agreement_id"], r["report_id"])] = Source(
                r["doc_id"], r["origin_doc"], r["reported"]
            )
    return out


def _conflicts(conn: Connection, rows: dict[str, dict], origins) -> dict[str, dict]:
    """attribute -> [{value, doc_ids, n_independent_sources}] for each conflicting attribute
    of the records ``rows``; the value the record shows comes first."""
    ids = [i for i, r in rows.items() if _has_conflict(r)]
    grouped: dict[tuple[str, str], dict[str, list[Source]]] = {}
    for batch in chunks(ids):
        query = select(agreement_values).where(
            and_(
                agreement_values.c.agreement_id.in_(batch),
                agreement_values.c.attribute.in_(list(_CONFLICT_FLAGS)),
            )
        )
        for r in conn.execute(query).mappings():
            source = origins[(r["agreement_id"], r["report_id"])]
            grouped.setdefault((r["agreement_id"], r["attribute"]), {}).setdefault(
                r["value"], []
            ).append(source)
    out: dict[str, dict[str, list[dict]]] = {}
    for (record_id, attribute), by_value in grouped.items():
        if not rows[record_id][_CONFLICT_FLAGS[attribute]]:
            continue
        if attribute == "signed":
            # A coarser date (2024-06) agrees with both 2024-06-19 and 2024-06-20: only the
            # dates that contradict each other are listed, each with the sources stating it.
            keep = set(dates.maximal(list(by_value)))
            by_value = {v: s for v, s in by_value.items() if v in keep}
        shown = rows[record_id][attribute]
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
        out.setdefault(record_id, {})[attribute] = entries
    return out


def _typed(attribute: str, value: str):
    if attribute == "defense":
        return value == "true"
    return value


def _events(conn: Connection, ids: list[str], origins, rows) -> dict[str, list[dict]]:
    """Per record: each lifecycle step once, at its best-supported date, with how many
    documents report it and whether they disagree on the date."""
    stated: dict[str, dict[str, list]] = {}
    for batch in chunks(ids):
        query = select(agreement_events).where(agreement_events.c.agreement_id.in_(batch))
        for r in conn.execute(query.order_by(agreement_events.c.seq)).mappings():
            source = origins[(r["agreement_id"], r["report_id"])]
            stated.setdefault(r["agreement_id"], {}).setdefault(r["kind"], []).append(
                (r["date"], source)
            )
    out: dict[str, list[dict]] = {}
    for record_id, by_kind in stated.items():
        events = []
        for kind, values in by_kind.items():
            choice = choose_date(values)
            date = choice.value
            if kind in ("signed", "accession") and rows[record_id]["signed"]:
                date = rows[record_id]["signed"]
            events.append(
                {
                    "kind": kind,
                    "date": date,
                    "conflict": choice.conflict,
                    "n_sources": len({s.doc_id for _, s in values}),
                    "doc_ids": sorted({s.doc_id for _, s in values}),
                }
            )
        events.sort(key=event_order)
        out[record_id] = events
    return out


def event_order(event: dict) -> tuple:
    """Dated steps by date (same date: lifecycle order), undated steps last."""
    date = event.get("date")
    return (date is None, dates.sort_key(date), LIFECYCLE_RANK.get(event.get("kind"), 0))
