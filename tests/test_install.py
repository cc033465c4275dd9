"""`pip install .` in a fresh virtual environment: blocwatch imports and extracts with no
extras, and neither PostgreSQL's driver nor Dask came along."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_plain_install_extracts_without_extras(tmp_path):
    # The fresh environment must see only what it installed, not this checkout's sources.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    pip = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=1500,
        env=env,
    )
    assert pip.returncode == 0, pip.stderr[-2000:]
    sentence = "Russia and North Korea signed a mutual defence treaty in Pyongyang on 19 June 2024."
    run = subprocess.run(
        [str(bin_dir / "blocwatch"), "extract", "-"],
        input=sentence,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert '"RUS"' in run.stdout and '"PRK"' in run.stdout
    missing = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "import importlib.util as u;"
            "print([m for m in ('psycopg', 'distributed', 'dask', 'pycountry') if u.find_spec(m)])",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert missing.stdout.strip() == "[]"
