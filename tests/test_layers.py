"""The layers contract of pyproject.toml (``[tool.importlinter]``): each stage imports only
the stages before it, function-level imports included, so no cycle hides in a lazy import."""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"


def test_each_stage_imports_only_stages_before_it():
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True) == 0
