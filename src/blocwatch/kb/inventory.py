"""What the knowledge base holds, in summary: the actors it names (with counts per kind),
which records a document's facts went into, and how many records of each kind it holds
over which span of dates."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Label, func, literal, select, union_all

from ..base import dates
from ..base.lexicon import actor_info
from ..kinds import KINDS
from ..store.schema import agreements, claims, documents


def actors_in_kb(conn: Connection) -> list[dict[str, Any]]:
    """Every actor some record names, with name, kind and region from the lexicon and how
    many agreements, claims and measure series name it; sorted by code."""
    parts = union_all(
        *(
            select(
                k.table("parties").c.actor,
                func.count(func.distinct(k.table("parties").c[k.fk])).label("n"),
                _label(k.plural),
            ).group_by(k.table("parties").c.actor)
            for k in KINDS
        )
    ).subquery()
    counts: dict[str, dict[str, int]] = {}
    for code, n, kind in conn.execute(select(parts.c.actor, parts.c.n, parts.c.what)):
        if code:
            counts.setdefault(code, {k.plural: 0 for k in KINDS})[kind] = n
    return [{**actor_info(code).to_dict(), **counts[code]} for code in sorted(counts)]


def matching_actors(
    actors: list[dict[str, Any]], q: str | None = None, region: str | None = None
) -> list[dict[str, Any]]:
    """The ``actors`` (as :func:`actors_in_kb` gives them) whose code or name contains ``q``
    or that a name of the lexicon containing ``q`` stands for (an alias such as "Kremlin",
    a capital, a demonym, an official's name): each with ``aliases``, the names that matched
    other than its own. ``region`` keeps one region. Case does not matter."""
    from ..base.lexicon import load_lexicon

    found = actors
    if region and region.strip():
        wanted = region.strip().casefold()
        found = [a for a in found if (a["region"] or "").casefold() == wanted]
    needle = (q or "").strip().casefold()
    if not needle:
        return found
    by_alias: dict[str, list[str]] = {}
    lex = load_lexicon()
    names = [(alias, code) for alias, (code, _kind) in lex.aliases.items()]
    names += [(n, t.code) for n, terms in lex.officials.items() for t in terms]
    for name, code in names:
        if needle in name.casefold() and name not in by_alias.get(code, []):
            by_alias.setdefault(code, []).append(name)
    out = []
    for a in found:
        aliases = sorted(by_alias.get(a["code"], []))
        if aliases or needle in a["code"].casefold() or needle in a["name"].casefold():
            out.append({**a, "aliases": aliases})
    return out


def _label(kind: str) -> Label[str]:
    return literal(kind).label("what")


def records_of_document(conn: Connection, doc_id: str) -> dict[tuple[str, int], str]:
    """(fact type, report id) -> the id of the record that report was merged into, for
    every fact of document ``doc_id``."""
    out: dict[tuple[str, int], str] = {}
    for k in KINDS:
        fact_type, table, fk = k.name, k.table("sources"), k.fk
        query = select(table.c.report_id, table.c[fk]).where(table.c.doc_id == doc_id)
        for report_id, record_id in conn.execute(query):
            out[(fact_type, report_id)] = record_id
    return out


def overview(conn: Connection) -> dict[str, Any]:
    """How many records of each type the knowledge base holds, and the span of its dates:
    ``first_day`` (the earliest start of an agreement, or first report of a claim) and
    ``last_day`` (the latest of those and of any report), ISO days or None when empty."""
    tables = {"documents": documents, **{k.plural: k.hook("record_table") for k in KINDS}}
    counts = {
        name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in tables.items()
    }
    starts = [
        conn.execute(
            select(func.min(agreements.c.start_day)).where(
                agreements.c.start_day < dates.UNKNOWN_START
            )
        ).scalar_one(),
        conn.execute(select(func.min(claims.c.first_reported))).scalar_one(),
    ]
    ends = [
        conn.execute(
            select(func.max(agreements.c.start_day)).where(
                agreements.c.start_day < dates.UNKNOWN_START
            )
        ).scalar_one(),
        conn.execute(select(func.max(agreements.c.last_reported))).scalar_one(),
        conn.execute(select(func.max(claims.c.last_reported))).scalar_one(),
    ]
    return {
        **counts,
        "first_day": min((d for d in starts if d), default=None),
        "last_day": max((d for d in ends if d), default=None),
    }
