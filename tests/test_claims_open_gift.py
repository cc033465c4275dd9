"""Weapons gifted or donated by one state to another are open supply (the giver hands them
over, the receiver says thanks): no allegation unless someone charges it as a wrong, marks
it as hidden or reported, or denies it (gold-schema conventions: claims are allegations).
Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def test_outlet_donation_is_no_claim():
    assert claims("Spain has donated armoured vehicles to Senegal.") == []


def test_donation_the_receiver_tells_is_no_claim():
    assert claims("Spain has donated armoured vehicles to Senegal, the Senegalese army said.") == []


def test_gift_a_receiver_minister_tells_is_no_claim():
    text = (
        "Ghana's defence minister said the two helicopters gifted by Nigeria to Ghana "
        "were used for rescue flights."
    )
    assert claims(text) == []


def test_secret_donation_stays_a_claim():
    (c,) = claims("Belarus secretly donated rifles to Myanmar.")
    assert (c.subject, c.beneficiary, c.action) == (["BLR"], ["MMR"], "arms_transfer")


def test_accused_donation_stays_a_claim():
    (c,) = claims("Ukraine accused Belarus of donating artillery shells to Russia.")
    assert (c.claimant, c.subject, c.beneficiary) == (["UKR"], ["BLR"], ["RUS"])


def test_denied_donation_stays_a_claim():
    (c,) = claims("Turkey denied that it had donated drones to Ethiopia.")
    assert (c.subject, c.beneficiary, c.denied_by) == (["TUR"], ["ETH"], ["TUR"])


def test_gift_a_report_tells_is_no_claim():
    assert claims("Qatar gifted Somalia a batch of armed drones, a report said.") == []
