"""Agreement scores on the annotated texts the rules were tuned on must not fall below what
they were when the rules were generalised (issue 10): the sample corpus shipped with the
package, and the shared dev set ``news.jsonl`` when it is present (CI has it next to the
repository). A rule that helps unseen news at their expense is a regression."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_support import scores as gold_scores

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "blocwatch" / "sample" / "gold.jsonl"
NEWS = ROOT.parent / "shared" / "dev" / "news.jsonl"

# (agreements F1, strict F1, defence-clause accuracy), measured on 2026-12-05
FLOORS = {SAMPLE: (0.949, 0.949, 1.0), NEWS: (0.950, 0.950, 1.0)}


@pytest.mark.parametrize("gold", [SAMPLE, NEWS], ids=["sample", "news"])
def test_agreement_scores_do_not_fall(gold: Path):
    if not gold.exists():
        pytest.skip(f"{gold} is not here")
    scores = gold_scores(gold)
    f1, strict, defence = FLOORS[gold]
    assert scores["agreements"]["f1"] >= f1 - 1e-9
    assert scores["agreements_strict"]["f1"] >= strict - 1e-9
    accuracy = scores["defense_accuracy"]["value"]
    assert accuracy is None or accuracy >= defence - 1e-9
