"""What is new or changed in the knowledge base since a reported date.

Reported time only: a record changed since D when a source published on or after D (at the
precision both dates share) contributes to it. It is *new* when no earlier source reports it.
The details say what the newer sources added: lifecycle steps, conflicting values, stances
(and the status they moved the claim to), figures.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, select

from ..base import dates
from ..kinds import KINDS, FactKind
from ..resolve.claims import status as claim_status
from ..store.schema import agreement_events
from . import validate
from .records import AgreementRecord, Change, ClaimRecord, MeasureSeries, Records


def _after(reported: str | None, since: str) -> bool:
    last, first = dates.last_day(reported), dates.first_day(since)
    return last is not None and first is not None and last >= first


def _touched(
    conn: Connection, table: Table, fk: str, since: str
) -> dict[str, list[tuple[str, str]]]:
    """record id -> [(doc_id, reported)] of all its sources, for records with a source
    reported since ``since``. The SQL bound is the year (a lexical prefix, valid for partial
    dates); the exact test runs here."""
    query = select(table.c[fk]).where(table.c.reported >= since[:4]).distinct()
    ids = sorted(conn.execute(query).scalars())
    out: dict[str, list[tuple[str, str]]] = {}
    if not ids:
        return out
    rows = conn.execute(
        select(table.c[fk], table.c.doc_id, table.c.reported).where(table.c[fk].in_(ids))
    )
    for record_id, doc_id, reported in rows:
        out.setdefault(record_id, []).append((doc_id, reported))
    return {k: v for k, v in out.items() if any(_after(r, since) for _, r in v)}


def _new_docs(sources: list[tuple[str, str]], since: str) -> tuple[list[str], bool]:
    new = sorted({d for d, r in sources if _after(r, since)})
    old = {d for d, r in sources if not _after(r, since)}
    return new, not old


def changes(conn: Connection, since: str) -> Records:
    """Records new or changed since ``since`` (YYYY[-MM[-DD]]), kind by kind in registry
    order (agreements, claims, measures), each in id order."""
    validate.date(since, "since date")
    out: list[Change] = []
    for k in KINDS:
        out.extend(_kind_changes(conn, k, since))
    return Records(out)


def _kind_changes(conn: Connection, k: FactKind, since: str) -> list[Change]:
    """The changes of one kind: its ``changes`` hook summarises each touched record."""
    touched = _touched(conn, k.table("sources"), k.fk, since)
    out = []
    for record in k.hook("record_loader")(conn, sorted(touched)):
        new_docs, is_new = _new_docs(touched[record.id], since)
        summary, details = k.hook("changes")(conn, record, new_docs, is_new, since)
        out.append(
            Change(
                record_id=record.id,
                type=k.name,
                change="new" if is_new else "updated",
                summary=summary,
                first_reported=record.first_reported,
                last_reported=record.last_reported,
                new_sources=new_docs,
                details=[f"{len(new_docs)} new source(s)", *details],
            )
        )
    return out


Summary = tuple[str, list[str]]


def agreement_changes(
    conn: Connection, a: AgreementRecord, new_docs: list[str], is_new: bool, since: str
) -> Summary:
    """An agreement's one-line summary, and the lifecycle steps and conflicting values that
    only the newer sources report."""
    details: list[str] = []
    if not is_new:
        details.extend(_new_steps(conn, a.id, new_docs))
        details.extend(_new_conflicts(a, new_docs))
    title = a.name or a.kind
    return f"{'-'.join(a.parties)} {title} (signed {a.signed or 'undated'})", details


def _new_steps(conn: Connection, record_id: str, new_docs: list[str]) -> list[str]:
    """Lifecycle steps only newer sources report (a coarser date of a known step is not new)."""
    rows = conn.execute(
        select(agreement_events.c.kind, agreement_events.c.date, agreement_events.c.doc_id).where(
            agreement_events.c.agreement_id == record_id
        )
    ).all()
    new = set(new_docs)
    old = [(k, d) for k, d, doc in rows if doc not in new]
    added = {
        (k, d)
        for k, d, doc in rows
        if doc in new and not any(k == ok and dates.compatible(d, od) for ok, od in old)
    }
    return [
        f"{k} {d or '(undated)'}" for k, d in sorted(added, key=lambda kd: dates.sort_key(kd[1]))
    ]


def _new_conflicts(record: AgreementRecord, new_docs: list[str]) -> list[str]:
    """Conflicting values that only newer sources state."""
    new = set(new_docs)
    return [
        f"{attribute} conflict: {entry['value']} (record shows {getattr(record, attribute)})"
        for attribute, entries in record.conflicts.items()
        for entry in entries
        if set(entry["doc_ids"]) <= new
    ]


def claim_changes(
    conn: Connection, c: ClaimRecord, new_docs: list[str], is_new: bool, since: str
) -> Summary:
    """A claim's summary, the stances taken since ``since`` and the status they moved it
    from."""
    details: list[str] = []
    by_stance: dict[str, list[str]] = {}
    for e in c.ledger:
        if _after(e["reported"], since) and e["actor"]:
            by_stance.setdefault(e["stance"], [])
            if e["actor"] not in by_stance[e["stance"]]:
                by_stance[e["stance"]].append(e["actor"])
    details.extend(f"{stance}: {', '.join(actors)}" for stance, actors in by_stance.items())
    if not is_new:
        before, _ = claim_status(
            [e for e in c.ledger if not _after(e["reported"], since)], tuple(c.subject)
        )
        if before != c.status:
            details.append(f"status {before} -> {c.status}")
    flow = "+".join(c.subject) + (f" -> {'+'.join(c.beneficiary)}" if c.beneficiary else "")
    return f"{flow} {c.action} ({c.status})", details


def measure_changes(
    conn: Connection, m: MeasureSeries, new_docs: list[str], is_new: bool, since: str
) -> Summary:
    """A measure series' summary and the figures reported since ``since``."""
    details = [
        f"{p['period'] or 'undated'}: {p['value']:,.6g} {m.unit}"
        for p in m.points
        if _after(p["reported"], since)
    ]
    return f"{m.metric} {'-'.join(m.actors)}", details
