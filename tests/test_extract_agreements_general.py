"""Agreement reading on phrasings the tuned texts never had: mechanisms that should hold on
unseen news (party sets from sentence structure, places, dates per agreement, lifecycle
words, merging). Each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("g", text, published).agreements


def party_sets(text: str, published: str | None = "2024-06-20") -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(text, published)}


# --- places and modifiers are not parties ---------------------------------------------------


def test_country_of_a_town_is_no_party():
    text = (
        "The presidents of Kenya and Ethiopia shook hands after signing a border agreement "
        "on Friday in Mombasa, Tanzania."
    )
    assert party_sets(text) == {frozenset({"KEN", "ETH"})}


def test_dateline_country_is_no_party():
    text = "NAIROBI, Kenya, March 3 (Reuters) -- Chile and Peru signed a fisheries treaty."
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_country_after_a_comma_in_a_list_is_still_a_party():
    text = "In Geneva, Chile, Peru and Bolivia signed a water treaty on Monday."
    assert party_sets(text) == {frozenset({"CHL", "PER", "BOL"})}


def test_demonyms_naming_a_company_are_no_party():
    text = (
        "The Spanish-Italian shipbuilding company Navantica signed a cooperation agreement "
        "with Serbia."
    )
    assert party_sets(text) == set()
