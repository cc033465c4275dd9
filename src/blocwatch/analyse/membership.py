"""Who belonged to an organisation on a date, and which organisations bind their members to
defend each other, each on the word of a plain data table that cites its source:

- the lexicon's membership table (``lang/shared/members.tsv``): one row per membership
  period (organisation, member, joined, left, source);
- the collective-defence table (``analyse/collective_defence.tsv``): one row per organisation
  whose founding treaty has a collective-defence clause (treaty, article, entry into force,
  source).

Neither is code: a new member or a new alliance is a new row.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..base import dates

MEMBERS_TABLE = "lang/shared/members.tsv"
DEFENCE_TABLE = "analyse/collective_defence.tsv"
_DEFENCE_PATH = Path(__file__).with_name("collective_defence.tsv")


@dataclass(frozen=True)
class Membership:
    """One membership period as the table states it, with the table's source for it."""

    org: str
    member: str
    joined: str | None
    left: str | None
    source: str
    table: str = MEMBERS_TABLE

    def on(self, as_of: str) -> bool:
        """Whether this period covers ``as_of`` (at some point of a partial date)."""
        if self.joined and dates.first_day(self.joined) > dates.last_day(as_of):
            return False
        return not (self.left and dates.last_day(self.left) < dates.first_day(as_of))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CollectiveDefence:
    """An organisation whose treaty binds every member to aid a member under attack."""

    org: str
    treaty: str
    article: str
    in_force: str
    source: str
    table: str = DEFENCE_TABLE

    def on(self, as_of: str) -> bool:
        """Whether the treaty was in force at some point of ``as_of``."""
        return dates.first_day(self.in_force) <= dates.last_day(as_of)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Membership, ...]]:
    # The lexicon keeps members without their sources; the table itself has them.
    from ..base.tables import read_table

    out: dict[str, list[Membership]] = {}
    for row in read_table("members.tsv"):
        out.setdefault(row["org"], []).append(
            Membership(
                org=row["org"],
                member=row["member"],
                joined=row["joined"] or None,
                left=row["left"] or None,
                source=row["source"],
            )
        )
    return {org: tuple(rows) for org, rows in out.items()}


@lru_cache(maxsize=1)
def _defence_table() -> tuple[CollectiveDefence, ...]:
    with open(_DEFENCE_PATH, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return tuple(
        CollectiveDefence(
            org=r["org"].strip(),
            treaty=r["treaty"].strip(),
            article=r["article"].strip(),
            in_force=dates.validate(r["in_force"].strip(), f"{DEFENCE_TABLE} in_force"),
            source=r["source"].strip(),
        )
        for r in rows
    )


def known_organisation(org: str) -> bool:
    """Whether the table lists members of ``org``."""
    return org in _table()


def members_on(org: str, as_of: str) -> list[Membership]:
    """The members of ``org`` on ``as_of`` (one row each, sorted by code); [] for an
    organisation the table does not list."""
    found: dict[str, Membership] = {}
    for m in _table().get(org, ()):
        if m.on(as_of):
            found.setdefault(m.member, m)
    return [found[code] for code in sorted(found)]


def membership(org: str, member: str, as_of: str) -> Membership | None:
    """The table's row saying ``member`` belonged to ``org`` on ``as_of``, if any."""
    return next((m for m in members_on(org, as_of) if m.member == member), None)


def organisations_of(member: str, as_of: str) -> list[str]:
    """The organisations the table lists ``member`` in on ``as_of``, sorted."""
    return sorted(org for org in _table() if membership(org, member, as_of) is not None)


def organisations_by_member(as_of: str) -> dict[str, list[str]]:
    """Member -> the organisations the table lists it in on ``as_of`` (sorted): what
    :func:`organisations_of` gives each member, read in one pass over the table."""
    out: dict[str, list[str]] = {}
    for org in sorted(_table()):
        for m in members_on(org, as_of):
            out.setdefault(m.member, []).append(org)
    return out


def collective_defence_on(as_of: str) -> list[CollectiveDefence]:
    """The organisations whose collective-defence treaty was in force on ``as_of``, by code."""
    return sorted((d for d in _defence_table() if d.on(as_of)), key=lambda d: d.org)
