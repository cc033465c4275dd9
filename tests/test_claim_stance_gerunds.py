"""The acknowledging verbs in their gerund and present forms ("with an EU spokesman
confirming the report", "conceding that ..."), as the denying verbs have them; under
"without" they take no stance. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_a_confirming_non_party_joins_the_claimants():
    text = (
        "The United States accused Iran of shipping short-range missiles to Russia, with a "
        "British spokesman confirming the report on Monday."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["IRN"], ["RUS"])
    assert set(c.claimant) == {"USA", "GBR"}


def test_without_confirming_takes_no_stance():
    text = (
        "Mali accused Ukraine of supplying drones to the rebels in the north. A Ukrainian "
        "spokesman spoke to reporters on Tuesday without confirming the report."
    )
    for c in claims(text):
        assert c.acknowledged_by == []
