"""Weapons a hyphenated maker names ("Iranian-made", "North Korean-built", "China-made") in
another state's hands: the maker supplied the user, as with "Iranian drones". A maker is no
actor elsewhere (an overt purchase of "US-made jets" stays no claim). Sentences written for
these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def roles(c: Claim) -> tuple[list[str], list[str], list[str]]:
    return c.claimant, c.subject, c.beneficiary


def test_weapons_a_demonym_made_used_by_another_state():
    (c,) = claims("Ukraine says Russia fired Iranian-made drones at Odesa.")
    assert roles(c) == (["UKR"], ["IRN"], ["RUS"])


def test_passive_use_of_weapons_made_elsewhere():
    (c,) = claims("Kyiv said Iranian-made drones were used by Russia in the night raid.")
    assert roles(c) == (["UKR"], ["IRN"], ["RUS"])


def test_a_name_of_several_words_before_made():
    (c,) = claims("Ukraine says Russia has used North Korean-made ballistic missiles.")
    assert roles(c) == (["UKR"], ["PRK"], ["RUS"])


def test_deployed_by_passive_gives_the_maker_as_supplier():
    (c,) = claims("India said Turkish-made drones were deployed by Pakistan along the border.")
    assert roles(c) == (["IND"], ["TUR"], ["PAK"])


def test_a_model_name_between_maker_and_item():
    (c,) = claims("Armenia says Azerbaijan used Israeli-made Harop drones in the offensive.")
    assert roles(c) == (["ARM"], ["ISR"], ["AZE"])


def test_an_overt_purchase_of_made_weapons_is_no_claim():
    assert claims("Greece will buy 20 US-made F-35 jets under a deal signed on Monday.") == []
