"""What is given is the head of its noun phrase: weapon words that modify a word for parts
or know-how ("drone and missile technology", "drone and jet engines") name what the parts
are for, not what was given. Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("h", text, "2025-03-01").claims


def test_weapon_words_before_technology_make_a_technology_transfer():
    text = (
        "Officials in Kyiv said Belarus has given missile and drone technology to "
        "Russia since last year."
    )
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["BLR"], ["RUS"], "technology_transfer")


def test_weapon_words_before_engines_make_a_component_supply():
    text = "Ukrainian intelligence said Belarus shipped drone and jet engines to Russia in March."
    (c,) = claims(text)
    assert (c.subject, c.beneficiary, c.action) == (["BLR"], ["RUS"], "component_supply")


def test_weapons_named_on_their_own_stay_weapons():
    text = "Ukrainian intelligence said Belarus shipped drones and rockets to Russia in March."
    (c,) = claims(text)
    assert c.action == "arms_transfer"


def test_artillery_ammunition_named_twice_is_one_allegation():
    text = (
        "Moscow accused Bulgaria of selling artillery to Ukraine. "
        "It said Bulgarian companies had sold rockets and mortar shells to Ukraine."
    )
    found = [c for c in claims(text) if c.subject == ["BGR"]]
    assert len(found) == 1 and found[0].beneficiary == ["UKR"]


def test_drones_and_missiles_stay_two_allegations():
    text = (
        "Moscow accused Bulgaria of selling drones to Ukraine. "
        "It said Bulgarian companies had also sold missiles to Ukraine."
    )
    assert len([c for c in claims(text) if c.subject == ["BGR"]]) == 2
