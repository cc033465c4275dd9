"""Measures on the corpora the rules were tuned on must not fall below today's scores: the
sample corpus shipped with the package, and the shared dev news with its seed document."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_support import scores

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "blocwatch" / "sample" / "gold.jsonl"
DEV = ROOT.parent / "shared" / "dev"


def measures_f1(path: Path) -> float:
    return scores(path)["measures"]["f1"]


def test_measures_on_the_sample_corpus_stay_perfect():
    assert measures_f1(SAMPLE) == pytest.approx(1.0)


@pytest.mark.parametrize("name", ["news.jsonl", "seed.jsonl"])
def test_measures_on_the_tuned_dev_news_stay_perfect(name):
    path = DEV / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared dev data sits beside the worktree)")
    assert measures_f1(path) == pytest.approx(1.0)
