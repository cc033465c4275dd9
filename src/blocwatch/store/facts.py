"""Writing and reading the facts each document reports, with their evidence."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select, update

from ..kinds import KINDS
from ..model import Extraction
from .schema import documents, evidence


def _report_tables() -> dict[str, Any]:
    """fact type -> its table of per-document reports, from the kind registry."""
    return {k.name: k.hook("report_table") for k in KINDS}


def _plural(fact_type: str) -> str:
    return next(k.plural for k in KINDS if k.name == fact_type)


def replace_facts(conn: Connection, extraction: Extraction, extractor: str) -> None:
    """Replace every fact stored for ``extraction.doc_id`` by those of ``extraction``, in the
    caller's transaction, and mark the document as read by ``extractor``."""
    doc_id = extraction.doc_id
    conn.execute(delete(evidence).where(evidence.c.doc_id == doc_id))
    tables = _report_tables()
    for table in tables.values():
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
    for kind in KINDS:
        for fact in extraction.facts(kind.plural):
            row = asdict(fact)
            ev = row.pop("evidence")
            # A stance's span is stored once, as an evidence row with the stance as its role;
            # the stances column keeps only whether there is one.
            for stance in row.get("stances", ()):
                stance["evidence"] = stance["evidence"] is not None
            # A lifecycle step's spans likewise: the events column keeps kind and date, and a
            # span that is not already the fact's own is an evidence row with the step as role.
            steps = [(e["kind"], e.pop("evidence", [])) for e in row.get("events", ())]
            fact_id = _insert(conn, tables[kind.name], doc_id, row)
            _insert_evidence(conn, kind.name, fact_id, doc_id, "fact", ev)
            _insert_step_spans(conn, kind.name, fact_id, doc_id, ev, steps)
            # Stance spans (who denied, who acknowledged) are evidence rows with their role.
            for s in getattr(fact, "stances", ()):
                if s.evidence is not None:
                    _insert_evidence(
                        conn, kind.name, fact_id, doc_id, s.stance, [asdict(s.evidence)]
                    )
    values: dict[str, Any] = {"extractor": extractor}
    if extraction.lang:
        values["lang"] = extraction.lang
    conn.execute(update(documents).where(documents.c.id == doc_id).values(**values))


def _insert(conn: Connection, table, doc_id: str, row: dict[str, Any]) -> int:
    columns = {c.name for c in table.columns}
    values = {k: v for k, v in row.items() if k in columns}
    values["doc_id"] = doc_id
    return conn.execute(table.insert().values(**values)).inserted_primary_key[0]


def _insert_step_spans(conn, fact_type: str, fact_id: int, doc_id: str, own, steps) -> None:
    seen = {(e["start"], e["end"]) for e in own}
    for step, spans in steps:
        new = [e for e in spans if (e["start"], e["end"]) not in seen]
        seen.update((e["start"], e["end"]) for e in new)
        _insert_evidence(conn, fact_type, fact_id, doc_id, step, new)


def _insert_evidence(conn, fact_type: str, fact_id: int, doc_id: str, role: str, spans) -> None:
    rows = [
        {
            "fact_type": fact_type,
            "fact_id": fact_id,
            "doc_id": doc_id,
            "role": role,
            "start": s["start"],
            "end": s["end"],
            "sentence": s["sentence"],
        }
        for s in spans
    ]
    if rows:
        conn.execute(evidence.insert(), rows)


def facts_for_document(engine: Engine, doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """The stored facts of one document by type, each with its ``evidence`` spans."""
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        spans: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for row in conn.execute(
            select(evidence).where(evidence.c.doc_id == doc_id).order_by(evidence.c.id)
        ).mappings():
            spans.setdefault((row["fact_type"], row["fact_id"]), []).append(
                {k: row[k] for k in ("role", "start", "end", "sentence")}
            )
        for fact_type, table in _report_tables().items():
            rows = conn.execute(
                select(table).where(table.c.doc_id == doc_id).order_by(table.c.id)
            ).mappings()
            out[_plural(fact_type)] = [
                _with_stance_spans({**dict(r), "evidence": spans.get((fact_type, r["id"]), [])})
                for r in rows
            ]
    return out


def _with_stance_spans(fact: dict[str, Any]) -> dict[str, Any]:
    """``fact`` with each stance's span put back from its evidence rows (role: the stance),
    in the order they were stored. Stances stored before spans were kept once carry their
    span themselves."""
    if not fact.get("stances"):
        return fact
    rows = [e for e in fact["evidence"] if e["role"] != "fact"]
    stances = []
    for stance in fact["stances"]:
        span = stance.get("evidence")
        if span is True:
            found = next((e for e in rows if e["role"] == stance["stance"]), None)
            if found is not None:
                rows.remove(found)
            span = {k: found[k] for k in ("start", "end", "sentence")} if found else None
        stances.append({**stance, "evidence": span or None})
    return {**fact, "stances": stances}


def fact_counts(engine: Engine) -> dict[str, int]:
    """How many facts of each type the store holds."""
    with engine.connect() as conn:
        return {
            _plural(name): conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in _report_tables().items()
        }


def reports_by_document(conn: Connection, fact_type: str, *columns: str) -> dict[str, list]:
    """doc id -> (report id, *columns) of each stored report of ``fact_type``, in id order."""
    table = _report_tables()[fact_type]
    query = select(table.c.id, table.c.doc_id, *(table.c[c] for c in columns)).order_by(table.c.id)
    out: dict[str, list] = {}
    for rid, doc_id, *values in conn.execute(query):
        out.setdefault(doc_id, []).append((rid, *values))
    return out


def record_of_reports(conn: Connection, fact_type: str) -> dict[int, str]:
    """report id -> the id of the record resolution merged it into, for ``fact_type``."""
    k = next(k for k in KINDS if k.name == fact_type)
    sources = k.table("sources")
    return dict(conn.execute(select(sources.c.report_id, sources.c[k.fk])).all())


def record_values(conn: Connection, fact_type: str, column: str) -> dict[str, Any]:
    """record id -> its ``column`` (e.g. an agreement's ``defense``), for every record."""
    table = next(k for k in KINDS if k.name == fact_type).hook("record_table")
    return dict(conn.execute(select(table.c.id, table.c[column])).all())
