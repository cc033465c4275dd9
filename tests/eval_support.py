"""The extractor's scores on a gold file, computed once per test session: several test
files check floors on the same files, and extracting a file again gives the same scores."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from blocwatch.eval import evaluate_files


@cache
def scores(path: Path) -> dict:
    """``blocwatch eval PATH --json``'s summary (read it, do not change it)."""
    return evaluate_files(path, None).to_dict()
