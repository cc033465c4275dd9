"""Filters the queries of every kind share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from ..kinds import kind


def naming_every(query: Select[Any], fact_type: str, codes: list[str]) -> Select[Any]:
    """``query`` (of the record ids of ``fact_type``) kept to the records whose parties
    include every one of ``codes`` (each through the parties index)."""
    k = kind(fact_type)
    records, parties = k.hook("record_table"), k.table("parties")
    for code in codes:
        query = query.where(
            records.c.id.in_(select(parties.c[k.fk]).where(parties.c.actor == code))
        )
    return query
