"""Flat tables with declared columns, written as CSV or Parquet.

Each table is a list of :class:`Column` (name, type, description) and rows of dicts. CSV
writes a missing value as an empty field (never 0); Parquet gets typed columns (``int64``,
``bool``, ``date32``, ``string``, ``float64``, all nullable) and each column's description in
its field metadata, plus the table's description in the schema metadata."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..base import dates

KINDS = ("int", "str", "float", "bool", "date")
PRECISIONS = {1: "year", 2: "month", 3: "day"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    description: str


def parsed_date(value: str | None) -> dt.date | None:
    """The first day of a partial date (``2024-06`` -> 2024-06-01); None when unknown."""
    first = dates.first_day(value) if value else None
    return dt.date.fromisoformat(first) if first else None


def date_precision(value: str | None) -> str | None:
    """``day``, ``month`` or ``year`` for a date as precise as that; None when unknown."""
    return PRECISIONS.get(dates.precision(value)) if value else None


def is_parquet(sink: str | Path | IO[str]) -> bool:
    return isinstance(sink, (str, Path)) and str(sink).lower().endswith(".parquet")


def write_table(
    columns: list[Column], rows: list[dict[str, Any]], sink: str | Path | IO[str], about: str
) -> None:
    """Write ``rows`` as Parquet when ``sink`` is a path ending in ``.parquet``, else as CSV
    (to the path or the open text stream)."""
    if is_parquet(sink):
        _write_parquet(columns, rows, Path(sink), about)  # type: ignore[arg-type]
    elif isinstance(sink, (str, Path)):
        with open(sink, "w", encoding="utf-8", newline="") as fh:
            _write_csv(columns, rows, fh)
    else:
        _write_csv(columns, rows, sink)


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_csv(columns: list[Column], rows: list[dict[str, Any]], fh: IO[str]) -> None:
    names = [c.name for c in columns]
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_csv_value(row.get(n)) for n in names])


def _write_parquet(columns: list[Column], rows: list[dict[str, Any]], path: Path, about: str):
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {
        "int": pa.int64(),
        "str": pa.string(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    schema = pa.schema(
        [
            pa.field(c.name, types[c.kind], nullable=True, metadata={"description": c.description})
            for c in columns
        ],
        metadata={
            "blocwatch": about,
            "columns": json.dumps({c.name: c.description for c in columns}),
        },
    )
    data = {c.name: [r.get(c.name) for r in rows] for c in columns}
    pq.write_table(pa.table(data, schema=schema), path)
