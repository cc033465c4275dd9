"""Agreement queries: which agreements bind whom, as of when, with what provisions."""

from __future__ import annotations

import dataclasses
import json
import operator
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    FromClause,
    Text,
    any_,
    cast,
    func,
    intersect,
    or_,
    select,
)

from ..base import dates
from ..base.collection import gc_paused
from ..store.driver import among, booleans, driver_rows
from ..store.schema import agreement_cards, agreement_parties, agreement_provisions, agreements
from . import validate
from .records import AgreementRecord

_FIELDS = [c.name for c in agreements.c if c.name not in ("block", "start_day", "end_day")]


def find_agreements(
    conn: Connection,
    *,
    party: Iterable[str] | str | None = None,
    as_of: str | None = None,
    provision: str | None = None,
    defense: bool | None = None,
    kind: str | None = None,
    min_confidence: float | None = None,
    full: bool = True,
) -> list[AgreementRecord]:
    """Agreements with every actor of ``party`` among their parties, in force on ``as_of``,
    with ``provision``, whose defence clause is ``defense`` (True, False; None: any), of
    ``kind``, whose confidence is at least ``min_confidence``; ordered by start date.

    "In force on D" means: it started (signed, else its first lifecycle date, else -- for an
    undated agreement -- its first dated report; an agreement known on neither clock is in
    force on no date) on or before D, and had not ended (withdrawn,
    suspended, superseded) before D. Partial dates compare at the precision they share, so
    ``as_of="2023"`` asks "at some point in 2023" and a treaty signed "2024-06" counts as
    in force on 2024-06-10. Without ``full``, the records come without their conflicts,
    lifecycle events and succession links (see :func:`load_agreements`).
    """
    parties = validate.actors(party)
    postgres = conn.dialect.name == "postgresql"
    where = among_parties(parties, postgres)
    if as_of is not None:
        validate.date(as_of, "as-of date")
        where += [
            agreements.c.start_day <= dates.last_day(as_of),
            or_(agreements.c.end_day.is_(None), agreements.c.end_day >= dates.first_day(as_of)),
        ]
    if provision is not None:
        validate.provision(provision)
        where.append(
            agreements.c.id.in_(
                select(agreement_provisions.c.agreement_id).where(
                    agreement_provisions.c.provision == provision
                )
            )
        )
    if defense is not None:
        where.append(agreements.c.defense == bool(defense))
    if min_confidence is not None:
        where.append(agreements.c.confidence >= validate.min_confidence(min_confidence))
    if kind is not None:
        where.append(agreements.c.kind == kind)
    # One query for the selection and the records (with their cards).
    query = select(*_columns(full)).select_from(_source(full)).where(*where)
    with gc_paused():
        if not postgres:
            query = query.order_by(agreements.c.start_day, agreements.c.id)
            return _records(conn, list(driver_rows(conn, query)), full)
        # PostgreSQL sorts the whole wide rows (on disk past work_mem, for a great power's
        # 27,000): sorted here by the same keys (the store's C collation orders strings as
        # Python does), the start day read as one more column and dropped.
        # (The key made in C; the records are built from the rows as they are, the start
        # day left unread after the record's columns.)
        rows = list(driver_rows(conn, query.add_columns(agreements.c.start_day)))
        rows.sort(key=_BY_START)
        return _records(conn, rows, full)


# A row's start day (its last column) and id (its first).
_BY_START = operator.itemgetter(-1, 0)


def among_parties(parties: list[str], postgres: bool) -> list[ColumnElement[bool]]:
    """The conditions: agreements with every actor of ``parties`` among their parties. On
    PostgreSQL, one: ``id = ANY(ARRAY(...))`` of the ids the parties share (intersected
    there): the planner, which cannot guess the array's size, starts from the parties'
    index and fetches each agreement by its key (1,300 for a small state, a few
    milliseconds), where ``IN`` led it to scan and hash every agreement in force (120,000;
    tens of milliseconds)."""
    ids = [
        select(agreement_parties.c.agreement_id).where(agreement_parties.c.actor == code)
        for code in parties
    ]
    if not postgres:
        return [agreements.c.id.in_(own) for own in ids]
    if not ids:
        return []
    shared = ids[0] if len(ids) == 1 else intersect(*ids)
    return [agreements.c.id == any_(func.array(shared.scalar_subquery()))]


# JSON columns are read as text and parsed in one go for all the rows (see _records); the
# cards stay text until a record's card field is read.
_JSON_FIELDS = ("parties", "provisions")


def _columns(full: bool) -> list[Any]:
    columns = [
        cast(c, Text).label(c.name) if c.name in _JSON_FIELDS else c
        for c in agreements.c
        if c.name in _FIELDS
    ]
    return [*columns, agreement_cards.c.card] if full else columns


def _source(full: bool) -> FromClause:
    if not full:
        return agreements
    return agreements.outerjoin(agreement_cards, agreement_cards.c.agreement_id == agreements.c.id)


# The record's boolean columns: integers from SQLite's driver, made booleans again.
_BOOLEAN = [c.name for c in agreements.c if isinstance(c.type, Boolean) and c.name in _FIELDS]


def _records(conn: Connection, rows: list[tuple[Any, ...]], full: bool) -> list[AgreementRecord]:
    """Records from the driver's rows of :func:`_columns` (thousands for a great power:
    SQLAlchemy's row objects, then building each record from a dict of its fields, cost
    more than the rest; the record's own fields are taken in its order, by position; a
    row may hold more columns after them).

    The rows' parties and provisions are parsed in one go; each record's attributes are set
    from a dict of its fields, without a call of ``__init__`` (25 arguments: a third of the
    build). Its card stays JSON text until a field of it is read (see
    :class:`~.records.AgreementRecord`: parsing the cards was most of the parse, and most
    readers of a party's thousands of agreements never look at them)."""
    names = [c.name for c in _columns(full)]
    at = {name: i for i, name in enumerate(names)}
    parties, provisions = at["parties"], at["provisions"]
    card = at.get("card")
    parsed = json.loads("[" + ",".join([f"{r[parties]},{r[provisions]}" for r in rows]) + "]")
    own = operator.itemgetter(*(at[name] for name in _RECORD_FIELDS))
    convert = _BOOLEAN if booleans(conn) else []
    new = object.__new__
    out = []
    for i, r in enumerate(rows):
        fields = dict(zip(_RECORD_FIELDS, own(r), strict=True))
        for name in convert:
            if fields[name] is not None:
                fields[name] = bool(fields[name])
        fields["parties"], fields["provisions"] = parsed[2 * i], parsed[2 * i + 1]
        fields["type"] = "agreement"
        # (An agreement without a card row, which the resolver always writes, or a record
        # read without them, gets the defaults when they are read.)
        fields["_card"] = (r[card] or "{}") if card is not None else "{}"
        record = new(AgreementRecord)
        record.__dict__ = fields
        out.append(record)
    return out


# The record's fields read from its row, in the record's order (the card gives the rest).
_RECORD_FIELDS = [f.name for f in dataclasses.fields(AgreementRecord)][: len(_FIELDS)]
assert sorted(_RECORD_FIELDS) == sorted(_FIELDS), "AgreementRecord's leading fields are the row's"


def load_agreements(
    conn: Connection, ids: list[str], *, full: bool = True
) -> list[AgreementRecord]:
    """The records ``ids`` (in that order; unknown ids are left out), with their conflicts
    and lifecycle events (decided at resolve time, :mod:`blocwatch.resolve.cards`);
    without ``full``, the record rows alone (conflicts, events and succession empty: what
    an analysis reading parties, provisions and dates needs)."""
    query = select(*_columns(full)).select_from(_source(full))
    rows = {}
    key = [c.name for c in _columns(full)].index("id")
    for where in among(conn, agreements.c.id, ids):
        for r in driver_rows(conn, query.where(where)):
            rows[r[key]] = r
    return _records(conn, [rows[i] for i in ids if i in rows], full)
