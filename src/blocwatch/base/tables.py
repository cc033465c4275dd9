"""Reading the plain data tables in ``lang/``: TSV with a header row; ``#`` starts a
comment line. Every table has a ``source`` column saying where its facts come from.

A table is read for a language (English by default): the language's own table of that name
(``lang/<code>/``) if it declares one, else the shared one (``lang/shared/``)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from ..lang import DEFAULT_LANGUAGE, LANG_DIR, LANGUAGES, SHARED_DIR

__all__ = [
    "LANG_DIR",
    "SHARED_DIR",
    "cue_table",
    "read_table",
    "table_path",
    "words_of_kind",
    "words_pattern",
]


def table_path(name: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    """The file table ``name`` is read from for language ``lang``."""
    return LANGUAGES[lang].table_path(name)


def read_table(name: str, lang: str = DEFAULT_LANGUAGE) -> list[dict[str, str]]:
    """The rows of table ``name`` as dicts keyed by the header; blank cells are ''."""
    return list(_rows(table_path(name, lang)))


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


@cache
def cue_table(
    name: str, key: str = "cue", value: str = "value", lang: str = DEFAULT_LANGUAGE
) -> tuple[tuple[str, str], ...]:
    """(cue, value) pairs of a cue table, longest cue first so that longer phrases win."""
    pairs = {(r[key], r[value]) for r in read_table(name, lang)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def words_of_kind(name: str, kind: str, word: str = "word", column: str = "kind") -> frozenset[str]:
    """The words (column ``word``) of the rows of table ``name`` whose ``column`` (``kind``
    unless told) is ``kind``."""
    # cue_table is cached: a table of several kinds is read once, not once a kind
    return frozenset(w for w, k in cue_table(name, word, column) if k == kind)


@cache
def words_pattern(name: str, kind: str, column: str = "kind", word: str = "word") -> str:
    """The words (column ``word``) of the rows of table ``name`` whose ``column`` (``kind``
    unless told) is ``kind``, in the table's order, as alternatives of a regular expression,
    each taken literally."""
    return "|".join(re.escape(r[word]) for r in read_table(name) if r[column] == kind)
