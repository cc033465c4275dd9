"""Support named by a noun ("Iran's military assistance to Russia") is a claim only when it
is military or charged as a wrong, and a state receives it. Sentences written for these
tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("n", text, "2025-05-02").claims


def test_military_assistance_said_by_a_state_is_a_claim():
    (c,) = claims("Belarus's military assistance to Russia has grown, the Polish government said.")
    assert (c.claimant, c.subject, c.beneficiary) == (["POL"], ["BLR"], ["RUS"])
    assert c.action == "military_support"


def test_providing_a_state_with_support():
    text = "Lithuanian officials said Minsk was providing Moscow with substantial support."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["LTU"], ["BLR"], ["RUS"])


def test_support_for_a_position_is_no_claim():
    assert claims("Hungary supports Serbia's position on Kosovo, Budapest said.") == []


def test_pledged_support_is_no_claim():
    assert claims("Spain pledged military support to Ukraine, Madrid said.") == []


def test_political_support_is_no_claim():
    text = "Venezuela's political support for Russia was noted, Colombian officials said."
    assert claims(text) == []


def test_support_for_no_state_is_no_claim():
    text = "Chad's support for the peace plan for Sudan drew criticism, Sudanese officials said."
    assert claims(text) == []


# --- a state's own corps -----------------------------------------------------------------------


def test_a_states_africa_corps_is_the_state():
    text = "Russia's Africa Corps has sent instructors to Chad, French officials said."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["FRA"], ["RUS"], ["TCD"])


def test_wagner_stays_a_company():
    text = "Russia's Wagner group has sent fighters to Chad, French officials said."
    assert all(c.subject != ["RUS"] for c in claims(text))


# --- arming as a verb ------------------------------------------------------------------------


def test_had_armed_with_its_object_is_arming():
    text = "Chad's government said Libya had armed the rebels, an allegation Tripoli denied."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.action) == (["TCD"], ["LBY"], "arms_transfer")
    assert c.denied_by == ["LBY"]


def test_armed_forces_are_no_arming():
    assert claims("Chad's armed forces and Libya's armed forces held talks in Tripoli.") == []
