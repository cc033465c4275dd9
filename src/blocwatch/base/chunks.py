"""Long lists cut into batches, so that an ``IN (...)`` list stays well under every
database's limit on bound parameters (SQLite's is 32766, PostgreSQL's 65535)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

CHUNK = 500


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """``values`` in order, in lists of at most ``size`` (the last may be shorter)."""
    batch: list[Any] = []
    for v in values:
        batch.append(v)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
