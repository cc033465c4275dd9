"""The README's CLI reference is generated from the command definitions (cog): it must be
what the code says today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

README = Path(__file__).parent.parent / "README.md"


def test_the_cli_reference_in_the_readme_is_current():
    done = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", str(README)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr + "\nrun: cog -r README.md"


def test_every_command_is_in_the_reference():
    from blocwatch.clidoc import reference

    table = reference()
    for command in ("ingest", "agreements", "docs show", "serve", "export"):
        assert f"`blocwatch {command} " in table
