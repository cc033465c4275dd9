"""Agreement queries: which agreements bind whom, as of when, with what provisions."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Connection, or_, select

from ..base import dates
from ..base.chunks import chunks
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
    and lifecycle events (decided at resolve time, :mod:`blocwatch.resolve.cards`);
    without ``full``, the record rows alone (conflicts, events and succession empty: what
    an analysis reading parties, provisions and dates needs)."""
    rows: dict[str, dict] = {}
    cards: dict[str, str] = {}
    query = select(agreements, agreement_cards.c.card).outerjoin(
        agreement_cards, agreement_cards.c.agreement_id == agreements.c.id
    )
    if not full:
        query = select(agreements)
    for batch in chunks(ids):
        for r in conn.execute(query.where(agreements.c.id.in_(batch))):
            row = r._asdict()
            cards[row["id"]] = row.pop("card", None) or "{}"
            rows[row["id"]] = row
    if not full:
        return [AgreementRecord(**{k: rows[i][k] for k in _FIELDS}) for i in ids if i in rows]
    found = [i for i in ids if i in rows]
    # One parse of every card at once.
    parsed = json.loads("[" + ",".join(cards[i] for i in found) + "]")
    return [
        AgreementRecord(**{k: rows[i][k] for k in _FIELDS}, **card)
        for i, card in zip(found, parsed, strict=True)
    ]
