"""Weapons whose maker a participle after them names ("drones made by Freedonia", "shells,
most of which are produced in Freedonia") in another state's hands: the maker supplied the
user, as with a hyphenated maker ("Iranian-made drones"). Sentences written for these tests."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Claim


def claims(text: str) -> list[Claim]:
    return extract("c", text, "2025-07-01").claims


def roles(c: Claim) -> tuple[list[str], list[str], list[str]]:
    return c.claimant, c.subject, c.beneficiary


def test_weapons_made_by_a_list_of_states_used_by_another():
    (c,) = claims("Sudan's army has used attack drones built by Turkey and Iran, a report said.")
    assert set(c.subject) == {"TUR", "IRN"}
    assert c.beneficiary == ["SDN"]


def test_a_relative_clause_between_weapons_and_maker():
    (c,) = claims(
        "Kyiv says Russia fires hundreds of drones a week, most of which are produced in Iran."
    )
    assert roles(c) == (["UKR"], ["IRN"], ["RUS"])


def test_weapons_got_from_a_maker_named_after_them():
    (c,) = claims("Western diplomats say Mali acquired armed drones manufactured in Turkey.")
    assert (c.subject, c.beneficiary) == (["TUR"], ["MLI"])


def test_a_state_between_weapons_and_maker_leaves_the_maker_out():
    # whose the drones are, not who made them, stands between: nothing to read
    assert claims("Ukraine has used drones for its own army made in Ukraine.") == []


def test_weapons_made_by_their_own_user_are_no_claim():
    assert claims("Ukraine has used long-range drones made in Ukraine, officials said.") == []
