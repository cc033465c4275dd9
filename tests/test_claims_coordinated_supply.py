"""Coordinated supply words share their givers, and the recipient hangs on the last of them
("make, sell and ship such chips to Russia"): the mention that is framed reads the claim.
Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract


def test_recipient_on_the_last_of_coordinated_supply_words():
    text = (
        "Kazakhstan, Armenia and Georgia are among the main countries that produce, sell and"
        " ship such microchips to Russia."
    )
    found = [(sorted(c.subject), c.beneficiary) for c in extract("f", text, None).claims]
    assert (["ARM", "GEO", "KAZ"], ["RUS"]) in found


def test_coordinated_words_with_no_recipient_stay_no_claim():
    text = "Kazakhstan, Armenia and Georgia produce and sell microchips."
    assert extract("f", text, None).claims == []
