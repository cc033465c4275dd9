"""The present tense of "help" is a word of backing as "helped" and "helping" are; the noun
("help from", "the help of") is not read as the verb. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_helps_with_sanctions_evasion():
    (c,) = claims("Latvia says Moldova helps Russia evade sanctions.")
    assert (c.claimant, c.subject, c.beneficiary, c.action) == (
        ["LVA"],
        ["MDA"],
        ["RUS"],
        "sanctions_evasion",
    )


def test_plural_subject_help():
    (c,) = claims("Poland says Georgia and Armenia help Russia circumvent sanctions.")
    assert (c.claimant, sorted(c.subject), c.beneficiary) == (["POL"], ["ARM", "GEO"], ["RUS"])


def test_helps_by_supplying():
    (c,) = claims("Kyiv says Belarus helps Russia by supplying artillery shells.")
    assert (c.subject, c.beneficiary, c.action) == (["BLR"], ["RUS"], "arms_transfer")


def test_the_noun_help_from_is_not_the_verb():
    text = "Russia makes more drones thanks to help from abroad, a Ukrainian official said."
    assert claims(text) == []
