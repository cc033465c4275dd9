"""The notebook API is fully typed: ``mypy --strict`` passes on ``blocwatch.open``, the
application object it returns and every module of the knowledge base."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STRICT = [
    "src/blocwatch/__init__.py",
    "src/blocwatch/app.py",
    "src/blocwatch/kb",
]


@pytest.mark.slow
def test_mypy_strict_passes_on_the_public_api():
    pytest.importorskip("mypy")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", *STRICT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
