"""Exports of the knowledge base in the formats other tools read.

- ``jsonl`` (:mod:`.jsonl`): one JSON object per record, gold-schema fields plus ids,
  status, lifecycle, conflicts, ledgers and sources with their sentences.
- ``csv`` (:mod:`.atop`): agreements in the shape of the ATOP member-level file.
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

FORMATS = ("jsonl", "csv", "graphml", "gexf", "parquet")
_BINARY = frozenset({"parquet"})


def export(engine: Engine, fmt: str, path: str | Path | None = None) -> dict[str, Any]:
    """Write the knowledge base of ``engine`` as ``fmt`` to ``path`` (standard output when
    None, except for Parquet, which needs a file). Returns {"format", "path", counts...}."""
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
        elif fmt == "csv":
            from .atop import write_atop_csv as writer
        elif fmt in ("graphml", "gexf"):
            from .graph import write_graph

            def writer(conn, sink, _fmt=fmt):
                return write_graph(conn, sink, _fmt)

        else:
            from .parquet import write_parquet as writer
        sink = path if path is not None else sys.stdout
        counts = writer(conn, sink)
    return {"format": fmt, "path": str(path) if path is not None else "-", **counts}
