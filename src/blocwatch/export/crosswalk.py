"""ISO 3166 alpha-3 codes to Correlates of War (COW) ``ccode`` and Gleditsch-Ward codes, read
from the sourced data table ``export/cow_codes.tsv`` (one state a row, with its source)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("cow_codes.tsv")


@dataclass(frozen=True)
class StateCodes:
    """One state's codes; None where the list has no code for it."""

    iso3: str
    name: str
    ccode: int | None
    gwcode: int | None
    cow_abb: str | None
    source: str


def _int(value: str) -> int | None:
    return int(value) if value.strip() else None


@lru_cache(maxsize=1)
def table() -> dict[str, StateCodes]:
    """Every row of the crosswalk by ISO alpha-3 code."""
    with TABLE.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return {
            r["iso3"]: StateCodes(
                iso3=r["iso3"],
                name=r["name"],
                ccode=_int(r["ccode"]),
                gwcode=_int(r["gwcode"]),
                cow_abb=r["cow_abb"] or None,
                source=r["source"],
            )
            for r in csv.DictReader(lines, delimiter="\t")
        }


def ccode(iso3: str) -> int | None:
    """The COW country code of ``iso3``; None for an organisation or an unlisted code."""
    found = table().get(iso3)
    return found.ccode if found else None


def gwcode(iso3: str) -> int | None:
    """The Gleditsch-Ward code of ``iso3``; None when unlisted."""
    found = table().get(iso3)
    return found.gwcode if found else None
