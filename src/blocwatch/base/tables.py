"""Reading the plain data tables in ``lexicon/``: TSV with a header row; ``#`` starts a
comment line. Every table has a ``source`` column saying where its facts come from."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from pathlib import Path

# The tables are data of the extraction stage and live beside it; every stage reads them.
LEXICON_DIR = Path(__file__).parent.parent / "extract" / "lexicon"


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``lexicon/<name>`` as dicts keyed by the header; blank cells are ''."""
    return list(_rows(name))


def _rows(name: str) -> Iterator[dict[str, str]]:
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


@cache
def cue_table(name: str, key: str = "cue", value: str = "value") -> tuple[tuple[str, str], ...]:
    """(cue, value) pairs of a cue table, longest cue first so that longer phrases win."""
    pairs = {(r[key], r[value]) for r in read_table(name)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))
