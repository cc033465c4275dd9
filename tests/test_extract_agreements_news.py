"""Agreement reading on the kinds of wording real outlets use (datelines, deals with firms,
dates of other steps in the signing sentence), each test a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-05-05") -> list[Agreement]:
    return extract("n", text, published).agreements


def party_sets(text: str, published: str | None = "2024-05-05") -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(text, published)}


def test_a_firm_owned_by_a_state_is_the_partner_not_the_state():
    text = (
        "Chile's navy signed a $2 billion contract with Brazil's Embraer Defesa on Friday "
        "for six patrol aircraft."
    )
    assert party_sets(text) == set()


def test_a_title_after_the_possessive_keeps_the_state_as_partner():
    text = "Chile signed a fisheries agreement with Peru's President Boluarte on Friday."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_title_case_dateline_with_day_before_month_names_no_party():
    text = "Lima, 3 May -- Chile and Bolivia signed a water-sharing agreement on Friday."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}


def test_a_dateline_with_its_country_in_square_brackets_names_no_party():
    text = "Lima [Peru], May 3 (ANI): Chile and Bolivia on Friday signed a border pact here."
    assert party_sets(text) == {frozenset({"CHL", "BOL"})}
