"""The member-level file in the shape of ATOP (Leeds et al., ATOP 5.1 codebook), and the
dyad-year table of alliance studies.

Member level, one row per agreement (phase) and member state:

- ``atopid``: a stable integer made from our record id (CRC-32, from 1,000,000,000 up, so it
  never collides with ATOP's own numbers, which are 1001-9999); ``blocwatch_id`` is our id;
- ``phase``: 1 (obligations are not tracked over time: a successor agreement is a new id);
- ``member``: the member's COW ``ccode`` (from the crosswalk table), ``iso3`` its code, ``gwcode``
  its Gleditsch-Ward code; a state without a COW code keeps ``member`` empty;
- an organisation among the parties (an accession to NATO, a pact with the EU) is expanded to
  its member states on the agreement's date, from the membership table; ``via`` names it;
- ``yrent``/``moent``/``dayent`` from the date the agreement took effect, ``yrexit``/
  ``moexit``/``dayexit`` from its end, 0 where unknown (as ATOP writes it; ``yrexit`` 0 is
  also ATOP's "still in force");
- ``defense`` 1 with a defence clause, 0 when the text says there is none, empty where the
  text is silent; ``offense`` is never coded (empty); ``neutral``, ``nonagg``, ``consul`` 1 when
  the provision is stated, empty otherwise (the news does not say a treaty lacks one);
- by default only agreements with at least one of those five obligations (``all_agreements``
  keeps every one).
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from ..analyse import membership
from ..base import dates
from ..errors import BlocwatchError
from ..kb.records import AgreementRecord
from . import crosswalk
from .records import Everything, load_everything
from .tables import Column, date_precision, parsed_date, write_table

OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")
_PROVISION_OF = {"neutral": "neutrality", "nonagg": "nonaggression", "consul": "consultation"}
_ID_BASE = 1_000_000_000

COLUMNS = [
    Column("atopid", "int", "stable integer id of the agreement (CRC-32 of blocwatch_id + 1e9)"),
    Column("member", "int", "COW ccode of the member state; empty where COW has none"),
    Column("blocwatch_id", "str", "blocwatch's record id of the agreement"),
    Column("phase", "int", "ATOP phase; always 1 (obligations are not tracked over time)"),
    Column("iso3", "str", "ISO 3166 alpha-3 code of the member"),
    Column("gwcode", "int", "Gleditsch-Ward code of the member"),
    Column("via", "str", "organisation through whose membership the state is a member"),
    Column("name", "str", "name of the agreement as reported"),
    Column("kind", "str", "blocwatch agreement kind (treaty, partnership, accession...)"),
    Column("status", "str", "lifecycle status (signed, in_force, withdrawn...)"),
    Column("yrent", "int", "year of entry; 0 when unknown"),
    Column("moent", "int", "month of entry; 0 when unknown"),
    Column("dayent", "int", "day of entry; 0 when unknown"),
    Column("yrexit", "int", "year of exit; 0 while in force"),
    Column("moexit", "int", "month of exit; 0 when unknown or in force"),
    Column("dayexit", "int", "day of exit; 0 when unknown or in force"),
    Column("defense", "int", "1 defence clause; 0 stated absent; empty when the text is silent"),
    Column("offense", "int", "offensive obligation; never coded (empty)"),
    Column("neutral", "int", "1 neutrality provision stated; empty otherwise"),
    Column("nonagg", "int", "1 nonaggression provision stated; empty otherwise"),
    Column("consul", "int", "1 consultation provision stated; empty otherwise"),
    Column("entry_date", "date", "first day of the entry date (see entry_precision)"),
    Column("entry_precision", "str", "day, month or year: how precise the entry date is"),
    Column("signed", "str", "signing date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)"),
    Column("signed_conflict", "bool", "whether sources disagree on the signing date"),
    Column("defense_conflict", "bool", "whether sources disagree on the defence clause"),
    Column("n_sources", "int", "number of reports behind the agreement"),
    Column("n_independent_sources", "int", "number of independent reports (wire copies once)"),
    Column("confidence", "float", "blocwatch's confidence in the record, 0 to 1"),
]


def atopid(record_id: str) -> int:
    """The stable integer id of ``record_id`` (the same in every export)."""
    return _ID_BASE + zlib.crc32(record_id.encode("utf-8")) % _ID_BASE


def obligations(a: AgreementRecord) -> dict[str, int | None]:
    """ATOP's five obligations for ``a``: 1, 0 (stated absent) or None (silent)."""
    provisions = set(a.provisions)
    defense = 1 if a.defense or "mutual_defense" in provisions else None
    if defense is None and a.defense is False:
        defense = 0
    out: dict[str, int | None] = {"defense": defense, "offense": None}
    for column, provision in _PROVISION_OF.items():
        out[column] = 1 if provision in provisions else None
    return out


def is_alliance(a: AgreementRecord) -> bool:
    return any(v == 1 for v in obligations(a).values())


def _parts(value: str | None) -> tuple[int, int, int]:
    parts = list(dates.parse(value) or ()) + [0, 0, 0]
    return parts[0], parts[1], parts[2]


@dataclass
class Member:
    iso3: str
    via: str | None = None


@dataclass
class Alliance:
    """An agreement with its member states resolved (organisations expanded)."""

    record: AgreementRecord
    members: list[Member] = field(default_factory=list)

    @property
    def entry(self) -> str | None:
        return self.record.valid_from or self.record.signed


def members_of(a: AgreementRecord) -> list[Member]:
    """The parties of ``a``, each organisation replaced by its member states on the
    agreement's date (an undated organisation stays as itself: no date, no membership)."""
    out: dict[str, Member] = {p: Member(p) for p in a.parties if not _expandable(a, p)}
    for org in a.parties:
        if _expandable(a, org):
            for m in membership.members_on(org, a.valid_from or a.signed or ""):
                out.setdefault(m.member, Member(m.member, via=org))
    return [out[code] for code in sorted(out)]


def _expandable(a: AgreementRecord, party: str) -> bool:
    return membership.known_organisation(party) and bool(a.valid_from or a.signed)


def alliances(everything: Everything, all_agreements: bool = False) -> list[Alliance]:
    chosen = [a for a in everything.agreements if all_agreements or is_alliance(a)]
    return [Alliance(a, members_of(a)) for a in chosen]


def rows(everything: Everything, all_agreements: bool = False) -> list[dict[str, Any]]:
    """The member-level rows (see the module's docstring)."""
    out = []
    seen: dict[int, str] = {}
    for al in alliances(everything, all_agreements):
        a = al.record
        number = atopid(a.id)
        if seen.setdefault(number, a.id) != a.id:
            raise BlocwatchError(f"atopid {number} of {a.id} collides with {seen[number]}")
        yrent, moent, dayent = _parts(al.entry)
        yrexit, moexit, dayexit = _parts(a.ended) if a.ended else (0, 0, 0)
        common = {
            "atopid": number,
            "blocwatch_id": a.id,
            "phase": 1,
            "name": a.name,
            "kind": a.kind,
            "status": a.status,
            "yrent": yrent,
            "moent": moent,
            "dayent": dayent,
            "yrexit": yrexit,
            "moexit": moexit,
            "dayexit": dayexit,
            **obligations(a),
            "entry_date": parsed_date(al.entry),
            "entry_precision": date_precision(al.entry),
            "signed": a.signed,
            "signed_conflict": a.signed_conflict,
            "defense_conflict": a.defense_conflict,
            "n_sources": a.n_sources,
            "n_independent_sources": a.n_independent_sources,
            "confidence": a.confidence,
        }
        for m in al.members:
            out.append(
                {
                    **common,
                    "member": crosswalk.ccode(m.iso3),
                    "iso3": m.iso3,
                    "gwcode": crosswalk.gwcode(m.iso3),
                    "via": m.via,
                }
            )
    return out


def write_atop(
    conn: Connection, sink: str | Path | IO[str], all_agreements: bool = False
) -> dict[str, int]:
    """Write the member-level file (CSV, or Parquet for a ``.parquet`` path); returns counts."""
    everything = load_everything(conn, with_sources=False)
    table = rows(everything, all_agreements)
    write_table(COLUMNS, table, sink, "ATOP-style member-level agreements")
    return {
        "agreements": len({r["atopid"] for r in table}),
        "rows": len(table),
    }


# -- dyad-years --------------------------------------------------------------------------

DYAD_COLUMNS = [
    Column("state_a", "str", "ISO alpha-3 code of the first state (alphabetical order)"),
    Column("state_b", "str", "ISO alpha-3 code of the second state"),
    Column("ccode_a", "int", "COW ccode of state_a"),
    Column("ccode_b", "int", "COW ccode of state_b"),
    Column("year", "int", "calendar year"),
    *(
        Column(
            o,
            "int",
            f"1 when an agreement in force that year carries {o}; 0 when the "
            "only ones in force state its absence; empty when silent",
        )
        for o in OBLIGATIONS
    ),
    Column("agreements", "int", "number of agreements between the two in force that year"),
    Column("atopids", "str", "their atopids, separated by ';'"),
    Column("trade", "float", "bilateral trade reported for that year (best-supported value)"),
    Column("trade_unit", "str", "unit of trade"),
    Column("trade_conflict", "bool", "whether sources disagree on that year's trade"),
    Column("claims", "int", "claims between the two (either direction) first reported that year"),
    Column("contested_claims", "int", "of those, how many were denied by someone"),
]


def _years(start: str | None, end: str | None, last: int) -> range:
    first = dates.year(start)
    if first is None:
        return range(0)
    stop = dates.year(end) if end else last
    return range(first, max(first, stop or last) + 1)


def _pairs(codes: list[str]) -> list[tuple[str, str]]:
    states = sorted({c for c in codes if not membership.known_organisation(c)})
    return [(a, b) for i, a in enumerate(states) for b in states[i + 1 :]]


def dyad_year_rows(everything: Everything, until: int | None = None) -> list[dict[str, Any]]:
    """One row per pair of states and year with an agreement in force, a trade figure or a
    claim between them (agreements in force run to ``until``, default this year)."""
    last = until or dt.date.today().year
    cells: dict[tuple[str, str, int], dict[str, Any]] = defaultdict(dict)
    for al in alliances(everything, all_agreements=True):
        ob = obligations(al.record)
        for pair in _pairs([m.iso3 for m in al.members]):
            for year in _years(al.entry, al.record.ended, last):
                cell = cells[(*pair, year)]
                cell.setdefault("ids", []).append(atopid(al.record.id))
                for o in OBLIGATIONS:
                    cell[o] = _combine(cell.get(o), ob[o])
    for series in everything.measures:
        if series.metric != "bilateral_trade" or len(series.actors) != 2:
            continue
        for point in _best_points(series.points):
            year = dates.year(point["period"])
            if year is not None:
                cell = cells[(*sorted(series.actors), year)]  # type: ignore[index]
                cell["trade"] = point["value"]
                cell["trade_unit"] = series.unit
                cell["trade_conflict"] = bool(point.get("conflict"))
    for claim in everything.claims:
        year = dates.year(claim.first_reported)
        if year is None:
            continue
        for pair in {p for s in claim.subject for b in claim.beneficiary for p in _pairs([s, b])}:
            cell = cells[(*pair, year)]
            cell["claims"] = cell.get("claims", 0) + 1
            denied = any(s["stance"] == "denies" for s in claim.ledger) or bool(claim.denied_by)
            cell["contested_claims"] = cell.get("contested_claims", 0) + int(denied)
    return [_dyad_row(key, cells[key]) for key in sorted(cells)]


def _combine(old: int | None, new: int | None) -> int | None:
    if old == 1 or new == 1:
        return 1
    return 0 if 0 in (old, new) else None


def _best_points(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One point per period: the one with most independent sources."""
    best: dict[str, dict[str, Any]] = {}
    for p in points:
        period = p.get("period")
        if period and (
            period not in best
            or p.get("n_independent_sources", 0) > best[period].get("n_independent_sources", 0)
        ):
            best[period] = p
    return list(best.values())


def _dyad_row(key: tuple[str, str, int], cell: dict[str, Any]) -> dict[str, Any]:
    a, b, year = key
    ids = sorted(set(cell.get("ids", [])))
    return {
        "state_a": a,
        "state_b": b,
        "ccode_a": crosswalk.ccode(a),
        "ccode_b": crosswalk.ccode(b),
        "year": year,
        **{o: cell.get(o) for o in OBLIGATIONS},
        "agreements": len(ids),
        "atopids": ";".join(str(i) for i in ids) or None,
        "trade": cell.get("trade"),
        "trade_unit": cell.get("trade_unit"),
        "trade_conflict": cell.get("trade_conflict"),
        "claims": cell.get("claims", 0),
        "contested_claims": cell.get("contested_claims", 0),
    }


def write_dyad_years(conn: Connection, sink: str | Path | IO[str]) -> dict[str, int]:
    """Write the dyad-year table (CSV, or Parquet for a ``.parquet`` path); returns counts."""
    table = dyad_year_rows(load_everything(conn, with_sources=False))
    write_table(DYAD_COLUMNS, table, sink, "dyad-years: agreements, trade and claims per pair")
    return {"rows": len(table), "dyads": len({(r["state_a"], r["state_b"]) for r in table})}
