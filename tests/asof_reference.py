"""The as-of answers as blocwatch computed them before the as-of index (``edge_spans``):
every record in force rebuilt in Python. Kept as the reference the index's answers must
equal field by field (tests/test_asof_index.py); not part of the package."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import Connection, and_, select

from blocwatch.analyse import weights
from blocwatch.analyse.common import actor_info, as_of_date, connection, state
from blocwatch.analyse.membership import collective_defence_on
from blocwatch.analyse.obligations import (
    CONSULTATION,
    DEFENCE,
    Bond,
    Chain,
    Obligations,
    Partner,
    _accessions,
    _as_defenders,
    _attach_partner_sources,
    _attach_sources,
    _organisations_of,
    bonds_of,
    treaty_bonds,
)
from blocwatch.base import dates
from blocwatch.base.chunks import chunks
from blocwatch.kb.agreements import find_agreements
from blocwatch.kb.records import AgreementRecord
from blocwatch.model import LIFECYCLE_RANK
from blocwatch.resolve.reports import Source
from blocwatch.resolve.support import choose_date
from blocwatch.store.schema import (
    agreement_events,
    agreement_sources,
    agreement_values,
    agreements,
)


class _ReferenceBonds:
    """The defence bonds of every agreement in force on a date, indexed by whom they
    protect, and the agreements that involve given actors."""

    def __init__(self, conn: Connection, as_of: str):
        self.conn = conn
        self.as_of = as_of
        found = {a.id: a for a in find_agreements(conn, as_of=as_of, defense=True)}
        for a in find_agreements(conn, as_of=as_of, provision="mutual_defense"):
            if weights.has_defence(a):
                found.setdefault(a.id, a)
        self.defence = [found[i] for i in sorted(found)]
        accession_like = find_agreements(conn, as_of=as_of, kind="accession")
        self.accessions = _accessions(accession_like)
        self.agreements = {a.id: a for a in [*self.defence, *accession_like]}
        self.protecting: dict[str, list[Bond]] = {}
        for a in self.defence:
            for bond in bonds_of(a, DEFENCE, as_of, self.accessions):
                self.protecting.setdefault(bond.protects, []).append(bond)
        for treaty in collective_defence_on(as_of):
            for bond in treaty_bonds(treaty, as_of):
                self.protecting.setdefault(bond.protects, []).append(bond)

    def defenders(self, code: str) -> dict[str, list[Bond]]:
        """Actor -> its defence bonds to ``code``, sorted by actor."""
        out: dict[str, list[Bond]] = {}
        for bond in self.protecting.get(code, []):
            out.setdefault(bond.bound, []).append(bond)
        return {k: sorted(v, key=Bond.sort_key) for k, v in sorted(out.items())}

    def involving(self, code: str) -> list[AgreementRecord]:
        """Agreements in force with ``code`` as a party or as a member (on the date) of an
        organisation that is a party."""
        found = {a.id: a for a in find_agreements(self.conn, party=[code], as_of=self.as_of)}
        for org in _organisations_of(code, self.as_of, self.accessions):
            for a in find_agreements(self.conn, party=[org], as_of=self.as_of):
                found.setdefault(a.id, a)
        self.agreements.update(found)
        return [found[i] for i in sorted(found)]


def reference_obligations(source: Any, target: str, as_of: str | None = None) -> Obligations:
    """If ``target`` (a state) is attacked on ``as_of`` (default today), who is bound to
    come to its aid: defenders, consultation-only partners, second-order chains and the
    partners bound to neither, each with its agreements and sources. Raises BlocwatchError
    for an unknown code, an organisation, or a bad date."""
    target = state(target, "target")
    as_of = as_of_date(as_of)
    with connection(source) as conn:
        index = _ReferenceBonds(conn, as_of)
        direct = index.defenders(target)
        chains: list[Chain] = []
        for via, to_target in direct.items():
            for actor, to_via in index.defenders(via).items():
                if actor == target or actor in direct:
                    continue
                for first, then in itertools.product(to_via, to_target):
                    chains.append(Chain(actor, actor_info(actor).name, via, [first, then]))
        chains.sort(key=lambda c: (c.actor, c.via, *(s.sort_key() for s in c.steps)))
        consulting: dict[str, list[Bond]] = {}
        partners: list[Partner] = []
        for a in index.involving(target):
            if weights.has_defence(a):
                continue
            if "consultation" in a.provisions:
                for bond in bonds_of(a, CONSULTATION, as_of, index.accessions):
                    if bond.protects == target and bond.bound not in direct:
                        consulting.setdefault(bond.bound, []).append(bond)
            elif target in a.parties:
                partners.extend(
                    Partner(
                        actor=p,
                        name=actor_info(p).name,
                        agreement_id=a.id,
                        agreement=a.name or a.kind,
                        defense=a.defense,
                        tier=weights.tier(a),
                    )
                    for p in sorted(set(a.parties) - {target})
                )
        # "Bound to neither" means it: a state bound (or bound to consult) under one
        # agreement is no unbound partner under another on the same date (a treaty signed
        # but not yet in force beside the one it is to replace).
        partners = [p for p in partners if p.actor not in direct and p.actor not in consulting]
        bonds = [b for bs in direct.values() for b in bs]
        bonds += [b for c in chains for b in c.steps]
        bonds += [b for bs in consulting.values() for b in bs]
        _attach_sources(conn, bonds, index.agreements)
        _attach_partner_sources(conn, partners, index.agreements)
    partners.sort(key=lambda p: (p.actor, p.agreement_id))
    record_ids = {i for b in bonds for i in b.record_ids} | {p.agreement_id for p in partners}
    return Obligations(
        target=target,
        name=actor_info(target).name,
        as_of=as_of,
        defenders=_as_defenders(direct),
        consultation=_as_defenders(consulting),
        second_order=chains,
        partners=partners,
        organisations=sorted({b.via for bs in direct.values() for b in bs if b.via}),
        record_ids=sorted(record_ids),
    )


# --- agreements read with their conflicts and events decided on each read -----------------

_CONFLICT_FLAGS = {
    "signed": "signed_conflict",
    "place": "place_conflict",
    "defense": "defense_conflict",
}
_FIELDS = [c.name for c in agreements.c if c.name not in ("block", "start_day", "end_day")]


def reference_load_agreements(
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


def _typed(attribute: str, value: str | bool):
    # defence flags are JSON booleans since migration 0007 (text "true"/"false" before)
    if attribute == "defense" and isinstance(value, str):
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
