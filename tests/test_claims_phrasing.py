"""Claims in phrasings the first rules were not written for: sentences written for these
tests, one behaviour each (negated stances, ...)."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("f", text, "2024-03-02").claims


def test_a_stance_nobody_took_is_no_stance():
    text = (
        "Minsk has shipped rifles to Serbia, Lithuanian officials said. "
        "Neither Belgrade nor Minsk has confirmed the shipments."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["BLR"], ["SRB"])
    assert c.acknowledged_by == [] and c.denied_by == []


def test_a_negated_subject_takes_no_stance_but_a_denial_still_counts():
    text = (
        "Minsk has shipped rifles to Serbia, Lithuanian officials said. "
        "No official in Belgrade has confirmed it, and Minsk denied the reports."
    )
    (c,) = claims(text)
    assert c.acknowledged_by == []
    assert c.denied_by == ["BLR"]
