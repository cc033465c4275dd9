"""Exports of the knowledge base in the formats other tools read.

- ``jsonl`` (:mod:`.jsonl`): one JSON object per record, gold-schema fields plus ids,
  status, lifecycle, conflicts, ledgers and sources with their sentences.
- ``atop`` (:mod:`.atop`): the ATOP-style member-level file (COW ccodes, ATOP codings),
  alliances only unless ``all_agreements``; ``csv`` is the same file with every agreement.
- ``dyads`` (:mod:`.atop`): the dyad-year table (obligations in force, trade, claims).
- ``stances`` / ``points`` (:mod:`.ledgers`): the claim-stance and measure-point tables.
  These four tables are CSV, or Parquet when the path ends in ``.parquet``.
- ``graphml`` / ``gexf`` (:mod:`.graph`): actors as nodes, agreements and claims as typed
  edges with start/end dates (GEXF in dynamic mode, for Gephi's timeline).
- ``parquet`` (:mod:`.parquet`): one table, one row per record (measures: per point), with a
  ``type`` column.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ..errors import BlocwatchError

FORMATS = ("jsonl", "csv", "atop", "dyads", "stances", "points", "graphml", "gexf", "parquet")
_BINARY = frozenset({"parquet"})


def export(
    engine: Engine, fmt: str, path: str | Path | None = None, all_agreements: bool = False
) -> dict[str, Any]:
    """Write the knowledge base of ``engine`` as ``fmt`` to ``path`` (standard output when
    None, except for Parquet, which needs a file). ``all_agreements`` keeps every agreement
    in the ``atop`` file, not only alliances. Returns {"format", "path", counts...}."""
    if fmt not in FORMATS:
        raise BlocwatchError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if path is None and fmt in _BINARY:
        raise BlocwatchError(f"{fmt} is a binary format: give a file with -o/--output")
    if path is not None:
        folder = Path(path).expanduser().resolve().parent
        if not folder.is_dir():
            raise BlocwatchError(f"cannot write {path}: folder {folder} does not exist")
    with engine.connect() as conn:
        if fmt == "jsonl":
            from .jsonl import write_jsonl as writer
        elif fmt in ("csv", "atop"):
            from .atop import write_atop

            def writer(conn, sink, _all=all_agreements or fmt == "csv"):
                return write_atop(conn, sink, _all)

        elif fmt in ("dyads", "stances", "points"):
            from .atop import write_dyad_years
            from .ledgers import write_points, write_stances

            writer = {"dyads": write_dyad_years, "stances": write_stances}.get(fmt, write_points)
        elif fmt in ("graphml", "gexf"):
            from .graph import write_graph

            def writer(conn, sink, _fmt=fmt):
                return write_graph(conn, sink, _fmt)

        else:
            from .parquet import write_parquet as writer
        sink = path if path is not None else sys.stdout
        counts = writer(conn, sink)
    return {"format": fmt, "path": str(path) if path is not None else "-", **counts}
