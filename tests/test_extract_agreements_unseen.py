"""Agreement reading on phrasings found in unseen news while reading it by hand (none of it
copied): each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.model import Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("u", text, published).agreements


def party_sets(text: str, published: str | None = "2024-06-20") -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(text, published)}


def test_the_two_countries_keep_the_pair_when_a_later_sentence_names_no_pair():
    text = (
        "Chile's president and the Peruvian prime minister held talks in Lima. "
        "The two countries signed a fisheries deal under which Chilean boats get nets from "
        "Peru's Pacific ports."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_maker_prefix_names_no_party():
    text = (
        "Chile and Peru held talks in Lima. The two countries signed a fisheries deal under "
        "which the Chilean navy gets US-made patrol boats."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


def test_a_demonym_before_peer_stands_for_its_state():
    text = (
        "The Chilean defence minister and his Peruvian peer signed a training agreement "
        "in Arica on Tuesday."
    )
    assert party_sets(text) == {frozenset({"CHL", "PER"})}
