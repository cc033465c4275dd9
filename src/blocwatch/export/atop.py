"""CSV export in the shape of the ATOP member-level file (Leeds et al., ATOP codebook):
one row per agreement and member.

Column mapping (ATOP name <- blocwatch):

- ``atopid`` <- record id (``A-PRK-RUS-2024``), ``member`` <- actor code (ISO alpha-3 or an
  organisation code, not a COW number), ``name``/``kind``/``status`` <- the record's;
- ``yrent``/``moent``/``dayent`` <- ``valid_from`` (signing date, else the first lifecycle
  date), as precise as known: unknown month or day is left empty (ATOP writes 0);
- ``yrexit``/``moexit``/``dayexit`` <- ``ended``; ``yrexit`` is 0 while in force (as in
  ATOP), empty month/day when unknown;
- ``defense`` <- 1 when the record's defence clause is true; ``offense`` <- 0 (offensive
  pacts are not coded); ``neutral`` <- neutrality provision; ``nonagg`` <- nonaggression
  provision; ``consul`` <- consultation provision;
- ``prov_<provision>`` <- 0/1 for each provision of the closed list (gold schema);
- ``signed_conflict``, ``defense_conflict`` (0/1), ``n_sources``,
  ``n_independent_sources``, ``first_reported``, ``last_reported``, ``confidence``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from sqlalchemy import Connection

from ..base import dates
from ..model import PROVISIONS
from .records import load_everything

COLUMNS = [
    "atopid",
    "member",
    "name",
    "kind",
    "status",
    "yrent",
    "moent",
    "dayent",
    "yrexit",
    "moexit",
    "dayexit",
    "defense",
    "offense",
    "neutral",
    "nonagg",
    "consul",
    *(f"prov_{p}" for p in PROVISIONS),
    "signed_conflict",
    "defense_conflict",
    "n_sources",
    "n_independent_sources",
    "first_reported",
    "last_reported",
    "confidence",
]


def _parts(value: str | None) -> list[int | str]:
    parts: list[int | str] = list(dates.parse(value) or ())
    return parts + [""] * (3 - len(parts))


def rows(everything) -> list[dict]:
    out = []
    for a in everything.agreements:
        provisions = set(a.provisions)
        yrent, moent, dayent = _parts(a.valid_from)
        yrexit, moexit, dayexit = _parts(a.ended) if a.ended else (0, "", "")
        for member in a.parties:
            out.append(
                {
                    "atopid": a.id,
                    "member": member,
                    "name": a.name or "",
                    "kind": a.kind,
                    "status": a.status,
                    "yrent": yrent,
                    "moent": moent,
                    "dayent": dayent,
                    "yrexit": yrexit,
                    "moexit": moexit,
                    "dayexit": dayexit,
                    "defense": int(a.defense is True),
                    "offense": 0,
                    "neutral": int("neutrality" in provisions),
                    "nonagg": int("nonaggression" in provisions),
                    "consul": int("consultation" in provisions),
                    **{f"prov_{p}": int(p in provisions) for p in PROVISIONS},
                    "signed_conflict": int(a.signed_conflict),
                    "defense_conflict": int(a.defense_conflict),
                    "n_sources": a.n_sources,
                    "n_independent_sources": a.n_independent_sources,
                    "first_reported": a.first_reported or "",
                    "last_reported": a.last_reported or "",
                    "confidence": a.confidence,
                }
            )
    return out


def write_atop_csv(conn: Connection, sink: str | Path | IO[str]) -> dict[str, int]:
    """Write the member-level CSV to a path or an open text stream; returns counts."""
    everything = load_everything(conn, with_sources=False)
    table = rows(everything)
    if isinstance(sink, (str, Path)):
        with open(sink, "w", encoding="utf-8", newline="") as fh:
            _write(table, fh)
    else:
        _write(table, sink)
    return {"agreements": len(everything.agreements), "rows": len(table)}


def _write(table: list[dict], fh: IO[str]) -> None:
    writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
