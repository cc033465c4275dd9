"""Forces that an outlet says are somewhere (basing) are no allegation; the same words under
an accuser or a marker are. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("p", text, "2025-06-10").claims


def test_basing_in_the_outlets_words_is_no_claim():
    assert claims("Some 28,000 American soldiers are stationed in South Korea.") == []


def test_forces_remaining_somewhere_is_no_claim():
    assert claims("French troops remain in Djibouti under a long-standing arrangement.") == []


def test_an_accuser_makes_presence_a_claim():
    text = "Somalia alleged that Ethiopian troops are stationed in its territory."
    (c,) = claims(text)
    assert (c.claimant, c.subject) == (["SOM"], ["ETH"])


def test_a_marker_makes_presence_a_claim():
    (c,) = claims("Ethiopian troops are secretly stationed in Eritrea, Kenyan officials said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["KEN"], ["ETH"], ["ERI"])


def test_troops_sent_are_still_reported_supply():
    (c,) = claims("Eritrea sent troops to Ethiopia, a regional official said.")
    assert (c.subject, c.beneficiary, c.action) == (["ERI"], ["ETH"], "troop_deployment")
