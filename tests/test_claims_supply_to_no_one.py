"""Supply (or any other action) to no one named, which no one alleges, charges, denies or
admits, is no claim; a named group as recipient, an accuser, an accusation or a denial keeps
it. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_marked_supply_to_no_one_is_no_claim():
    text = (
        "Turkey reportedly shipped spare parts for drone assembly lines last spring, a study found."
    )
    assert claims(text) == []


def test_supply_to_a_named_group_stays():
    text = "Iran has reportedly shipped drones to the Houthis, a monitoring group said."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary) == (["IRN"], [])


def test_an_accuser_keeps_supply_to_no_one():
    text = "Ukraine says Iran has shipped hundreds of drones."
    (c,) = claims(text)
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["IRN"], [])


def test_a_denial_keeps_supply_to_no_one():
    text = "Iran has reportedly shipped drones. Tehran denied the reports on Monday."
    (c,) = claims(text)
    assert c.subject == ["IRN"] and c.denied_by == ["IRN"]


def test_sanctions_evasion_told_of_no_one_is_no_claim_either():
    # the rule asks for a recipient or an accuser whatever the action, not only for supply
    text = "Georgia has reportedly helped traders evade sanctions on dual-use goods, a report said."
    assert claims(text) == []


def test_sanctions_evasion_with_an_accuser_stays():
    text = "Ukraine says Georgia has helped traders evade sanctions on dual-use goods."
    (c,) = claims(text)
    assert (c.action, c.claimant, c.subject) == ("sanctions_evasion", ["UKR"], ["GEO"])
