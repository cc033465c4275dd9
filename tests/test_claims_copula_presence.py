"""Forces said to "be in" another state ("troops are still in", "experts were in") are a
deployment as "present in" is; "are in talks", "is in the process of" are not, as no state
follows. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_troops_still_in_another_state():
    (c,) = claims("A senior Kenyan official said Ugandan troops are still in South Sudan.")
    assert (c.claimant, c.subject, c.beneficiary, c.action) == (
        ["KEN"],
        ["UGA"],
        ["SSD"],
        "troop_deployment",
    )


def test_experts_were_in_another_state():
    (c,) = claims("Seoul says Iranian missile engineers were in North Korea last month.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KOR"], ["IRN"], ["PRK"])


def test_no_state_after_the_copula_is_no_deployment():
    text = "Ugandan troops are in the process of leaving, Kenyan officials said."
    assert [c for c in claims(text) if c.action == "troop_deployment"] == []
