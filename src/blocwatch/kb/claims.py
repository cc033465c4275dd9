"""Claim queries: who alleges what against whom, who denies it, and where it stands."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, select

from ..base.chunks import chunks
from ..store.schema import claim_parties, claim_stances, claims
from . import validate
from .records import ClaimRecord

_FIELDS = [c.name for c in claims.c if c.name != "block"]


def _with_role(actor: str, role: str) -> ColumnElement[bool]:
    return claims.c.id.in_(
        select(claim_parties.c.claim_id).where(
            claim_parties.c.actor == actor, claim_parties.c.role == role
        )
    )


def find_claims(
    conn: Connection,
    *,
    subject: str | None = None,
    claimant: str | None = None,
    beneficiary: str | None = None,
    status: str | None = None,
    action: str | None = None,
    denied_by: str | None = None,
    min_confidence: float | None = None,
) -> list[ClaimRecord]:
    """Claims against ``subject``, made by ``claimant``, benefiting ``beneficiary``, denied
    by ``denied_by``, with ``status`` (alleged, contested, acknowledged) and ``action``,
    whose confidence is at least ``min_confidence``; first reported first (claims known
    only from undated articles last)."""
    query = select(claims.c.id)
    for code, role in (
        (subject, "subject"),
        (claimant, "claimant"),
        (beneficiary, "beneficiary"),
        (denied_by, "denier"),
    ):
        if code is not None:
            query = query.where(_with_role(validate.actor(code), role))
    if status is not None:
        query = query.where(claims.c.status == validate.status(status))
    if action is not None:
        query = query.where(claims.c.action == validate.action(action))
    if min_confidence is not None:
        query = query.where(claims.c.confidence >= validate.min_confidence(min_confidence))
    # NULLS LAST spelled out: PostgreSQL's default, SQLite's is the opposite.
    query = query.order_by(claims.c.first_reported.asc().nulls_last(), claims.c.id)
    return load_claims(conn, list(conn.execute(query).scalars()))


def load_claims(conn: Connection, ids: list[str]) -> list[ClaimRecord]:
    """The records ``ids`` (in that order; unknown ids are left out) with their ledgers."""
    rows: dict[str, dict[str, Any]] = {}
    ledgers: dict[str, list[dict[str, Any]]] = {}
    for batch in chunks(ids):
        for r in conn.execute(select(claims).where(claims.c.id.in_(batch))).mappings():
            rows[r["id"]] = dict(r)
        query = select(claim_stances).where(claim_stances.c.claim_id.in_(batch))
        for row in conn.execute(query.order_by(claim_stances.c.claim_id, claim_stances.c.seq)):
            s = row._mapping
            ledgers.setdefault(s["claim_id"], []).append(
                {
                    "actor": s["actor"],
                    "stance": s["stance"],
                    "reported": s["reported"],
                    "doc_id": s["doc_id"],
                    "answers": s["answers"],
                }
            )
    return [
        ClaimRecord(**{k: rows[i][k] for k in _FIELDS}, ledger=ledgers.get(i, []))
        for i in ids
        if i in rows
    ]
